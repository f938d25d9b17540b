//! Names, places and company words for the synthetic data, authored from general knowledge
//! (common Russian and English names as any speaker would list them). Lists are roughly in
//! order of how common the names are, which the generator's Zipf draw relies on.
//!
//! No two entries of one list are spellings or short forms of one name (Sara/Sarah,
//! Hanson/Hansen, Stephen/Steven, Larry/Lawrence were left out; a test checks it): the
//! generator treats different entries as different people, and neither a reviewer nor the
//! matcher could tell such a pair from a duplicate.

#[rustfmt::skip]
pub const RU_MALE_FIRST: &[&str] = &[
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил",
    "Артём", "Владимир", "Николай", "Игорь", "Денис", "Павел", "Роман", "Олег", "Антон", "Юрий",
    "Виктор", "Илья", "Никита", "Кирилл", "Константин", "Владислав", "Вадим", "Егор", "Василий",
    "Анатолий", "Георгий", "Виталий", "Станислав", "Пётр", "Григорий", "Борис", "Руслан", "Тимур",
    "Леонид", "Валерий", "Вячеслав", "Фёдор", "Геннадий", "Даниил", "Семён", "Ярослав", "Матвей",
    "Глеб", "Степан", "Арсений", "Тимофей", "Марк", "Лев", "Филипп", "Эдуард", "Валентин",
    "Аркадий", "Богдан", "Всеволод", "Захар", "Савелий", "Родион", "Ростислав", "Платон", "Мирон",
    "Прохор", "Елисей", "Вениамин", "Игнат", "Артур", "Эмиль",
];

#[rustfmt::skip]
pub const RU_FEMALE_FIRST: &[&str] = &[
    "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Анна", "Светлана", "Мария", "Екатерина",
    "Юлия", "Анастасия", "Марина", "Дарья", "Людмила", "Галина", "Надежда", "Валентина", "Ксения",
    "Виктория", "Алёна", "Оксана", "Полина", "Александра", "Евгения", "Вера", "Любовь", "Лариса",
    "Нина", "Алина", "Кристина", "Елизавета", "Маргарита", "Софья", "Вероника", "Валерия",
    "Тамара", "Жанна", "Инна", "Яна", "Диана", "Карина", "Арина", "Алиса", "Ульяна", "Варвара",
    "Василиса", "Зоя", "Раиса", "Лидия", "Антонина", "Майя", "Эльвира", "Регина", "Милана",
    "Ангелина", "Олеся", "Снежана", "Лилия", "Эвелина", "Стефания", "Таисия", "Серафима", "Злата",
    "Кира", "Ева", "Алла", "Клавдия", "Зинаида", "Нелли", "Римма",
];

/// Male forms; the generator derives female forms (Иванов → Иванова).
#[rustfmt::skip]
pub const RU_SURNAMES: &[&str] = &[
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
    "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
    "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
    "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов",
    "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
    "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
    "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв",
    "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов",
    "Пономарёв", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников",
    "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров",
    "Грачёв", "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов",
    "Моисеев", "Румянцев", "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин",
    "Тихомиров", "Галкин", "Лукьянов", "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров",
    "Симонов", "Прокофьев", "Харитонов", "Князев", "Цветков", "Левин", "Митрофанов", "Воронов",
    "Аксёнов", "Софронов", "Мальцев", "Логинов", "Горшков", "Савин", "Краснов", "Майоров",
    "Демидов", "Елисеев", "Рыбаков", "Сафонов", "Плотников", "Дёмин", "Хохлов", "Фадеев",
    "Молчанов", "Игнатов", "Литвинов", "Ершов", "Ушаков", "Дементьев", "Рябов", "Мухин",
    "Калашников", "Леонтьев", "Лобанов", "Кузин", "Корнилов", "Евдокимов", "Бородин", "Платонов",
    "Некрасов", "Балашов", "Бобров", "Жданов", "Блинов", "Коротков", "Муравьёв", "Крюков",
    "Беляков", "Богомолов", "Дроздов", "Лавров", "Зуев", "Петухов", "Ларин", "Никулин", "Серов",
    "Терентьев", "Зотов", "Устинов", "Фокин", "Самойлов", "Константинов", "Сахаров", "Шишкин",
    "Самсонов", "Черкасов", "Чистяков", "Носов", "Спиридонов", "Карасёв", "Авдеев", "Воронцов",
    "Зверев", "Владимиров", "Селезнёв", "Нечаев", "Кудряшов", "Седов", "Фирсов", "Андрианов",
    "Панин", "Головин", "Терехов", "Ульянов", "Шестаков", "Агеев", "Никонов", "Селиванов",
    "Баженов", "Гордеев", "Кожевников", "Пахомов", "Зимин", "Костин", "Широков", "Филимонов",
    "Ларионов", "Овсянников", "Сазонов", "Суворов", "Нефёдов", "Щукин", "Хабаров", "Чайковский",
    "Толстой", "Шевченко", "Бондаренко", "Ковальчук", "Черных", "Белых", "Вишневский",
    "Ковалевский", "Садовский", "Левицкий", "Покровский", "Троицкий", "Успенский", "Вознесенский",
    "Раевский", "Юсупов", "Хасанов", "Рахимов", "Ахметов", "Жуковский", "Полянский", "Островский",
    "Кравченко", "Коваленко", "Ткаченко", "Мельниченко",
];

