//! Short activity texts for the benchmark data: enough variety that full-text search and
//! timelines meet realistic words, short enough that a million rows stay quick to write.

use crate::rng::Rng;

/// The record facts a text may mention.
pub struct Slots<'a> {
    pub first: &'a str,
    /// Empty for people without a company.
    pub company: &'a str,
}

pub struct Text {
    pub subject: String,
    pub body: String,
    pub transcript: Option<String>,
}

/// `(subject, body)` pairs per kind; `{first}` and `{company}` are filled in.
const NOTES_EN: &[(&str, &str)] = &[
    (
        "Discovery notes",
        "{first} runs three warehouses and still plans routes in spreadsheets. Main pain: late deliveries in Q4.",
    ),
    (
        "Pricing feedback",
        "{first} thinks the annual plan is 15% above budget. Asked for a multi-year option.",
    ),
    (
        "Pilot scope",
        "Pilot at one site for 30 days. Success = pick rate +10% and fewer mis-shipments.",
    ),
    (
        "Procurement",
        "Procurement needs a vendor questionnaire and our SOC 2 report before the PO.",
    ),
    (
        "Renewal risk",
        "Usage at {company} dropped by half since the reorg. Renewal in 60 days; need an exec sponsor.",
    ),
    (
        "Champion",
        "{first} is our champion and will present the business case to the CFO next week.",
    ),
    (
        "Competitor",
        "They are also evaluating a cheaper tool. Our edge: the ERP integration and local support.",
    ),
    (
        "Happy customer",
        "{first} says onboarding was the smoothest they have had. Good reference candidate.",
    ),
    (
        "Support escalation",
        "Two failed syncs this week. {first} is frustrated; engineering is on it.",
    ),
    (
        "Budget",
        "Budget is approved for next quarter; decision committee of four.",
    ),
    (
        "Org change",
        "New COO at {company}. Need to re-qualify priorities.",
    ),
    (
        "Expansion",
        "Second region wants the same setup. Potential 40 more seats.",
    ),
];

const NOTES_RU: &[(&str, &str)] = &[
    (
        "Итоги первой встречи",
        "{first} управляет тремя складами, маршруты до сих пор планируют в Excel. Главная боль — опоздания в сезон.",
    ),
    (
        "Обратная связь по цене",
        "{first} считает, что годовой тариф на 15% выше бюджета. Просит вариант на два года.",
    ),
    (
        "Пилот",
        "Пилот на одном складе, 30 дней. Критерий успеха — скорость сборки +10%, меньше пересортов.",
    ),
    (
        "Закупка",
        "Закупки просят анкету поставщика и договор по их шаблону до выставления счёта.",
    ),
    (
        "Риск продления",
        "Активность упала вдвое после реорганизации. Продление через два месяца, нужен спонсор у руководства.",
    ),
    (
        "Наш сторонник",
        "{first} готов защищать проект перед финдиректором на следующей неделе.",
    ),
    (
        "Конкурент",
        "Параллельно смотрят более дешёвое решение. Наше преимущество — интеграция с 1С и поддержка.",
    ),
    (
        "Довольный клиент",
        "{first} говорит, что внедрение прошло спокойно. Можно просить отзыв.",
    ),
    (
        "Эскалация",
        "Два сбоя синхронизации за неделю, {first} недоволен. Разработка уже разбирается.",
    ),
    (
        "Бюджет",
        "Бюджет согласован на следующий квартал, решение принимают четыре человека.",
    ),
    (
        "Тендер",
        "Закупка пойдёт через тендер по 223-ФЗ, нужно подготовить ТЗ вместе с клиентом.",
    ),
    (
        "Расширение",
        "Второй филиал хочет так же. Потенциально ещё 40 пользователей.",
    ),
];

const EMAILS_EN: &[(&str, &str)] = &[
    (
        "Following up on our call",
        "Hi {first}, thanks for the time today. Attached is the summary and the next steps we agreed on.",
    ),
    (
        "Proposal for {company}",
        "Hi {first}, please find our proposal attached. Happy to walk your team through it.",
    ),
    (
        "Re: pricing question",
        "Good question — the price includes onboarding and standard support. Premium support is optional.",
    ),
    (
        "Pilot kickoff",
        "Hi {first}, confirming the pilot starts Monday. Could you share access to the test environment?",
    ),
    (
        "Security questionnaire",
        "Hi {first}, the completed questionnaire and our DPA are attached.",
    ),
    (
        "Renewal",
        "Hi {first}, your subscription renews next month. Shall we review usage and seats first?",
    ),
    (
        "Quick question",
        "Hi {first}, who else should join the next session from your side?",
    ),
    (
        "Re: invoice",
        "Thanks, the invoice has been forwarded to accounts payable.",
    ),
    (
        "Checking in",
        "Hi {first}, just checking in — any feedback from the team on the demo?",
    ),
];

