//! Russian and Ukrainian date forms, read through
//! [`extract_dates`](super::extract_dates) as a caller would.

use super::tests::{dates, dates_pub};
use super::*;

/// The text each date spans.
fn spans<'a>(text: &'a str, published: Option<&str>) -> Vec<&'a str> {
    let published = published.map(|p| p.parse().unwrap());
    extract_dates(text, published)
        .iter()
        .map(|m| &text[m.start..m.end])
        .collect::<Vec<_>>()
}

#[test]
fn day_month_and_year_in_the_genitive() {
    for (text, date) in [
        (
            "Встреча прошла 20 марта 2025 года в Эр-Рияде.",
            "2025-03-20",
        ),
        ("Встреча прошла 20 марта 2025 г. в Эр-Рияде.", "2025-03-20"),
        ("Указ подписан 20 марта 2025г.", "2025-03-20"),
        ("Закон набрал чинності 1 січня 2024 року.", "2024-01-01"),
        (
            "Угоду підписали 30 квітня 2025 р. у Вашингтоні.",
            "2025-04-30",
        ),
        ("Вторжение началось 24 февраля 2022 года.", "2022-02-24"),
        (
            "Повномасштабне вторгнення почалося 24 лютого 2022 року.",
            "2022-02-24",
        ),
        ("Саммит открылся 9 мая 2025 года в Москве.", "2025-05-09"),
        ("ЗАЯВЛЕНИЕ ОТ 5 ДЕКАБРЯ 1994 ГОДА", "1994-12-05"),
        ("Переговоры 18 августа 2025 года в Анкоридже", "2025-08-18"),
        (
            "Указ вступает в силу с 1-го января 2026 года.",
            "2026-01-01",
        ),
    ] {
        assert_eq!(dates(text), [date], "{text}");
    }
    assert_eq!(
        spans("Встреча прошла 20 марта 2025 года в Эр-Рияде.", None),
        ["20 марта 2025 года"]
    );
    assert_eq!(
        spans("подписан 20 марта 2025 г. в Москве", None),
        ["20 марта 2025 г."]
    );
}

#[test]
fn day_ranges_and_lists() {
    assert_eq!(
        dates("Конференция пройдёт 14–16 февраля 2025 года."),
        ["2025-02-14", "2025-02-16"]
    );
    assert_eq!(
        dates("Учения шли с 18 по 20 марта 2025 года."),
        ["2025-03-18", "2025-03-20"]
    );
    assert_eq!(
        dates("Переговори тривали з 1 до 3 червня 2024 року."),
        ["2024-06-01", "2024-06-03"]
    );
    // The year of a later member places the earlier one.
    assert_eq!(
        dates("Документы подписаны 24 января и 14 декабря 1946 года."),
        ["1946-01-24", "1946-12-14"]
    );
    assert!(dates("31 февраля 2023 года ничего не было").is_empty());
}

#[test]
fn a_month_and_year() {
    for (text, date) in [
        ("Договор истекает в феврале 2026 года.", "2026-02"),
        ("Выборы прошли в июле 2024 г. без сюрпризов.", "2024-07"),
        ("Вибори відбулися у липні 2024 року.", "2024-07"),
        ("Июль 2024 года стал самым жарким.", "2024-07"),
        ("Санкції запровадили в березні 2022 р.", "2022-03"),
        ("с октября 2023 года", "2023-10"),
        ("до листопада 2024 року", "2024-11"),
    ] {
        assert_eq!(dates(text), [date], "{text}");
    }
    assert_eq!(
        dates("Переговоры шли в марте и апреле 2020 года."),
        ["2020-03", "2020-04"]
    );
    assert_eq!(
        dates("Перемирие действовало с марта по май 2024 года."),
        ["2024-03", "2024-05"]
    );
    assert_eq!(
        dates("Обстріли тривали в січні–лютому 2025 року."),
        ["2025-01", "2025-02"]
    );
    assert_eq!(
        spans("Договор истекает в феврале 2026 года.", None),
        ["феврале 2026 года"]
    );
}