#[rustfmt::skip]
pub const EN_MALE_FIRST: &[&str] = &[
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Justin", "Scott",
    "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack",
    "Dennis", "Tyler", "Aaron", "Henry", "Adam", "Douglas", "Nathan", "Peter", "Zachary", "Kyle",
    "Walter", "Harold", "Jeremy", "Ethan", "Carl", "Keith", "Roger", "Gerald", "Christian",
    "Terry", "Sean", "Arthur", "Austin", "Noah", "Lawrence", "Jesse", "Dylan", "Bruce", "Gabriel",
    "Alan", "Logan", "Wayne", "Ralph", "Eugene", "Vincent", "Russell", "Louis", "Philip", "Oliver",
    "Owen",
];

#[rustfmt::skip]
pub const EN_FEMALE_FIRST: &[&str] = &[
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
    "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda",
    "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Rachel", "Carolyn", "Janet",
    "Maria", "Heather", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly",
    "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah",
    "Jacqueline", "Martha", "Gloria", "Teresa", "Madison", "Frances", "Janice", "Jean", "Abigail",
    "Alice", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly",
    "Isabella", "Diana", "Natalie", "Charlotte", "Alexis",
];

#[rustfmt::skip]
pub const EN_SURNAMES: &[&str] = &[
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
    "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
    "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
    "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
    "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cox", "Ward",
    "Richardson", "Watson", "Brooks", "Wood", "James", "Bennett", "Gray", "Hughes", "Price",
    "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell",
    "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes", "Fisher", "Simmons", "Graham",
    "Wallace", "West", "Cole", "Hayes", "Bryant", "Gibson", "Ellis", "Stevens", "Murray", "Ford",
    "Marshall", "Owens", "McDonald", "Harrison", "Kennedy", "Wells", "Hamilton", "Hunt", "Black",
    "Palmer", "Mills", "Grant", "Knight", "Ferguson", "Stone", "Hawkins", "Dunn", "Perkins",
    "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry", "Matthews", "Arnold",
    "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder", "Hart",
    "Cunningham", "Bradley", "Lane", "Andrews", "Harper", "Fox", "Riley", "Armstrong", "Carpenter",
    "Weaver", "Lawrence", "Elliott", "Sims", "Austin", "Peters", "Franklin", "Lawson", "Fields",
    "Ryan", "Schmidt", "Carr", "Wheeler", "Chapman", "Oliver", "Montgomery", "Richards",
    "Williamson", "Johnston", "Banks", "Meyer", "Bishop", "McCoy", "Howell", "Morrison", "Harvey",
    "Little", "Burton", "Stanley", "George", "Jacobs", "Fuller", "Lynch", "Dean", "Gilbert",
    "Garrett", "Welch", "Larson", "Frazier", "Burke", "Hanson", "Day", "Bowman", "Fowler",
    "Brewer", "Hoffman", "Carlson", "Pearson", "Holland", "Douglas", "Fleming", "Byrd", "Davidson",
    "Hopkins", "May", "Terry", "Wade", "Walters", "Curtis", "Neal", "Caldwell", "Lowe", "Jennings",
    "Barnett", "Graves", "Horton", "Shelton", "Barrett", "O'Brien", "Castro", "Gregory",
    "McKinney", "Lucas", "Craig", "Chambers", "Holt", "Lambert", "Fletcher", "Watts", "Bates",
    "Hale", "Rhodes", "Beck", "Newman", "McDaniel", "Bush", "Vaughn", "Parks", "Dawson", "Norris",
    "Hardy", "Steele", "Curry", "Powers", "Schultz", "Barker", "Page", "Ball", "Keller",
    "Chandler", "Weber", "Leonard", "Walsh", "Lyons", "Ramsey", "Wolfe", "Schneider", "Mullins",
    "Benson", "Sharp", "Bowen", "Barber", "Cummings", "Hines", "Baldwin", "Griffith",
];