const EMAILS_RU: &[(&str, &str)] = &[
    (
        "По итогам звонка",
        "{first}, добрый день! Спасибо за время. Во вложении — резюме встречи и договорённости.",
    ),
    (
        "Коммерческое предложение",
        "{first}, здравствуйте! Направляю КП, готов обсудить его с командой.",
    ),
    (
        "Re: вопрос по стоимости",
        "В стоимость входят внедрение и стандартная поддержка; расширенная — опционально.",
    ),
    (
        "Старт пилота",
        "{first}, подтверждаю старт пилота в понедельник. Дайте, пожалуйста, доступ к тестовой базе.",
    ),
    (
        "Анкета для службы безопасности",
        "{first}, добрый день! Заполненная анкета и проект договора во вложении.",
    ),
    (
        "Продление подписки",
        "{first}, подписка продлевается в следующем месяце. Предлагаю заранее сверить число пользователей.",
    ),
    (
        "Короткий вопрос",
        "{first}, кого ещё пригласить на следующую встречу с вашей стороны?",
    ),
    (
        "Re: счёт",
        "Спасибо, счёт передали в бухгалтерию, оплата на этой неделе.",
    ),
    (
        "Как дела с демо?",
        "{first}, добрый день! Есть ли обратная связь от коллег по демонстрации?",
    ),
];

const EMAILS_IN_EN: &[(&str, &str)] = &[
    (
        "Re: Proposal for {company}",
        "Thanks, we are reviewing it internally. Price is a bit above what we planned.",
    ),
    (
        "Question about integration",
        "Does your system work with our ERP out of the box, or do we need a partner?",
    ),
    (
        "Re: Following up on our call",
        "Thanks! Adding our IT lead to the thread.",
    ),
    (
        "Scanners offline",
        "Since this morning the handhelds in one aisle keep dropping. Can support take a look?",
    ),
    (
        "Re: Renewal",
        "Let's talk next week. Finance wants to discuss the number of seats.",
    ),
    (
        "Thank you",
        "First month-end count without adjustments. The team is happy.",
    ),
];

const EMAILS_IN_RU: &[(&str, &str)] = &[
    (
        "Re: Коммерческое предложение",
        "Спасибо, изучаем. Цена немного выше заложенной в бюджет.",
    ),
    (
        "Вопрос по интеграции",
        "Ваша система работает с 1С из коробки или нужен партнёр?",
    ),
    (
        "Re: По итогам звонка",
        "Спасибо! Добавляю в переписку нашего ИТ-специалиста.",
    ),
    (
        "Не работают терминалы",
        "С утра терминалы в одном ряду теряют связь. Посмотрите, пожалуйста.",
    ),
    (
        "Re: Продление подписки",
        "Давайте созвонимся на следующей неделе, финансы хотят обсудить число лицензий.",
    ),
    (
        "Спасибо",
        "Первая инвентаризация без расхождений. Команда довольна.",
    ),
];

const CALLS_EN: &[(&str, &str)] = &[
    (
        "Intro call",
        "Qualified: budget yes, timeline next quarter.",
    ),
    (
        "Follow-up call",
        "Walked through the proposal; they need a reference call.",
    ),
    (
        "Call about renewal",
        "Wants a discount for a two-year commitment.",
    ),
    ("Support call", "Sync issue reproduced; ticket opened."),
    (
        "Cold call",
        "Not the right person; got the name of the logistics lead.",
    ),
    ("Call with {first}", "Agreed on pilot dates."),
];

const CALLS_RU: &[(&str, &str)] = &[
    (
        "Первый звонок",
        "Квалифицировали: бюджет есть, сроки — следующий квартал.",
    ),
    (
        "Звонок по КП",
        "Прошлись по предложению, просят контакт клиента для отзыва.",
    ),
    (
        "Звонок по продлению",
        "Хотят скидку за договор на два года.",
    ),
    (
        "Звонок в поддержку",
        "Воспроизвели ошибку синхронизации, завели заявку.",
    ),
    (
        "Холодный звонок",
        "Не тот человек, дали контакт начальника логистики.",
    ),
    ("Звонок: {first}", "Согласовали даты пилота."),
];

const MISSED_EN: &[&str] = &[
    "No answer.",
    "Left a voicemail.",
    "Busy; will try again tomorrow.",
    "Line dropped; sent an email instead.",
];

const MISSED_RU: &[&str] = &[
    "Не ответил.",
    "Оставил голосовое сообщение.",
    "Занято, перезвоню завтра.",
    "Связь оборвалась, написал на почту.",
];

