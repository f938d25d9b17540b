//! The raw name lists, most common first (the order is the Zipf rank).
//!
//! Kept as whitespace-separated text: thousands of names read and diff better this way than
//! as thousands of quoted string literals.

/// Given names heard in the US, the UK, Ireland and Canada across generations and origins.
pub const ENGLISH_FEMALE: &str = "
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie
Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela
Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather
Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith
Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn
Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn
Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Tiffany Rose
Jane Ava Kathy Mia Erin Chloe Lily Harper Ella Scarlett Zoe Aria Layla Nora Riley Hazel
Aurora Ellie Stella Paisley Violet Addison Lucy Audrey Claire Skylar Leah Savannah Brooklyn
Bella Genesis Naomi Elena Caroline Kennedy Maya Valentina Ruby Ivy Eva Autumn Quinn Piper
Sadie Josephine Eliana Nevaeh Serenity Allison Gabriella Alyssa Ariana Madelyn Cora Kinsley
Emilia Clara Vivian Reagan Mackenzie Madeline Peyton Delilah Athena Isla Willow Hailey Everly
Jade Emery Lydia Sophie Sienna Taylor Eleanor Kaylee Melanie Nova Aubrey Gianna Liliana
Adeline Jasmine Trinity Alexa Mila Brianna Jocelyn Morgan Faith Jordyn Sydney Vanessa Katelyn
Molly Arianna Daisy Lila Iris Eden Rylee Kendall Juliana Destiny Londyn Margot Daniela Mariah
Gracie Makayla Mildred Lillian Edna Florence Ethel Gladys Lucille Irene Louise Agnes Esther
Pauline Thelma Bernice Vera Viola Ida Myrtle Marjorie Beatrice Bertha Elsie Edith Minnie
Mabel Nellie Harriet Lottie Jeanette Peggy Geraldine Lois Norma Phyllis Wanda Rita Juanita
Lorraine Rosemary Eileen Darlene Sally Connie Carla Paula Tina Tracy Tammy Wendy Dawn Stacy
Kristin Kristen Kristina Kristy Crystal Erica Erika Heidi Holly Jill Joanne Joanna Kara Kari
Katrina Leslie Lindsay Lindsey Mandy Monica Robin Sheila Shannon Sonia Stacey Tara Tanya Toni
Valerie Vicki Yvonne Yolanda Wilma Ramona Regina Renee Roberta Rosa Sylvia Bonnie Brandy
Caitlin Candace Carmen Cassandra Cecilia Colleen Courtney Dana Darla Deanna Desiree Dolores
Elaine Ellen Felicia Gail Georgia Gina Ginger Gwendolyn Irma Jenna Jo Joy June Kate Katie
Kelley Kendra Kristi Leona Lillie Loretta Lucia Lynn Marcia Margie Marian Marion Marlene
Maureen Melinda Meredith Miriam Misty Nina Patsy Penny Priscilla Rachael Rhonda Rochelle
Sabrina Shelby Sherry Sonya Sue Susie Terri Tonya Traci Tricia Veronica Whitney Alicia Alma
Angelica Angelina Annette Antoinette April Becky Belinda Bethany Beth Betsy Billie Blanche
Brandi Bridget Britney Camille Carrie Cathy Charlene Christy Claudia Constance Daphne Della
Dianne Dixie Dora Edwina Elisa Eliza Elvira Estelle Eunice Faye Fiona Freda Gabrielle
Genevieve Greta Hattie Helena Hilary Hope Imogen Ingrid Isabel Jan Jana Janie Jenny Jodi
Josie Joni Kay Kelsey Kerry Kim Kristine Lana Lena Leticia Lola Lorena Lorna Lucinda Luisa
Mae Maggie Marcella Margarita Marianne Marina Marsha Maxine Melody Mercedes Millie Mona Myra
Nadine Nell Noelle Ophelia Pearl Petra Phoebe Polly Rebekah Rena Rosalind Rosie Roxanne
Selena Shauna Sheri Silvia Summer Tabitha Tamara Teri Tess Trisha Ursula Verna Winifred
Yasmin Zelda Poppy Isabelle Freya Evie Matilda Esme Gemma Kirsty Siobhan Niamh Aoife Ciara
Sinead Orla Saoirse Eilidh Morag Rhiannon Cerys Seren Bethan Ffion Carys Nia Lowri Zara
Amelia Chelsea Leanne Hayley Gillian Alison Tracey Nicola Kirsten Sian Beverley Jacqui Debbie
Penelope Rosamund Clementine Beatrix Ottilie Persephone Imelda Bernadette Philippa Harriett
Priya Ananya Aisha Fatima Mariam Leila Noor Sofia Camila Ximena Guadalupe Alejandra Adriana
Mariana Gabriela Paola Fernanda Valeria Carolina Natalia Jimena Esperanza Luz Rocio Mei Lin
Yuki Hana Sakura Ji-woo Min-ji Linh Anh Ngoc Kiara Imani Aaliyah Jada Keisha Latoya Ebony
Tanisha Shanice Deja Tatiana Ayesha Zainab Amara Chiamaka Adaeze Ngozi Folake Abena Esi
Akosua Ama Adwoa Efua Yaa Wanjiru Nyambura Achieng Makena Zawadi Thandiwe Nomvula Lerato
Palesa Anjali Divya Kavya Meera Pooja Shreya Sneha Lakshmi Radha Sunita Neha Nisha Ritu
Simran Harpreet Manpreet Gurpreet Jaspreet Xiu Ying Jing Fang Hui Yan Ling Qing Mai Trang
Huong Lan Thuy Hoa Yoko Keiko Naoko Aiko Emiko Haruka Yui Mei-ling Soo-jin Eun-ji Hye-jin
Seo-yeon Ha-eun Marisol Yesenia Maribel Araceli Graciela Leticia Consuelo Dolores Rosario
Soledad Pilar Inmaculada Ines Beatriz Catalina Lorena Marta Nuria Montserrat Elisabeth
Ingeborg Astrid Sigrid Solveig Liv Maja Saga Elin Annika Karin Kerstin Birgit Ulla Helga
Anke Heike Silke Katja Svenja Jana Lena Leonie Lea Marlene Greta Ida Frieda Mathilde Clara
Annelies Femke Sanne Lotte Fleur Noor Anouk Maud Agathe Amelie Brigitte Chantal Colette
Delphine Elodie Mathilde Manon Oceane Sylvie Veronique Giulia Chiara Francesca Alessandra
Federica Martina Elisa Ilaria Paola Roberta Simona Agnieszka Katarzyna Malgorzata Magdalena
Joanna Aleksandra Zofia Zuzanna Dorota Ewa Beata Marta Renata Bozena Krystyna Halina Iwona
Anastasia Daria Ksenia Yulia Alina Sabina Amina Yara Rania Dalia Hala Nadia Salma Samira
Layal Lina Maha Reem Sana Farah Hiba Aliyah Zahra Shirin Parisa Roya Mahsa Niloufar Leyla
Ayla Elif Zeynep Defne Ebru Esra Merve Selin Aylin Irem Tuba Naz Deniz Ada Talia Tova Miriam
Shira Noa Yael Tamar Dina Rivka Chaya Leah Esther Hadassah Shoshana Alana Kailani Leilani
Malia Noelani Keala Ashanti Shaniqua Tamika Lakisha Precious Unique Destinee Diamond Jazmin
Jazmine Janelle Kiana Tierra Monique Dominique Danica Jolene Tamsin Elspeth Fenella Jemima
Araminta Cressida Lavinia Octavia Philomena Rowena Sybil Theodora Venetia Wilhelmina Zinnia
Marigold Primrose Juniper Sage Wren Meadow Hollis Blair Sloane Reese Remi Rory Shay Teagan
";