/// Russian cities (Cyrillic) with their usual English name when it differs from a plain
/// transliteration.
pub const RU_CITIES: &[(&str, Option<&str>)] = &[
    ("Москва", Some("Moscow")),
    ("Санкт-Петербург", Some("Saint Petersburg")),
    ("Новосибирск", None),
    ("Екатеринбург", None),
    ("Казань", None),
    ("Нижний Новгород", None),
    ("Челябинск", None),
    ("Самара", None),
    ("Омск", None),
    ("Ростов-на-Дону", Some("Rostov-on-Don")),
    ("Уфа", None),
    ("Красноярск", None),
    ("Воронеж", None),
    ("Пермь", None),
    ("Волгоград", None),
    ("Краснодар", None),
    ("Тюмень", None),
    ("Иркутск", None),
    ("Ярославль", None),
    ("Владивосток", None),
];

/// English-speaking cities with the calling code and area codes of their phones.
pub const EN_CITIES: &[(&str, &str, &[&str])] = &[
    ("London", "44", &["20"]),
    ("New York", "1", &["212", "646", "718"]),
    ("Chicago", "1", &["312", "773"]),
    ("Boston", "1", &["617"]),
    ("San Francisco", "1", &["415"]),
    ("Manchester", "44", &["161"]),
    ("Toronto", "1", &["416", "647"]),
    ("Seattle", "1", &["206"]),
    ("Austin", "1", &["512"]),
    ("Birmingham", "44", &["121"]),
    ("Denver", "1", &["303"]),
    ("Edinburgh", "44", &["131"]),
    ("Atlanta", "1", &["404"]),
    ("Leeds", "44", &["113"]),
    ("Dallas", "1", &["214"]),
];

#[rustfmt::skip]
pub const EN_COMPANY_ADJECTIVES: &[&str] = &[
    "Blue", "Red", "Green", "Silver", "Golden", "Northern", "Pacific", "Atlantic", "Summit",
    "Bright", "Swift", "Prime", "Apex", "Urban", "Iron", "Stone", "Clear", "Nova", "Vertex",
    "Crescent", "Maple", "Oak", "Cedar", "Harbor", "Eagle", "Falcon", "Pioneer", "Liberty",
    "United", "First", "Great", "Royal", "Global", "Smart", "Rapid", "Solid", "True", "Bold",
    "Quantum", "Delta", "Orbit", "Granite", "Evergreen", "Westward", "Sunrise", "Polar", "Copper",
    "Coastal", "Highland", "Redwood",
];

#[rustfmt::skip]
pub const EN_COMPANY_NOUNS: &[&str] = &[
    "River", "Peak", "Bridge", "Field", "Rock", "Wave", "Point", "Ridge", "Lake", "Valley", "Path",
    "Gate", "Haven", "Forest", "Star", "Light", "Works", "Labs", "Systems", "Partners", "Crest",
    "Harvest", "Anchor", "Compass", "Beacon", "Arrow", "Horizon", "Spring", "Meadow", "Tower",
    "Circle", "Square", "Line", "Stream", "Canyon", "Island", "Mesa", "Grove", "Cove", "Hollow",
    "Bay", "Port", "Signal", "Frontier", "Keystone", "Landmark", "Pinnacle", "Vista", "Trail",
    "Wharf",
];

#[rustfmt::skip]
pub const EN_COMPANY_TRADES: &[&str] = &[
    "Logistics", "Consulting", "Software", "Media", "Foods", "Capital", "Energy", "Health",
    "Analytics", "Design", "Construction", "Trading", "Motors", "Pharma", "Security", "Networks",
    "Solutions", "Realty", "Textiles", "Robotics", "Ventures", "Studios", "Supply", "Marine",
    "Telecom", "Insurance", "Logic", "Furniture", "Packaging", "Events",
];

#[rustfmt::skip]
pub const EN_LEGAL_FORMS: &[&str] = &[
    "LLC", "Inc.", "Ltd", "Corp.", "Limited", "L.L.C.", "Inc", "PLC",
];

