//! What the demo team wrote: notes, emails, call transcripts, meetings and tasks, in English
//! and Russian, about the moments of a real B2B sale (discovery, objections, pilots,
//! procurement, renewals, churn).
//!
//! `{slots}` are filled from the records the text is about, so the same template reads
//! differently on each timeline: `{first}`, `{name}`, `{title}`, `{company}`, `{city}`,
//! `{me}`, `{me_first}`, `{product}`, `{upsell}`, `{amount}`, `{sites}`, `{trucks}`,
//! `{seats}`, `{seats_used}`, `{users}`, `{pct}`, `{competitor}`, `{date}`, `{discount}`,
//! `{year}`, `{colleague}`.
//!
//! Northwind Trading sells a warehouse management system (Northwind WMS), fleet telematics
//! (Northwind Fleet) and a route planner to distributors, retailers and manufacturers.

/// The moment of the relationship a text belongs to, in the order a sale goes through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Intro,
    Discovery,
    Demo,
    Pricing,
    Pilot,
    Procurement,
    Onboarding,
    CheckIn,
    Upsell,
    Renewal,
    Support,
    ChurnRisk,
    Lost,
}

impl Topic {
    /// Whether texts of this moment are about a deal, and belong on its timeline too.
    pub fn concerns_deal(self) -> bool {
        matches!(
            self,
            Topic::Demo
                | Topic::Pricing
                | Topic::Pilot
                | Topic::Procurement
                | Topic::Upsell
                | Topic::Renewal
                | Topic::ChurnRisk
                | Topic::Lost
        )
    }
}

/// A note, email, meeting or task text.
#[derive(Debug)]
pub struct Template {
    pub topic: Topic,
    pub russian: bool,
    pub subject: &'static str,
    pub body: &'static str,
}

/// A connected call: what the rep wrote down, and what was said.
#[derive(Debug)]
pub struct CallTemplate {
    pub topic: Topic,
    pub russian: bool,
    pub subject: &'static str,
    pub summary: &'static str,
    pub transcript: &'static str,
}

use Topic::*;

const fn en(topic: Topic, subject: &'static str, body: &'static str) -> Template {
    Template {
        topic,
        russian: false,
        subject,
        body,
    }
}

const fn ru(topic: Topic, subject: &'static str, body: &'static str) -> Template {
    Template {
        topic,
        russian: true,
        subject,
        body,
    }
}

