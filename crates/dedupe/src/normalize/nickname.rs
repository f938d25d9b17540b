//! Short forms of first names ("Bob" for Robert, "Саша" for Александр), authored from
//! general knowledge. A short form may stand for several full names ("Sasha": Aleksandr and
//! Aleksandra); the score still checks the rest of the record.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::phonetic::{skeleton, spelling};
use super::text::fold;
use super::translit::to_latin;

/// (short form, full name). Written as people write them; normalised when the table is built.
const SHORT_FORMS: &[(&str, &str)] = &[
    // English
    ("Bob", "Robert"),
    ("Bobby", "Robert"),
    ("Rob", "Robert"),
    ("Robbie", "Robert"),
    ("Bill", "William"),
    ("Billy", "William"),
    ("Will", "William"),
    ("Liam", "William"),
    ("Jim", "James"),
    ("Jimmy", "James"),
    ("Jamie", "James"),
    ("Mike", "Michael"),
    ("Mikey", "Michael"),
    ("Mick", "Michael"),
    ("Dave", "David"),
    ("Rick", "Richard"),
    ("Rich", "Richard"),
    ("Dick", "Richard"),
    ("Joe", "Joseph"),
    ("Joey", "Joseph"),
    ("Tom", "Thomas"),
    ("Tommy", "Thomas"),
    ("Chris", "Christopher"),
    ("Chris", "Christine"),
    ("Chris", "Christina"),
    ("Dan", "Daniel"),
    ("Danny", "Daniel"),
    ("Matt", "Matthew"),
    ("Tony", "Anthony"),
    ("Steve", "Steven"),
    ("Steve", "Stephen"),
    ("Stephen", "Steven"),
    ("Ken", "Kenneth"),
    ("Kenny", "Kenneth"),
    ("Andy", "Andrew"),
    ("Drew", "Andrew"),
    ("Josh", "Joshua"),
    ("Nick", "Nicholas"),
    ("Nicky", "Nicholas"),
    ("Ed", "Edward"),
    ("Eddie", "Edward"),
    ("Ted", "Edward"),
    ("Jeff", "Jeffrey"),
    ("Greg", "Gregory"),
    ("Sam", "Samuel"),
    ("Sam", "Samantha"),
    ("Ben", "Benjamin"),
    ("Alex", "Alexander"),
    ("Alex", "Alexandra"),
    ("Alex", "Alexey"),
    ("Pat", "Patrick"),
    ("Pat", "Patricia"),
    ("Ray", "Raymond"),
    ("Tim", "Timothy"),
    ("Ron", "Ronald"),
    ("Don", "Donald"),
    ("Larry", "Lawrence"),
    ("Nate", "Nathan"),
    ("Zach", "Zachary"),
    ("Zack", "Zachary"),
    ("Pete", "Peter"),
    ("Walt", "Walter"),
    ("Hank", "Henry"),
    ("Harry", "Henry"),
    ("Charlie", "Charles"),
    ("Chuck", "Charles"),
    ("Fred", "Frederick"),
    ("Gabe", "Gabriel"),
    ("Phil", "Philip"),
    ("Vince", "Vincent"),
    ("Russ", "Russell"),
    ("Gerry", "Gerald"),
    ("Jerry", "Gerald"),
    ("Doug", "Douglas"),
    ("Liz", "Elizabeth"),
    ("Lizzie", "Elizabeth"),
    ("Beth", "Elizabeth"),
    ("Betty", "Elizabeth"),
    ("Eliza", "Elizabeth"),
    ("Kate", "Katherine"),
    ("Katie", "Katherine"),
    ("Kathy", "Katherine"),
    ("Cathy", "Catherine"),
    ("Kate", "Catherine"),
    ("Trish", "Patricia"),
    ("Patty", "Patricia"),
    ("Jen", "Jennifer"),
    ("Jenny", "Jennifer"),
    ("Sue", "Susan"),
    ("Susie", "Susan"),
    ("Maggie", "Margaret"),
    ("Peggy", "Margaret"),
    ("Meg", "Margaret"),
    ("Debbie", "Deborah"),
    ("Deb", "Deborah"),
    ("Becky", "Rebecca"),
    ("Sandy", "Sandra"),
    ("Mandy", "Amanda"),
    ("Vicky", "Victoria"),
    ("Abby", "Abigail"),
    ("Jackie", "Jacqueline"),
    ("Judy", "Judith"),
    ("Sophie", "Sophia"),
    ("Tina", "Christina"),
    ("Cindy", "Cynthia"),
    ("Kim", "Kimberly"),
    ("Dottie", "Dorothy"),
    ("Terry", "Teresa"),
    // Russian
    ("Саша", "Александр"),
    ("Саша", "Александра"),
    ("Шура", "Александр"),
    ("Алёша", "Алексей"),
    ("Лёша", "Алексей"),
    ("Дима", "Дмитрий"),
    ("Миша", "Михаил"),
    ("Коля", "Николай"),
    ("Серёжа", "Сергей"),
    ("Ваня", "Иван"),
    ("Петя", "Пётр"),
    ("Паша", "Павел"),
    ("Костя", "Константин"),
    ("Володя", "Владимир"),
    ("Вова", "Владимир"),
    ("Женя", "Евгений"),
    ("Женя", "Евгения"),
    ("Юра", "Юрий"),
    ("Толя", "Анатолий"),
    ("Андрюша", "Андрей"),
    ("Витя", "Виктор"),
    ("Гриша", "Григорий"),
    ("Макс", "Максим"),
    ("Стас", "Станислав"),
    ("Слава", "Вячеслав"),
    ("Слава", "Владислав"),
    ("Слава", "Ярослав"),
    ("Влад", "Владислав"),
    ("Гоша", "Георгий"),
    ("Жора", "Георгий"),
    ("Лёва", "Лев"),
    ("Федя", "Фёдор"),
    ("Рома", "Роман"),
    ("Боря", "Борис"),
    ("Гена", "Геннадий"),
    ("Тёма", "Артём"),
    ("Валя", "Валентин"),
    ("Валя", "Валентина"),
    ("Лена", "Елена"),
    ("Оля", "Ольга"),
    ("Таня", "Татьяна"),
    ("Наташа", "Наталья"),
    ("Маша", "Мария"),
    ("Катя", "Екатерина"),
    ("Настя", "Анастасия"),
    ("Даша", "Дарья"),
    ("Света", "Светлана"),
    ("Ира", "Ирина"),
    ("Галя", "Галина"),
    ("Люда", "Людмила"),
    ("Мила", "Людмила"),
    ("Надя", "Надежда"),
    ("Люба", "Любовь"),
    ("Ксюша", "Ксения"),
    ("Лиза", "Елизавета"),
    ("Вика", "Виктория"),
    ("Лера", "Валерия"),
    ("Поля", "Полина"),
    ("Соня", "София"),
    ("Аня", "Анна"),
    ("Тома", "Тамара"),
];