pub const ENGLISH_MALE: &str = "
James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy
Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron
Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith
Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy
Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph
Bobby Russell Bradley Philip Eugene Liam Oliver Lucas Aiden Jackson Sebastian Mateo Owen
Theodore Caleb Luke Isaac Grayson Leo Julian Levi Hudson Lincoln Jaxon Asher Josiah Hunter
Carter Wyatt Jayden Ezra Nolan Miles Colton Easton Cameron Connor Jeremiah Adrian Elias Ian
Evan Xavier Dominic Jace Brayden Maverick Landon Kai Roman Axel Parker Everett Wesley Silas
Declan Weston Micah Ayden Bennett Jonah Cole Luca Ryder Chase Rowan Jameson Harrison Emmett
Tristan Brooks Max Beau Jasper Sawyer Tucker Graham Finn Archer Reid Knox Gavin Calvin Maxwell
Kaden Jude Milo Ezekiel Bryce Blake Griffin Marcus Travis Shane Derek Troy Jared Corey Craig
Todd Chad Brett Derrick Darren Dustin Garrett Victor Martin Ernest Phillip Howard Louis
Johnny Stanley Leonard Dale Harry Clarence Earl Francis Fred Frederick Glenn Gordon Herbert
Jimmy Lloyd Norman Ray Rodney Ross Curtis Allen Chris Clifford Dean Don Eddie Edwin Floyd
Gene Gilbert Glen Jeffery Jesus Jim Jon Karl Kurt Lance Leon Leroy Lewis Luis Manuel Marvin
Melvin Mike Mitchell Neil Nick Oscar Ricky Roberto Ron Ruben Sam Shawn Stuart Ted Tommy Tony
Warren Wade Alfred Alvin Andre Andy Barry Ben Bernard Bill Bob Brad Brent Cecil Clayton Clyde
Colin Cory Dan Darrell Dave Dwight Elmer Erik Felix Fernando Franklin Gerard Grant Greg Guy
Hector Herman Hugh Jay Jerome Joel Jorge Julius Lee Lester Lyle Marc Mario Mathew Maurice
Miguel Milton Morris Nathaniel Neal Nelson Otis Pedro Perry Rafael Ramon Randall Raul
Reginald Rex Ricardo Rick Roland Rudy Salvador Sergio Seth Sidney Simon Spencer Tim Tom
Trevor Vernon Wallace Wendell Willard Wilbur Abraham Alec Alfie Angus Archie Barnaby Callum
Cillian Ciaran Conor Dermot Eoin Fergus Gareth Hamish Harvey Hugo Iain Jamie Jenson Kieran
Lachlan Lorcan Malcolm Niall Oisin Ollie Rhys Rory Ruairi Seamus Tadhg Toby Dafydd Emrys
Gethin Gruffydd Huw Ieuan Iwan Owain Rhodri Alistair Crispin Jolyon Nigel Rupert Giles Clive
Neville Mohammed Muhammad Ahmed Ali Omar Yusuf Ibrahim Hassan Hamza Bilal Tariq Karim Rahul
Arjun Vikram Rohan Aditya Sanjay Raj Amit Vijay Krishna Arun Deepak Nikhil Wei Jun Hao Chen
Kenji Hiroshi Takeshi Min-jun Ji-ho Tuan Minh Duc Santiago Diego Alejandro Carlos Javier
Francisco Eduardo Andres Emilio Gustavo Ignacio Joaquin Leonardo Lorenzo Marco Matteo Nicolas
Pablo Rodrigo Tomas Enrique Armando Alfredo Cesar Julio Guillermo Esteban Alonso Jamal
Darnell Tyrone DeShawn Malik Terrell Jalen Darius Marquis Dante Kwame Chidi Emeka Tunde Kofi
Obinna Kwabena Yaw Kojo Kwesi Femi Segun Chukwuma Ikenna Babajide Oluwaseun Thabo Sipho
Mandla Tendai Tafadzwa Kamau Otieno Mwangi Baraka Juma Amir Khalid Faisal Mustafa Mahmoud
Samir Walid Ziad Rami Nabil Imran Zain Farhan Asif Adnan Rizwan Shahid Sajid Naveen Pradeep
Rajesh Ramesh Suresh Mahesh Ganesh Anil Sunil Manoj Vinod Ashok Prakash Harish Girish Kiran
Ravi Sameer Varun Karan Ajay Gaurav Manish Sachin Harjit Gurdeep Jaswinder Hardeep Baljit
Xin Lei Yang Tao Bo Feng Jian Ming Qiang Zhi Yong Hiroki Daisuke Kazuki Ryota Sho Yuto Haruto
Sota Shin Tae-yang Hyun-woo Seung-ho Jin-woo Dong-hyun Quang Hung Thanh Long Phuc Khanh
Hiep Bao Mehmet Mustafa Emre Burak Can Cem Kerem Murat Onur Serkan Tolga Volkan Yusuf Arda
Eitan Avi Yosef Moshe David Ariel Noam Itai Yonatan Uri Lior Gideon Reuben Levi Ilan Oren
Lars Anders Nils Erik Sven Johan Magnus Gustav Axel Henrik Mikael Olof Fredrik Bjorn Leif
Jens Torben Mads Rasmus Soren Jesper Kasper Klaus Jurgen Dieter Wolfgang Helmut Manfred
Uwe Jens Rainer Frank Stefan Tobias Florian Lukas Jonas Moritz Niklas Felix Maximilian
Matthias Sebastian Johannes Wouter Joris Sander Bram Thijs Ruben Jeroen Pieter Maarten
Bastiaan Hendrik Floris Jean Pierre Michel Philippe Alain Bernard Christophe Nicolas Laurent
Olivier Thierry Julien Sylvain Antoine Guillaume Mathieu Remi Benoit Damien Arnaud Yannick
Giuseppe Giovanni Antonio Francesco Alessandro Andrea Stefano Luca Paolo Massimo Roberto
Davide Simone Fabio Federico Riccardo Tommaso Piotr Krzysztof Tomasz Pawel Michal Marcin
Grzegorz Jakub Mateusz Lukasz Wojciech Kamil Maciej Rafal Bartosz Dawid Szymon Filip
Przemyslaw Jaroslaw Zbigniew Miroslaw Tadeusz Janusz Ambrose Bartholomew Cornelius Desmond
Edmund Ellis Ferdinand Humphrey Ignatius Lionel Montgomery Mortimer Percival Quentin Raphael
Reginald Sylvester Thaddeus Ulysses Barrett Brock Colby Dallas Dalton Dawson Drake Hayden
Holden Jett Keegan Lane Maddox Nash Paxton Rhett Ryker Tate Trent Wade Zane Cody Casey Corbin
Dexter Elliot Emerson Forrest Harlan Irving Jarrett Kendrick Lamar Mack Ned Ozzie Pierce
Quincy Rowland Sheldon Stuart Terrence Tobias Vaughn Wilson Winston
";

