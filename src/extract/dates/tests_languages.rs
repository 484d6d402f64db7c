//! Dates as the other languages of the beat write them: lists and ranges
//! of years with their own words, Turkish case endings, and the tenses and
//! year words that place a day written without a year.

use super::tests::dates_pub;
use super::*;

fn on(text: &str, published: &str) -> Vec<String> {
    dates_pub(text, Some(published))
}

#[test]
fn lists_and_ranges_of_years_with_other_languages_words() {
    for (text, want) in [
        (
            "Vorgezogene Wahlen gab es erst dreimal: 1972, 1983 und 2005.",
            &["1972", "1983", "2005"][..],
        ),
        (
            "Malu Dreyer führte die Staatskanzlei von 2013 bis 2024, ihr Nachfolger",
            &["2013", "2024"],
        ),
        (
            "Uribe gobernó dos periodos, de 2002 a 2010, gracias a",
            &["2002", "2010"],
        ),
        ("fueron asesinados entre 1989 y 1990.", &["1989", "1990"]),
        (
            "współpracował z rządem od 1997 do 2001 roku.",
            &["1997", "2001"],
        ),
        (
            "foram reeleitos: em 1991, 2001, 2011 e 2021.",
            &["1991", "2001", "2011", "2021"],
        ),
        (
            "les consultations, en 2018, 2020 et 2021, ont",
            &["2018", "2020", "2021"],
        ),
        ("dal 2010 al 2020.", &["2010", "2020"]),
    ] {
        assert_eq!(on(text, "2025-06-01"), want, "{text}");
    }
}

#[test]
fn counts_joined_by_other_languages_words_are_no_years() {
    for text in [
        "entre 1990 y 2000 personas",
        "von 1990 bis 2000 Euro im Monat",
        "od 1950 do 2000 żołnierzy",
        "tra 1990 e 2000 persone",
        "Es kamen 1990, 1995 und 2000 Soldaten.",
    ] {
        assert!(on(text, "2025-06-01").is_empty(), "{text}");
    }
}

proptest::proptest! {
    /// Two numbers that could be years, joined by another language's "to"
    /// or "and" and followed by a lower-case noun they count, are never
    /// read as years; followed by a full stop they are.
    #[test]
    fn a_foreign_range_needs_its_end_to_close_the_phrase(
        a in 1900i32..2050, gap in 1i32..50,
        link in proptest::sample::select(vec!["bis", "a", "do", "y", "e", "und", "et", "i", "ve"]),
        noun in proptest::sample::select(vec!["personas", "persone", "żołnierzy", "pessoas", "kişi", "personnes", "neue"]),
    ) {
        let b = a + gap;
        // The second may be a year by its own cue ("bis 1901"); the link
        // never makes the first one.
        let counted = format!("zwischen {a} {link} {b} {noun} kamen");
        proptest::prop_assert!(!on(&counted, "2025-06-01").contains(&a.to_string()), "{}", counted);
        let years = format!("zwischen {a} {link} {b}.");
        proptest::prop_assert_eq!(on(&years, "2025-06-01"), vec![a.to_string(), b.to_string()]);
    }
}

#[test]
fn turkish_years_and_days() {
    let p = "2025-03-26";
    assert_eq!(on("İmamoğlu, 2019'da İstanbul'u kazanmıştı.", p), ["2019"]);
    assert_eq!(on("Gezi eylemleri 2013'teki gibi", p), ["2013"]);
    assert_eq!(on("diploma 1990 yılında alındı", p), ["1990"]);
    assert_eq!(on("seçim 2028'e kadar yapılmayacak", p), ["2028"]);
    assert_eq!(
        on("Cumhuriyet 29 Ekim 1923'te ilan edildi.", p),
        ["1923-10-29"]
    );
    assert_eq!(on("23 Haziran 2019'da yenilenen seçim", p), ["2019-06-23"]);
    // Counts: "more than 2000 people", "close to 1990".
    assert!(on("2000'den fazla kişi katıldı", p).is_empty());
    assert!(on("1990'a yakın asker", p).is_empty());
    // A day in a name takes no case ending.
    assert!(on("15 Temmuz Şehitler Köprüsü'nde toplandılar.", p).is_empty());
}

#[test]
fn turkish_days_without_a_year_are_past_unless_the_verb_is_to_come() {
    let p = "2025-07-24";
    // Told in the past, or with no tense: the latest such day.
    assert_eq!(
        on("Esad rejiminin 8 Aralık'ta çökmesinin ardından", p),
        ["2024-12-08"]
    );
    assert_eq!(on("PKK 1 Mart'ta ateşkes ilan etti.", p), ["2025-03-01"]);
    // A future, a present or a deadline: to come.
    assert_eq!(on("Kongre 8 Aralık'ta yapılacak.", p), ["2025-12-08"]);
    assert_eq!(
        on("1 Eylül'de büyük bir miting planlanıyor.", p),
        ["2025-09-01"]
    );
    assert_eq!(
        on("çalışmaları 31 Aralık'a kadar tamamlamalı.", p),
        ["2025-12-31"]
    );
}

#[test]
fn first_of_the_month_in_portuguese() {
    assert_eq!(
        on("Lula tomou posse em 1º de janeiro de 2023.", "2025-10-15"),
        ["2023-01-01"]
    );
}

#[test]
fn german_years_after_nach_vor_adverbs_and_year_compounds() {
    let p = "2025-05-08";
    assert_eq!(on("dass es nach 1945 nie wieder Krieg gebe", p), ["1945"]);
    assert_eq!(on("Bayern hat nach 2013 viel investiert.", p), ["2013"]);
    assert_eq!(
        on("Die Grünen, die 2021 noch 9,3 Prozent holten", p),
        ["2021"]
    );
    assert_eq!(
        on("Für die Regierung ist das Wahljahr 2026 ein Test.", p),
        ["2026"]
    );
    assert!(on("nach 2000 Metern war Schluss", p).is_empty());
    assert!(on("vor 2000 Jahren", p).is_empty());
}

#[test]
fn german_days_told_in_the_past_before_them_and_in_street_names() {
    let p = "2025-02-20";
    assert_eq!(
        on("Die Ampel zerbrach am 6. November, als", p),
        ["2024-11-06"]
    );
    assert_eq!(
        on(
            "der Bundespräsident löste das Parlament am 27. Dezember auf.",
            p
        ),
        ["2024-12-27"]
    );
    // An appointment told in the present keeps this year.
    assert_eq!(
        on("Der Bundestag tritt am 25. März zusammen.", p),
        ["2025-03-25"]
    );
    assert!(on("Die Straße des 17. Juni war voll.", p).is_empty());
}

#[test]
fn french_and_italian_year_cues() {
    let p = "2025-12-03";
    assert_eq!(
        on("la dette dépassait 99 % du PIB fin 2023, et non", p),
        ["2023"]
    );
    assert_eq!(on("une consultation début 2026, puis", p), ["2026"]);
    assert_eq!(on("300 milliards par an d'ici 2035 pour", p), ["2035"]);
    assert_eq!(on("Elle a survécu à 1968, à la cohabitation", p), ["1968"]);
    assert_eq!(
        on("Meloni punta a restarci fino al 2027 e oltre.", p),
        ["2027"]
    );
    assert!(on("Il a grimpé à 2000 mètres.", p).is_empty());
}

#[test]
fn a_future_elsewhere_carries_a_long_past_day_into_next_year() {
    let p = "2025-12-16";
    assert_eq!(
        on("Kast asumirá el 11 de marzo en Valparaíso.", p),
        ["2026-03-11"]
    );
    assert_eq!(
        on("la segunda vuelta será el 21 de junio", "2025-11-05"),
        ["2026-06-21"]
    );
    assert_eq!(
        on("O novo Presidente tomará posse a 9 de março.", p),
        ["2026-03-09"]
    );
    // A passive to come is no past participle's day.
    assert_eq!(
        on(
            "la moitié du Sénat sera renouvelée le 27 septembre.",
            "2026-03-12"
        ),
        ["2026-09-27"]
    );
    // A past between the future and the day keeps the past reading.
    assert_eq!(
        on("dijo que asumirá lo que firmó el 11 de marzo", p),
        ["2025-03-11"]
    );
}

proptest::proptest! {
    /// A day governed by a Spanish future is never more than the grace
    /// before publication, nor a year or more after it.
    #[test]
    fn a_romance_future_lies_within_a_year_of_publication(
        day in 1u8..=28, month in 0usize..12, p_day in 1u8..=28, p_month in 1u8..=12,
    ) {
        const MESES: [&str; 12] = [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre",
        ];
        let published = PartialDate::day(2025, p_month, p_day).unwrap();
        let text = format!("El nuevo presidente asumirá el {day} de {}.", MESES[month]);
        // "1 de mayo" alone is no date: May needs a cue before it.
        let found = extract_dates(&text, Some(published));
        proptest::prop_assert_eq!(found.len(), usize::from(month != 4));
        for date in found {
            let gap = (date.date.first_day() - published.first_day()).whole_days();
            proptest::prop_assert!((-45..366).contains(&gap), "{} {}", text, date.date);
        }
    }
}

#[test]
fn year_words_after_a_day_in_romance_languages() {
    let p = "2025-10-15";
    assert_eq!(
        on("As convenções ocorrem até 5 de agosto do próximo ano.", p),
        ["2026-08-05"]
    );
    assert_eq!(
        on(
            "reconduzido após as legislativas de 18 de maio do ano passado.",
            "2026-01-26"
        ),
        ["2025-05-18"]
    );
    assert_eq!(
        on(
            "el presupuesto se aprobó el 30 de noviembre del año pasado.",
            p
        ),
        ["2024-11-30"]
    );
    assert_eq!(
        on("il voto del 12 giugno dell'anno scorso", p),
        ["2024-06-12"]
    );
}