pub const NOTES: &[Template] = &[
    en(
        Discovery,
        "Discovery: how {company} runs its warehouses",
        "## Current setup
- {sites}, picking still on paper lists; stock counted in spreadsheets every Friday
- Their ERP is the source of truth for orders, but nobody trusts the stock numbers in it
- Peak season (Oct–Dec) means temps and overtime; mis-picks roughly doubled last year

## Pain, in {first}'s words
> \"We find out an order is short when the customer calls.\"

## Next steps
- Demo focused on wave picking and cycle counts
- Ask for last quarter's order volume to size the pilot",
    ),
    en(
        Pricing,
        "Pricing objection from {first}",
        "{first} likes the product but says {amount} is about 20% over what finance expects for year one.

What is really behind it:
1. The budget was set before they added the third site
2. {competitor} quoted lower, but without implementation and with support by email only

Plan: keep the licence price, offer phased rollout (site by site) and move training into the pilot. A discount of up to {discount} only for a two-year term.",
    ),
    en(
        Pilot,
        "Pilot plan agreed",
        "**Scope:** one warehouse in {city}, 30 days, inbound + picking only.

**Success criteria (signed off by {first}):**
- Pick accuracy from ~97% to 99.5%
- Dock-to-stock time under 4 hours
- Night shift can work without calling the supervisor

**Their side:** scanner Wi-Fi coverage in aisles 7–12, a test export from the ERP.
**Our side:** configuration, two training sessions, daily check-in during week one.",
    ),
    en(
        Procurement,
        "Procurement steps at {company}",
        "Procurement is not going to be quick:
- Vendor onboarding form + bank details letter
- Security questionnaire (~120 questions) and a call with their IT security lead
- Legal wants their own MSA template; our DPA as an annex is fine
- PO needs two signatures above {amount}

{first} expects everything to take 4–6 weeks. I asked to start the security review in parallel with legal.",
    ),
    en(
        Onboarding,
        "Onboarding kickoff — notes",
        "Kickoff went well. {first} brought the shift leads, which helps a lot.

- Go-live target: {date}
- Data: item master and bin locations come as CSV; open orders via the ERP connector
- Risks: label printers are old, may need new drivers; one site has poor Wi-Fi
- Owner on their side: {colleague}, weekly status on Tuesdays",
    ),
    en(
        CheckIn,
        "Quarterly check-in",
        "Usage is healthy: {users} daily users, scanners on every shift.

{first} raised two things:
- Reports are good but they want them in their BI tool, not as PDFs
- Returns processing is still manual; asked if it's on our roadmap

Mentioned that a sister company might be interested. Will ask for an intro once the returns module ships.",
    ),
    en(
        Upsell,
        "Expansion opportunity",
        "After a good first year, {first} wants to extend the setup at {company}: the returns module, and {upsell} for the team that still plans in spreadsheets.

- Main driver: one system instead of three spreadsheets and a whiteboard
- Rough size: {amount} per year
- {first} will introduce us to the budget owner next week",
    ),
    en(
        Renewal,
        "Renewal prep",
        "Renewal is due {date}. Before the call:
- Seats used: {seats_used} of {seats}; expect a request to cut the unused ones
- Two P2 tickets this quarter, both closed within SLA
- Price increase this year is 5%; {first} already hinted finance will push back

Approach: offer the price lock for a two-year renewal rather than a discount.",
    ),
    en(
        Support,
        "Escalation: sync failures",
        "{first} called, clearly annoyed: orders from the ERP stopped syncing overnight and the morning shift picked from yesterday's list.

Root cause (per support): their ERP admin rotated the API password without telling anyone. Fixed by 10:40.

Still, this is the second incident this month. Offered a short call with our support lead and alerting on failed syncs.",
    ),
    en(
        ChurnRisk,
        "Churn risk at {company}",
        "Red flags:
- Logins down {pct}% since the new COO arrived
- {first} no longer replies within a day; last two calls were rescheduled
- Their new COO is rolling out a group-wide ERP with its own warehouse module

We need an executive conversation before the renewal date ({date}). Preparing a one-page ROI summary: mis-picks down 70%, overtime down a third.",
    ),
    en(
        Lost,
        "Closed lost — what happened",
        "They signed with {competitor}.

Why, honestly:
- Price: their offer was about 30% below ours for year one
- Their IT preferred a vendor already on the approved list
- We were late with the security questionnaire (two weeks)

{first} was apologetic and said the door is open in a year. Set a reminder to check in.",
    ),
    en(
        Intro,
        "Met at the logistics expo",
        "Met {first} ({title}) at our booth. They are opening a new distribution centre next year and are \"drowning in spreadsheets\".

Promised to send the case study from a similar distributor and propose a short call.",
    ),
    en(
        Intro,
        "Inbound: demo request",
        "{first} ({title}) filled in the demo form: \"We're opening another warehouse and our ERP can't handle bin locations.\"

- {sites} today
- Running on: ERP + Excel
- Timeline: before peak season

Called back within the hour; intro call booked.",
    ),
    ru(
        Intro,
        "Заявка с сайта",
        "{first} ({title}) {g:оставил|оставила} заявку на демо: «Открываем ещё один склад, а 1С не умеет адресное хранение».

- Сейчас: {sites}
- Работают в 1С и Excel
- Сроки: до сезона

Перезвонил в течение часа, договорились о первом созвоне.",
    ),
    ru(
        Discovery,
        "Первая встреча: как устроены склады",
        "## Как сейчас
- {sites}, сборка по бумажным листам, инвентаризация раз в квартал
- Учёт ведут в 1С, но остаткам в ней никто не верит
- В сезон берут временный персонал, пересортов становится в два раза больше

## Что болит
> «О недостаче узнаём, когда звонит покупатель» — {first}

## Дальше
- Демо с упором на волновую сборку и адресное хранение
- Попросить выгрузку заказов за прошлый квартал, чтобы посчитать пилот",
    ),
    ru(
        Pricing,
        "Возражение по цене",
        "{first} в целом за, но говорит, что {amount} — это на 20% больше, чем заложено в бюджете.

Что стоит за этим:
1. Бюджет планировали до открытия третьего склада
2. {competitor} дали цену ниже, но без внедрения и с поддержкой только по почте

Предлагаю: цену лицензии не трогать, дать поэтапный запуск по складам, обучение включить в пилот. Скидка до {discount} — только при договоре на два года.",
    ),
    ru(
        Pilot,
        "Согласовали пилот",
        "**Объём:** один склад в городе {city}, 30 дней, приёмка и сборка.

**Критерии успеха (согласовано: {first}):**
- Точность сборки с ~97% до 99,5%
- Размещение товара после приёмки — не дольше 4 часов
- Ночная смена работает без звонков начальнику склада

**С их стороны:** Wi-Fi в рядах 7–12, тестовая выгрузка из 1С.
**С нашей:** настройка, два обучения, ежедневный созвон в первую неделю.",
    ),
    ru(
        Procurement,
        "Закупка: что нужно пройти",
        "Быстро не будет:
- Аккредитация поставщика на их площадке
- Проверка службой безопасности: анкета и выписка из ЕГРЮЛ
- Юристы хотят договор по своему шаблону, наш договор-оферта не подходит
- Закупка свыше {amount} идёт через тендер по 223-ФЗ

{first} оценивает срок в 6–8 недель. Попросил запустить проверку СБ параллельно с юристами.",
    ),
    ru(
        Onboarding,
        "Старт внедрения",
        "Встреча прошла хорошо, {first} {g:привёл|привела} начальников смен — это сильно помогает.

- Запуск: {date}
- Справочник товаров и ячеек — из Excel, заказы — через обмен с 1С
- Риски: старые принтеры этикеток, на одном складе слабый Wi-Fi
- Ответственный с их стороны — {colleague}, статус по вторникам",
    ),
    ru(
        CheckIn,
        "Плановая встреча с клиентом",
        "Пользуются активно (пользователей в день: {users}), терминалы на каждой смене.

{first} {g:поднял|подняла} два вопроса:
- Отчёты хорошие, но хотят видеть их в своей BI-системе, а не в PDF
- Возвраты до сих пор оформляют вручную — {g:спросил|спросила}, есть ли это в планах

{g:Упомянул|Упомянула}, что соседнее предприятие холдинга тоже ищет WMS. Попросим контакт после выхода модуля возвратов.",
    ),
    ru(
        Upsell,
        "Возможность расширения",
        "После удачного первого года {first} хочет расширяться: модуль возвратов и {upsell} для отдела, который до сих пор планирует в таблицах.

- Главный мотив: одна система вместо трёх таблиц и маркерной доски
- Оценка: {amount} в год
- {first} познакомит нас с владельцем бюджета на следующей неделе",
    ),
    ru(
        Renewal,
        "Подготовка к продлению",
        "Продление — {date}. Перед звонком:
- Занято лицензий: {seats_used} из {seats}, скорее всего попросят убрать лишние
- Две заявки второго приоритета за квартал, обе закрыты в срок
- Индексация цены в этом году 5%, {first} уже {g:намекнул|намекнула}, что финансы будут против

Предлагаю зафиксировать цену при продлении на два года вместо скидки.",
    ),
    ru(
        Support,
        "Эскалация: не выгружаются заказы",
        "{g:Звонил|Звонила} {first}, {g:очень недоволен|очень недовольна}: ночью перестали приходить заказы из 1С, утренняя смена собирала по вчерашнему списку.

Причина (по данным поддержки): их администратор сменил пароль пользователя обмена и никого не предупредил. Починили к 10:40.

Но это второй инцидент за месяц. Предложил созвон с руководителем поддержки и оповещения о сбоях обмена.",
    ),
    ru(
        ChurnRisk,
        "Риск оттока",
        "Тревожные признаки:
- Входов в систему на {pct}% меньше с тех пор, как пришёл новый операционный директор
- {first} отвечает через несколько дней, два последних созвона перенесли
- В холдинге внедряют единую ERP со своим складским модулем

Нужен разговор на уровне руководства до даты продления ({date}). Готовлю одностраничник с эффектом: пересортов меньше на 70%, переработок — на треть.",
    ),
    ru(
        Lost,
        "Сделка проиграна: разбор",
        "Выбрали {competitor}.

Если честно, почему:
- Цена: их предложение на первый год примерно на 30% ниже нашего
- ИТ-отдел предпочёл поставщика из реестра отечественного ПО, с которым уже работают
- Мы на две недели задержали ответы на анкету СБ

{first} {g:извинялся|извинялась} и {g:сказал|сказала}, что через год можно вернуться к разговору. Поставил напоминание.",
    ),
    en(
        CheckIn,
        "Usage review before the QBR",
        "Looked at usage with {first} ahead of the quarterly review.

| Metric | Now | At go-live |
|---|---|---|
| Daily users | {users} | 12 |
| Pick accuracy | 99.5% | 97.2% |
| Open tickets | 1 | 7 |

They use {seats_used} of {seats} seats. Good moment to ask for a case study.",
    ),
    en(
        CheckIn,
        "Site visit in {city}",
        "Visited the {city} warehouse with {first}. Scanners in every aisle; a shift supervisor built his own dashboard on top of our export.

Two asks:
- Bigger font on the older handhelds
- Reprinting labels without calling IT

Logged both as feature requests.",
    ),
    en(
        Onboarding,
        "Go-live day",
        "**First day on the new system at {company}.**

- Morning shift started 30 minutes late: the label printers needed new drivers
- By noon everyone was scanning; {pct}% of orders picked without paper
- {colleague} stayed on until the night-shift handover

{first} is cautiously happy. Daily check-ins for the next two weeks.",
    ),
    en(
        Support,
        "Feature wishes after three months",
        "{first} sent a list of wishes after three months of use:
1. Batch picking for small orders
2. Export to their BI tool
3. Polish and Ukrainian UI for temporary staff

(1) is planned for next quarter, (3) already exists — sent instructions.",
    ),
    en(
        Demo,
        "Demo debrief",
        "Demo went well: {first} and two shift leads, IT joined for the last 15 minutes.

**Landed:** wave picking, the mobile app, cycle counts without stopping the warehouse.
**Concerns:** how long the ERP integration takes; whether the night shift will cope.

Next: send the integration overview and propose a pilot.",
    ),
    ru(
        CheckIn,
        "Разбор использования перед квартальной встречей",
        "{first} {g:попросил|попросила} статистику перед квартальной встречей — собрал главное.

| Показатель | Сейчас | При запуске |
|---|---|---|
| Пользователей в день | {users} | 12 |
| Точность сборки | 99,5% | 97,2% |
| Открытых заявок | 1 | 7 |

Занято лицензий: {seats_used} из {seats}. Хороший момент попросить отзыв.",
    ),
    ru(
        CheckIn,
        "Визит на склад",
        "Съездил на склад в городе {city}, {first} {g:провёл|провела} по всем зонам. Терминалы у всех сборщиков, начальник смены сам собрал себе отчёт на нашей выгрузке.

Две просьбы:
- Крупнее шрифт на старых терминалах
- Перепечатывать этикетки без звонка в ИТ

Завёл обе как пожелания к доработке.",
    ),
    ru(
        Onboarding,
        "Первый день на новой системе",
        "**Запуск в {company}.**

- Утренняя смена начала на 30 минут позже: не хватало драйверов для принтеров этикеток
- К обеду сканировали все, {pct}% заказов собрано без бумаги
- С их стороны до пересменки на связи — {colleague}

{first} {g:доволен|довольна}, но осторожничает. Ежедневные созвоны ещё две недели.",
    ),
    ru(
        Support,
        "Пожелания после трёх месяцев работы",
        "{first} {g:прислал|прислала} список пожеланий после трёх месяцев работы:
1. Пакетная сборка мелких заказов
2. Выгрузка в их BI-систему
3. Интерфейс на узбекском для временного персонала

Первое — в плане на следующий квартал, по третьему уточняю у продукта.",
    ),
    ru(
        Demo,
        "Итоги демонстрации",
        "Демо прошло хорошо: {first} и два начальника смены, ИТ подключились на последние 15 минут.

**Зашло:** волновая сборка, мобильное приложение, инвентаризация без остановки склада.
**Сомнения:** сроки интеграции с 1С, справится ли ночная смена.

Дальше: отправить описание интеграции и предложить пилот.",
    ),
    ru(
        Intro,
        "Знакомство на выставке",
        "{first} ({title}) {g:подошёл|подошла} к нашему стенду на выставке «ЛогистЭкспо». В следующем году открывают новый распределительный центр и «тонут в таблицах».

Обещал отправить кейс похожего дистрибьютора и предложить короткий созвон.",
    ),
];