/// Russian given names in Cyrillic, including those common among Tatar, Bashkir, Kazakh and
/// Caucasian customers of Russian-speaking companies.
pub const RUSSIAN_MALE: &str = "
Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай Владимир
Игорь Денис Роман Павел Олег Антон Юрий Виктор Кирилл Илья Никита Константин Вадим Егор
Руслан Василий Анатолий Вячеслав Станислав Виталий Тимур Григорий Геннадий Валерий Пётр
Георгий Борис Леонид Фёдор Даниил Глеб Степан Ярослав Матвей Тимофей Марк Лев Арсений Семён
Эдуард Аркадий Валентин Ростислав Святослав Всеволод Владислав Вениамин Филипп Богдан Данила
Захар Савелий Мирон Платон Демид Елисей Макар Гордей Тихон Прохор Родион Марат Ринат Рустам
Айдар Ильдар Артур Эльдар Ренат Радик Альберт Эмиль Камиль Азат Булат Тагир Ильнур Данияр
Нурлан Ерлан Асхат Берик Самат Арман Ержан Кайрат Аслан Заур Мурат Султан Шамиль Магомед
Ахмед Ислам Рашид Расул Гусейн Эльмир Фарид Вагиф Арсен Ашот Армен Тигран Давид Гурам Зураб
Ираклий Нодар Реваз Яков Илларион Ефим Аким Архип Афанасий Герман Гавриил Евдоким Емельян
Ермолай Игнат Кузьма Лука Лаврентий Маркел Мстислав Назар Никанор Никифор Остап Потап Савва
Северин Серафим Спартак Тарас Трофим Феликс Эрик Юлиан Ян Ярополк Адам Альфред Антип
Аристарх Борислав Бронислав Велимир Венедикт Викентий Вилен Владлен Демьян Дорофей Евграф
Евсей Ерофей Зиновий Иннокентий Ипполит Исаак Касьян Климент Кондрат Корней Лавр Леон
Любомир Мирослав Модест Наум Нестор Никон Панкрат Парфён Пимен Радим Рафаил Роберт Рудольф
Самуил Светозар Силантий Тимур Терентий Тихомир Устин Фаддей Фома Харитон Эммануил Юлий
Рамиль Ильшат Айрат Равиль Рафис Фанис Ильфат Динар Рамис Марсель Ильяс Наиль Ришат Салават
Тимерлан Азамат Алмаз Ильгиз Ирек Ленар Раиль Рифат Фарит Хасан Юсуф Анвар Рафаэль Эльвир
Бауыржан Жандос Нуржан Айбек Ерболат Дастан Мадияр Мирас Санжар Темирлан Алихан Адиль
Тамерлан Руслан Хетаг Алан Сослан Батраз Казбек Аслан Ибрагим Абдулла Муса Салман Эмин
";