const TASKS_EN: &[&str] = &[
    "Send proposal to {first}",
    "Follow up with {first}",
    "Prepare pilot report",
    "Book a demo with the team",
    "Send security questionnaire",
    "Check renewal terms",
    "Call {first} about the invoice",
    "Update the business case",
];

const TASKS_RU: &[&str] = &[
    "Отправить КП",
    "Перезвонить: {first}",
    "Подготовить отчёт по пилоту",
    "Назначить демо для команды",
    "Отправить анкету СБ",
    "Проверить условия продления",
    "Уточнить статус оплаты",
    "Обновить расчёт окупаемости",
];

const MEETINGS_EN: &[(&str, &str)] = &[
    ("Demo", "Product demo for the operations team."),
    ("Pilot review", "Results of the pilot and next steps."),
    ("Quarterly business review", "Usage, open tickets, roadmap."),
    ("Kickoff", "Implementation plan and owners."),
];

const MEETINGS_RU: &[(&str, &str)] = &[
    ("Демонстрация", "Демо для операционной команды."),
    ("Итоги пилота", "Результаты пилота и следующие шаги."),
    (
        "Квартальная встреча",
        "Использование, открытые заявки, планы.",
    ),
    ("Старт внедрения", "План внедрения и ответственные."),
];

const TRANSCRIPTS_EN: &[&str] = &[
    "Rep: Hi {first}, is now a good time?\nCustomer: Yes, five minutes.\nRep: Did the team look at the proposal?\nCustomer: We did. Price is the only open point.",
    "Rep: Thanks for calling back, {first}.\nCustomer: Sure. The pilot went well, we want to expand.\nRep: Great, I'll send updated numbers today.",
];

const TRANSCRIPTS_RU: &[&str] = &[
    "Менеджер: {first}, добрый день, удобно говорить?\nКлиент: Да, минут пять есть.\nМенеджер: Посмотрели КП?\nКлиент: Посмотрели, вопрос только в цене.",
    "Менеджер: Спасибо, что перезвонили.\nКлиент: Пилот прошёл хорошо, хотим расширяться.\nМенеджер: Отлично, сегодня пришлю новый расчёт.",
];

fn fill(template: &str, slots: &Slots<'_>, russian: bool) -> String {
    let company = match (slots.company.is_empty(), russian) {
        (false, _) => slots.company,
        (true, false) => "your team",
        (true, true) => "вашей команды",
    };
    template
        .replace("{first}", slots.first)
        .replace("{company}", company)
}

fn lang<T>(russian: bool, english: T, russian_text: T) -> T {
    if russian { russian_text } else { english }
}

/// What kind of text an activity needs: who wrote it, and whether a call got through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    Note,
    EmailOut,
    EmailIn,
    Call,
    MissedCall,
    Meeting,
    Task,
}

/// A subject and body (and for some connected calls a transcript), in Russian or English.
pub fn pick(rng: &mut Rng, phrase: Phrase, russian: bool, slots: &Slots<'_>) -> Text {
    let (subject, body) = match phrase {
        Phrase::Note => *rng.pick(lang(russian, NOTES_EN, NOTES_RU)),
        Phrase::EmailOut => *rng.pick(lang(russian, EMAILS_EN, EMAILS_RU)),
        Phrase::EmailIn => *rng.pick(lang(russian, EMAILS_IN_EN, EMAILS_IN_RU)),
        Phrase::Call => *rng.pick(lang(russian, CALLS_EN, CALLS_RU)),
        Phrase::MissedCall => (
            rng.pick(lang(russian, CALLS_EN, CALLS_RU)).0,
            *rng.pick(lang(russian, MISSED_EN, MISSED_RU)),
        ),
        Phrase::Meeting => *rng.pick(lang(russian, MEETINGS_EN, MEETINGS_RU)),
        Phrase::Task => (*rng.pick(lang(russian, TASKS_EN, TASKS_RU)), ""),
    };
    let transcript = (phrase == Phrase::Call && rng.chance(0.15)).then(|| {
        let list = lang(russian, TRANSCRIPTS_EN, TRANSCRIPTS_RU);
        let template = *rng.pick(list);
        fill(template, slots, russian)
    });
    Text {
        subject: fill(subject, slots, russian),
        body: fill(body, slots, russian),
        transcript,
    }
}

/// Where a meeting took place.
pub fn location(rng: &mut Rng, russian: bool, city: Option<&str>) -> String {
    match (rng.below(4), russian, city) {
        (0, _, Some(city)) => city.to_owned(),
        (1, false, _) => "Google Meet".into(),
        (1, true, _) => "Телемост".into(),
        (2, _, _) => "Zoom".into(),
        (_, false, _) => "Our office".into(),
        (_, true, _) => "Наш офис".into(),
    }
}