#[rustfmt::skip]
pub const RU_COMPANY_ADJECTIVES: &[&str] = &[
    "Северный", "Южный", "Восточный", "Западный", "Первый", "Новый", "Русский", "Сибирский",
    "Уральский", "Волжский", "Белый", "Красный", "Зелёный", "Золотой", "Серебряный", "Быстрый",
    "Верный", "Главный", "Городской", "Деловой", "Единый", "Живой", "Ясный", "Крепкий", "Лесной",
    "Морской", "Надёжный", "Открытый", "Светлый", "Тёплый",
];

#[rustfmt::skip]
pub const RU_COMPANY_NOUNS: &[&str] = &[
    "Ветер", "Путь", "Мост", "Поток", "Берег", "Дом", "Лес", "Сад", "Свет", "Край", "Город",
    "Двор", "Ключ", "Маяк", "Остров", "Парус", "Полюс", "Причал", "Рубеж", "Стан", "Терем", "Узел",
    "Фонарь", "Холм", "Якорь", "Вектор", "Гранит", "Меридиан", "Спектр", "Альянс", "Прогресс",
    "Рассвет", "Восход", "Орион", "Атлант", "Квартал", "Горизонт", "Ресурс", "Стандарт", "Капитал",
];

#[rustfmt::skip]
pub const RU_COMPANY_TRADES: &[&str] = &[
    "Строй", "Трейд", "Сервис", "Логистик", "Софт", "Медиа", "Инвест", "Пром", "Агро", "Энерго",
    "Консалт", "Маркет", "Транс", "Фарм", "Тех",
];

pub const RU_LEGAL_FORMS: &[&str] = &["ООО", "АО", "ПАО", "ЗАО", "ООО", "ООО"];

#[rustfmt::skip]
pub const RU_MAIL: &[&str] = &[
    "mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
];
#[rustfmt::skip]
pub const EN_MAIL: &[&str] = &[
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com",
];
pub const EN_TLDS: &[&str] = &["com", "com", "com", "io", "co", "net", "co.uk"];
pub const RU_TLDS: &[&str] = &["ru", "ru", "ru", "com", "рф"];

/// Short forms people use in place of their given name (the generator's own list; a few are
/// deliberately missing from the matcher's table, as a real CRM would also meet ones it
/// does not know).
pub const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("Robert", &["Bob", "Rob", "Bobby"]),
    ("William", &["Bill", "Will"]),
    ("James", &["Jim", "Jimmy"]),
    ("Michael", &["Mike"]),
    ("David", &["Dave"]),
    ("Richard", &["Rick", "Rich"]),
    ("Joseph", &["Joe"]),
    ("Thomas", &["Tom"]),
    ("Christopher", &["Chris"]),
    ("Daniel", &["Dan", "Danny"]),
    ("Matthew", &["Matt"]),
    ("Anthony", &["Tony"]),
    ("Steven", &["Steve"]),
    ("Kenneth", &["Ken"]),
    ("Andrew", &["Andy", "Drew"]),
    ("Joshua", &["Josh"]),
    ("Nicholas", &["Nick"]),
    ("Edward", &["Ed", "Ted"]),
    ("Jeffrey", &["Jeff"]),
    ("Gregory", &["Greg"]),
    ("Samuel", &["Sam"]),
    ("Benjamin", &["Ben"]),
    ("Alexander", &["Alex", "Xander"]),
    ("Patrick", &["Pat", "Paddy"]),
    ("Timothy", &["Tim"]),
    ("Jonathan", &["Jon"]),
    ("Zachary", &["Zach"]),
    ("Peter", &["Pete"]),
    ("Charles", &["Charlie"]),
    ("Philip", &["Phil"]),
    ("Eugene", &["Gene"]),
    ("Elizabeth", &["Liz", "Beth", "Betsy"]),
    ("Katherine", &["Kate", "Kathy"]),
    ("Jennifer", &["Jen", "Jenny"]),
    ("Susan", &["Sue"]),
    ("Margaret", &["Maggie", "Peggy"]),
    ("Deborah", &["Debbie"]),
    ("Rebecca", &["Becky"]),
    ("Victoria", &["Vicky", "Tori"]),
    ("Abigail", &["Abby"]),
    ("Christina", &["Tina"]),
    ("Pamela", &["Pam"]),
    ("Samantha", &["Sam"]),
    ("Patricia", &["Patty", "Trish"]),
    ("Александр", &["Саша", "Шура", "Саня"]),
    ("Алексей", &["Лёша", "Алёша"]),
    ("Дмитрий", &["Дима", "Митя"]),
    ("Михаил", &["Миша"]),
    ("Николай", &["Коля"]),
    ("Сергей", &["Серёжа", "Серёга"]),
    ("Иван", &["Ваня"]),
    ("Пётр", &["Петя"]),
    ("Павел", &["Паша"]),
    ("Константин", &["Костя"]),
    ("Владимир", &["Вова", "Володя"]),
    ("Евгений", &["Женя"]),
    ("Юрий", &["Юра"]),
    ("Анатолий", &["Толя", "Толик"]),
    ("Андрей", &["Андрюша"]),
    ("Виктор", &["Витя"]),
    ("Максим", &["Макс"]),
    ("Станислав", &["Стас"]),
    ("Вячеслав", &["Слава"]),
    ("Фёдор", &["Федя"]),
    ("Роман", &["Рома"]),
    ("Виталий", &["Виталик"]),
    ("Елена", &["Лена"]),
    ("Ольга", &["Оля"]),
    ("Татьяна", &["Таня"]),
    ("Наталья", &["Наташа"]),
    ("Мария", &["Маша"]),
    ("Екатерина", &["Катя"]),
    ("Анастасия", &["Настя"]),
    ("Дарья", &["Даша"]),
    ("Светлана", &["Света"]),
    ("Ирина", &["Ира"]),
    ("Юлия", &["Юля"]),
    ("Ксения", &["Ксюша"]),
    ("Елизавета", &["Лиза"]),
    ("Виктория", &["Вика"]),
    ("Анна", &["Аня", "Анюта"]),
];