pub const EMAILS_OUT: &[Template] = &[
    en(
        Intro,
        "{company} + Northwind: fewer mis-picks in peak season",
        "Hi {first},

Good to meet you at the expo. As promised, here is the case study from a distributor with a similar setup: they cut mis-picks by 70% within a quarter of going live.

Would a 25-minute call next week work to see whether something similar makes sense for {company}?

Best,
{me}",
    ),
    en(
        Discovery,
        "Recap of our call",
        "Hi {first},

Thanks for walking me through how your warehouses run today. What I heard:
- {sites}, paper pick lists, weekly stock counts in spreadsheets
- Peak season is where most errors happen
- Success for you = stock you can trust in the ERP

Next step: a demo for you and the shift leads. Does {date} work?

Best,
{me}",
    ),
    en(
        Pricing,
        "Proposal for {company}",
        "Hi {first},

Attached is our proposal for {product}: {amount} per year, including implementation and training. The price is fixed for 24 months if we sign a two-year term.

Happy to go through it with your finance team — sometimes it is easier to answer questions live.

Best regards,
{me}",
    ),
    en(
        Pilot,
        "Pilot results",
        "Hi {first},

The 30-day pilot is over, and the numbers are in:
- Pick accuracy: 97.1% → 99.6%
- Dock-to-stock: 6.5 h → 3.2 h
- Overtime on the night shift: down by a third

Full report attached. Shall we book time with your COO to talk about rolling out to the other sites?

{me}",
    ),
    en(
        Procurement,
        "Documents for procurement",
        "Hi {first},

As requested, attached are:
1. Completed vendor onboarding form
2. Security questionnaire and our latest penetration test summary
3. DPA and our comments on your MSA template (mostly liability caps)

Let me know if legal would prefer a call — it usually saves a round or two.

Thanks,
{me}",
    ),
    en(
        Renewal,
        "Your renewal on {date}",
        "Hi {first},

Your subscription renews on {date}. Before then I'd like to review usage with you: you are using {seats_used} of {seats} seats, and the new returns module might be worth a look.

Option we can offer: keep this year's price for two years if you renew for two.

Could we find 30 minutes this week?

Best,
{me}",
    ),
    en(
        Support,
        "Re: sync issue this morning",
        "Hi {first},

I'm sorry about this morning — I know how much a lost hour hurts before dispatch.

The cause was a changed password on the ERP integration user. It's fixed, and we've turned on alerts so a failed sync reaches both your admin and our support within five minutes.

Priya Shah, who leads our support team, is happy to join a short call tomorrow.

{me}",
    ),
    en(
        ChurnRisk,
        "Time for a short review?",
        "Hi {first},

It's been a while since we last spoke, and I noticed fewer of your team are logging in. If something isn't working, I'd rather hear it now than at renewal.

Would you have 20 minutes before {date}? I'll bring the numbers from your first year.

Best,
{me}",
    ),
    en(
        Demo,
        "Slides and recording from today's demo",
        "Hi {first},

Thanks to you and the team for the questions today. As promised:
- Recording of the demo (wave picking starts at 14:30)
- The integration overview for your IT team
- A rough timeline for a pilot at one site

Talk soon,
{me}",
    ),
    ru(
        Intro,
        "Northwind: меньше пересортов в сезон",
        "{first}, добрый день!

Рад был познакомиться на выставке. Как обещал, отправляю кейс дистрибьютора с похожей схемой работы: количество пересортов снизилось на 70% за первый квартал.

Удобно ли созвониться на 25 минут на следующей неделе и посмотреть, применимо ли это для вас?

С уважением,
{me}",
    ),
    ru(
        Discovery,
        "Итоги нашего разговора",
        "{first}, здравствуйте!

Спасибо, что подробно рассказали, как устроены склады. Что я понял:
- {sites}, сборка по бумажным листам, инвентаризация в Excel
- Больше всего ошибок — в сезон
- Успех для вас — остатки в 1С, которым можно верить

Следующий шаг — демонстрация для вас и начальников смен. Удобно {date}?

С уважением,
{me}",
    ),
    ru(
        Pricing,
        "Коммерческое предложение",
        "{first}, добрый день!

Направляю коммерческое предложение на {product}: {amount} в год, включая внедрение и обучение. При договоре на два года цена фиксируется на весь срок.

Если удобно, могу обсудить предложение вместе с финансовой службой — так обычно быстрее.

С уважением,
{me}",
    ),
    ru(
        Pilot,
        "Результаты пилота",
        "{first}, добрый день!

Пилот завершён, цифры такие:
- Точность сборки: 97,1% → 99,6%
- Размещение после приёмки: 6,5 ч → 3,2 ч
- Переработки ночной смены: на треть меньше

Полный отчёт во вложении. Предлагаю встретиться с операционным директором и обсудить запуск на остальных складах.

{me}",
    ),
    ru(
        Procurement,
        "Документы для закупки",
        "{first}, здравствуйте!

Во вложении:
1. Анкета поставщика и карточка предприятия
2. Ответы на вопросы службы безопасности
3. Протокол разногласий к вашему договору (в основном про ограничение ответственности)

Если юристам удобнее созвониться — давайте, обычно это экономит пару итераций.

Спасибо,
{me}",
    ),
    ru(
        Renewal,
        "Продление подписки",
        "{first}, добрый день!

Подписка заканчивается {date}. Предлагаю заранее посмотреть использование: у вас занято {seats_used} из {seats} лицензий, и, возможно, вам будет интересен новый модуль возвратов.

Можем зафиксировать текущую цену на два года при продлении на этот срок.

Найдётся 30 минут на этой неделе?

С уважением,
{me}",
    ),
    ru(
        Support,
        "Re: сбой обмена утром",
        "{first}, добрый день!

Приношу извинения за сегодняшнее утро — понимаю, как дорого стоит потерянный час перед отгрузкой.

Причина — сменённый пароль пользователя обмена с 1С. Всё исправлено, и мы включили оповещения: о сбое обмена ваш администратор и наша поддержка узнают в течение пяти минут.

Руководитель нашей поддержки Мария Сомова готова подключиться к короткому созвону завтра.

{me}",
    ),
    en(
        Onboarding,
        "Go-live checklist for {company}",
        "Hi {first},

Ahead of go-live on {date}, here is the checklist we agreed on:
- [ ] Item master and bin locations imported
- [ ] Label printers tested at every dock
- [ ] Scanner Wi-Fi checked in all aisles
- [ ] Shift leads trained (two sessions)
- [ ] ERP order sync running three days without errors

{colleague} has the technical items; I'll check in with you on Friday.

{me}",
    ),
    en(
        CheckIn,
        "Your first 90 days in numbers",
        "Hi {first},

A quick look at your first 90 days:
- {users} people use the system every day
- Pick accuracy is up to 99.5%
- Mis-picks are down {pct}%

If these match what you see, would you be open to sharing them in a short case study?

Best,
{me}",
    ),
    en(
        Upsell,
        "An idea for the rest of {company}",
        "Hi {first},

You mentioned another team still plans in spreadsheets. {upsell} works on the same data you already keep in Northwind, so there is no second integration.

For their size it would be around {amount} per year. Would an intro to their lead make sense?

Best,
{me}",
    ),
    ru(
        Onboarding,
        "Чек-лист запуска",
        "{first}, добрый день!

Перед запуском {date} — чек-лист, о котором договорились:
- [ ] Загружен справочник товаров и ячеек
- [ ] Принтеры этикеток проверены на всех воротах
- [ ] Wi-Fi проверен во всех рядах
- [ ] Начальники смен прошли обучение
- [ ] Обмен с 1С работает три дня без ошибок

Технические пункты ведёт {colleague}, в пятницу созвонимся с вами.

{me}",
    ),
    ru(
        CheckIn,
        "Первые 90 дней в цифрах",
        "{first}, добрый день!

Коротко о первых 90 днях:
- Пользователей в день: {users}
- Точность сборки выросла до 99,5%
- Пересортов меньше на {pct}%

Если цифры совпадают с вашими ощущениями, может быть, поделитесь ими в коротком кейсе?

С уважением,
{me}",
    ),
    ru(
        Upsell,
        "Идея для соседнего отдела",
        "{first}, здравствуйте!

Вы говорили, что соседний отдел до сих пор планирует в таблицах. {upsell} работает на тех же данных, что уже есть в Northwind, — вторая интеграция не нужна.

Для их объёма это около {amount} в год. Познакомите с руководителем?

С уважением,
{me}",
    ),
    ru(
        Demo,
        "Запись и материалы демо",
        "{first}, добрый день!

Спасибо вам и коллегам за вопросы. Как обещал:
- Запись демо (волновая сборка — с 14:30)
- Описание интеграции с 1С для ИТ
- Примерный план пилота на одном складе

На связи,
{me}",
    ),
    ru(
        ChurnRisk,
        "Найдём полчаса?",
        "{first}, добрый день!

Давно не созванивались, и я вижу, что в систему заходят реже. Если что-то не работает, лучше узнать об этом сейчас, а не перед продлением.

Найдётся 20 минут до {date}? Принесу цифры за первый год.

С уважением,
{me}",
    ),
];