pub const RUSSIAN_FEMALE: &str = "
Елена Ольга Наталья Татьяна Анна Мария Ирина Екатерина Светлана Юлия Анастасия Марина
Евгения Дарья Ксения Виктория Александра Людмила Галина Надежда Оксана Алёна Полина
Валентина Вера Любовь Кристина Алина Елизавета Софья Валерия Яна Лариса Нина Василиса
Вероника Маргарита Диана Олеся Жанна Инна Лилия Тамара Зоя Раиса Алла Антонина Лидия Нелли
Регина Эльвира Карина Арина Варвара Ульяна Милана Таисия Есения Злата Ева Алиса Виолетта
Ангелина Ярослава Мирослава Владислава Станислава Богдана Евдокия Агата Аглая Агния
Аделина Алевтина Анфиса Белла Вита Власта Глафира Дина Доминика Зарина Зинаида Изабелла
Илона Камилла Капитолина Клавдия Лада Лолита Майя Мила Нонна Розалия Серафима Снежана
Стефания Тереза Фаина Эвелина Эмилия Эмма Юлиана Ядвига Ариадна Василина Виталина Гульнара
Гульназ Динара Лейла Альбина Айгуль Айгерим Асель Гульмира Дана Жулдыз Сауле Алия Мадина
Малика Ляйсан Эльмира Фарида Резеда Гузель Ильмира Чулпан Диляра Наиля Лиана Луиза Рената
Римма Роза Сабина Сусанна Марьям Анаит Гаяне Нино Тамила Нана Кира Милена Прасковья Пелагея
Ефросинья Марфа Устинья Аксинья Фёкла Ираида Инга Эльза Олимпиада Рада Святослава Эрика
Янина Ариана Виталия Леся Любава Мирра Николь Стелла Юна Анжелика Анжела Владлена Дарина
Ирма Лана Люция Марианна Надия Нинель Сабрина Эллина Ника Гульшат Зульфия Лейсан Алсу
Айсылу Венера Гульфия Гульсина Зиля Лилиана Миляуша Рамиля Рушания Эндже Алсина Аружан
Айжан Акмарал Баян Гаухар Жанар Жансая Камила Назерке Томирис Улжан Мариам Залина Фатима
Хадижат Патимат Мадлена Земфира Эльнара Севиль Аминат Зарема Диляра Индира Гульсум
";