#[test]
fn years_with_a_year_word() {
    for (text, year) in [
        ("В 2024 году переговоры не возобновились.", "2024"),
        ("2024 год стал годом выборов.", "2024"),
        ("У 2024 році Україна отримала статус кандидата.", "2024"),
        ("Соглашение подписано в 1994 г. в Будапеште.", "1994"),
        ("В 2024-м году всё изменилось.", "2024"),
        ("с 2014 года конфликт не прекращался", "2014"),
        ("до 2030 року", "2030"),
        ("Такого не было в 2024-м.", "2024"),
        ("Весной 2025 ситуация изменилась.", "2025"),
        ("Восени 2024-го все змінилося.", "2024"),
        ("завдання відрізняються від завдань 2024-го.", "2024"),
        ("Задачи 2024-го, как и прежде, не решены.", "2024"),
    ] {
        assert_eq!(dates(text), [year], "{text}");
    }
    // An ordinal before a noun it counts is no year.
    for text in ["Наступил 1000-й день войны.", "Это 1500-й километр трассы."]
    {
        assert!(dates(text).is_empty(), "{text}");
    }
    assert_eq!(spans("В 2024 году ничего.", None), ["2024 году"]);
    assert_eq!(
        dates("Санкции вводились в 2014 и 2022 годах."),
        ["2014", "2022"]
    );
    assert_eq!(dates("Конфликт тлел с 2014 по 2022 год."), ["2014", "2022"]);
    assert_eq!(dates("Это было в 2014–2015 годах."), ["2014", "2015"]);
    // A dashed range as a member of a list.
    assert_eq!(
        dates("У 2004 і 2013–2014 роках Україна пережила дві революції."),
        ["2004", "2013", "2014"]
    );
    assert_eq!(
        dates("в 2008, 2014-2015 и 2022 годах"),
        ["2008", "2014", "2015", "2022"]
    );
    // Without a year word, the first number of the list is no year.
    assert!(!dates("У 2004 і 2013–2014 людей.").contains(&"2004".to_string()));
    assert_eq!(
        dates("Выборы прошли в 2019 и 2024 гг. без наблюдателей."),
        ["2019", "2024"]
    );
    assert_eq!(
        spans("Выборы прошли в 2019 и 2024 гг. без наблюдателей.", None),
        ["2019", "2024 гг."]
    );
}