pub const EMAILS_IN: &[Template] = &[
    en(
        Intro,
        "Demo request",
        "Hello,

We are looking for a WMS for our {sites} and would like to see a demo. The main issue is stock accuracy in our ERP.

Regards,
{name}
{title}, {company}",
    ),
    ru(
        Intro,
        "Запрос демо",
        "Добрый день!

Ищем WMS (у нас {sites}), хотели бы посмотреть демо. Главная проблема — остатки в 1С не сходятся с реальностью.

{name}
{title}",
    ),
    en(
        Pricing,
        "Re: Proposal for {company}",
        "Hi {me_first},

Thanks for the proposal. We discussed it internally: the product is a good fit, but {amount} is above what we planned for this year. {competitor} came in noticeably lower.

Is there any flexibility, e.g. a phased rollout or a longer term?

Regards,
{name}
{title}, {company}",
    ),
    en(
        Procurement,
        "Re: Documents for procurement",
        "Hi {me_first},

Legal is fine with most of your comments. Two open points: the liability cap (they want 2x annual fees) and data residency — our data has to stay in the EU.

Can you confirm both? Then I can send it for signature.

Thanks,
{first}",
    ),
    en(
        Support,
        "Scanners offline in aisle 7",
        "Hi {me_first},

Since this morning the handhelds in aisles 7–9 keep losing the connection and the pickers are back on paper. Our IT says the network is fine.

Can someone from support look at this today? Peak starts next week.

{name}",
    ),
    en(
        CheckIn,
        "Quick thank you",
        "Hi {me_first},

Just wanted to say the team is really happy — first month-end stock count without a single adjustment. Our CFO noticed too.

If you need a reference for another customer, happy to help.

Best,
{first}",
    ),
    en(
        ChurnRisk,
        "Re: Time for a short review?",
        "Hi {me_first},

Honestly, the group is moving everything to one ERP next year and the warehouse module comes with it. It's not about your product — the decision was made above me.

I can set up a call with our new COO, but I wouldn't expect too much.

{first}",
    ),
    ru(
        Pricing,
        "Re: Коммерческое предложение",
        "Добрый день!

Спасибо за предложение. Обсудили внутри: решение подходит, но {amount} выше того, что заложено в бюджет на этот год. У конкурентов ({competitor}) цена заметно ниже.

Есть ли возможность поэтапного запуска или скидки за более длинный договор?

С уважением,
{name}
{title}",
    ),
    ru(
        Support,
        "Терминалы теряют связь",
        "Добрый день!

С утра терминалы в рядах 7–9 постоянно теряют связь, сборщики вернулись к бумажным листам. Наши ИТ говорят, что сеть в порядке.

Можно ли сегодня подключить поддержку? Со следующей недели сезон.

{name}",
    ),
    ru(
        CheckIn,
        "Спасибо",
        "Добрый день!

Хотим сказать спасибо: первая инвентаризация на конец месяца без единой корректировки. Финансовый директор тоже заметил.

Если нужен отзыв для другого клиента — {g:готов|готова} помочь.

{first}",
    ),
    ru(
        Procurement,
        "Re: Документы для закупки",
        "Добрый день!

Юристы согласны с большей частью протокола разногласий. Остались два пункта: ограничение ответственности (хотят двукратную годовую стоимость) и хранение данных — только на серверах в РФ.

Сможете подтвердить? Тогда отправлю договор на подпись.

{first}",
    ),
    en(
        Onboarding,
        "Re: Go-live checklist for {company}",
        "Hi {me_first},

All green except the printers at dock 3 — our IT is on it. Go-live stays on {date}.

{first}",
    ),
    en(
        Renewal,
        "Re: Your renewal on {date}",
        "Hi {me_first},

We'd like to renew, but for {seats_used} seats rather than {seats}. Finance also asks whether the price increase can be skipped this year.

Thanks,
{name}
{title}",
    ),
    ru(
        Onboarding,
        "Re: Чек-лист запуска",
        "Добрый день!

Всё готово, кроме принтеров на третьих воротах — ИТ занимаются. Запуск оставляем на {date}.

{first}",
    ),
    ru(
        Renewal,
        "Re: Продление подписки",
        "Добрый день!

Продлевать будем, но лицензий нужно {seats_used}, а не {seats}. И финансы спрашивают, можно ли в этом году обойтись без индексации.

{name}
{title}",
    ),
    ru(
        ChurnRisk,
        "Re: Найдём полчаса?",
        "Добрый день!

Честно говоря, со следующего года холдинг переходит на единую ERP со своим складским модулем. Дело не в вашей системе — решение принимали выше.

Встречу с новым директором попробую организовать, но многого не ждите.

{first}",
    ),
];