#[test]
fn year_phrases_after_a_day_in_other_languages() {
    // Relative to publication: the day in that year, whatever the tense.
    for (text, want) in [
        (
            "Prezydent, zaprzysiężony 6 sierpnia ubiegłego roku, ma",
            "2025-08-06",
        ),
        ("Umowę podpisano 3 marca zeszłego roku.", "2025-03-03"),
        ("Wybory odbędą się 12 maja przyszłego roku.", "2027-05-12"),
        (
            "Der Vertrag wurde am 3. März vergangenen Jahres unterzeichnet.",
            "2025-03-03",
        ),
        (
            "Die Wahl findet am 8. Oktober nächsten Jahres statt.",
            "2027-10-08",
        ),
    ] {
        assert_eq!(on(text, "2026-05-05"), [want], "{text}");
    }
    // A year the text speaks of but does not give there: no date, never
    // the publication's year (as English "of that year").
    for text in [
        "le FLNKS avait rejeté l'accord le 13 août de la même année, et",
        "la Cassazione aveva ammesso la richiesta il 18 novembre dello stesso anno;",
        "a 14 czerwca tego samego roku Trybunał uznał ją za niezgodną",
        "y el 2 de mayo del mismo año dimitió",
        "e em 8 de janeiro do mesmo ano houve",
        "am 9. November desselben Jahres fiel die Mauer",
        "fu eletto il 3 giugno di quell'anno",
    ] {
        assert!(on(text, "2026-05-05").is_empty(), "{text}");
    }
    // "tego roku" is this year's, "tego samego roku" is not.
    assert_eq!(
        on("Sejm zbierze się 20 maja tego roku.", "2026-05-05"),
        ["2026-05-20"]
    );
}

#[test]
fn a_full_date_earlier_in_the_sentence_places_a_later_day() {
    for (text, published, want) in [
        (
            "Le 4 décembre 2024, la motion était adoptée, et le 13 décembre Bayrou entrait à Matignon.",
            "2025-12-18",
            &["2024-12-04", "2024-12-13"][..],
        ),
        (
            "El 28 de mayo de 2023 las municipales llevaron a adelantar las generales al 23 de julio, y",
            "2026-01-08",
            &["2023-05-28", "2023-07-23"],
        ),
        (
            "The agreement, initialled on 21 November 1995 and signed in Paris on 14 December, ended the war.",
            "2025-07-01",
            &["1995-11-21", "1995-12-14"],
        ),
        // A year to come reaches a day to come.
        (
            "o primeiro turno, marcado para 4 de outubro de 2026, e o segundo, se houver, será em 25 de outubro.",
            "2025-10-15",
            &["2026-10-04", "2026-10-25"],
        ),
    ] {
        assert_eq!(on(text, published), want, "{text}");
    }
    // Not a day earlier in the calendar (it may be the next year's), not
    // after a month or a relative year, and not a past year to a day told
    // as to come.
    for (text, published, want) in [
        (
            "Signé le 12 juillet 2025, l'accord prévoyait une consultation le 8 février.",
            "2026-11-03",
            &["2025-07-12", "2026-02-08"][..],
        ),
        (
            "It raised national insurance in April 2025, and it has lost two by-elections since May.",
            "2026-10-07",
            &["2025-04", "2026-05"],
        ),
        (
            "Il sindacato, che ha scioperato il 27 febbraio dell'anno scorso, annuncia una mobilitazione per l'11 marzo.",
            "2026-03-03",
            &["2025-02-27", "2026-03-11"],
        ),
        (
            "As the referendum on 8 September 1991 led to independence, the referendum on 30 September may lead to subordination.",
            "2018-09-20",
            &["1991-09-08", "2018-09-30"],
        ),
    ] {
        assert_eq!(on(text, published), want, "{text}");
    }
}