#[test]
fn numbers_that_are_not_years() {
    for text in [
        "На митинг вышли 2024 человека.",
        "В 2000 километрах от фронта.",
        "Цены выросли в 1000 раз.",
        "2000 лет назад",
        "Понад 2024 років тому",
        "Это было в 1990-х годах.",
        "1990-е годы были трудными.",
        "У 1990-х роках.",
        "пункт 20 марта",
    ] {
        let found = dates(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn capitalised_months_are_names_unless_a_day_or_year_says_so() {
    let published = Some("2025-03-25");
    assert!(dates_pub("Марта Брюс приехала в Марте.", published).is_empty());
    assert!(dates_pub("в честь Августа", published).is_empty());
    assert_eq!(dates_pub("20 Марта 2025", published), ["2025-03-20"]);
}

#[test]
fn a_day_and_month_without_a_year_is_placed_as_in_english() {
    let published = Some("2025-03-25");
    // The latest such day on or before publication.
    assert_eq!(
        dates_pub("Встреча прошла 24 марта.", published),
        ["2025-03-24"]
    );
    assert_eq!(
        dates_pub("Зустріч відбулася 11 березня.", published),
        ["2025-03-11"]
    );
    assert_eq!(
        dates_pub("Он приезжал 1 декабря.", published),
        ["2024-12-01"]
    );
    assert_eq!(dates_pub("Встреча была 9 мая.", published), ["2024-05-09"]);
    // Unless the sentence speaks of the future.
    assert_eq!(
        dates_pub("Следующий раунд состоится 5 апреля.", published),
        ["2025-04-05"]
    );
    assert_eq!(
        dates_pub("Зустріч відбудеться 9 травня.", published),
        ["2025-05-09"]
    );
    assert_eq!(
        dates_pub("Рада має ратифікувати угоду до 30 квітня.", published),
        ["2025-04-30"]
    );
    // "на следующий день" tells a story in the past.
    assert_eq!(
        dates_pub(
            "На следующий день, 30 апреля, делегации разъехались.",
            published
        ),
        ["2024-04-30"]
    );
    // A relative year after the day.
    assert_eq!(
        dates_pub("Это случилось 20 марта прошлого года.", published),
        ["2024-03-20"]
    );
    assert_eq!(
        dates_pub("Це сталося 20 березня минулого року.", published),
        ["2024-03-20"]
    );
    assert!(dates_pub("Он вернулся 20 марта того же года.", published).is_empty());
    // A count after the day is no year.
    assert_eq!(
        dates_pub("3 марта 10 человек были задержаны.", published),
        ["2025-03-03"]
    );
    assert!(dates_pub("К 20 марта 2000 человек вышли.", published).is_empty());
    // No publication date, no place for the day.
    assert!(dates("Встреча прошла 24 марта.").is_empty());
}

#[test]
fn a_month_alone_needs_a_cue_word() {
    let published = Some("2025-05-16");
    assert_eq!(
        dates_pub("В марте переговоры сорвались.", published),
        ["2025-03"]
    );
    assert_eq!(
        dates_pub("Наприкінці квітня сторони домовилися.", published),
        ["2025-04"]
    );
    assert_eq!(
        dates_pub("Санкции действуют с января.", published),
        ["2025-01"]
    );
    // A month after publication is last year's, unless to come.
    assert_eq!(
        dates_pub("В июне стороны встречались.", published),
        ["2024-06"]
    );
    assert_eq!(
        dates_pub("Следующий раунд пройдёт в июне.", published),
        ["2025-06"]
    );
    assert_eq!(
        dates_pub("Вибори мають відбутися у вересні.", published),
        ["2025-09"]
    );
    assert_eq!(
        dates_pub("Саммит должен пройти в октябре.", published),
        ["2025-10"]
    );
    // "має" is also "has".
    assert_eq!(
        dates_pub("Україна має право, як і у вересні.", published),
        ["2024-09"]
    );
    assert_eq!(dates_pub("у березні минулого року", published), ["2024-03"]);
    assert_eq!(dates_pub("в марте этого года", published), ["2025-03"]);
    // No cue, no month; and "лютий" is also "fierce".
    assert!(dates_pub("Марта и май.", published).is_empty());
    assert!(dates_pub("У лютому бою загинули десятки.", published).is_empty());
    assert_eq!(dates_pub("Це було у лютому.", published), ["2025-02"]);
    assert!(dates_pub("грудні діти", published).is_empty());
}

#[test]
fn relative_forms_as_in_english() {
    let published = Some("2025-03-25");
    for (text, date) in [
        ("Вчера Кремль сообщил о звонке.", "2025-03-24"),
        ("Вчора Київ погодився.", "2025-03-24"),
        ("В прошлом году экспорт упал.", "2024"),
        ("Торік експорт впав.", "2024"),
        ("Минулого року експорт впав.", "2024"),
        ("В этом году бюджет вырос.", "2025"),
        ("Цьогоріч бюджет зріс.", "2025"),
        ("Выборы пройдут в следующем году.", "2026"),
        ("У наступному році вибори.", "2026"),
        ("В прошлом месяце цены выросли.", "2025-02"),
        ("Минулого місяця ціни зросли.", "2025-02"),
        ("Это было два года назад.", "2023"),
        ("Это было 10 лет назад.", "2015"),
        ("Это было год назад.", "2024"),
        ("Три місяці тому все змінилося.", "2024-12"),
        ("П'ять років тому все змінилося.", "2020"),
        ("Три роки тому все змінилося.", "2022"),
        ("Рік тому все змінилося.", "2024"),
        ("Двадцать пять лет назад.", "2000"),
        ("Три дня назад.", "2025-03-22"),
    ] {
        assert_eq!(dates_pub(text, published), [date], "{text}");
    }
    assert_eq!(
        spans("В прошлом году экспорт упал.", published),
        ["прошлом году"]
    );
    for text in [
        "Около ста лет назад.",
        "Несколько лет назад.",
        "Кілька років тому.",
        "На последний год.",
        "Тому Київ погодився.",
    ] {
        let found = dates_pub(text, published);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // Relative forms need a publication date.
    assert!(dates("Вчера и в прошлом году").is_empty());
}

/// Windows open on the Russian and Ukrainian words alone and find what
/// reading the whole text finds.
#[test]
fn windows_open_on_cyrillic_date_words() {
    let published = Some("2025-03-25");
    let filler = "слово ".repeat(40);
    let text = format!("{filler}в прошлом году {filler}вчора {filler}24 березня {filler}");
    assert_eq!(
        dates_pub(&text, published),
        ["2024", "2025-03-24", "2025-03-24"]
    );
}

#[test]
fn years_of_a_list_that_repeats_its_preposition() {
    let text = "не выполнила обязательств ни в 2021, ни в 2022 году";
    assert_eq!(dates(text), ["2021", "2022"]);
    assert_eq!(dates("в 2019, и в 2020 году"), ["2019", "2020"]);
    assert_eq!(dates("у 2019, і у 2020 році"), ["2019", "2020"]);
    // Without a preposition of its own, the first number is a count.
    assert_eq!(dates("погибли 2000, и в 2020 году"), ["2020"]);
}

#[test]
fn a_deadline_at_a_part_of_the_month_is_to_come() {
    let p = Some("2024-02-22");
    let text = "Фермери обіцяють не знімати блокаду до кінця березня.";
    assert_eq!(dates_pub(text, p), ["2024-03"]);
    let text = "Блокада сохранится до середины марта.";
    assert_eq!(dates_pub(text, p), ["2024-03"]);
    // A part of the month without a deadline word: as before.
    let text = "Блокада началась в конце марта.";
    assert_eq!(dates_pub(text, p), ["2023-03"]);
}

#[test]
fn perfective_futures_and_not_yesterday() {
    let p = Some("2024-10-22");
    let text = "«Второй тур 3 ноября станет референдумом о будущем».";
    assert_eq!(dates_pub(text, p), ["2024-11-03"]);
    // "не вчера": long ago, not a day.
    assert!(dates_pub("Разворот начался не вчера.", p).is_empty());
    assert_eq!(dates_pub("Вчера он сказал.", p), ["2024-10-21"]);
}
