//! Every word of the interface, in English, Ukrainian and Russian, one entry a line: its name,
//! then the three. Templates name their blanks (`{n}`, `{title}`), since word order differs;
//! counts give each plural form ([`super::Plural`]). The macro makes a language that misses an
//! entry a compile error, and `tests.rs` fails on one left in English or with other blanks.

use super::Plural;

/// English has one form for one and one for the rest; `few` and `many` take the same.
const fn en(one: &'static str, other: &'static str) -> Plural {
    Plural {
        one,
        few: other,
        many: other,
    }
}

const fn slavic(one: &'static str, few: &'static str, many: &'static str) -> Plural {
    Plural { one, few, many }
}

/// The strings of an entry, for the tests.
pub trait Words {
    fn words(&self) -> Vec<&'static str>;
}

impl Words for &'static str {
    fn words(&self) -> Vec<&'static str> {
        vec![self]
    }
}

impl Words for Plural {
    fn words(&self) -> Vec<&'static str> {
        vec![self.one, self.few, self.many]
    }
}

impl<const N: usize> Words for [&'static str; N] {
    fn words(&self) -> Vec<&'static str> {
        self.to_vec()
    }
}

macro_rules! catalog {
    ($($(#[$meta:meta])* $name:ident: $ty:ty = $en:expr, $uk:expr, $ru:expr;)+) => {
        /// The interface's words in one language: [`super::Lang::t`].
        pub struct Messages {
            $($(#[$meta])* pub $name: $ty,)+
        }

        pub(super) static EN: Messages = Messages { $($name: $en,)+ };
        pub(super) static UK: Messages = Messages { $($name: $uk,)+ };
        pub(super) static RU: Messages = Messages { $($name: $ru,)+ };

        impl Messages {
            /// Each entry's name and its strings, for the tests.
            pub fn entries(&self) -> Vec<(&'static str, Vec<&'static str>)> {
                vec![$((stringify!($name), Words::words(&self.$name)),)+]
            }
        }
    };
}

catalog! {
    // ---- Counts ----
    events: Plural = en("{n} event", "{n} events"),
        slavic("{n} подія", "{n} події", "{n} подій"),
        slavic("{n} событие", "{n} события", "{n} событий");
    places: Plural = en("{n} place", "{n} places"),
        slavic("{n} місце", "{n} місця", "{n} місць"),
        slavic("{n} место", "{n} места", "{n} мест");
    articles: Plural = en("{n} article", "{n} articles"),
        slavic("{n} стаття", "{n} статті", "{n} статей"),
        slavic("{n} статья", "{n} статьи", "{n} статей");
    /// After "of": "3 of 50 events", «3 з 21 події» (the genitive).
    events_of: Plural = en("{n} event", "{n} events"),
        slavic("{n} події", "{n} подій", "{n} подій"),
        slavic("{n} события", "{n} событий", "{n} событий");
    actors_of: Plural = en("{n} actor", "{n} actors"),
        slavic("{n} учасника", "{n} учасників", "{n} учасників"),
        slavic("{n} участника", "{n} участников", "{n} участников");
    actors: Plural = en("{n} actor", "{n} actors"),
        slavic("{n} учасник", "{n} учасники", "{n} учасників"),
        slavic("{n} участник", "{n} участника", "{n} участников");
    more: Plural = en("and {n} more", "and {n} more"),
        slavic("і ще {n}", "і ще {n}", "і ще {n}"),
        slavic("и ещё {n}", "и ещё {n}", "и ещё {n}");
    days: Plural = en("{n} day", "{n} days"),
        slavic("{n} день", "{n} дні", "{n} днів"),
        slavic("{n} день", "{n} дня", "{n} дней");

    // ---- Dates ----
    /// Short month names, as in "Mar 13, 2025".
    months_short: [&'static str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."],
        ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];
    /// Month names as a heading: "March 2025".
    months: [&'static str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Січень", "Лютий", "Березень", "Квітень", "Травень", "Червень", "Липень", "Серпень", "Вересень", "Жовтень", "Листопад", "Грудень"],
        ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
    weekdays: [&'static str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"],
        ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];
    /// One day: "Mar 13, 2025".
    day: &'static str = "{month} {day}, {year}", "{day} {month} {year} р.", "{day} {month} {year} г.";
    /// Days of one month: "Dec 1–5, 2025".
    days_in_month: &'static str = "{month} {from}–{to}, {year}", "{from}–{to} {month} {year} р.", "{from}–{to} {month} {year} г.";
    /// Days of one year: "Mar 30 – Apr 2, 2025".
    days_in_year: &'static str = "{from_month} {from} – {to_month} {to}, {year}", "{from} {from_month} – {to} {to_month} {year} р.", "{from} {from_month} – {to} {to_month} {year} г.";
    /// Any other span: "Dec 30, 2025 – Jan 2, 2026".
    span: &'static str = "{from} – {to}", "{from} – {to}", "{from} – {to}";
    month_year: &'static str = "{month} {year}", "{month} {year}", "{month} {year}";
    on_or_before: &'static str = "on or before {day}", "не пізніше {day}", "не позднее {day}";
    on_or_after: &'static str = "on or after {day}", "не раніше {day}", "не ранее {day}";
    precision_day: &'static str = "exact day", "точний день", "точный день";
    precision_week: &'static str = "within a week", "в межах тижня", "в пределах недели";
    precision_month: &'static str = "within a month", "в межах місяця", "в пределах месяца";
    precision_range: &'static str = "date range", "проміжок дат", "промежуток дат";
    precision_before: &'static str = "on or before", "не пізніше", "не позднее";
    precision_after: &'static str = "on or after", "не раніше", "не ранее";

    // ---- How a date was reasoned (the quoted phrase stays in English) ----
    basis_published: &'static str = "in an article published {weekday} {day}", "у статті, опублікованій {day} ({weekday})", "в статье, опубликованной {day} ({weekday})";
    basis_stated: &'static str = "the text states the day → {day}", "текст називає день → {day}", "текст называет день → {day}";
    basis_stated_range: &'static str = "the text bounds the dates → {from} to {to}", "текст окреслює дати → від {from} до {to}", "текст очерчивает даты → с {from} по {to}";
    basis_weekday: &'static str = "{published} → the most recent {weekday} → {day}", "{published} → найближчий попередній день: {weekday} → {day}", "{published} → ближайший предыдущий день: {weekday} → {day}";
    basis_next_weekday: &'static str = "{published} → the next {weekday} → {day}", "{published} → найближчий наступний день: {weekday} → {day}", "{published} → ближайший следующий день: {weekday} → {day}";
    basis_earlier_this_week: &'static str = "{published} → Monday {from} to {to}, the day before publication", "{published} → від понеділка {from} до {to}, дня перед публікацією", "{published} → с понедельника {from} по {to}, день перед публикацией";
    basis_this_week: &'static str = "{published} → the seven days {from} to {to}", "{published} → сім днів від {from} до {to}", "{published} → семь дней с {from} по {to}";
    basis_earlier_this_month: &'static str = "{published} → {from} to {to}, the day before publication", "{published} → від {from} до {to}, дня перед публікацією", "{published} → с {from} по {to}, день перед публикацией";
    basis_last_month: &'static str = "{published} → the month before, {from} to {to}", "{published} → попередній місяць, від {from} до {to}", "{published} → предыдущий месяц, с {from} по {to}";
    basis_next_month: &'static str = "{published} → the month after, {from} to {to}", "{published} → наступний місяць, від {from} до {to}", "{published} → следующий месяц, с {from} по {to}";
    basis_days_before: &'static str = "{days} before {anchor}, on {anchor_day} → {day}", "за {days} до події {anchor} ({anchor_day}) → {day}", "за {days} до события {anchor} ({anchor_day}) → {day}";
    basis_same_day: &'static str = "the same day as {anchor}, on {anchor_day} → {day}", "того ж дня, що й подія {anchor} ({anchor_day}) → {day}", "в тот же день, что и событие {anchor} ({anchor_day}) → {day}";
    basis_days_after: &'static str = "{days} after {anchor}, on {anchor_day} → {day}", "через {days} після події {anchor} ({anchor_day}) → {day}", "через {days} после события {anchor} ({anchor_day}) → {day}";
    basis_on_or_before: &'static str = "the text gives no day, only that it happened by {day}", "текст не називає дня, лише те, що це сталося не пізніше {day}", "текст не называет дня, только то, что это произошло не позднее {day}";
    basis_after_publication: &'static str = "{published}: a plan with no date → on or after {day}", "{published}: план без дати → не раніше {day}", "{published}: план без даты → не ранее {day}";

    // ---- Views of a filter ----
    lens_list: &'static str = "List", "Список", "Список";
    lens_map: &'static str = "Map", "Карта", "Карта";
    lens_network: &'static str = "Who met whom", "Хто з ким зустрічався", "Кто с кем встречался";

    // ---- Facets ----
    facet_actors: &'static str = "Actors (all of)", "Учасники (усі разом)", "Участники (все вместе)";
    facet_side: &'static str = "Side", "Сторона", "Сторона";
    facet_kind: &'static str = "Kind", "Тип", "Тип";
    facet_status: &'static str = "Status", "Статус", "Статус";
    facet_topic: &'static str = "Topic", "Тема", "Тема";
    facet_place: &'static str = "Place", "Місце", "Место";

    // ---- Notices about a link ----
    notice_ignored: &'static str = "Ignored {param} {values}: {why}.", "Пропущено {param} {values}: {why}.", "Пропущено {param} {values}: {why}.";
    notice_unknown: &'static str = "Ignored unknown parameter {names}.", "Пропущено невідомий параметр {names}.", "Пропущен неизвестный параметр {names}.";
    not_one_of: &'static str = "not one of {values}", "має бути одне з: {values}", "должно быть одно из: {values}";
    notice_no_actor: &'static str = "no such actor", "такого учасника немає", "такого участника нет";
    notice_no_kind: &'static str = "no such kind of event", "такого типу подій немає", "такого типа событий нет";
    notice_no_status: &'static str = "no such status", "такого статусу немає", "такого статуса нет";
    notice_no_topic: &'static str = "no such topic", "такої теми немає", "такой темы нет";
    notice_no_place: &'static str = "no such place", "такого місця немає", "такого места нет";
    notice_no_event: &'static str = "no such event", "такої події немає", "такого события нет";
    notice_not_a_date: &'static str = "not a date in the form YYYY-MM-DD", "це не дата у форматі РРРР-ММ-ДД", "это не дата в формате ГГГГ-ММ-ДД";
    notice_step: &'static str = "not a step number; the story opens at its cover", "це не номер кроку; історія відкривається з обкладинки", "это не номер шага; история открывается с обложки";
    notice_axis: &'static str = "not two dates in the form YYYY-MM-DD..YYYY-MM-DD, the first before the last; the axis shows every event", "це не дві дати у форматі РРРР-ММ-ДД..РРРР-ММ-ДД, перша раніше за другу; вісь показує всі події", "это не две даты в формате ГГГГ-ММ-ДД..ГГГГ-ММ-ДД, первая раньше второй; ось показывает все события";
    notice_centre: &'static str = "not a point of the map (x,y, whole numbers from 0 to 1000); the zoom keeps the map's centre", "це не точка карти (x,y, цілі числа від 0 до 1000); наближення тримає центр карти", "это не точка карты (x,y, целые числа от 0 до 1000); приближение держит центр карты";
    notice_at: &'static str = "it is not a passage of this article (START-END, in bytes); the whole article is shown", "це не фрагмент цієї статті (ПОЧАТОК-КІНЕЦЬ, у байтах); показано всю статтю", "это не фрагмент этой статьи (НАЧАЛО-КОНЕЦ, в байтах); показана вся статья";
    notice_title_cut: &'static str = "The title was longer than {max} characters: cut to {max}.", "Назва була довша за {max} символів: її скорочено до {max}.", "Название было длиннее {max} символов: оно сокращено до {max}.";
    notice_text_cut: &'static str = "The search text was longer than {max} characters: cut to {max}.", "Текст пошуку був довший за {max} символів: його скорочено до {max}.", "Текст поиска был длиннее {max} символов: он сокращён до {max}.";
    notice_range_reversed: &'static str = "The date range ends ({to}) before it starts ({from}): both dates were ignored.", "Проміжок дат закінчується ({to}) раніше, ніж починається ({from}): обидві дати пропущено.", "Промежуток дат заканчивается ({to}) раньше, чем начинается ({from}): обе даты пропущены.";

    // ---- Cards ----
    side_us_short: &'static str = "US", "США", "США";
    why_this_date: &'static str = "why this date", "чому ця дата", "почему эта дата";
    read_in_context: &'static str = "Read in context", "Читати в контексті", "Читать в контексте";
    quoted_in_english: &'static str = "Quoted as published, in English.", "Цитата мовою оригіналу, англійською.", "Цитата на языке оригинала, английском.";
    card_place: &'static str = "Place", "Місце", "Место";
    card_who: &'static str = "Who", "Хто", "Кто";
    card_topics: &'static str = "Topics", "Теми", "Темы";
    sources: &'static str = "Sources", "Джерела", "Источники";

    // ---- A filter in words ----
    or: &'static str = "or", "або", "или";
    and: &'static str = "and", "і", "и";
    from_to: &'static str = "from {from} to {to}", "від {from} до {to}", "с {from} по {to}";
    from_day: &'static str = "from {from}", "від {from}", "с {from}";
    until_day: &'static str = "until {to}", "до {to}", "по {to}";
    search_for: &'static str = "search “{text}”", "пошук «{text}»", "поиск «{text}»";
    all_events: &'static str = "All events", "Усі події", "Все события";

    // ---- Time axis, map, story ----
    time_axis: &'static str = "Time axis", "Часова шкала", "Временная шкала";
    axis_caption: &'static str = "Time axis, {from} to {to}: {events} shown", "Часова шкала, {from} – {to}: {events}", "Временная шкала, {from} – {to}: {events}";
    gathered_mark: &'static str = "{events}, {days}: {kind}", "{events}, {days}: {kind}", "{events}, {days}: {kind}";
    no_place_one: &'static str = "{events} names no place", "{events} без місця", "{events} без места";
    no_place_other: &'static str = "{events} name no place", "{events} без місця", "{events} без места";
    steps: Plural = en("{n} step", "{n} steps"),
        slavic("{n} крок", "{n} кроки", "{n} кроків"),
        slavic("{n} шаг", "{n} шага", "{n} шагов");
    story_no_step: &'static str = "There is no step {step}: this story has {steps}. It opens at its last.", "Кроку {step} немає: в історії {steps}. Вона відкривається на останньому.", "Шага {step} нет: в истории {steps}. Она открывается на последнем.";
    picked_events: &'static str = "Picked events", "Вибрані події", "Выбранные события";
    story_of: &'static str = "Story: {filter}", "Історія: {filter}", "История: {filter}";
    story_step_of: &'static str = "Step {n} of {of}: {title}, {date}", "Крок {n} з {of}: {title}, {date}", "Шаг {n} из {of}: {title}, {date}";

    // ---- Exports ----
    /// The CSV's header; in English the schema's field names.
    csv_columns: [&'static str; 13] = ["id", "title", "kind", "status", "start", "end", "precision", "basis", "place", "actors", "topics", "sources", "summary"],
        ["id", "назва", "тип", "статус", "початок", "кінець", "точність", "обґрунтування дати", "місце", "учасники", "теми", "джерела", "стислий виклад"],
        ["id", "название", "тип", "статус", "начало", "конец", "точность", "обоснование даты", "место", "участники", "темы", "источники", "краткое изложение"];
    csv_view_columns: [&'static str; 2] = ["dataset_version", "view"], ["версія набору даних", "подання"], ["версия набора данных", "представление"];
    calendar_name: &'static str = "Parley: US–Russia–Ukraine peace talks", "Parley: мирні переговори США, Росії та України", "Parley: мирные переговоры США, России и Украины";
    ics_when: &'static str = "When: {date} ({precision}). {basis}\nStatus: {status}", "Коли: {date} ({precision}). {basis}\nСтатус: {status}", "Когда: {date} ({precision}). {basis}\nСтатус: {status}";
    ics_source: &'static str = "Source: {outlet} ({document}): “{excerpt}”", "Джерело: {outlet} ({document}), англійською: “{excerpt}”", "Источник: {outlet} ({document}), по-английски: “{excerpt}”";
    markdown_heading: &'static str = "# Parley: {events}\n\nView: <{view}>  \nDataset version: `{version}`\n\n", "# Parley: {events}\n\nПодання: <{view}>  \nВерсія набору даних: `{version}`\n\nЦитати з джерел наведено мовою оригіналу, англійською.\n\n", "# Parley: {events}\n\nПредставление: <{view}>  \nВерсия набора данных: `{version}`\n\nЦитаты из источников приведены на языке оригинала, английском.\n\n";
    timeline_about: &'static str = "View: {view}. Dataset version: {version}.", "Подання: {view}. Версія набору даних: {version}.", "Представление: {view}. Версия набора данных: {version}.";

    // ---- The frame ----
    document_title: &'static str = "Parley · US–Russia–Ukraine peace talks, sourced", "Parley · мирні переговори США, Росії та України з джерелами", "Parley · мирные переговоры США, России и Украины с источниками";
    site_description: &'static str = "The 2025–2026 US–Russia–Ukraine peace talks, every fact linked to the sentence that states it.", "Мирні переговори США, Росії та України 2025–2026 років: кожен факт пов’язано з реченням, яке його повідомляє.", "Мирные переговоры США, России и Украины 2025–2026 годов: каждый факт связан с предложением, которое его сообщает.";
    page_title: &'static str = "{title} · Parley", "{title} · Parley", "{title} · Parley";
    source_description: &'static str = "{outlet}, {date}: the article with every sentence Parley cites from it.", "{outlet}, {date}: стаття з кожним реченням, яке цитує Parley.", "{outlet}, {date}: статья с каждым предложением, которое цитирует Parley.";
    actor_description: &'static str = "{name}: {roles}. {events} in the 2025–2026 peace talks, each linked to its source.", "{name}: {roles}. {events} у мирних переговорах 2025–2026 років, кожна з посиланням на джерело.", "{name}: {roles}. {events} в мирных переговорах 2025–2026 годов, каждое со ссылкой на источник.";
    noscript: &'static str = "Without JavaScript this page reads as built and links to every other; search, filters, zoom and stories need JavaScript.", "Без JavaScript ця сторінка читається такою, як її зібрано, і веде до всіх інших; пошук, фільтри, масштаб і історії потребують JavaScript.", "Без JavaScript эта страница читается такой, как её собрали, и ведёт ко всем остальным; поиск, фильтры, масштаб и истории требуют JavaScript.";
    skip_to_content: &'static str = "Skip to content", "Перейти до змісту", "Перейти к содержанию";
    menu: &'static str = "Menu", "Меню", "Меню";
    main_navigation: &'static str = "Main", "Головне меню", "Главное меню";
    nav_timeline: &'static str = "Timeline", "Хронологія", "Хронология";
    nav_actors: &'static str = "Actors", "Учасники", "Участники";
    nav_claims: &'static str = "Accounts that differ", "Розбіжні версії", "Расходящиеся версии";
    language: &'static str = "Language", "Мова", "Язык";
    light_mode: &'static str = "Light mode", "Світла тема", "Светлая тема";
    dark_mode: &'static str = "Dark mode", "Темна тема", "Тёмная тема";
    embed_credit: &'static str = ": {events} from {articles}, each citing its sentence.", ": {events} із джерел ({articles}), кожна з посиланням на речення.", ": {events} из источников ({articles}), каждое со ссылкой на предложение.";
    footer: &'static str = "{events} from {articles}. Every fact cites the sentence that states it. Dataset ", "{events}; джерела: {articles}. Кожен факт має посилання на речення, яке його містить. Набір даних ", "{events}; источники: {articles}. Каждый факт ссылается на предложение, которое его содержит. Набор данных ";

    // ---- Pieces ----
    notices_intro: &'static str = "Part of this link could not be applied; the rest of the view is as asked:", "Частину цього посилання не вдалося застосувати; решту подання показано, як просили:", "Часть этой ссылки применить не удалось; остальное представление показано, как просили:";
    event_label: &'static str = "Event: ", "Подія: ", "Событие: ";

    // ---- Lists, filters, exports ----
    pick: &'static str = "Pick", "Вибрати", "Выбрать";
    pick_for_story: &'static str = "Pick for a story: {title}", "Вибрати для історії: {title}", "Выбрать для истории: {title}";
    export: &'static str = "Export", "Експорт", "Экспорт";
    export_shown: &'static str = "Export the events shown", "Експортувати показані події", "Экспортировать показанные события";
    calendar_ics: &'static str = "Calendar (ICS)", "Календар (ICS)", "Календарь (ICS)";
    filters: &'static str = "Filters", "Фільтри", "Фильтры";
    filters_active: &'static str = "Filters ({n} active)", "Фільтри (активні: {n})", "Фильтры (активны: {n})";
    search_label: &'static str = "Search titles, summaries, excerpts and quotes", "Пошук у назвах, викладах, уривках і цитатах", "Поиск в названиях, изложениях, отрывках и цитатах";
    search_key: &'static str = "press / to search", "натисніть /, щоб шукати", "нажмите /, чтобы искать";
    search_placeholder: &'static str = "e.g. crimea, Zelenskyy, ceasefire", "напр. Крим, Зеленський, перемир’я", "напр. Крым, Зеленский, прекращение огня";
    dates: &'static str = "Dates", "Дати", "Даты";
    date_from: &'static str = "From", "Від", "С";
    date_to: &'static str = "To", "До", "По";
    show_events: &'static str = "Show {events}", "Показати: {events}", "Показать: {events}";
    show_events_as: &'static str = "Show the events as", "Показати події як", "Показать события как";
    download_picture: &'static str = "Download this picture", "Завантажити це зображення", "Скачать это изображение";
    download_svg: &'static str = "Download SVG", "Завантажити SVG", "Скачать SVG";
    download_png: &'static str = "Download PNG", "Завантажити PNG", "Скачать PNG";
    picture_credit: &'static str = "Parley · dataset {version} · {url}", "Parley · набір даних {version} · {url}", "Parley · набор данных {version} · {url}";
    axis_controls: &'static str = "Zoom and pan the time axis", "Масштаб і зсув часової шкали", "Масштаб и сдвиг временной шкалы";
    zoom_in: &'static str = "Zoom in", "Наблизити", "Приблизить";
    zoom_out: &'static str = "Zoom out", "Віддалити", "Отдалить";
    earlier: &'static str = "◀ Earlier", "◀ Раніше", "◀ Раньше";
    later: &'static str = "Later ▶", "Пізніше ▶", "Позже ▶";
    whole_period: &'static str = "Whole period", "Увесь період", "Весь период";
    axis_hint: &'static str = "Drag sideways across the axis to set the date range. A mark with a number lists its events.", "Проведіть уздовж шкали, щоб задати проміжок дат. Позначка з числом відкриває список своїх подій.", "Проведите вдоль шкалы, чтобы задать промежуток дат. Отметка с числом открывает список своих событий.";
    map_controls: &'static str = "Zoom and pan the map", "Масштаб і зсув карти", "Масштаб и сдвиг карты";
    pan_west: &'static str = "Pan west", "Зсунути на захід", "Сдвинуть на запад";
    pan_east: &'static str = "Pan east", "Зсунути на схід", "Сдвинуть на восток";
    pan_north: &'static str = "Pan north", "Зсунути на північ", "Сдвинуть на север";
    pan_south: &'static str = "Pan south", "Зсунути на південь", "Сдвинуть на юг";
    whole_map: &'static str = "Whole map", "Уся карта", "Вся карта";
    narrow_to: &'static str = "Narrow to {place}", "Лише {place}", "Только {place}";
    map_hint: &'static str = "Hover over or focus a marker (Tab moves through them) to list its events.", "Наведіть курсор на позначку або виберіть її клавішею Tab, щоб побачити її події.", "Наведите курсор на отметку или выберите её клавишей Tab, чтобы увидеть её события.";
    map_tap_hint: &'static str = "Tap a marker to narrow the events to its place.", "Торкніться позначки, щоб залишити лише події цього місця.", "Коснитесь отметки, чтобы оставить только события этого места.";
    map_label: &'static str = "Map: {placed} of the {events} shown have a place", "Карта: місце вказано для {placed} з показаних подій ({events})", "Карта: место указано для {placed} из показанных событий ({events})";
    markers: &'static str = "Markers", "Позначки", "Отметки";
    legend_city: &'static str = "City", "Місто", "Город";
    legend_region: &'static str = "Region (dashed)", "Регіон (пунктир)", "Регион (пунктир)";
    legend_country: &'static str = "Country (outline filled)", "Країна (залитий контур)", "Страна (залитый контур)";
    legend_size: &'static str = "Size: number of events. Outlines: Natural Earth.", "Розмір: кількість подій. Контури: Natural Earth.", "Размер: число событий. Контуры: Natural Earth.";

    // ---- Pages ----
    shared_events: Plural = en("{n} shared event", "{n} shared events"),
        slavic("{n} спільна подія", "{n} спільні події", "{n} спільних подій"),
        slavic("{n} общее событие", "{n} общих события", "{n} общих событий");
    mentions: Plural = en("{n} mention", "{n} mentions"),
        slavic("{n} згадка", "{n} згадки", "{n} згадок"),
        slavic("{n} упоминание", "{n} упоминания", "{n} упоминаний");
    contacts: Plural = en("{n} contact", "{n} contacts"),
        slavic("{n} контакт", "{n} контакти", "{n} контактів"),
        slavic("{n} контакт", "{n} контакта", "{n} контактов");
    pairs: Plural = en("{n} pair", "{n} pairs"),
        slavic("{n} пара", "{n} пари", "{n} пар"),
        slavic("{n} пара", "{n} пары", "{n} пар");
    timeline_heading: &'static str = "Timeline of the peace talks", "Хронологія мирних переговорів", "Хронология мирных переговоров";
    shown_of: &'static str = "{shown} of {events}", "{shown} з {events}", "{shown} из {events}";
    clear_filters: &'static str = "Clear all filters", "Скинути всі фільтри", "Сбросить все фильтры";
    tell_as_story: &'static str = "Tell these {events} as a story", "Розповісти як історію: {events}", "Рассказать как историю: {events}";
    present_picks: &'static str = "Present these {events}", "Показати вибрані: {events}", "Показать выбранные: {events}";
    clear_picks: &'static str = "Clear picks", "Скасувати вибір", "Отменить выбор";
    axis_picture: &'static str = "Time axis of the events: {filter}", "Часова шкала подій: {filter}", "Временная шкала событий: {filter}";
    map_places: &'static str = "Map: {places}", "Карта: {places}", "Карта: {places}";
    no_match: &'static str = "No event matches these filters. Remove one, or clear them all.", "Жодна подія не відповідає цим фільтрам. Приберіть один або скиньте всі.", "Ни одно событие не подходит под эти фильтры. Уберите один или сбросьте все.";
    map_picture: &'static str = "Map of the events: {filter}", "Карта подій: {filter}", "Карта событий: {filter}";
    map_heading: &'static str = "Where it happened", "Де це відбувалося", "Где это происходило";
    events_by_place: &'static str = "Events by place", "Події за місцем", "События по месту";
    country: &'static str = "Country", "Країна", "Страна";
    events_column: &'static str = "Events", "Події", "События";
    no_actor: &'static str = "There is no actor '{id}'. The actors page lists everyone in the dataset.", "Учасника «{id}» немає. Сторінка учасників перелічує всіх, хто є в наборі даних.", "Участника «{id}» нет. Страница участников перечисляет всех, кто есть в наборе данных.";
    back_to_actors: &'static str = "← Actors", "← Учасники", "← Участники";
    named_as: &'static str = "Named in the texts as: ", "У текстах названо як: ", "В текстах назван как: ";
    open_timeline_of: &'static str = "Open the timeline filtered to {name}", "Відкрити хронологію лише з учасником {name}", "Открыть хронологию только с участником {name}";
    roles_heading: &'static str = "Roles, as each article gives them", "Посади, як їх подає кожна стаття", "Должности, как их подаёт каждая статья";
    events_heading: &'static str = "Events ({n})", "Події ({n})", "События ({n})";
    met_heading: &'static str = "Met or spoke with", "Зустрічався або розмовляв із", "Встречался или говорил с";
    the_events: &'static str = "the events", "події", "события";
    places_heading: &'static str = "Places", "Місця", "Места";
    quotes_heading: &'static str = "Quotes ({n})", "Цитати ({n})", "Цитаты ({n})";
    mentioned_in: &'static str = "Mentioned in", "Згадки в статтях", "Упоминания в статьях";
    filter_by_name: &'static str = "Filter by name or alias", "Фільтр за іменем або варіантом імені", "Фильтр по имени или варианту имени";
    sort_by: &'static str = "Sort by", "Сортувати за", "Сортировать по";
    no_event: &'static str = "There is no event '{id}'.", "Події «{id}» немає.", "События «{id}» нет.";
    back_to_timeline: &'static str = "← Timeline", "← Хронологія", "← Хронология";
    how_we_date_it: &'static str = "How we date it", "Як ми визначаємо дату", "Как мы определяем дату";
    sources_heading: &'static str = "Sources ({n})", "Джерела ({n})", "Источники ({n})";
    summary_heading: &'static str = "Summary and participants", "Стислий виклад і учасники", "Краткое изложение и участники";
    quotes: &'static str = "Quotes", "Цитати", "Цитаты";
    neighbours: &'static str = "Neighbouring events", "Сусідні події", "Соседние события";
    before: &'static str = "Before: ", "Раніше: ", "Раньше: ";
    after: &'static str = "After: ", "Пізніше: ", "Позже: ";
    no_source: &'static str = "There is no source '{id}'.", "Джерела «{id}» немає.", "Источника «{id}» нет.";
    reader_highlighted: &'static str = "Highlighted", "Виділений", "Выделенный";
    reader_legend: &'static str = " text is cited by an event; names link to actors. Page furniture is folded away.", " текст цитує подія; імена ведуть до учасників. Службові елементи сторінки згорнуто.", " текст цитирует событие; имена ведут к участникам. Служебные элементы страницы свёрнуты.";
    article_in_english: &'static str = "The article is shown as published, in English.", "Статтю показано в оригіналі, англійською.", "Статья показана в оригинале, на английском.";
    furniture: &'static str = "Page furniture: not part of the story", "Службові елементи сторінки: не частина матеріалу", "Служебные элементы страницы: не часть материала";
    claims_intro: &'static str = "Where the sources disagree, each side's account stands next to the other's, with the sentence that gives it.", "Там, де джерела розходяться, версії сторін стоять поруч, кожна з реченням, яке її подає.", "Там, где источники расходятся, версии сторон стоят рядом, каждая с предложением, которое её приводит.";
    not_found: &'static str = "Not found", "Не знайдено", "Не найдено";
    no_page: &'static str = "There is no page at this address.", "За цією адресою сторінки немає.", "По этому адресу страницы нет.";
    browse_timeline: &'static str = "Browse the timeline", "Переглянути хронологію", "Посмотреть хронологию";
    see_all_actors: &'static str = "See all actors", "Усі учасники", "Все участники";
    network_picture: &'static str = "Who met whom: {filter}", "Хто з ким зустрічався: {filter}", "Кто с кем встречался: {filter}";
    pair_heading: &'static str = "{a} and {b}: {events}", "{a} і {b}: {events}", "{a} и {b}: {events}";
    open_in_timeline: &'static str = "Open these events in the timeline", "Відкрити ці події в хронології", "Открыть эти события в хронологии";
    actor_page: &'static str = "{name}'s page", "Сторінка: {name}", "Страница: {name}";
    network_hint: &'static str = "Hover over or focus an edge (Tab moves through them) to list the events two actors share, or a node to list its contacts.", "Наведіть курсор на лінію або виберіть її клавішею Tab, щоб побачити спільні події двох учасників, або на вузол, щоб побачити його контакти.", "Наведите курсор на линию или выберите её клавишей Tab, чтобы увидеть общие события двух участников, или на узел, чтобы увидеть его контакты.";
    network_tap_hint: &'static str = "Tap a node to list its contacts.", "Торкніться вузла, щоб побачити його контакти.", "Коснитесь узла, чтобы увидеть его контакты.";
    network_summary: &'static str = "{actors}; {pairs} share at least one of these events. Line width is the number of shared events; colour is the side.", "{actors}; спільна хоча б одна з цих подій: {pairs}. Товщина лінії — кількість спільних подій; колір — сторона.", "{actors}; общее хотя бы одно из этих событий: {pairs}. Толщина линии — число общих событий; цвет — сторона.";
    every_pair: &'static str = "Every pair as a list ({n})", "Усі пари списком ({n})", "Все пары списком ({n})";
    network_title: &'static str = "Network of actors who take part in the same events", "Мережа учасників, які беруть участь в одних подіях", "Сеть участников, которые участвуют в одних событиях";
    same_as_table: &'static str = "The same as a table", "Те саме таблицею", "То же таблицей";
    matrix_caption: &'static str = "Shared events for each pair of actors", "Спільні події кожної пари учасників", "Общие события каждой пары участников";
    story_cover: &'static str = "Cover · {steps}", "Обкладинка · {steps}", "Обложка · {steps}";
    n_of: &'static str = "{n} of {of}", "{n} з {of}", "{n} из {of}";
    story_controls: &'static str = "Move through the story", "Гортати історію", "Листать историю";
    previous: &'static str = "← Previous", "← Назад", "← Назад";
    next: &'static str = "Next →", "Далі →", "Далее →";
    pause: &'static str = "Pause", "Пауза", "Пауза";
    play: &'static str = "Play", "Відтворити", "Воспроизвести";
    pace: &'static str = "Pace", "Темп", "Темп";
    seconds_a_step: &'static str = "{n} s a step", "{n} с на крок", "{n} с на шаг";
    embed: &'static str = "Embed", "Вбудувати", "Встроить";
    embed_paste: &'static str = "Paste this into a page to embed the story:", "Вставте це на сторінку, щоб вбудувати історію:", "Вставьте это на страницу, чтобы встроить историю:";
    copy: &'static str = "Copy", "Копіювати", "Копировать";
    update_ready: &'static str = "Parley has a new version of its record (dataset {version}). Reload to read it.", "Parley має нову версію свого запису (набір даних {version}). Перезавантажте сторінку, щоб її прочитати.", "У Parley новая версия записи (набор данных {version}). Перезагрузите страницу, чтобы её прочитать.";
    reload: &'static str = "Reload", "Перезавантажити", "Перезагрузить";
    cite_this: &'static str = "Cite this page", "Цитувати цю сторінку", "Цитировать эту страницу";
    cite_apa: &'static str = "APA (7th edition)", "APA (7-ме видання)", "APA (7-е издание)";
    cite_chicago: &'static str = "Chicago (17th edition, author-date)", "Chicago (17-те видання, автор — дата)", "Chicago (17-е издание, автор — дата)";
    cite_csl: &'static str = "Download as CSL-JSON (Zotero)", "Завантажити як CSL-JSON (Zotero)", "Скачать как CSL-JSON (Zotero)";
    cite_note: &'static str = "With the dataset's version and today's date. The articles behind a view are in its Export menu as CSL-JSON, RIS and BibTeX.", "З версією набору даних і сьогоднішньою датою. Статті, на яких ґрунтується подання, є в меню «Експорт» у форматах CSL-JSON, RIS і BibTeX.", "С версией набора данных и сегодняшней датой. Статьи, на которых основано представление, есть в меню «Экспорт» в форматах CSL-JSON, RIS и BibTeX.";
    step: &'static str = "Step", "Крок", "Шаг";
    cover: &'static str = "Cover", "Обкладинка", "Обложка";
    story_first_last: &'static str = "First event: {first}. Last: {last}.", "Перша подія: {first}. Остання: {last}.", "Первое событие: {first}. Последнее: {last}.";
    story_title: &'static str = "Title of this story", "Назва цієї історії", "Название этой истории";
    story_map: &'static str = "Map of the story", "Карта історії", "Карта истории";
    all_steps: &'static str = "All steps ({n})", "Усі кроки ({n})", "Все шаги ({n})";
    back_to_cover: &'static str = "Back to the cover", "Назад до обкладинки", "Назад к обложке";
    sides: &'static str = "Sides", "Сторони", "Стороны";
    scroll_hint: &'static str = "The table is wider than the screen: it scrolls sideways.", "Таблиця ширша за екран: її можна гортати вбік.", "Таблица шире экрана: её можно листать вбок.";
    matrix_scroll: &'static str = "Shared events for each pair of actors, scrolling sideways", "Спільні події кожної пари учасників, гортається вбік", "Общие события каждой пары участников, листается вбок";

    // ---- When the app stops ----
    panic_heading: &'static str = "Something went wrong in Parley", "У Parley сталася помилка", "В Parley произошла ошибка";
    panic_text: &'static str = "The page stopped working. The error below has also been written to the browser console. Reloading usually helps; if it does not, please report the error with the page's address.", "Сторінка перестала працювати. Помилку нижче також записано в консоль браузера. Зазвичай допомагає перезавантаження; якщо ні, будь ласка, повідомте про помилку разом з адресою сторінки.", "Страница перестала работать. Ошибка ниже также записана в консоль браузера. Обычно помогает перезагрузка; если нет, пожалуйста, сообщите об ошибке вместе с адресом страницы.";
    panic_reload: &'static str = "Reload Parley", "Перезавантажити Parley", "Перезагрузить Parley";
}