/// Surnames common in the US, the UK, Ireland and Canada, most common first.
pub const ENGLISH_SURNAMES: &str = "
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell
Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera
Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns
Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt
Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer
Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant
Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight
Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado
Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence
Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez
Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr
Lawson Jacobs O'Brien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson
Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang
Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman
Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley
Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe
Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris
Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon
Barker Terry Hale Leon Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe
Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles
Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez
Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu
Ramsey Francis Griffith Paul Blair O'Connor Cardenas Pacheco Cross Calderon Quinn Moss
Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning
Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake
Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya
Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra
Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise
Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person
Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball
Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd
Mueller Hartman French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn
Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal
Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd Bautista Ali
Shaffer Lamb Trevino McKenzie Hess Olsen Cochran Morton Nash Wilkins Petersen Briggs
Shah Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan
Meyers Weiss Underwood Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder
Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen Conley Davenport Copeland Massey
Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall Singleton Kirk
Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges
Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase
Sosa Sweeney Farrell Wyatt Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews
Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell Shields Rubio Choi Huffman
Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano Melton
O'Neill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell
Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson Kaur Berg Wiley Gilmore Russo
Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes Mata Rosario Vang Walter Henson
O'Neal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance Barry Johns Eaton
Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes
Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong Kline Cordova Barajas
Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach Meadows Davila Orr Whitehead
Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines Palacios
Cuevas Bartlett Durham Dorsey McCall O'Donnell Stein Browning Stout Lowery Sloan McLean
Hendricks Calhoun Sexton Chung Gentry Hull Duarte Ellison Nielsen Gillespie Buck Middleton
Sellers Leblanc Esparza Hardin Bradshaw McIntosh Howe Livingston Frost Glass Morse Knapp
Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley McFarland Hebert Enriquez
Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles
Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan
Small Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava
Ayers Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson Moses
Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard
Ashley Friedman Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton
Lugo Portillo Dougherty Crane Haley Phan Villalobos Blanchard Horne Finley Quintana Lynn
Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye Sheppard
McCarty Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta
Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Vo O'Connell Vu
Andersen Spence McPherson Church Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard
Alfaro Hester Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis Dickson Reyna
Cantrell Mayo Branch Hendrix Rollins Rowland Whitney Duke Odom Daugherty Travis Tang Archer
Ainsworth Ashworth Atherton Barraclough Birch Bramley Brennan Buckingham Burrows Butterworth
Catterall Clough Cresswell Crowther Dobson Earnshaw Entwistle Fairclough Fenwick Gledhill
Greenwood Hargreaves Haworth Heywood Hirst Holroyd Illingworth Kershaw Lumb Marsden Mellor
Metcalfe Moorhouse Oldroyd Ormerod Pickles Priestley Ramsden Rushworth Sagar Shackleton
Sowerby Stansfield Sutcliffe Tattersall Thackeray Uttley Whiteley Wolstenholme Wormald
Aitken Buchan Cameron Crichton Drummond Dunbar Erskine Fraser Gunn Innes Kerr Lindsay
Macaulay MacKenzie MacLeod Munro Ogilvie Rattray Sinclair Sutherland Urquhart Wemyss
Boyle Brennan Byrne Callaghan Carroll Cassidy Connolly Daly Dempsey Donnelly Doherty Duffy
Fahey Flanagan Gallagher Geraghty Hennessy Keane Keogh Kavanagh Lynch Maguire McCarthy
McGrath Mulligan Nolan O'Brien O'Connor O'Donnell O'Malley O'Reilly O'Sullivan Quigley Regan
Sheehan Sweeney Tierney Walsh Whelan Bevan Davies Griffiths Howells Jenkins Llewellyn
Lloyd Meredith Morgan Parry Powell Price Prosser Pugh Rees Vaughan Watkins Pritchard Bowen
";