pub const CALLS: &[CallTemplate] = &[
    CallTemplate {
        topic: Intro,
        russian: false,
        subject: "Intro call with {first}",
        summary: "Qualified. {sites}, budget planned for next quarter, decision by the COO with {first} as champion.",
        transcript: "{me}: Hi {first}, it's {me_first} from Northwind — we met at the expo. Is now still a good time?
{name}: Yes, I have about fifteen minutes.
{me}: Great. You mentioned the new distribution centre. What's the plan for running it?
{name}: Honestly, the same way as the others, which is the problem. Paper pick lists and a stock count every Friday.
{me}: And where does that hurt most?
{name}: Peak season. We hire temps, and the mis-picks double. Customers notice.
{me}: That's exactly where our customers see the biggest change. Who else would be involved in a decision like this?
{name}: Our COO signs off. IT will want to see how you connect to the ERP.
{me}: Makes sense. How about a demo for you and IT next week?
{name}: Send me a couple of slots.",
    },
    CallTemplate {
        topic: Pricing,
        russian: false,
        subject: "Call about the proposal",
        summary: "Price objection: {amount} is ~20% above budget. Offered phased rollout; {first} to check with finance.",
        transcript: "{me}: {first}, thanks for making time. Did you get a chance to go through the proposal?
{name}: We did. I'll be direct: the number is higher than we planned.
{me}: Appreciate the honesty. Higher by how much, roughly?
{name}: Around twenty percent. And {competitor} came in lower.
{me}: Did their quote include implementation and training?
{name}: No, that would be extra. Support is by email only.
{me}: Then let me suggest something: we keep the licence price but roll out site by site, so year one is smaller. Training moves into the pilot.
{name}: That could work. Finance cares about this year's number more than the total.
{me}: I'll send a revised schedule today.
{name}: Good. I'll take it to our CFO on Thursday.",
    },
    CallTemplate {
        topic: Pilot,
        russian: false,
        subject: "Pilot week-one check-in",
        summary: "Pilot on track. Scanner Wi-Fi fixed, pick accuracy already up. Night shift needs one more training.",
        transcript: "{me}: How is the first week going, {first}?
{name}: Better than I expected, to be honest. The day shift picked it up in two days.
{me}: Any problems?
{name}: Wi-Fi in aisle nine dropped twice, but IT moved an access point. And the night shift still calls the supervisor a lot.
{me}: We can do a second training just for nights. Would Tuesday at ten p.m. work?
{name}: They'd appreciate that. Nobody ever trains them.
{me}: Done. And the numbers so far?
{name}: Accuracy is up, I'll send you the report on Friday.",
    },
    CallTemplate {
        topic: Renewal,
        russian: false,
        subject: "Renewal call with {first}",
        summary: "Renewal discussed. They want to drop unused seats; agreed on a two-year term with the price locked. Paper to follow.",
        transcript: "{me}: {first}, thanks for joining. The renewal is coming up on {date}, so I wanted to go through it together.
{name}: Sure. Finance asked me to push back on the price increase.
{me}: Understood. Looking at usage, you're on {seats_used} of {seats} seats. Would it make sense to drop the unused ones?
{name}: Yes, that would help.
{me}: And if you renew for two years, we keep this year's price for both.
{name}: No increase at all?
{me}: None, for the whole term.
{name}: Then I think we can do two years. Send it over and I'll get it signed.",
    },
    CallTemplate {
        topic: Support,
        russian: false,
        subject: "Call: {first} about the sync outage",
        summary: "Unhappy customer. Second sync incident this month; promised alerting and a call with our support lead.",
        transcript: "{name}: {me_first}, I'll be honest, this morning was bad. The shift picked yesterday's orders.
{me}: I'm sorry. I've seen the ticket — the integration user's password was changed on your side overnight.
{name}: Fine, but nobody told us anything until ten. That's the problem.
{me}: You're right, and it's on us to catch it sooner. We'll turn on alerts so a failed sync reaches your admin and our support within five minutes.
{name}: That's what I need. This can't happen in peak.
{me}: Understood. Can I set up a short call with our support lead tomorrow?
{name}: Yes. Please.",
    },
    CallTemplate {
        topic: ChurnRisk,
        russian: false,
        subject: "Check-in call — churn risk",
        summary: "Group is moving to one ERP; our renewal at risk. {first} will arrange a call with the new COO.",
        transcript: "{me}: {first}, good to finally catch you. How are things?
{name}: Busy. We have a new COO and everything is being reviewed.
{me}: Is our system part of that review?
{name}: Everything is. The group wants one ERP for all companies, warehouses included.
{me}: I see. Would it help if we showed your COO what changed since go-live? Mis-picks are down seventy percent.
{name}: It might. I can't promise anything.
{me}: A thirty-minute slot would be enough.
{name}: I'll ask.",
    },
    CallTemplate {
        topic: Discovery,
        russian: false,
        subject: "Discovery call",
        summary: "{sites}; ERP is source of truth but stock is unreliable. Interested in wave picking and cycle counts.",
        transcript: "{me}: Could you walk me through what happens from the moment an order comes in?
{name}: It lands in the ERP, someone prints the pick list, and a picker walks the aisles.
{me}: How do you know the stock is there?
{name}: We don't, really. We count on Fridays, and it's wrong by Tuesday.
{me}: What does a short pick cost you?
{name}: A second delivery, sometimes a penalty from the retailer. Last year that was a lot of money.
{me}: Would scanning at pick and cycle counts during quiet hours help?
{name}: If the night shift can use it, yes.",
    },
    CallTemplate {
        topic: Intro,
        russian: true,
        subject: "Первый звонок: {first}",
        summary: "Квалифицировали. {sites}, бюджет на следующий квартал, решение за операционным директором, {first} — наш сторонник.",
        transcript: "{me}: {first}, добрый день! Это {me_first} из Northwind, мы познакомились на выставке. Удобно говорить?
{name}: Да, минут пятнадцать есть.
{me}: Вы говорили про новый распределительный центр. Как планируете там работать?
{name}: Честно говоря, так же, как на остальных складах, в этом и проблема. Бумажные листы сборки и инвентаризация по пятницам.
{me}: Где это болит сильнее всего?
{name}: В сезон. Берём временный персонал, пересортов становится вдвое больше. Покупатели недовольны.
{me}: Как раз в сезон наши клиенты видят самый заметный эффект. Кто ещё участвует в решении?
{name}: Подписывает операционный директор. ИТ захотят посмотреть интеграцию с 1С.
{me}: Тогда предлагаю демо для вас и ИТ на следующей неделе.
{name}: Пришлите пару вариантов времени.",
    },
    CallTemplate {
        topic: Pricing,
        russian: true,
        subject: "Звонок по коммерческому предложению",
        summary: "Возражение по цене: {amount} на ~20% выше бюджета. Предложил поэтапный запуск, {first} обсудит с финансами.",
        transcript: "{me}: {first}, спасибо, что нашли время. Успели посмотреть предложение?
{name}: Посмотрели. Скажу прямо: сумма выше, чем мы планировали.
{me}: Спасибо за откровенность. Насколько выше?
{name}: Процентов на двадцать. И {competitor} предлагают дешевле.
{me}: А в их предложение входит внедрение и обучение?
{name}: Нет, это отдельно. И поддержка только по почте.
{me}: Тогда предлагаю так: цену лицензии оставляем, но запускаем склады по очереди, чтобы в этом году сумма была меньше. Обучение переносим в пилот.
{name}: Это может сработать. Финансам важнее бюджет этого года, чем общая сумма.
{me}: Сегодня пришлю новый график платежей.
{name}: Хорошо, в четверг покажу финансовому директору.",
    },
    CallTemplate {
        topic: Pilot,
        russian: true,
        subject: "Пилот: итоги первой недели",
        summary: "Пилот идёт по плану. Wi-Fi починили, точность сборки растёт. Ночной смене нужно ещё одно обучение.",
        transcript: "{me}: {first}, как прошла первая неделя?
{name}: Лучше, чем я {g:ожидал|ожидала}. Дневная смена освоилась за два дня.
{me}: Были проблемы?
{name}: В девятом ряду дважды пропадал Wi-Fi, ИТ переставили точку доступа. И ночная смена всё ещё часто звонит начальнику.
{me}: Можем провести отдельное обучение для ночной смены. Вторник, 22:00 подойдёт?
{name}: Будут рады, их обычно никто не учит.
{me}: Договорились. А по цифрам что?
{name}: Точность выросла, отчёт пришлю в пятницу.",
    },
    CallTemplate {
        topic: Renewal,
        russian: true,
        subject: "Звонок по продлению",
        summary: "Обсудили продление: хотят убрать неиспользуемые лицензии, договорились о договоре на два года с фиксированной ценой.",
        transcript: "{me}: {first}, спасибо, что подключились. Продление {date}, хотел заранее всё обсудить.
{name}: Да, финансы просили меня поторговаться из-за индексации.
{me}: Понимаю. По использованию у вас занято {seats_used} из {seats} лицензий. Может, уберём лишние?
{name}: Да, это поможет.
{me}: И если продлеваете на два года, цена этого года сохраняется на весь срок.
{name}: То есть без индексации?
{me}: Без индексации, на оба года.
{name}: Тогда, думаю, возьмём на два года. Присылайте договор, я согласую.",
    },
    CallTemplate {
        topic: Support,
        russian: true,
        subject: "Звонок: {first}, сбой обмена",
        summary: "Клиент недоволен: второй сбой обмена за месяц. Обещал оповещения и созвон с руководителем поддержки.",
        transcript: "{name}: {me_first}, скажу честно, утро было тяжёлым. Смена собирала вчерашние заказы.
{me}: Приношу извинения. Я видел заявку: ночью у вас сменили пароль пользователя обмена с 1С.
{name}: Пусть так, но до десяти утра нам никто ничего не сказал. Вот в чём проблема.
{me}: Вы правы, мы должны замечать такое раньше. Включим оповещения: о сбое обмена ваш администратор и наша поддержка узнают за пять минут.
{name}: Это то, что нужно. В сезон такое недопустимо.
{me}: Понимаю. Можно я завтра организую короткий созвон с руководителем поддержки?
{name}: Да, пожалуйста.",
    },
    CallTemplate {
        topic: ChurnRisk,
        russian: true,
        subject: "Звонок: риск оттока",
        summary: "В холдинге переходят на единую ERP, продление под угрозой. {first} попробует организовать встречу с новым операционным директором.",
        transcript: "{me}: {first}, наконец-то дозвонился. Как у вас дела?
{name}: Много работы. Пришёл новый операционный директор, всё пересматривают.
{me}: Наша система тоже попала в этот пересмотр?
{name}: Всё попало. В холдинге хотят одну ERP на все компании, включая склады.
{me}: Понятно. Может, покажем новому директору, что изменилось после запуска? Пересортов меньше на семьдесят процентов.
{name}: Возможно. Ничего не обещаю.
{me}: Нам хватит тридцати минут.
{name}: Спрошу.",
    },
    CallTemplate {
        topic: CheckIn,
        russian: false,
        subject: "Check-in call with {first}",
        summary: "All quiet: {users} daily users, one open ticket. Asked for a case study; {first} will check with marketing.",
        transcript: "{me}: {first}, quick check-in — how is everything going?
{name}: Honestly, quiet, which is good. The team doesn't talk about the system anymore, they just use it.
{me}: That's the best compliment. Anything bothering you?
{name}: Label reprints still need IT. Small thing, but annoying.
{me}: Noted, I'll push it with product. Would you be open to a short case study? Other distributors keep asking about you.
{name}: I'd need to check with marketing, but probably yes.",
    },
    CallTemplate {
        topic: Onboarding,
        russian: false,
        subject: "First week after go-live",
        summary: "Printers fixed, night shift still slow. Extra training booked for Thursday.",
        transcript: "{me}: {first}, how did the first week on the new system go?
{name}: Bumpy Monday, fine since Wednesday. The label printers were the main problem.
{me}: Support says the drivers are sorted now. What about the night shift?
{name}: Slower. They're nervous about scanning the wrong bin.
{me}: Let's do a session just for them, at the start of their shift.
{name}: Yes, Thursday would work.
{me}: Booked. I'll send the invite to you and {colleague}.",
    },
    CallTemplate {
        topic: Upsell,
        russian: false,
        subject: "Call about expanding",
        summary: "Interest in {upsell} for another team; {first} will introduce the budget owner. Rough size {amount}.",
        transcript: "{name}: {me_first}, I wanted to ask you something. Another team keeps asking what we did.
{me}: Happy to hear it. What are they struggling with?
{name}: The same spreadsheets we had a year ago. Would {upsell} fit there?
{me}: It would, and it shares the data you already have, so no second integration.
{name}: What would that cost, roughly?
{me}: For their size, around {amount} a year. I can prepare a proper proposal.
{name}: Let me introduce you to their head first. She controls the budget.",
    },
    CallTemplate {
        topic: CheckIn,
        russian: true,
        subject: "Плановый созвон: {first}",
        summary: "Всё спокойно (пользователей в день: {users}), одна открытая заявка. Попросил отзыв, {first} уточнит у маркетинга.",
        transcript: "{me}: {first}, добрый день! Короткий созвон — как у вас дела?
{name}: Спокойно, и это хорошо. Про систему уже никто не говорит, просто работают.
{me}: Лучший комплимент. Что-нибудь мешает?
{name}: Перепечатать этикетку до сих пор можно только через ИТ. Мелочь, но раздражает.
{me}: Записал, передам в продукт. Готовы ли вы дать короткий отзыв? Другие дистрибьюторы спрашивают про ваш опыт.
{name}: Надо согласовать с маркетингом, но, думаю, да.",
    },
    CallTemplate {
        topic: Onboarding,
        russian: true,
        subject: "Первая неделя после запуска",
        summary: "Принтеры починили, ночная смена пока медленная. Назначили дополнительное обучение на четверг.",
        transcript: "{me}: {first}, как прошла первая неделя на новой системе?
{name}: Понедельник был тяжёлым, со среды всё нормально. Главная проблема — принтеры этикеток.
{me}: Поддержка говорит, драйверы уже поставили. А ночная смена?
{name}: Медленнее. Боятся отсканировать не ту ячейку.
{me}: Давайте проведём для них отдельное занятие в начале смены.
{name}: Давайте, четверг подойдёт.
{me}: Договорились, пришлю приглашение вам и коллегам.",
    },
    CallTemplate {
        topic: Upsell,
        russian: true,
        subject: "Звонок: расширение",
        summary: "Интерес к {upsell} для соседнего отдела, {first} познакомит с владельцем бюджета. Оценка — {amount}.",
        transcript: "{name}: {me_first}, есть вопрос. Соседний отдел постоянно спрашивает, что мы у себя сделали.
{me}: Приятно слышать. А что у них болит?
{name}: Те же таблицы, что были у нас год назад. {upsell} им подойдёт?
{me}: Подойдёт, и данные общие с вашими — вторая интеграция не нужна.
{name}: А сколько это примерно стоит?
{me}: Для их объёма — около {amount} в год. Подготовлю нормальное предложение.
{name}: Сначала познакомлю вас с их руководителем, бюджет у него.",
    },
];