/// A first name's spelling as it is looked up in the table.
fn key(name: &str) -> String {
    spelling(&to_latin(&fold(name)))
}

/// Short-form spelling → spellings of the full names it stands for.
static FULL_NAMES: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut table: HashMap<String, Vec<String>> = HashMap::new();
    for (short, full) in SHORT_FORMS {
        let full = key(full);
        let entry = table.entry(key(short)).or_default();
        if !entry.contains(&full) {
            entry.push(full);
        }
    }
    table
});

/// The spellings of the full names a short form stands for (empty if it is not one).
pub fn full_names(spelled: &str) -> &'static [String] {
    FULL_NAMES
        .get(spelled)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

/// The key a first name is blocked under: the skeleton of its first full name when it is a
/// short form, else its own skeleton. "Sasha", "Alex" and "Aleksandr" share one block.
pub fn group_skeleton(spelled: &str) -> String {
    skeleton(full_names(spelled).first().map_or(spelled, String::as_str))
}

/// Whether two spellings name one full name: equal, or the same consonants with close
/// vowels (Aleksandr/Alexander), but not Michael/Michelle.
fn same_full_name(x: &str, y: &str) -> bool {
    x == y
        || (skeleton(x) == skeleton(y)
            && crate::similarity::jaro_winkler(x, y) >= 0.88
            && x.ends_with(['a', 'e']) == y.ends_with(['a', 'e']))
}

/// Whether one first name is a short form of the other, or both of one full name.
pub fn is_short_form_pair(a: &str, b: &str) -> bool {
    let (a_full, b_full) = (full_names(a), full_names(b));
    a_full.iter().any(|full| same_full_name(full, b))
        || b_full.iter().any(|full| same_full_name(full, a))
        || a_full
            .iter()
            .any(|x| b_full.iter().any(|y| same_full_name(x, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_meet_their_full_names_in_any_script() {
        assert!(is_short_form_pair(&key("Bob"), &key("Robert")));
        assert!(is_short_form_pair(&key("Sasha"), &key("Alexander")));
        assert!(is_short_form_pair(&key("Саша"), &key("Aleksandr")));
        assert!(is_short_form_pair(&key("Alex"), &key("Sasha")));
        assert!(is_short_form_pair(&key("Dima"), &key("Дмитрий")));
    }

    #[test]
    fn unrelated_names_are_not_short_forms() {
        assert!(!is_short_form_pair(&key("Mike"), &key("Michelle")));
        assert!(!is_short_form_pair(&key("Bob"), &key("William")));
        assert!(!is_short_form_pair(&key("Dima"), &key("Mikhail")));
    }

    #[test]
    fn short_forms_block_with_their_full_name() {
        assert_eq!(
            group_skeleton(&key("Sasha")),
            group_skeleton(&key("Alexander"))
        );
        assert_eq!(group_skeleton(&key("Bob")), group_skeleton(&key("Robert")));
    }
}