/// Russian surnames in their masculine form, most common first; the feminine form and the
/// Latin spellings are derived.
pub const RUSSIAN_SURNAMES: &str = "
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров
Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин
Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов
Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев
Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов
Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов
Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов
Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров
Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов
Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин
Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков
Левин Митрофанов Воронов Аксёнов Софронов Мальцев Логинов Горшков Савин Краснов Майоров
Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Жданов Руденко Гордеев Шевченко
Бондаренко Коваленко Кравченко Ткаченко Савченко Марченко Лысенко Клименко Литвиненко
Петренко Мельниченко Гончаренко Павленко Кузьменко Ященко Черных Белых Седых Долгих Сухих
Мухин Архангельский Третьяков Вишняков Калашников Лаптев Шилов Лобанов Блинов Дроздов
Голованов Игнатьев Суханов Исаков Шестаков Субботин Блохин Пестов Кондрашов Соловьев
Щукин Зуев Евдокимов Сысоев Панфилов Горбачёв Ширяев Копылов Ларионов Волков Носков Зимин
Пахомов Шубин Игнатов Крюков Рогов Кулаков Терентьев Молчанов Владимиров Артемьев Гурьев
Зиновьев Кононов Дементьев Ситников Мишин Фадеев Комиссаров Мамонтов Носов Гуляев Шаров
Устинов Евсеев Лаврентьев Брагин Константинов Корнилов Авдеев Зыков Шарапов Никонов
Дьячков Одинцов Сазонов Якушев Красильников Самойлов Беспалов Уваров Шашков Бобылёв Доронин
Белозёров Рожков Самсонов Мясников Лихачёв Буров Фомичёв Русаков Стрелков Гущин Тетерин
Колобов Фокин Селиверстов Силин Меркушев Лыткин Туров Агафонов Муравьёв Федосеев Капустин
Моргунов Веселов Ершов Некрасов Воронцов Дорофеев Большаков Кабанов Кулагин Лапин Лукин
Лавров Бобров Рябов Петухов Горелов Мартьянов Шмелёв Снегирёв Соколовский Ковалевский
Вознесенский Преображенский Успенский Покровский Рождественский Троицкий Никольский
Богоявленский Полянский Вишневский Заболоцкий Жуковский Островский Каменский Бельский
Березовский Томский Невский Орловский Раевский Левицкий Высоцкий Садовский Глинский
Дубровский Боровский Крутицкий Лисицкий Грановский Ломоносов Бестужев Голицын Оболенский
Трубецкой Волконский Мещерский Шереметьев Вяземский Долгоруков Толстой Луговской Донской
Хабибуллин Сафин Галиев Ахметов Гарипов Шарипов Садыков Закиров Валиев Мустафин Исмагилов
Ибрагимов Алиев Гусейнов Мамедов Абдуллаев Юсупов Рахимов Каримов Нуриев Хасанов
Зиннатуллин Гайнуллин Фахрутдинов Хайруллин Сабиров Мухаметшин Гилязов Латыпов Нигматуллин
Шайхутдинов Ганиев Ахмадуллин Файзуллин Минуллин Вахитов Зарипов Хуснутдинов Камалов
Нурмухаметов Ахмедов Магомедов Исмаилов Омаров Гаджиев Рамазанов Курбанов Керимов Аскеров
Сулейманов Мусаев Расулов Байрамов Гасанов Халилов Эфендиев Тагиев Джафаров Асадов
Нурланов Сейтказиев Жумабаев Сагинтаев Кенжебаев Абенов Тулегенов Ермеков Байжанов
Искаков Жаксыбеков Омаров Мукашев Нуржанов Оспанов Серикбаев Кусаинов Бектуров Есенов
Аветисян Григорян Саркисян Петросян Оганесян Арутюнян Карапетян Манукян Мкртчян Акопян
Бердзенишвили Гелашвили Капанадзе Беридзе Кипиани Мчедлишвили Джапаридзе Церетели
Миллер Шмидт Шульц Вебер Фишер Майер Вагнер Беккер Шнайдер Гофман Кох Рихтер Келлер
Лемешев Ракитин Ушаков Волошин Гладков Мешков Черкасов Латышев Пугачёв Прохоренко Ерёменко
Бабушкин Дедов Внуков Сватов Кумов Шуринов Тестов Зятев Братцев Сестрин Дядькин
Кузьмичёв Лукичёв Ильичёв Фомичёв Саввин Лукашин Ерохин Фетисов Ефремов Елизаров Анохин
Баженов Бажанов Барсуков Бекетов Бессонов Бородин Бочаров Брусникин Булгаков Бурцев
Быстров Ваганов Валуев Варламов Веденеев Вершинин Вилков Вихров Волохов Воротников
Высоков Гаврилин Галанин Гвоздев Глазунов Глебов Голиков Голованов Головин Гольцов
Горохов Гребенщиков Грибов Громыко Грошев Гуров Давыдовский Дегтярёв Дёмкин Дубинин
Дьяконов Евстигнеев Елагин Ермолаев Еськов Жаров Жилин Жигалов Журбин Забелин Завьялов
Загоскин Зайчиков Зарубин Звягинцев Зеленин Золотарёв Зотов Зубков Зябликов Изотов
Илюшин Карасёв Каретников Карташов Касаткин Катаев Квасов Кибиткин Кирсанов Клюев
Ключников Князьков Кожевников Козырев Колосов Колпаков Комлев Коптев Корзинкин Коробов
Корчагин Косарев Костин Котельников Кочетков Кошелев Крапивин Кротов Круглов Крупин
Кудашев Кудряшов Кукушкин Курочкин Лагутин Ладыгин Лапшин Ласточкин Лебедевский Лесков
Лихачев Лобачёв Лопатин Лужков Лыков Любимов Лямин Мазуров Макеев Малахов Малинин
Мамаев Маркин Масленников Медников Мелехов Меньшиков Мещеряков Милютин Минаев Мирошников
Мишустин Мокроусов Молодцов Морозкин Мошкин Мурашов Мышкин Назаркин Нарышкин Нефёдов
Новосёлов Образцов Овсянников Огурцов Окунев Олейников Осокин Остапов Охотников Палкин
Панкратов Парамонов Пастухов Пекарев Перепёлкин Пешков Пименов Пирогов Плетнёв Поздняков
Полевой Поспелов Прибылов Примаков Пряхин Пушкарёв Пчёлкин Ракитский Распопов Редькин
Репин Рубцов Рудаков Рукавишников Рыжов Рябинин Савостьянов Сапожников Свиридов Селезнёв
Сенин Серебряков Синицын Скобелев Скрябин Смольянинов Снегов Соломатин Сомов Сотников
Спиридонов Старостин Стариков Столяров Сурков Сусанин Сычёв Таранов Творогов Телегин
Токарев Толкачёв Торопов Тришин Трубников Тупицын Тюрин Ульянов Урусов Фалеев Филимонов
Хлебников Ходаков Хомяков Хромов Цыганов Чалов Чеботарёв Чекмарёв Черепанов Черников
Чижов Чистяков Чудинов Шапошников Шатров Шевелёв Шелестов Шипилов Широков Шишкин Шляпников
Шувалов Щеглов Щепкин Юрьев Якимов Янин Ястребов Агеев Аникеев Астахов Бажов Баринов
Басов Белкин Блинников Бобриков Богомолов Болдырев Бортников Бугров Буланов Буслаев
Ванин Васин Вдовин Векшин Веретенников Ветров Виноградский Вишнёв Водопьянов Волгин
Воробьёвский Ворожцов Вьюгин Гладышев Глухов Голубкин Гончарук Горюнов Грибоедов Гришаев
Гуськов Дворников Дегтярев Дружинин Дудин Дятлов Евтушенко Ежов Ерофеев Жариков Жемчугов
Забродин Заварзин Зайков Замятин Звонарёв Земсков Зорин Ивашов Игумнов Исаченко
";