pub const MEETINGS: &[Template] = &[
    en(
        Demo,
        "Demo for {company}",
        "**Attendees:** {name} ({title}), two shift leads, IT

**Agenda**
1. Receiving and putaway with scanners
2. Wave picking for peak season
3. ERP integration — what IT needs to provide
4. Pilot options

**Outcome:** strong interest from the shift leads; IT wants the API documentation.",
    ),
    en(
        Pilot,
        "Pilot review with {company}",
        "Reviewed the pilot results with {first} and their COO.

- Accuracy 99.6%, dock-to-stock halved
- The COO asked about rolling out to {sites} before peak
- Next: proposal for the full rollout by {date}",
    ),
    en(
        CheckIn,
        "Quarterly business review",
        "**Agenda:** usage, open tickets, roadmap (returns module, BI export), next year's plans.

{first} confirmed they are opening a new site in spring — an expansion opportunity.",
    ),
    en(
        Onboarding,
        "Implementation kickoff",
        "Plan agreed: data import in week 1, configuration in weeks 2–3, training in week 4, go-live {date}.

Owners: {first} (business), {colleague} (IT).",
    ),
    en(
        Procurement,
        "Call with legal and procurement",
        "Went through the MSA with their legal team. Agreed on liability cap at 12 months of fees; data stays in the EU. Procurement will raise the PO once the security review is signed off.",
    ),
    ru(
        Demo,
        "Демонстрация для {company}",
        "**Участники:** {name} ({title}), два начальника смены, ИТ

**Повестка**
1. Приёмка и размещение с терминалами
2. Волновая сборка в сезон
3. Интеграция с 1С — что нужно от ИТ
4. Варианты пилота

**Итог:** начальникам смен понравилось, ИТ просят документацию по API.",
    ),
    ru(
        Pilot,
        "Встреча по итогам пилота",
        "Обсудили результаты пилота; участвовали {first} и операционный директор.

- Точность сборки 99,6%, время размещения сократилось вдвое
- Директор спросил про запуск на всех складах ({sites}) до сезона
- Дальше: предложение на полный запуск до {date}",
    ),
    ru(
        CheckIn,
        "Квартальная встреча",
        "**Повестка:** использование, открытые заявки, планы (модуль возвратов, выгрузка в BI), бюджет на следующий год.

{first} {g:подтвердил|подтвердила}, что весной открывают новый склад — возможность для расширения.",
    ),
    ru(
        Onboarding,
        "Старт проекта внедрения",
        "Согласовали план: загрузка данных — первая неделя, настройка — вторая и третья, обучение — четвёртая, запуск {date}.

Ответственные: {first} (бизнес), {colleague} (ИТ).",
    ),
    en(
        Renewal,
        "Renewal meeting",
        "Walked {first} and their finance lead through the renewal options:
- 1 year: {seats} seats, 5% increase
- 2 years: {seats_used} seats, price locked

Finance prefers two years; paperwork to follow by {date}.",
    ),
    ru(
        Renewal,
        "Встреча по продлению",
        "Варианты продления (участвовали {first} и финансовый директор):
- На 1 год: лицензий — {seats}, индексация 5%
- На 2 года: лицензий — {seats_used}, цена фиксируется

Финансы склоняются к двум годам, договор отправим до {date}.",
    ),
    ru(
        Procurement,
        "Встреча с юристами и закупками",
        "Прошлись по договору с юристами клиента. Ограничение ответственности — годовая стоимость, данные хранятся в РФ. Закупки выставят заявку после согласования со службой безопасности.",
    ),
];

