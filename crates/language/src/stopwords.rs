//! Function words that carry no topic, for ranking sentences in summaries.

const ENGLISH: &str = "a an the and or but if then so than that this these those there here \
    i me my mine we us our you your he him his she her it its they them their what which who \
    whom whose when where why how is are was were be been being am do does did doing have has \
    had having will would shall should can could may might must to of in on at by for with \
    about against between into through during before after above below from up down out off \
    over under again further once all any both each few more most other some such only own \
    same too very just also not no nor yes ok okay yeah oh um uh well like really actually \
    get got go going gonna know think mean said say one hi hello hey thanks thank bye \
    sure great good fine right today time";

const RUSSIAN: &str = "и в во не что он она оно они на я с со как а то все всё так его но да ты к \
    у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже \
    ну вдруг ли если уже или ни быть был была были него до вас нибудь опять уж вам ведь там \
    потом себя ничего ей может тут где есть надо ней для мы тебя их чем сам чтоб без будто \
    чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь \
    этом один почти мой тем чтобы нее кажется сейчас куда зачем всех никогда можно при наконец \
    два об другой хоть после над больше тот через эти нас про всего них какая много разве три \
    эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда \
    конечно всю между это вот ага угу ладно просто привет здравствуйте спасибо добрый день \
    пока понял поняла хорошо договорились отлично";

/// True for function words of either language (input lowercased).
pub(crate) fn is_stopword(word: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            ENGLISH
                .split_whitespace()
                .chain(RUSSIAN.split_whitespace())
                .collect()
        })
        .contains(word)
}