/// Given names with a female form that is the same name (Александр/Александра): the
/// hardest relatives.
pub const GENDER_PAIRS: &[(&str, &str)] = &[
    ("Александр", "Александра"),
    ("Евгений", "Евгения"),
    ("Валентин", "Валентина"),
    ("Валерий", "Валерия"),
    ("Владислав", "Владислава"),
    ("Ярослав", "Ярослава"),
    ("Станислав", "Станислава"),
    ("Виктор", "Виктория"),
    ("Олег", "Ольга"),
    ("Даниил", "Даниэла"),
    ("Alexander", "Alexandra"),
    ("Daniel", "Danielle"),
    ("Paul", "Paula"),
    ("Eric", "Erica"),
    ("Christian", "Christina"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name_match::{NameForm, NameLevel, compare_family, compare_given};
    use crate::normalize::{skeleton, spelling, text::words, translit::to_latin};
    use std::collections::HashSet;

    /// Different entries of one list must not be spellings or short forms of one name as the
    /// matcher sees them (common names, written in their own script): otherwise the
    /// generator's "different people" would be ambiguous.
    #[test]
    fn entries_of_a_list_are_different_names() {
        let lists: [(&[&str], bool, bool); 6] = [
            (RU_MALE_FIRST, true, true),
            (RU_FEMALE_FIRST, true, true),
            (RU_SURNAMES, false, true),
            (EN_MALE_FIRST, true, false),
            (EN_FEMALE_FIRST, true, false),
            (EN_SURNAMES, false, false),
        ];
        for (list, given, cyrillic) in lists {
            let keys: Vec<(String, String)> = list
                .iter()
                .map(|name| {
                    let spelled = spelling(&to_latin(&words(name).concat()));
                    let sound = skeleton(&spelled);
                    (spelled, sound)
                })
                .collect();
            let form = |i: usize| NameForm {
                spelling: &keys[i].0,
                skeleton: &keys[i].1,
                uses: 1_000,
                cyrillic,
            };
            for i in 0..list.len() {
                for j in i + 1..list.len() {
                    let level = if given {
                        compare_given(form(i), form(j))
                    } else {
                        compare_family(form(i), form(j))
                    };
                    assert!(
                        matches!(level, NameLevel::Different | NameLevel::GenderVariant),
                        "{} / {}: {level:?}",
                        list[i],
                        list[j]
                    );
                }
            }
        }
    }

    #[test]
    fn lists_have_no_repeats() {
        let lists: [&[&str]; 6] = [
            RU_MALE_FIRST,
            RU_FEMALE_FIRST,
            RU_SURNAMES,
            EN_MALE_FIRST,
            EN_FEMALE_FIRST,
            EN_SURNAMES,
        ];
        for list in lists {
            let unique: HashSet<&&str> = list.iter().collect();
            assert_eq!(unique.len(), list.len(), "{}", list[0]);
        }
    }
}