pub const TASKS: &[Template] = &[
    en(Intro, "Send case study to {first}", ""),
    en(Intro, "Connect with {first} on LinkedIn", ""),
    en(Discovery, "Ask {first} for last quarter's order volume", ""),
    en(Demo, "Book demo with {company} shift leads", ""),
    en(Demo, "Send API docs to {company} IT", ""),
    en(
        Pricing,
        "Send revised proposal to {first}",
        "Phased rollout, training moved into the pilot.",
    ),
    en(Pricing, "Prepare ROI calculation for {company}", ""),
    en(Pilot, "Schedule night-shift training at {company}", ""),
    en(Pilot, "Send pilot report to {first}", ""),
    en(
        Procurement,
        "Return security questionnaire to {company}",
        "About 120 questions; ask our security team for help with section 4.",
    ),
    en(Procurement, "Chase PO from {company} procurement", ""),
    en(Onboarding, "Confirm go-live date with {first}", ""),
    en(Upsell, "Intro call with {company} transport team", ""),
    en(Renewal, "Send renewal paperwork to {first}", ""),
    en(Support, "Follow up on sync alerts with {first}", ""),
    en(
        ChurnRisk,
        "Prepare one-page ROI summary for {company} COO",
        "",
    ),
    ru(Intro, "Отправить кейс: {first}", ""),
    ru(Discovery, "Запросить выгрузку заказов за квартал", ""),
    ru(Demo, "Назначить демо для начальников смен", ""),
    ru(
        Pricing,
        "Отправить обновлённое КП: {first}",
        "Поэтапный запуск, обучение — в рамках пилота.",
    ),
    ru(Pilot, "Провести обучение ночной смены", ""),
    ru(
        Procurement,
        "Ответить на анкету СБ",
        "Около 120 вопросов, раздел 4 — вместе с нашей безопасностью.",
    ),
    ru(
        Procurement,
        "Подготовить протокол разногласий к договору",
        "",
    ),
    ru(Onboarding, "Согласовать дату запуска: {first}", ""),
    ru(Upsell, "Созвон с транспортным отделом: {company}", ""),
    ru(Renewal, "Отправить договор на продление", ""),
    ru(Support, "Проверить оповещения о сбоях обмена", ""),
    ru(
        ChurnRisk,
        "Подготовить одностраничник с эффектом для нового директора",
        "",
    ),
];