/// The rule, against a plain reference over every pair of days of two
/// years: a day later in the calendar than the written full date before it,
/// or at most 31 days before it, takes that date's year; any other keeps
/// the year it would have alone.
#[test]
fn the_sentence_rule_matches_a_reference_over_the_calendar() {
    const MONTHS: [&str; 12] = [
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
    let published = "2026-06-15";
    let alone = |month: &str, d: u8| on(&format!("The court ruled on {d} {month}."), published);
    for (m1, d1) in [(0, 10), (5, 15), (11, 20)] {
        for (m2, month) in MONTHS.iter().enumerate() {
            for d2 in [1u8, 10, 15, 20, 28] {
                let text = format!(
                    "The motion passed on {d1} {} 2019, and the court ruled on {d2} {month}.",
                    MONTHS[m1]
                );
                let got = on(&text, published);
                let later = (m2, d2) > (m1, d1);
                // The same day, long past, is the one the article dated
                // (`take_years_the_article_names`).
                let alone = alone(month, d2)[0].clone();
                let long_past = (m2, d2) == (m1, d1) && {
                    let day: time::Date = time::Date::parse(
                        &alone,
                        &time::format_description::well_known::Iso8601::DATE,
                    )
                    .unwrap();
                    let published =
                        time::Date::from_calendar_date(2026, time::Month::June, 15).unwrap();
                    (published - day).whole_days() > 62
                };
                // A day at most 31 days before the written one is of its year.
                let just_before = time::Date::from_calendar_date(
                    2019,
                    time::Month::try_from(m2 as u8 + 1).unwrap(),
                    d2,
                )
                .ok()
                .is_some_and(|day| {
                    let written = time::Date::from_calendar_date(
                        2019,
                        time::Month::try_from(m1 as u8 + 1).unwrap(),
                        d1,
                    )
                    .unwrap();
                    (1..=31).contains(&(written - day).whole_days())
                });
                let want = if later || just_before || long_past {
                    format!("2019-{:02}-{d2:02}", m2 + 1)
                } else {
                    alone
                };
                assert_eq!(got, [format!("2019-{:02}-{d1:02}", m1 + 1), want], "{text}");
            }
        }
    }
}

#[test]
fn a_past_day_the_article_dates_keeps_that_year_when_long_past() {
    let speech = "Every session has begun so since 7 October 2023. On October 7th, hundreds of people were murdered.";
    // Months after that day of the year: the day the article dated.
    assert_eq!(on(speech, "2026-01-20"), ["2023-10-07", "2023-10-07"]);
    // Weeks after it, the recent one ("the calamity of 1 September" in a
    // speech of late September is this year's).
    assert_eq!(on(speech, "2025-10-20"), ["2023-10-07", "2025-10-07"]);
    // A day to come keeps its year: "On 11 July we will bury …".
    assert_eq!(
        on(
            "The enclave fell on 11 July 1995. On 11 July we will bury seven more victims.",
            "2025-07-01"
        ),
        ["1995-07-11", "2025-07-11"]
    );
    // Turkish "geçen yıl" before a day gives its year first.
    assert_eq!(
        on(
            "Cumhuriyet 29 Ekim 1923'te ilan edildi. Geçen yıl 29 Ekim töreni Anıtkabir'de yapılmıştı.",
            "2025-10-15"
        ),
        ["1923-10-29", "2024-10-29"]
    );
}

/// The backward rule against a plain reference: for every publication day
/// of a year, a past day that the article dated in an earlier year takes
/// that year exactly when it lies more than 62 days before publication.
#[test]
fn the_backward_rule_matches_a_reference_over_the_year() {
    let start = time::Date::from_calendar_date(2026, time::Month::January, 1).unwrap();
    for n in 0..365 {
        let day = start + time::Duration::days(n);
        let published = format!("{day}");
        let text = "The siege began on 14 March 2019. On 14 March, the city fell.";
        let got = on(text, &published);
        let this_year = time::Date::from_calendar_date(2026, time::Month::March, 14).unwrap();
        let last = if day >= this_year {
            this_year
        } else {
            this_year.replace_year(2025).unwrap()
        };
        let want = if (day - last).whole_days() > 62 {
            "2019-03-14".to_string()
        } else {
            format!("{last}")
        };
        assert_eq!(
            got,
            ["2019-03-14".to_string(), want],
            "published {published}"
        );
    }
}

#[test]
fn dutch_dates() {
    let p = "2026-06-22";
    assert_eq!(
        on(
            "De vorige formatie duurde van 22 november 2023 tot 2 juli 2024.",
            p
        ),
        ["2023-11-22", "2024-07-02"]
    );
    assert_eq!(on("De Kamer stemde op 30 mei 2023 in.", p), ["2023-05-30"]);
    // Yearless: this year's, unless told in the past ("sinds").
    assert_eq!(on("Het zomerreces begint op 3 juli.", p), ["2026-07-03"]);
    assert_eq!(
        on(
            "Sinds de verkiezingen van 29 oktober zijn maanden verstreken.",
            p
        ),
        ["2025-10-29"]
    );
}

#[test]
fn the_first_of_a_month_written_as_an_ordinal_without_a_year() {
    // Italian writes the first "1°" (a degree sign), Portuguese "1º",
    // French "1er": the day is read with or without its year.
    for (text, want) in [
        ("Il concerto al Quirinale è il 1° giugno.", "2026-06-01"),
        (
            "La legge entra in vigore dal 1° gennaio 2027.",
            "2027-01-01",
        ),
        ("O concerto é a 1º de junho.", "2026-06-01"),
        ("Le concert est le 1er juin.", "2026-06-01"),
    ] {
        assert_eq!(on(text, "2026-05-26"), [want], "{text}");
    }
    // Another day glued to the sign is a temperature, not a date.
    assert!(on("Il 21° giugno caldo.", "2026-05-26").is_empty());
}

#[test]
fn czech_slovak_swedish_and_romanian_dates() {
    for (text, want) in [
        (
            "Vláda, jmenovaná 9. prosince 2025, se opírá o většinu.",
            &["2025-12-09"][..],
        ),
        ("Senát vznikl v roce 1996.", &["1996"][..]),
        (
            "připomene 17. listopadu výročí roku 1989",
            &["2026-11-17", "1989"][..],
        ),
        (
            "Sverige gick med i Nato den 7 mars 2024.",
            &["2024-03-07"][..],
        ),
        ("vinstuttag före 2030, sedan 2014", &["2030", "2014"][..]),
        (
            "Alegerile din 24 noiembrie 2024 au fost anulate.",
            &["2024-11-24"][..],
        ),
        ("Voľby sa konali 30. septembra 2023.", &["2023-09-30"][..]),
    ] {
        assert_eq!(on(text, "2026-09-28"), want, "{text}");
    }
    // "toho roku", like "of that year", gives no year there.
    assert_eq!(
        on(
            "Senát vznikl v roce 1996; volby se konaly 15. a 16. listopadu toho roku.",
            "2026-09-28"
        ),
        ["1996"]
    );
    // A count is no year, nor "mars" alone a month.
    assert!(
        on(
            "Kristersson vill sänka skatten för 2000 kronor i mars.",
            "2026-09-28"
        )
        .is_empty()
    );
}

#[test]
fn croatian_and_norwegian_dates() {
    for (text, want) in [
        (
            "Parlamentarni izbori održani su 17. travnja 2024., a vlada je izabrana.",
            &["2024-04-17"][..],
        ),
        (
            "Hrvatska je u europodručje ušla 1. siječnja 2023., istog dana.",
            &["2023-01-01"][..],
        ),
        ("Od 2016. godine vladu vodi ista stranka.", &["2016"][..]),
        (
            "Sljedeći izbori moraju se održati najkasnije 2028.",
            &["2028"][..],
        ),
        (
            "Izbori su bili 15. marta 2024. godine.",
            &["2024-03-15"][..],
        ),
        (
            "Stortingsvalget ble holdt 8. september 2025, og budsjettet 5. desember 2025.",
            &["2025-09-08", "2025-12-05"][..],
        ),
        ("Loven gjelder fra 1. januar 2027.", &["2027-01-01"][..]),
    ] {
        assert_eq!(on(text, "2026-05-28"), want, "{text}");
    }
    // A count before "godine" without the ordinal's dot is none; Polish
    // "listopada" stays November, as Polish and Czech are read first.
    assert!(on("Sabor ima 151 zastupnika i 2000 glasova.", "2026-05-28").is_empty());
    assert_eq!(
        on("Wybory odbyły się 15 listopada 2023 roku.", "2026-05-28"),
        ["2023-11-15"]
    );
}

/// The month names of French, Dutch, Polish, Norwegian and Croatian that
/// the relative-year test writes its days with, January first.
const TEST_MONTHS: [(&str, [&str; 12]); 5] = [
    (
        "fr",
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    ),
    (
        "nl",
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        "pl",
        [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
    ),
    (
        "no",
        [
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ],
    ),
    (
        "hr",
        [
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
    ),
];

proptest::proptest! {
    /// A relative year opening the sentence gives each later day of the
    /// sentence the publication year plus its offset, whatever the tense
    /// and whichever side of publication the day falls.
    #[test]
    fn a_relative_year_opening_the_sentence_places_its_days(
        pub_year in 1990i32..2040, pub_month in 1u32..=12, pub_day in 1u32..=28,
        day in 2u32..=28,
        // Not March and May: "mars", "mai" and "maja" are words and names
        // too, read as months only beside a year; nor October, whose
        // Croatian "listopada" is read as Polish November.
        month in proptest::sample::select(vec![0usize, 1, 3, 5, 6, 7, 8, 10, 11]),
        later_month in proptest::sample::select(vec![0usize, 1, 3, 5, 6, 7, 8, 10, 11]),
        lang in 0usize..5, which in 0usize..3,
    ) {
        proptest::prop_assume!(month != later_month);
        let (code, months) = TEST_MONTHS[lang];
        // (phrase, offset, sentence) in each language: a past, a present
        // and a future told after the phrase.
        let (phrase, offset, rest) = match (code, which) {
            ("fr", 0) => ("L'an dernier,", -1, "le gouvernement est tombé le {d} {m}, puis le {d} {m2}."),
            ("fr", 1) => ("Cette année,", 0, "le conseil se réunit le {d} {m} et le {d} {m2}."),
            ("fr", _) => ("L'an prochain,", 1, "la loi entrera en vigueur le {d} {m}, puis le {d} {m2}."),
            ("nl", 0) => ("Vorig jaar", -1, "verscheen de nota op {d} {m} en op {d} {m2}."),
            ("nl", 1) => ("Dit jaar", 0, "vergadert de Kamer op {d} {m} en op {d} {m2}."),
            ("nl", _) => ("Volgend jaar", 1, "stemt de Kamer op {d} {m} en op {d} {m2}."),
            ("pl", 0) => ("W zeszłym roku", -1, "Sejm uchwalił budżet {d} {m}, a Senat {d} {m2}."),
            ("pl", 1) => ("W tym roku", 0, "Sejm zbierze się {d} {m} i {d} {m2}."),
            ("pl", _) => ("W przyszłym roku", 1, "wybory odbędą się {d} {m}, a druga tura {d} {m2}."),
            ("no", 0) => ("I fjor", -1, "ble budsjettet vedtatt {d}. {m} og {d}. {m2}."),
            ("no", 1) => ("I år", 0, "møtes Stortinget {d}. {m} og {d}. {m2}."),
            ("no", _) => ("Neste år", 1, "holdes valget {d}. {m} og {d}. {m2}."),
            (_, 0) => ("Prošle godine", -1, "rebalans je izglasan {d}. {m} i {d}. {m2}."),
            (_, 1) => ("Ove godine", 0, "Sabor zasjeda do {d}. {m} i {d}. {m2}."),
            (_, _) => ("Sljedeće godine", 1, "izbori će se održati {d}. {m} i {d}. {m2}."),
        };
        let sentence = format!("{phrase} {rest}")
            .replacen("{m}", months[month], 1)
            .replacen("{m2}", months[later_month], 1)
            .replace("{d}", &day.to_string());
        let published = format!("{pub_year}-{pub_month:02}-{pub_day:02}");
        let year = pub_year + offset;
        let want: Vec<String> = [month, later_month]
            .iter()
            .map(|&m| format!("{year}-{:02}-{day:02}", m + 1))
            .collect();
        proptest::prop_assert_eq!(on(&sentence, &published), want, "{}", sentence);
    }
}

#[test]
fn a_relative_year_opening_the_sentence_yields_to_a_year_between() {
    // Another date between the phrase and the day stops the phrase there;
    // in the middle of a sentence the phrase places nothing.
    let between = on(
        "Vorig jaar, net als in 2019, viel het kabinet op 3 maart.",
        "2026-04-03",
    );
    assert!(!between.contains(&"2025-03-03".to_string()), "{between:?}");
    assert_eq!(
        on("Vorig jaar viel het kabinet op 3 maart.", "2026-04-03"),
        ["2025-03-03"]
    );
    assert_eq!(
        on(
            "De Kamer zegt: dit gebeurt vorig jaar op 3 maart.",
            "2026-04-03"
        ),
        ["2026-03-03"]
    );
}

/// A number named as a year, date or target ("2035 als jaar", "2030 als
/// Zwischenziel", "2028 as the deadline") is a year; a count named so is
/// followed by its noun.
#[test]
fn a_number_named_as_a_target_is_a_year() {
    for (text, want) in [
        (
            "Het plan noemt 2035 als jaar waarin het net klaar is.",
            "2035",
        ),
        ("Die Strategie nennt 2030 als Zwischenziel.", "2030"),
        (
            "The treaty sets 2028 as the deadline for ratification.",
            "2028",
        ),
    ] {
        assert_eq!(on(text, "2026-01-05"), [want], "{text}");
    }
    for text in [
        "Die Partei nennt 2000 Mitglieder als Ziel.",
        "They count 2000 as many as before.",
    ] {
        assert!(on(text, "2026-01-05").is_empty(), "{text}");
    }
}

/// A day told in no tense in another language is the publication year's,
/// unless that one is most of a year ahead and last year's fell within the
/// weeks before publication.
#[test]
fn a_day_in_no_tense_just_past_is_not_the_one_a_year_on() {
    let text = "Le discours du 31 décembre a déçu.";
    assert_eq!(on(text, "2024-01-03"), ["2023-12-31"]);
    assert_eq!(on(text, "2024-12-30"), ["2024-12-31"]);
    // Long past, the publication year's as before.
    assert_eq!(on(text, "2024-04-03"), ["2024-12-31"]);
    assert_eq!(
        on(
            "Der Bericht vom 20. Dezember zeigt einen Rückgang.",
            "2024-01-10"
        ),
        ["2023-12-20"]
    );
}

/// A past relative year opening the sentence does not reach a day that
/// another clause tells as to come.
#[test]
fn a_past_relative_year_opening_the_sentence_leaves_a_day_to_come() {
    assert_eq!(
        on(
            "В прошлом году дума приняла много законов, а выборы пройдут 17 марта.",
            "2024-01-09"
        ),
        ["2023", "2024-03-17"]
    );
    assert_eq!(
        on(
            "В 2020 году из-за пандемии парад перенесли на 24 июня.",
            "2026-05-08"
        ),
        ["2020", "2020-06-24"]
    );
    assert_eq!(
        on(
            "L'an dernier, le gouvernement est tombé le 8 septembre, et le budget sera voté le 20 mars.",
            "2026-01-09"
        )[0],
        "2025-09-08"
    );
    assert_eq!(
        on(
            "Last year the government fell, and the vote will be held on 3 May.",
            "2026-01-09"
        ),
        ["2025", "2026-05-03"]
    );
    assert_eq!(
        on("В прошлом году выборы прошли 17 марта.", "2024-01-09"),
        ["2023", "2023-03-17"]
    );
}

/// A participle after a future auxiliary is a future passive, not a past:
/// next year's days stay next year's ("L'an prochain, les élections seront
/// organisées le 12 avril"), while a participle alone still tells a day
/// before the year to come.
#[test]
fn a_participle_after_a_future_auxiliary_is_no_past() {
    for (text, want) in [
        (
            "L'an prochain, les élections seront organisées le 12 avril.",
            "2027-04-12",
        ),
        (
            "L'an prochain, le premier tour sera organisé le 11 avril.",
            "2027-04-11",
        ),
    ] {
        assert_eq!(on(text, "2026-02-10"), [want], "{text}");
    }
    // A Slovak past in the day's own clause ("sľúbila") still tells a day
    // before the year to come.
    let slovak = "Budúci rok bude rozpočet, ktorý vláda sľúbila predložiť do 30. septembra.";
    let found = in_language(slovak, "2026-02-10", Some("sk"));
    assert!(!found.contains(&"2027-09-30".to_string()), "{found:?}");
}

/// A relative year of another language right before a day places it,
/// wherever it stands in the sentence: "kuntavaalit ensi vuonna 13.
/// huhtikuuta".
#[test]
fn a_relative_year_right_before_a_day_places_it() {
    assert_eq!(
        on(
            "Seuraavat eduskuntavaalit pidetään huhtikuussa 2027, ja kuntavaalit ensi vuonna 13. huhtikuuta.",
            "2024-02-13"
        ),
        ["2027-04", "2025-04-13"]
    );
}

proptest::proptest! {
    /// A relative year right before a day gives it the publication year plus
    /// its offset, on either side of publication.
    #[test]
    fn a_relative_year_right_before_a_day_gives_its_year(
        pub_year in 1990i32..2040, pub_month in 1u32..=12, pub_day in 1u32..=28,
        day in 2u32..=28,
        month in proptest::sample::select(vec![0usize, 1, 3, 5, 6, 7, 8, 10, 11]),
        which in 0usize..6,
    ) {
        let (lang, phrase, offset) = [
            (3, "i fjor", -1),
            (3, "i år", 0),
            (3, "neste år", 1),
            (4, "prošle godine", -1),
            (4, "ove godine", 0),
            (4, "sljedeće godine", 1),
        ][which];
        let (code, months) = TEST_MONTHS[lang];
        let sentence = if code == "no" {
            format!("Stortinget samles {phrase} {day}. {}.", months[month])
        } else {
            format!("Sabor zasjeda {phrase} {day}. {}.", months[month])
        };
        let published = format!("{pub_year}-{pub_month:02}-{pub_day:02}");
        let want = format!("{}-{:02}-{day:02}", pub_year + offset, month + 1);
        proptest::prop_assert_eq!(on(&sentence, &published), [want], "{}", sentence);
    }
}

/// A year that opens a clause after a Greek conjunction ("…, ενώ το 2015 η
/// χώρα ψήφισε τρεις φορές: στις 25 Ιανουαρίου …") places the days after it.
#[test]
fn a_year_after_a_greek_conjunction_places_its_days() {
    assert_eq!(
        on(
            "Το 2019 το κόμμα κέρδισε, ενώ το 2015 η χώρα ψήφισε τρεις φορές: στις 25 Ιανουαρίου και στις 20 Σεπτεμβρίου.",
            "2023-06-20"
        ),
        ["2019", "2015", "2015-01-25", "2015-09-20"]
    );
}

/// "last" after a determiner means final and tells no past: "the last
/// polls may be published on October 13" is the coming 13 October.
#[test]
fn last_after_a_determiner_tells_no_past() {
    assert_eq!(
        on(
            "Committees register by September 15, and the last polls may be published on October 13, before the silence.",
            "2023-09-12"
        ),
        ["2023-09-15", "2023-10-13"]
    );
    // "last" alone still tells one.
    assert_eq!(
        on("The council met last on 13 October.", "2023-09-12"),
        ["2022-10-13"]
    );
}

#[test]
fn german_years_before_the_verb_that_ends_their_clause() {
    for (text, want) in [
        ("Schon 2017 hatte sie das Land der SPD abgenommen.", "2017"),
        (
            "Der Haushalt, den der Landtag 2025 beschlossen hat, gilt.",
            "2025",
        ),
        ("Schon 2024 wurde die Koalition beendet.", "2024"),
    ] {
        assert_eq!(on(text, "2026-12-03"), [want], "{text}");
    }
    // Counts before their noun, and English "war", stay counts.
    for text in ["Es kamen 2000 Menschen.", "some 2000 war veterans"] {
        assert!(on(text, "2026-12-03").is_empty(), "{text}");
    }
}

#[test]
fn czech_rok_before_a_year() {
    assert_eq!(
        on(
            "Vláda schválila návrh rozpočtu na rok 2027 až 19. října.",
            "2026-11-02"
        ),
        ["2027", "2026-10-19"]
    );
}

#[test]
fn a_french_singular_future_carries_a_long_past_day_into_next_year() {
    assert_eq!(
        on(
            "S'il l'est, il entrera en vigueur le 1er janvier.",
            "2026-10-05"
        ),
        ["2027-01-01"]
    );
    // Without its pronoun, "-era" is a noun's ending.
    assert_eq!(
        on("La frontera el 1 de enero.", "2026-10-05"),
        ["2026-01-01"]
    );
}

/// Italian and Spanish "per il 2027", "para el 2030"; Romanian "din 2014",
/// "între 2022 și 2023" and "bugetul pe 2026", but not a count with "de".
#[test]
fn italian_spanish_and_romanian_year_cues() {
    for (text, want) in [
        (
            "La legge di bilancio per il 2027 arriva in aula.",
            &["2027"][..],
        ),
        ("las metas para el 2030 siguen lejos", &["2030"]),
        (
            "condamnat pentru frauda bancară din 2014, trăiește",
            &["2014"],
        ),
        (
            "au fost distribuiți între 2022 și 2023. Guțul",
            &["2022", "2023"],
        ),
        ("a primit peste 3000 din 2000 de voturi", &[]),
        (
            "Anul trecut, bugetul pe 2025 a fost adoptat abia",
            &["2025"],
        ),
        ("Bugetul pe 2026, amânat", &["2026"]),
        ("au plantat pe 2000 de hectare", &[]),
    ] {
        assert_eq!(dates_pub(text, None), want, "{text}");
    }
}

/// Finnish and Greek dates: months in their cases, and the words before a
/// year that say it is one. Counts stay counts.
#[test]
fn finnish_and_greek_months_and_years() {
    for (text, want) in [
        ("Vaalit pidettiin 13. huhtikuuta 2025.", &["2025-04-13"][..]),
        ("Hallitus aloitti kesäkuussa 2023.", &["2023-06"][..]),
        (
            "Puolue voitti vuoden 2023 eduskuntavaaleissa.",
            &["2023"][..],
        ),
        ("Laki tulee voimaan vasta keväällä 2027.", &["2027"][..]),
        ("Hän on ollut jäsen vuodesta 2019.", &["2019"][..]),
        (
            "Ο νόμος ψηφίστηκε στις 12 Μαρτίου 2024.",
            &["2024-03-12"][..],
        ),
        ("Οι εκλογές έγιναν τον Ιούνιο του 2023.", &["2023-06"][..]),
        ("Η εταιρεία ιδιωτικοποιήθηκε το 2017.", &["2017"][..]),
        ("Είναι βουλευτής από το 2019.", &["2019"][..]),
    ] {
        assert_eq!(on(text, "2025-05-20"), want, "{text}");
    }
    for text in [
        "Puolueella on 2000 jäsentä.",
        "Η πόλη έχει 2000 κατοίκους.",
        "Kuu nousi.",
    ] {
        assert!(on(text, "2025-05-20").is_empty(), "{text}");
    }
}

/// Hungarian puts the year first and inflects every part; a year takes its
/// ending after a hyphen. Counts stay counts, and an English "December"
/// keeps its English reading.
#[test]
fn hungarian_dates() {
    for (text, want) in [
        (
            "A parlament 2024. március 5-én fogadta el a törvényt.",
            &["2024-03-05"][..],
        ),
        (
            "a 2019. október 13-i önkormányzati választáson",
            &["2019-10-13"][..],
        ),
        ("A tüntetések 1989 júniusában kezdődtek.", &["1989-06"][..]),
        ("Az alaptörvényt 2011-ben fogadták el.", &["2011"][..]),
        ("A párt 2006 óta ellenzékben van.", &["2006"][..]),
        ("az 1956-os forradalom emlékére", &["1956"][..]),
        ("A 2014 és 2018 közötti ciklusban", &["2014", "2018"][..]),
        ("A választást április 3-án tartják.", &["2025-04-03"][..]),
    ] {
        assert_eq!(on(text, "2025-01-20"), want, "{text}");
    }
    for text in [
        "A tüntetésen 2000-en vettek részt.",
        "A falunak 2000 lakosa van.",
        "A cég 2000-ről 3000-re növelte a létszámot.",
    ] {
        assert!(on(text, "2025-01-20").is_empty(), "{text}");
    }
    // English "December" in a January text stays last year's.
    assert_eq!(
        on("The budget passed on 18 December.", "2027-01-08"),
        ["2026-12-18"]
    );
}

/// Years that other languages' nouns, prepositions and lists show, and a
/// year that opens a quotation as its subject or ends a verb's phrase.
#[test]
fn years_shown_by_other_languages_words_and_by_their_verbs() {
    for (text, want) in [
        (
            "het record van 1977 (208 dagen) werd gebroken",
            &["1977"][..],
        ),
        ("een debat over de begroting voor 2027.", &["2027"][..]),
        (
            "dat de maatschappij vanaf 2028 wil exploiteren",
            &["2028"][..],
        ),
        ("inte ingår efter valet 2026, men", &["2026"][..]),
        ("Sukob traje od 2020., pa se nisu", &["2020"][..]),
        ("Taslak, 1982 Anayasası'nın yerini alacak.", &["1982"][..]),
        ("\"2017'yi tekrar yaşamak istemiyoruz\"", &["2017"][..]),
        ("Hon sa att ”2014 får inte upprepas”.", &["2014"][..]),
        ("dijo que «2026 no será otro 2024».", &["2026", "2024"][..]),
        ("Nobody wants to relive 2022.", &["2022"][..]),
        (
            "to bring the election forward from 2029 to 2027.",
            &["2029", "2027"][..],
        ),
        (
            "arrivé au pouvoir par le coup d'État du 5 septembre 2021 contre",
            &["2021-09-05"][..],
        ),
    ] {
        assert_eq!(on(text, "2025-06-01"), want, "{text}");
    }
    for text in [
        "een bedrag van 2000 euro",
        "They repeated 2000 times that nothing had changed.",
        "Hon sa att ”2000 personer” kom.",
        "the Mouvement du 23 mars",
    ] {
        assert!(on(text, "2025-06-01").is_empty(), "{text}");
    }
}

/// The article's language settles a month two languages spell alike:
/// Croatian "listopad" is October, Czech and Polish "listopad" November.
#[test]
fn the_articles_language_settles_listopad() {
    let in_language = |text: &str, language: Option<&str>| -> Vec<String> {
        let words = crate::text::WordBits::new(text);
        // Every word may open a window, as the matcher's month words do.
        let mut starts = Vec::new();
        words.for_each_start(|at| starts.push(at));
        extract_dates_with(text, &words, &starts, "2026-12-14".parse().ok(), language)
            .iter()
            .map(|m| m.date.to_string())
            .collect()
    };
    let croatian = "Zakon je izglasan 3. listopada 2025. godine.";
    assert_eq!(in_language(croatian, Some("hr")), ["2025-10-03"]);
    assert_eq!(in_language(croatian, Some("cs")), ["2025-11-03"]);
    let yearless = "Sabor je glasovao 10. listopada.";
    assert_eq!(in_language(yearless, Some("hr")), ["2026-10-10"]);
    assert_eq!(in_language(yearless, None), ["2026-11-10"]);
    let czech = "Sametová revoluce začala 17. listopadu 1989.";
    assert_eq!(in_language(czech, Some("cs")), ["1989-11-17"]);
    assert_eq!(in_language(czech, None), ["1989-11-17"]);
}

/// Greek glues a feminine ordinal ending to the day: "της 5ης Ιουλίου
/// 2015", "η 28η Οκτωβρίου 1940", "την 1η Ιανουαρίου 2027", and without a
/// year "της 21ης Μαΐου".
#[test]
fn greek_ordinal_days() {
    for (text, want) in [
        (
            "Το δημοψήφισμα της 5ης Ιουλίου 2015 παραμένει σημείο αναφοράς.",
            &["2015-07-05"][..],
        ),
        ("όπως και η 28η Οκτωβρίου 1940", &["1940-10-28"][..]),
        (
            "θα ισχύσει από την 1η Ιανουαρίου 2027.",
            &["2027-01-01"][..],
        ),
        ("μετά την κάλπη της 21ης Απριλίου.", &["2026-04-21"][..]),
        // A year opening a sentence after a capital article.
        (
            "Θυμίζει: «Το 2012 δεν πρέπει να επαναληφθεί».",
            &["2012"][..],
        ),
    ] {
        assert_eq!(on(text, "2026-05-25"), want, "{text}");
    }
    assert!(on("Η πόλη έχει 28 κατοίκους.", "2026-05-25").is_empty());
}

/// A list of two years after another language's "between" or "from",
/// followed by a word that no count's noun would be: Romanian's numbers
/// above 19 take "de" before their noun, German capitalises its nouns
/// (after a sentence-opening "Zwischen" the next word is the verb), and a
/// definite article opens a new phrase. Counts stay counts.
#[test]
fn years_between_before_a_verb_in_other_languages() {
    for (text, want) in [
        (
            "Între 2019 și 2023 pensiile au crescut cu peste 40%.",
            &["2019", "2023"][..],
        ),
        (
            "Zwischen 2015 und 2019 erzielte der Bund Überschüsse.",
            &["2015", "2019"][..],
        ),
        (
            "Dal 2018 al 2022 il deficit è oscillato.",
            &["2018", "2022"][..],
        ),
        (
            "Tussen 2010 en 2023 groeide de staatsschuld minder hard.",
            &["2010", "2023"][..],
        ),
        (
            "Революції 2004 та 2014 років змінили країну.",
            &["2004", "2014"][..],
        ),
    ] {
        assert_eq!(on(text, "2026-02-03"), want, "{text}");
    }
    for text in [
        "între 2000 și 3000 de persoane au protestat",
        "Im Sommer kamen zwischen 2000 und 3000 Besucher.",
        "Zwischen 2000 und 3000 Menschen demonstrierten.",
        "Tussen 2000 en 3000 mensen kwamen naar het plein.",
        "Tussen 2000 en 3000 mensen zagen de optocht.",
    ] {
        assert!(on(text, "2026-02-03").is_empty(), "{text}");
    }
}

/// A day within weeks of publication, said as an appointment in no past,
/// is the coming one even where a future verb further on would keep the
/// publication year: in December, "il 15 gennaio" is next January.
#[test]
fn a_coming_appointment_beside_a_future_crosses_the_new_year() {
    assert_eq!(
        on(
            "Le regioni chiedono un incontro il 15 gennaio, e il decreto arriverà presto.",
            "2026-12-10"
        ),
        ["2027-01-15"]
    );
    // Told in a past, the day stays this year's.
    assert_eq!(
        on(
            "Le regioni hanno chiesto un incontro il 15 gennaio, e il decreto arriverà presto.",
            "2026-12-10"
        ),
        ["2026-01-15"]
    );
}

/// The dates of `text` published on `published`, read as an article in
/// `language` (ISO 639-1) is, with every word a possible window start.
fn in_language(text: &str, published: &str, language: Option<&str>) -> Vec<String> {
    let words = crate::text::WordBits::new(text);
    let mut starts = Vec::new();
    words.for_each_start(|at| starts.push(at));
    let mut found: Vec<String> =
        extract_dates_with(text, &words, &starts, published.parse().ok(), language)
            .iter()
            .map(|m| m.date.to_string())
            .collect();
    found.dedup();
    found
}

#[test]
fn scandinavian_cues_before_a_year() {
    for (text, language, want) in [
        ("Det er første gang siden 2013, at", "da", &["2013"][..]),
        (
            "I 2016 samlede partierne sig om et forlig.",
            "da",
            &["2016"],
        ),
        (
            "og i 2019 og 2022 var pensionsalderen et tema.",
            "da",
            &["2019", "2022"],
        ),
        (
            "Senest i 2027 skal den vurderes, og fra 2030 stiger den.",
            "da",
            &["2027", "2030"],
        ),
        (
            "mellom 2001 og 2017 var grensen 4 prosent.",
            "nb",
            &["2001", "2017"],
        ),
        (
            "Valget i 2029 blir det første der velgere født i 2011 kan stemme.",
            "nb",
            &["2029", "2011"],
        ),
        ("«Vi kan ikke gjenta 2014,» sa hun.", "nb", &["2014"]),
        ("Sommeren 2024 varslet Norges Bank at", "nb", &["2024"]),
        ("och kongressen hålls våren 2027.", "sv", &["2027"]),
        (
            "mellan 2006 och 2014 styrde Alliansen.",
            "sv",
            &["2006", "2014"],
        ),
        ("»Det bliver ikke et nyt 2011,« sagde hun.", "da", &["2011"]),
    ] {
        assert_eq!(
            in_language(text, "2026-06-05", Some(language)),
            want,
            "{text}"
        );
    }
}

/// "i" is "in" only in Danish, Norwegian and Swedish: the same words in an
/// Italian, Polish, Croatian or unknown article count soldiers, and a
/// Scandinavian count keeps its noun.
#[test]
fn a_scandinavian_cue_reads_no_count_in_other_languages() {
    for (text, language) in [
        ("Sono arrivati i 2000 soldati della brigata.", Some("it")),
        ("Przyjechali żołnierze i 2000 cywilów.", Some("pl")),
        ("Stigli su vojnici i 2000 civila.", Some("hr")),
        ("Sono arrivati i 2000 soldati della brigata.", None),
        ("Mellan 2000 och 3000 personer demonstrerade.", Some("sv")),
        (
            "Minstepensjonen øker med 1500 kroner i måneden.",
            Some("nb"),
        ),
        ("Det kom 2000 til møtet, og 1800 fra byen.", Some("da")),
    ] {
        assert_eq!(
            in_language(text, "2026-06-05", language),
            Vec::<String>::new(),
            "{text}"
        );
    }
    // A year after "i" in a Danish article, where Italian sees an article.
    assert_eq!(
        in_language("Det skete i 2016.", "2026-06-05", Some("da")),
        ["2016"]
    );
    assert!(in_language("Det skete i 2016.", "2026-06-05", Some("it")).is_empty());
}

proptest::proptest! {
    /// Any year-like number after "i" is a year in a Scandinavian article
    /// and never one in an Italian, Polish or Croatian article, where "i"
    /// is "the" or "and".
    #[test]
    fn the_language_decides_what_i_before_a_number_is(
        n in 1900i32..2100,
        other in proptest::sample::select(vec!["it", "pl", "hr", "cs"]),
        nordic in proptest::sample::select(vec!["da", "nb", "sv"]),
    ) {
        let text = format!("Det skete i {n} ifølge rapporten.");
        proptest::prop_assert_eq!(in_language(&text, "2026-06-05", Some(nordic)), vec![n.to_string()]);
        let count = format!("Sono arrivati i {n} soldati.");
        proptest::prop_assert!(in_language(&count, "2026-06-05", Some(other)).is_empty());
    }
}

#[test]
fn finnic_and_baltic_years() {
    for (text, language, want) in [
        ("vaikka vaalit ovat vasta 2027.", "fi", &["2027"][..]),
        ("Päästöt puolitetaan 2030 mennessä.", "fi", &["2030"]),
        (
            "automaks jääb kehtima vähemalt 2028. aastani.",
            "et",
            &["2028"],
        ),
        ("Alates 2011 on Eesti kasutanud eurot.", "et", &["2011"]),
        ("Maks jõustus 1. jaanuaril 2025.", "et", &["2025-01-01"]),
        (
            "registreerimistasu aga juba 2024. aasta juulis.",
            "et",
            &["2024-07"],
        ),
        ("įstatymui, kuris galios iki 2030 m.", "lt", &["2030"]),
        (
            "Lietuva į NATO įstojo 2004 m. kovo 29 d., o",
            "lt",
            &["2004-03-29"],
        ),
        ("Seimo rinkimai vyks 2028 m. spalį.", "lt", &["2028-10"]),
        ("2015-aisiais buvo grąžinta karo tarnyba.", "lt", &["2015"]),
        (
            "2019 őszén az ellenzék megnyerte Budapestet.",
            "hu",
            &["2019"],
        ),
        ("„Ez nem lehet egy új 2002” – mondta.", "hu", &["2002"]),
    ] {
        assert_eq!(
            in_language(text, "2026-04-09", Some(language)),
            want,
            "{text}"
        );
    }
    // "2000 m." is a distance outside Lithuanian; "vasta" is no cue in
    // Estonian, where it means "answer".
    assert!(
        in_language(
            "Kalnas iškyla 2000 m. virš jūros.",
            "2026-04-09",
            Some("pl")
        )
        .is_empty()
    );
    assert!(
        in_language(
            "The climb is 2000 m. above the valley.",
            "2026-04-09",
            Some("en")
        )
        .is_empty()
    );
    assert!(in_language("vasta 2027 küsimusele", "2026-04-09", Some("et")).is_empty());
}

/// In a Czech or Slovak article "-ou" is a present, a future or an
/// instrumental ("se otevřou", "budou", "před vládou"), not Portuguese
/// "votou": a day it tells stays this year's; the Czech and Slovak past
/// ("musely", "schválila", "odstúpil") tells a day that has passed.
#[test]
fn czech_and_slovak_tenses_of_a_yearless_day() {
    let published = "2025-09-22";
    for (text, language, want) in [
        (
            "Volební místnosti se otevřou v pátek 3. října ve 14 hodin.",
            "cs",
            "2025-10-03",
        ),
        (
            "Sněmovna se sejde s novou vládou 3. listopadu.",
            "cs",
            "2025-11-03",
        ),
        ("Voľby budú 30. septembra.", "sk", "2025-09-30"),
        (
            "Strany musely listiny podat do 29. července.",
            "cs",
            "2025-07-29",
        ),
        ("Vláda rozpočet schválila 10. prosince.", "cs", "2024-12-10"),
        ("Premiér odstúpil 15. marca.", "sk", "2025-03-15"),
    ] {
        assert_eq!(
            in_language(text, published, Some(language)),
            [want],
            "{text}"
        );
    }
    // Elsewhere "-ou" is still the Portuguese past.
    assert_eq!(
        in_language(
            "O governo votou o orçamento a 10 de dezembro.",
            published,
            Some("pt")
        ),
        ["2024-12-10"]
    );
}

/// The Portuguese past of a verb in "-ir", with or without its pronoun
/// ("demitiu-se a 7 de novembro", "pediu"), tells a day that has passed;
/// a Polish locative in "-niu" or "-ciu" is no past.
#[test]
fn portuguese_pasts_in_iu() {
    for (text, want) in [
        ("António Costa demitiu-se a 7 de novembro.", "2023-11-07"),
        (
            "O Presidente pediu a 20 de outubro novas eleições.",
            "2023-10-20",
        ),
        ("A ministra caiu em 3 de dezembro.", "2023-12-03"),
    ] {
        assert_eq!(on(text, "2024-03-04"), [want], "{text}");
    }
    assert_eq!(
        on(
            "Sejm zbierze się na posiedzeniu 13 listopada.",
            "2023-10-09"
        ),
        ["2023-11-13"]
    );
}

/// A year alone that opens a later clause of its sentence, after a comma
/// and a conjunction or a semicolon and one preposition, places the days
/// after it in that clause, as one opening the sentence does.
#[test]
fn a_year_opening_a_later_clause_places_its_days() {
    for (text, published, want) in [
        (
            "Een formatie duurde lang, en in 2017 werd het kabinet pas op 26 oktober beëdigd.",
            "2023-11-15",
            &["2017", "2017-10-26"][..],
        ),
        (
            "Nel 2020 il Parlamento approvò la legge il 30 dicembre, a poche ore dal termine, e nel 2017 il Rosatellum passò il 26 ottobre.",
            "2026-01-20",
            &["2020", "2020-12-30", "2017", "2017-10-26"],
        ),
        (
            "The talks stalled; in 2019 they resumed on 4 March.",
            "2026-01-20",
            &["2019", "2019-03-04"],
        ),
    ] {
        assert_eq!(on(text, published), want, "{text}");
    }
    // A list's last year is no clause's opening, and a year inside a clause
    // still places nothing.
    let listed = on(
        "The rules changed in 2015, 2016, and 2017 on 4 March.",
        "2026-01-20",
    );
    assert!(!listed.contains(&"2017-03-04".to_string()), "{listed:?}");
    assert_eq!(
        on(
            "The board, which was founded in 2017, meets on 26 October.",
            "2026-01-20"
        ),
        ["2017", "2026-10-26"]
    );
}

/// Relative years after a day in Slovak, Croatian, Dutch and Romanian
/// ("17. travnja prošle godine", "15. marca minulého roka", "op 3 mei
/// vorig jaar", "pe 12 mai anul trecut") set its year, as Polish
/// "ubiegłego roku" does.
#[test]
fn relative_years_after_a_day_in_more_languages() {
    for (text, want) in [
        (
            "na izborima 17. travnja prošle godine vodio je listu",
            "2024-04-17",
        ),
        ("izbori će biti 9. ožujka iduće godine", "2026-03-09"),
        ("Premiér odstúpil 15. marca minulého roka.", "2024-03-15"),
        ("voľby budú 15. júna budúceho roka", "2026-06-15"),
        ("De nota verscheen op 3 mei vorig jaar.", "2024-05-03"),
        ("Acordul a fost semnat pe 12 mai anul trecut.", "2024-05-12"),
    ] {
        assert_eq!(on(text, "2025-01-08"), [want], "{text}");
    }
    // A relative year in the next sentence is no year of the day.
    assert_eq!(
        on(
            "Consiliul se reunește pe 12 decembrie. Anul trecut, acordul a căzut.",
            "2024-11-20"
        ),
        ["2024-12-12"]
    );
}

/// Years that more languages' words mark: Romanian "pentru 2025", Dutch
/// "voor 2030" before a verb, Croatian "Izbori 2000.", Turkish "2024 yerel
/// seçimleri", Romanian "Nu vom repeta 2009"; sums and counts stay none.
#[test]
fn years_marked_by_more_languages_words() {
    for (text, want) in [
        ("Bugetul pentru 2025 va fi depus în ianuarie.", "2025"),
        ("het stikstofdoel voor 2030 staat nog altijd.", "2030"),
        ("Izbori 2000. bili su prvi nakon toga.", "2000"),
        ("2024 yerel seçimleri ise Mart ayında.", "2024"),
        ("„Nu vom repeta 2009”, a declarat.", "2009"),
        ("the 2019 prorogation cost five more weeks", "2019"),
    ] {
        assert_eq!(on(text, "2023-06-01"), [want], "{text}");
    }
    for text in [
        "a primit pentru 2000 de lei o amendă",
        "betaalde voor 2000 euro een ticket",
        "Er kwamen voor 2000 mensen stoelen.",
        "2000 yeni seçmen kaydoldu.",
    ] {
        assert!(on(text, "2023-06-01").is_empty(), "{text}");
    }
}

/// Slovak months in the locative with a year ("v marci 2018", "vo februári
/// 2018", "v auguste 2019") are months.
#[test]
fn slovak_months_in_the_locative() {
    for (text, want) in [
        ("Fico odstúpil v marci 2018 po vražde novinára.", "2018-03"),
        ("zavraždili ho vo februári 2018", "2018-02"),
        ("Voľby boli v auguste 2019 a v novembri 2019.", "2019-08"),
    ] {
        assert_eq!(
            on(text, "2023-09-25").first().map(String::as_str),
            Some(want),
            "{text}"
        );
    }
}

/// A day from which a law, tax or deal applies is to come, so one long past
/// this year is next year's, in a clause told in no past; not the start of
/// a range, nor a Slavic "since" ("с декабря", "з 3 липня"), read only on
/// the first of a month.
#[test]
fn a_day_something_applies_from_is_to_come() {
    for (text, published, language, want) in [
        (
            "the Council would have to sign by 30 June if the deal is to apply from 1 January.",
            "2026-03-04",
            None,
            "2027-01-01",
        ),
        (
            "le gouvernement veut l'appliquer dès le 1er janvier.",
            "2025-06-18",
            Some("fr"),
            "2026-01-01",
        ),
        (
            "Закон должен вступить в силу с 1 января.",
            "2026-09-30",
            Some("ru"),
            "2027-01-01",
        ),
        (
            "De nieuwe regels gelden vanaf 1 februari.",
            "2025-11-20",
            Some("nl"),
            "2026-02-01",
        ),
        // Told in the past, a range, a Slavic "since": where they were.
        (
            "The levy was raised from 1 January.",
            "2026-09-30",
            None,
            "2026-01-01",
        ),
        (
            "Законопроєкт чекає другого читання з 3 липня.",
            "2026-08-20",
            Some("uk"),
            "2026-07-03",
        ),
        (
            "Східний кордон закритий з грудня.",
            "2024-02-14",
            Some("uk"),
            "2023-12",
        ),
    ] {
        let found = in_language(text, published, language);
        assert_eq!(found.last().map(String::as_str), Some(want), "{text}");
    }
    let range = in_language(
        "Talks ran from 3 to 5 February in Geneva.",
        "2026-09-30",
        None,
    );
    assert_eq!(range, ["2026-02-03", "2026-02-05"]);
}

proptest::proptest! {
    /// A day something applies from lies within the grace before
    /// publication and a year after it, whatever the day and publication.
    #[test]
    fn a_day_something_applies_from_lies_within_a_year_of_publication(
        day in 1u8..=28, month in 1u8..=12, p_day in 1u8..=28, p_month in 1u8..=12,
    ) {
        let published = PartialDate::day(2025, p_month, p_day).unwrap();
        let month_name = crate::article::date::vocabulary::MONTH_NAMES[month as usize - 1];
        let month_name = month_name[..1].to_uppercase() + &month_name[1..];
        let text = format!("The new tariff applies from {day} {month_name}.");
        let found = extract_dates(&text, Some(published));
        proptest::prop_assert_eq!(found.len(), 1);
        let gap = (found[0].date.first_day() - published.first_day()).whole_days();
        proptest::prop_assert!((-45..366).contains(&gap), "{} {}", text, found[0].date);
    }
}

/// Portuguese, Spanish, Italian and French appointments told in the present
/// ("toma posse a 5 de janeiro") are to come, as English "takes office on";
/// told in the past they stay this year's.
#[test]
fn appointments_told_in_the_present_in_romance_languages() {
    for (text, want) in [
        ("O eleito toma posse a 5 de janeiro.", "2027-01-05"),
        (
            "O mandato do próximo presidente começa a 5 de janeiro.",
            "2027-01-05",
        ),
        ("El nuevo presidente asume el 10 de enero.", "2027-01-10"),
        ("Il nuovo mandato inizia il 2 febbraio.", "2027-02-02"),
        ("Lula tomou posse a 5 de janeiro.", "2026-01-05"),
    ] {
        assert_eq!(in_language(text, "2026-09-10", None), [want], "{text}");
    }
}

/// Year words of Danish, Norwegian, Finnish, Estonian, Lithuanian, Greek
/// and Slovak: after a day ("den 15. december samme år": a year the text
/// does not give) and opening a sentence ("Eelmisel aastal … 5. märtsil").
#[test]
fn year_words_of_nordic_baltic_and_greek() {
    assert!(
        in_language(
            "Regeringen blev præsenteret den 15. december samme år.",
            "2025-10-14",
            Some("da")
        )
        .is_empty()
    );
    for (text, published, language, want) in [
        (
            "Eelmisel aastal võitis Reformierakond valimised 5. märtsil.",
            "2024-05-27",
            Some("et"),
            "2023-03-05",
        ),
        (
            "Viime vuonna hallitus päätti asiasta 12. joulukuuta.",
            "2024-01-15",
            Some("fi"),
            "2023-12-12",
        ),
        (
            "Πέρσι η κυβέρνηση ανακοίνωσε το σχέδιο στις 3 Μαρτίου.",
            "2023-05-10",
            Some("el"),
            "2022-03-03",
        ),
    ] {
        assert_eq!(in_language(text, published, language), [want], "{text}");
    }
}

/// In a Scandinavian article "ha" is the infinitive "have" ("ska ha
/// beställt"), so a deadline soon after publication stays to come.
#[test]
fn scandinavian_ha_is_no_past() {
    let text = "Partierna ska ha beställt sina valsedlar senast den 1 juni.";
    assert_eq!(in_language(text, "2026-05-18", Some("sv")), ["2026-06-01"]);
}

/// A month and year before a clause of time in another language place its
/// days: "siden oktober 2021, da … 14. oktober", as "2021, when …".
#[test]
fn a_when_clause_of_other_languages_places_its_days() {
    let text = "Arbeiderpartiet har styrt siden oktober 2021, da Jonas Gahr Støre ble statsminister 14. oktober.";
    assert_eq!(
        in_language(text, "2025-08-25", Some("nb")),
        ["2021-10", "2021-10-14"]
    );
    let text = "Governa desde março de 2024, quando o parlamento votou a 12 de março.";
    assert_eq!(
        in_language(text, "2025-08-25", Some("pt")),
        ["2024-03", "2024-03-12"]
    );
}

/// A date opening its clause before a present verb of an appointment is to
/// come ("On 30 June the Council takes stock" in March, "In June the G7
/// leaders meet" in December); before a past it stays where it was.
#[test]
fn a_date_opening_an_appointment_told_in_the_present() {
    for (text, published, want) in [
        (
            "On 30 June the Council takes stock.",
            "2026-03-12",
            "2026-06-30",
        ),
        (
            "In June the G7 leaders meet in Évian.",
            "2025-12-29",
            "2026-06",
        ),
        (
            "On 30 June the Council took stock.",
            "2026-12-12",
            "2026-06-30",
        ),
        (
            "On 30 June the Council may take stock.",
            "2026-12-12",
            "2026-06-30",
        ),
    ] {
        assert_eq!(on(text, published), [want], "{text}");
    }
}

/// "as of", "starting" and "effective" before a day say when something
/// applies; a past verb right before "until" ends a deadline that has passed.
#[test]
fn days_from_which_something_applies_and_deadlines_passed() {
    for (text, published, want) in [
        (
            "We will publish its protocols too, starting 1 March.",
            "2026-01-20",
            "2026-03-01",
        ),
        (
            "The cap applies as of 1 February.",
            "2025-11-20",
            "2026-02-01",
        ),
        (
            "the 2025 budget took until 25 March to pass",
            "2026-01-20",
            "2025-03-25",
        ),
    ] {
        assert!(
            on(text, published).contains(&want.to_string()),
            "{text}: {:?}",
            on(text, published)
        );
    }
}

/// German years before a word no count stands before: the past of "to
/// be", a modal, "nicht", "rund", an article opening the rest of a relative
/// clause; after "Mitte", "Ende", "Anfang" and the seasons; after
/// "Haushalt". Only in a German article ("2000 war" is English's "2000 war
/// veterans"), and not before a counted noun.
#[test]
fn german_years_before_a_verb_an_article_or_after_a_part_of_the_year() {
    for (text, want) in [
        ("Schon 2024 war die Ampel am Haushalt zerbrochen.", "2024"),
        ("2022 musste der Bundestag die Notlage feststellen.", "2022"),
        (
            "Der Minister, der 2025 das Amt übernommen hatte, sprach.",
            "2025",
        ),
        ("das der Bundestag 2025 nicht mehr beantragt", "2025"),
        (
            "dass 2023 rund 270.000 Menschen sie beantragt haben",
            "2023",
        ),
        (
            "eine Kommission werde bis Mitte 2026 Vorschläge machen",
            "2026",
        ),
        ("Das Kabinett will den Haushalt 2027 beschließen.", "2027"),
        (
            "den zweiten Nachtragshaushalt 2021 für nichtig erklärt",
            "2021",
        ),
    ] {
        assert_eq!(
            in_language(text, "2026-06-30", Some("de")),
            [want],
            "{text}"
        );
    }
    for text in [
        "Es kamen 2000 Menschen, 2000 der Befragten stimmten zu.",
        "Der Haushalt 2000 Euro höher.",
    ] {
        assert!(
            in_language(text, "2026-06-30", Some("de")).is_empty(),
            "{text}"
        );
    }
    assert!(in_language("They honoured 2000 war veterans.", "2026-06-30", Some("en")).is_empty());
}

/// A year as the object of a verb of repeating in Danish, Croatian and
/// Czech, or before one in Hungarian; Czech and Slovak "od" and "do" before
/// a verb or the phrase's end; Lithuanian "metų", "metams" without "m.";
/// Estonian "mail" (May); Swedish "hålls 2029." ending its phrase.
#[test]
fn years_of_repeating_od_metai_and_estonian_may() {
    for (text, published, language, want) in [
        (
            "»Vi gentager ikke 1992,« sagde hun.",
            "2023-06-05",
            "da",
            &["1992"][..],
        ),
        (
            "„Nećemo ponoviti 2011.“, rekao je.",
            "2024-04-10",
            "hr",
            &["2011"][..],
        ),
        (
            "Od 1993 je Slovensko samostatným štátom.",
            "2025-08-28",
            "sk",
            &["1993"][..],
        ),
        (
            "Od 1993 je Česká republika samostatným státem.",
            "2026-01-12",
            "cs",
            &["1993"][..],
        ),
        (
            "Seimas biudžetą 2025 metams priėmė.",
            "2025-02-14",
            "lt",
            &["2025"][..],
        ),
        (
            "„Nekartosime 2008 metų klaidų“, – sakė jis.",
            "2025-02-14",
            "lt",
            &["2008"][..],
        ),
        (
            "Eesti on liige alates 1. mail 2004, ja nii edasi.",
            "2025-09-30",
            "et",
            &["2004-05-01"][..],
        ),
        ("Nästa val hålls 2029.", "2026-05-04", "sv", &["2029"][..]),
        (
            "„Nem engedjük, hogy 2006 megismétlődjön” – mondta.",
            "2024-06-03",
            "hu",
            &["2006"][..],
        ),
    ] {
        assert_eq!(in_language(text, published, Some(language)), want, "{text}");
    }
    for (text, language) in [
        ("Apie 2000 metų čia gyveno žmonės.", "lt"),
        ("Ceny od 2000 korun za vstupenku.", "cs"),
        ("Send 1. mail 2004 times.", "en"),
        ("Det hålls 2000 möten varje år.", "sv"),
        ("Nästa val hålls 2029 i Europa.", "en"),
    ] {
        assert!(
            in_language(text, "2025-02-14", Some(language)).is_empty(),
            "{text}"
        );
    }
}

/// A title's cue words are its article's language's.
#[test]
fn a_titles_years_in_its_articles_language() {
    let found: Vec<String> = extract_title_dates(
        "Grundlovsdag 2023: en forfatning fra 1849",
        "2023-06-05".parse().ok(),
        Some("da"),
    )
    .iter()
    .map(|m| m.date.to_string())
    .collect();
    assert_eq!(found, ["2023", "1849"]);
}

/// Hungarian years with their ending before a comma ("2014-ben, 2018-ban
/// és 2022-ben"); a deadline "legkésőbb május 12-ig" is to come; Czech
/// "bude" is a future a past year opening the sentence does not reach;
/// Estonian "jõustub 1. jaanuaril" takes effect on a day to come.
#[test]
fn hungarian_lists_and_deadlines_czech_futures_estonian_effect() {
    assert_eq!(
        in_language(
            "A Fidesz 2014-ben, 2018-ban és 2022-ben is kétharmadot szerzett.",
            "2026-03-02",
            Some("hu")
        ),
        ["2014", "2018", "2022"]
    );
    assert_eq!(
        in_language(
            "Az új Országgyűlés alakuló ülését legkésőbb május 12-ig össze kell hívni.",
            "2026-03-02",
            Some("hu")
        ),
        ["2026-05-12"]
    );
    assert_eq!(
        in_language(
            "Loni v prosinci prezident jmenoval ministry a o důvěře bude Sněmovna hlasovat 13. ledna.",
            "2026-01-12",
            Some("cs")
        ),
        ["2026-01-13"]
    );
    assert_eq!(
        in_language(
            "Maksutõus jõustub 1. jaanuaril ning hiljem veel üks.",
            "2025-09-30",
            Some("et")
        ),
        ["2026-01-01"]
    );
}

/// A year in a German relative clause does not place the main clause's
/// day ("der 2025 das Amt übernommen hatte, sprach am 24. Juni").
#[test]
fn a_relative_clauses_year_does_not_place_the_main_clauses_day() {
    assert_eq!(
        in_language(
            "Der Finanzminister, der 2025 das Amt übernommen hatte, sprach am 24. Juni von einer Lücke.",
            "2026-06-30",
            Some("de")
        ),
        ["2025", "2026-06-24"]
    );
}

/// Two days with their ordinal dots joined by another language's "and"
/// are one list, told by the clause before the first ("Sněmovní volby se
/// konaly 3. a 4. října" in January: last October's); the future before a
/// day with an ordinal's dot is read past that dot.
#[test]
fn days_with_ordinal_dots_in_a_list_and_futures_before_them() {
    assert_eq!(
        in_language(
            "Sněmovní volby se konaly 3. a 4. října.",
            "2026-01-12",
            Some("cs")
        ),
        ["2025-10-03", "2025-10-04"]
    );
    assert_eq!(
        in_language(
            "Der Bundestag tagt am 9. und 10. März.",
            "2026-01-12",
            Some("de")
        ),
        ["2026-03-09", "2026-03-10"]
    );
    assert_eq!(
        in_language(
            "Prezident jmenoval ministry až po sporech a o důvěře bude Sněmovna hlasovat 13. ledna.",
            "2026-01-12",
            Some("cs")
        ),
        ["2026-01-13"]
    );
}

/// Years shown by words of other languages the older rules missed: an
/// Italian verb of repeating and its article ("rifare il 2011"), a Romanian
/// copula ("ținta este 2031."), a German "zwischen … und …" list inside a
/// sentence before its verb, and Dutch "één" after the verb of "Tussen …
/// en …"; counts before their nouns stay counts.
#[test]
fn years_after_italian_verbs_romanian_copulas_and_lists_before_a_verb() {
    for (text, language, want) in [
        (
            "«Non possiamo rifare il 2011», ha detto il ministro.",
            "it",
            &["2011"][..],
        ),
        ("Acum ținta este 2031.", "ro", &["2031"][..]),
        (
            "Die Schulden stiegen, und zwischen 2015 und 2019 erzielte der Bund Überschüsse.",
            "de",
            &["2015", "2019"][..],
        ),
        (
            "Tussen 2010 en 2023 leidde één premier vier kabinetten.",
            "nl",
            &["2010", "2023"][..],
        ),
    ] {
        assert_eq!(
            in_language(text, "2026-02-03", Some(language)),
            want,
            "{text}"
        );
    }
    for (text, language) in [
        ("Numărul lor este 2000 de oameni.", "ro"),
        ("Es kamen zwischen 2000 und 3000 neue Mitglieder.", "de"),
        ("Sie will rifare il 2000 volte.", "it"),
    ] {
        assert!(
            in_language(text, "2026-02-03", Some(language)).is_empty(),
            "{text}"
        );
    }
}

/// "Takes place" told with a present auxiliary ("ont lieu", "ha luogo")
/// is an appointment, no past: a day long past this year is next year's.
#[test]
fn a_day_that_takes_place_is_to_come() {
    for (text, want) in [
        ("Le premier tour a lieu le 22 mars.", "2026-03-22"),
        ("Il referendum ha luogo il 22 marzo.", "2026-03-22"),
    ] {
        assert_eq!(on(text, "2025-12-18"), [want], "{text}");
    }
    assert_eq!(
        on("Le premier tour a eu lieu le 22 mars.", "2025-12-18"),
        ["2025-03-22"]
    );
}

/// A year set off by commas after a name ("A Lei da Ficha Limpa, de 2010,
/// continua") is a year; a count set off so after a common word is not.
#[test]
fn a_year_set_off_by_commas_after_a_name() {
    assert_eq!(
        on(
            "A Lei da Ficha Limpa, de 2010, continua a barrar candidatos.",
            "2026-07-22"
        ),
        ["2010"]
    );
    assert!(on("Vieram muitos, de 2000, só dez ficaram.", "2026-07-22").is_empty());
}

/// A day's sentence runs back past the dots of days and years written as
/// ordinals ("1. septembra 1992 a … bola 3. septembra", "izabran 30.
/// svibnja 2021., a … 1. travnja"), so a full date written there places a
/// later day of its year.
#[test]
fn a_full_date_places_a_later_day_past_ordinal_dots() {
    for (text, language, want) in [
        (
            "Rada ju schválila 1. septembra 1992 a podpísaná bola 3. septembra na hrade.",
            "sk",
            &["1992-09-01", "1992-09-03"][..],
        ),
        (
            "Zakon je donesen 3. ožujka 2021., a stupio je na snagu 1. travnja.",
            "hr",
            &["2021-03-03", "2021-04-01"],
        ),
    ] {
        assert_eq!(
            in_language(text, "2025-09-01", Some(language)),
            want,
            "{text}"
        );
    }
}

proptest::proptest! {
    /// Whatever the day, month and year, a later day of the same sentence
    /// after a full date written with ordinal dots takes that date's year.
    /// (May is left out: without a cue before it, a day of May is read
    /// only with its year.)
    #[test]
    fn a_full_date_with_ordinal_dots_places_a_later_day(
        year in 1950i32..=2020, m1 in 1usize..=4, m2 in 6usize..=12, d1 in 1u8..=28, d2 in 1u8..=28,
    ) {
        const SLOVAK: [&str; 12] = [
            "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
            "septembra", "októbra", "novembra", "decembra",
        ];
        let text = format!(
            "Zákon schválili {d1}. {} {year} a podpísaný bol {d2}. {} v Bratislave.",
            SLOVAK[m1 - 1],
            SLOVAK[m2 - 1]
        );
        let found = in_language(&text, "2025-09-01", Some("sk"));
        proptest::prop_assert_eq!(
            found,
            vec![format!("{year}-{m1:02}-{d1:02}"), format!("{year}-{m2:02}-{d2:02}")],
            "{}", text
        );
    }
}

/// "That year" after a day in Croatian, Dutch and Romanian ("28. veljače te
/// godine", "op 6 mei van dat jaar", "pe 5 mai din același an") names a
/// year the text does not give there: the day is left out, never put in
/// the publication year.
#[test]
fn that_year_after_a_day_of_croatian_dutch_and_romanian() {
    for (text, language) in [
        ("Bandić je umro 28. veljače te godine.", "hr"),
        ("Sabor je sazvan 3. ožujka iste godine.", "hr"),
        ("Het kabinet viel op 6 mei van dat jaar.", "nl"),
        ("Guvernul a căzut pe 5 mai din același an.", "ro"),
    ] {
        assert!(
            in_language(text, "2025-05-20", Some(language)).is_empty(),
            "{text}"
        );
    }
}

proptest::proptest! {
    /// Every Danish month is read, with a day or alone with its year
    /// ("den 4. marts 2010", "i marts 2010": "marts" was missing).
    #[test]
    fn every_danish_month_is_read(month in 1usize..=12, day in 1u8..=28, year in 1950i32..=2030) {
        const DANISH: [&str; 12] = [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
            "oktober", "november", "december",
        ];
        let name = DANISH[month - 1];
        let text = format!("Loven blev vedtaget den {day}. {name} {year}.");
        proptest::prop_assert_eq!(
            in_language(&text, "2025-11-20", Some("da")),
            vec![format!("{year}-{month:02}-{day:02}")],
            "{}", text
        );
        let text = format!("Det skete i {name} {year}, sagde hun.");
        proptest::prop_assert_eq!(
            in_language(&text, "2025-11-20", Some("da")),
            vec![format!("{year}-{month:02}")],
            "{}", text
        );
    }
}

/// Danish, Norwegian, Swedish and Dutch words of a deadline right before a
/// day ("inden 1. marts", "senest 19. juni", "uiterlijk 1 maart") make a
/// day long past this year next year's when a modal tells its clause; a
/// past ("fremlagde", which the dates do not read as one) without a modal
/// leaves it this year's.
#[test]
fn nordic_and_dutch_deadlines_are_to_come() {
    for (text, language, want) in [
        (
            "Regeringen vil fremlægge en ny reform inden 1. marts.",
            "da",
            "2026-03-01",
        ),
        (
            "Stortinget skal vedta budsjettet senest 19. juni.",
            "nb",
            "2026-06-19",
        ),
        (
            "Het kabinet moet uiterlijk 1 maart een besluit nemen.",
            "nl",
            "2026-03-01",
        ),
    ] {
        assert_eq!(
            in_language(text, "2025-10-14", Some(language)),
            [want],
            "{text}"
        );
    }
    assert_eq!(
        in_language(
            "Regeringen fremlagde reformen inden 1. marts.",
            "2025-10-14",
            Some("da")
        ),
        ["2025-03-01"]
    );
}