/// What a rep writes after a call nobody picked up.
pub const MISSED_CALLS_EN: &[&str] = &[
    "No answer. Will try again tomorrow morning.",
    "Left a voicemail about the proposal.",
    "Voicemail; sent a short email instead.",
    "Busy, asked to call back after 3 pm.",
];

pub const MISSED_CALLS_RU: &[&str] = &[
    "Не дозвонился, попробую завтра утром.",
    "Оставил голосовое сообщение про КП.",
    "Не ответил, написал в почту.",
    "Занято, просили перезвонить после 15:00.",
];

pub const COMPETITORS_EN: &[&str] = &["Stockwise", "ShelfLogic", "RouteHawk"];
pub const COMPETITORS_RU: &[&str] = &["«СкладЭксперт»", "«ЛогистПро»", "«МаршрутОнлайн»"];

pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Genitive month names, as in «14 марта».
pub const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Fills `{slot}`s from `(name, value)` pairs, and `{g:masculine|feminine}` by the person's
/// gender (Russian past tense agrees with it: «звонил» / «звонила»). Unknown slots stay
/// visible, so a missing value shows up in review rather than silently.
pub fn fill(template: &str, slots: &[(&str, &str)], female: bool) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let key = &after[..close];
        if let Some((masculine, feminine)) = key.strip_prefix("g:").and_then(|k| k.split_once('|'))
        {
            out.push_str(if female { feminine } else { masculine });
        } else if let Some((_, value)) = slots.iter().find(|(k, _)| *k == key) {
            out.push_str(value);
        } else {
            out.push('{');
            out.push_str(key);
            out.push('}');
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Russian plural agreement: 1 склад, 2 склада, 5 складов, 21 склад.
pub fn plural_ru<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (tens, units) = (n % 100, n % 10);
    if (11..=14).contains(&tens) {
        many
    } else if units == 1 {
        one
    } else if (2..=4).contains(&units) {
        few
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_filled_and_unknown_ones_stay_visible() {
        assert_eq!(
            fill("Hi {first}, {nope} {first}", &[("first", "Anna")], true),
            "Hi Anna, {nope} Anna"
        );
        assert_eq!(fill("no slots", &[], false), "no slots");
        let called = "{g:Звонил|Звонила} {first}";
        assert_eq!(fill(called, &[("first", "Анна")], true), "Звонила Анна");
        assert_eq!(fill(called, &[("first", "Иван")], false), "Звонил Иван");
    }

    #[test]
    fn every_template_uses_only_known_slots() {
        let known = [
            "first",
            "name",
            "title",
            "company",
            "city",
            "me",
            "me_first",
            "product",
            "amount",
            "sites",
            "trucks",
            "competitor",
            "date",
            "discount",
            "year",
            "colleague",
            "upsell",
            "seats",
            "seats_used",
            "users",
            "pct",
        ];
        let slots: Vec<(&str, &str)> = known.iter().map(|k| (*k, "x")).collect();
        let texts = NOTES
            .iter()
            .chain(EMAILS_OUT)
            .chain(EMAILS_IN)
            .chain(MEETINGS)
            .chain(TASKS)
            .flat_map(|t| [t.subject, t.body])
            .chain(
                CALLS
                    .iter()
                    .flat_map(|c| [c.subject, c.summary, c.transcript]),
            );
        for text in texts {
            let filled = fill(text, &slots, true);
            assert!(!filled.contains('{'), "unknown slot in: {text}");
        }
    }

    #[test]
    fn there_are_enough_distinct_texts_in_both_languages() {
        let long_texts =
            NOTES.len() + EMAILS_OUT.len() + EMAILS_IN.len() + CALLS.len() + MEETINGS.len();
        assert!(long_texts >= 40, "{long_texts}");
        let russian =
            NOTES.iter().filter(|t| t.russian).count() + CALLS.iter().filter(|c| c.russian).count();
        assert!(russian >= 15);
    }

    #[test]
    fn russian_plurals_agree() {
        let form = |n| plural_ru(n, "склад", "склада", "складов");
        assert_eq!(form(1), "склад");
        assert_eq!(form(3), "склада");
        assert_eq!(form(5), "складов");
        assert_eq!(form(12), "складов");
        assert_eq!(form(21), "склад");
    }
}
