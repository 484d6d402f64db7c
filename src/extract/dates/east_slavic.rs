//! The words Russian and Ukrainian dates are written with: month names in
//! every case ("20 марта", "в июле", "у липні", "з березня"), the nouns for
//! year, month and day, the adjectives of "last year", the number words of
//! "два года назад", and the cue words the scanner decides by. Every list is
//! in lower case; [`word`] and [`is_one_of`] compare in any case.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// What a Russian or Ukrainian word means to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Word {
    /// A month name in any case (1–12).
    Month(u8),
    /// "год", "года", "року", "році": what a year number is followed by.
    Year,
    /// "годы", "годах", "роки", "роках": what a list of years is followed by.
    Years,
    /// "лет", "років": only a count of years ("пять лет назад").
    YearsCounted,
    /// "месяц", "місяця", "месяцев": a month as a span.
    MonthNoun,
    /// "день", "дня", "днів".
    DayNoun,
    /// "вчера", "вчора".
    Yesterday,
    /// "торік" (last year) and "цьогоріч" (this year): a year relative to
    /// publication in one word.
    YearRelative(i8),
    /// "назад", "тому" after a span: "ago".
    Ago,
    /// "прошлом", "этого", "наступного": the year or month before, of or
    /// after publication, when a year or month noun follows.
    Relative(i8),
    /// "того" as in "того же года": a year the text does not give.
    That,
    /// A number word ("два", "пять", "двадцать").
    Number(u32),
}

impl Word {
    /// The words a date can hang on without a digit, which open the
    /// stretches of text the scanner reads.
    pub(super) fn opens_window(self) -> bool {
        matches!(
            self,
            Word::Month(_)
                | Word::Year
                | Word::YearsCounted
                | Word::MonthNoun
                | Word::Yesterday
                | Word::YearRelative(_)
                | Word::Ago
        )
    }
}

/// Russian month names: nominative, genitive, dative, instrumental (with ё
/// and е) and prepositional ("январь", "января", "январю", "январём",
/// "январем", "январе").
const RUSSIAN_MONTHS: [&[&str]; 12] = [
    &["январь", "января", "январю", "январём", "январем", "январе"],
    &[
        "февраль",
        "февраля",
        "февралю",
        "февралём",
        "февралем",
        "феврале",
    ],
    &["март", "марта", "марту", "мартом", "марте"],
    &["апрель", "апреля", "апрелю", "апрелем", "апреле"],
    &["май", "мая", "маю", "маем", "мае"],
    &["июнь", "июня", "июню", "июнем", "июне"],
    &["июль", "июля", "июлю", "июлем", "июле"],
    &["август", "августа", "августу", "августом", "августе"],
    &[
        "сентябрь",
        "сентября",
        "сентябрю",
        "сентябрём",
        "сентябрем",
        "сентябре",
    ],
    &[
        "октябрь",
        "октября",
        "октябрю",
        "октябрём",
        "октябрем",
        "октябре",
    ],
    &["ноябрь", "ноября", "ноябрю", "ноябрём", "ноябрем", "ноябре"],
    &[
        "декабрь",
        "декабря",
        "декабрю",
        "декабрём",
        "декабрем",
        "декабре",
    ],
];

/// Ukrainian month names: nominative, genitive, dative, instrumental and
/// locative ("січень", "січня", "січню", "січнем", "січні"); February is an
/// adjective ("лютий", "лютого", "лютому", "лютим").
const UKRAINIAN_MONTHS: [&[&str]; 12] = [
    &["січень", "січня", "січню", "січнем", "січні"],
    &["лютий", "лютого", "лютому", "лютим"],
    &["березень", "березня", "березню", "березнем", "березні"],
    &["квітень", "квітня", "квітню", "квітнем", "квітні"],
    &["травень", "травня", "травню", "травнем", "травні"],
    &["червень", "червня", "червню", "червнем", "червні"],
    &["липень", "липня", "липню", "липнем", "липні"],
    &["серпень", "серпня", "серпню", "серпнем", "серпні"],
    &["вересень", "вересня", "вересню", "вереснем", "вересні"],
    &["жовтень", "жовтня", "жовтню", "жовтнем", "жовтні"],
    &[
        "листопад",
        "листопада",
        "листопаду",
        "листопадом",
        "листопаді",
    ],
    &["грудень", "грудня", "грудню", "груднем", "грудні"],
];

/// Month names that are also forms of a common adjective ("лютий" is
/// "fierce": "у лютому бою"): without a day or a year they are a month only
/// when no lower-case word follows that they could qualify.
pub(super) const ADJECTIVE_MONTHS: &[&str] = &["лютий", "лютого", "лютому", "лютим"];

const OTHER_WORDS: &[(&[&str], Word)] = &[
    (
        &[
            "год",
            "года",
            "году",
            "годом",
            "рік",
            "року",
            "році",
            "роком",
        ],
        Word::Year,
    ),
    (
        &[
            "годы",
            "годов",
            "годам",
            "годами",
            "годах",
            "роки",
            "рокам",
            "роками",
            "роках",
        ],
        Word::Years,
    ),
    (&["лет", "років"], Word::YearsCounted),
    (
        &[
            "месяц",
            "месяца",
            "месяцу",
            "месяцем",
            "месяце",
            "месяцев",
            "місяць",
            "місяця",
            "місяцю",
            "місяцем",
            "місяці",
            "місяців",
        ],
        Word::MonthNoun,
    ),
    (&["день", "дня", "дней", "дні", "днів"], Word::DayNoun),
    (&["вчера", "вчора"], Word::Yesterday),
    (&["торік"], Word::YearRelative(-1)),
    (&["цьогоріч"], Word::YearRelative(0)),
    (&["назад", "тому"], Word::Ago),
    (
        &[
            "прошлый",
            "прошлого",
            "прошлому",
            "прошлым",
            "прошлом",
            "минулий",
            "минулого",
            "минулому",
            "минулим",
        ],
        Word::Relative(-1),
    ),
    (
        &[
            "этот",
            "этого",
            "этому",
            "этим",
            "этом",
            "текущий",
            "текущего",
            "текущему",
            "текущим",
            "текущем",
            "нынешний",
            "нынешнего",
            "нынешнему",
            "нынешним",
            "нынешнем",
            "цей",
            "цього",
            "цьому",
            "цим",
            "поточний",
            "поточного",
            "поточному",
            "поточним",
        ],
        Word::Relative(0),
    ),
    (
        &[
            "следующий",
            "следующего",
            "следующему",
            "следующим",
            "следующем",
            "будущий",
            "будущего",
            "будущему",
            "будущим",
            "будущем",
            "наступний",
            "наступного",
            "наступному",
            "наступним",
        ],
        Word::Relative(1),
    ),
    (&["того", "тот", "том"], Word::That),
];

/// Number words for "два года назад", "п'ять років тому" (the apostrophe
/// as a plain `'`; the scanner joins the pieces it splits a word into).
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("один", 1),
    ("одна", 1),
    ("одну", 1),
    ("два", 2),
    ("две", 2),
    ("дві", 2),
    ("три", 3),
    ("четыре", 4),
    ("чотири", 4),
    ("пять", 5),
    ("п'ять", 5),
    ("шесть", 6),
    ("шість", 6),
    ("семь", 7),
    ("сім", 7),
    ("восемь", 8),
    ("вісім", 8),
    ("девять", 9),
    ("дев'ять", 9),
    ("десять", 10),
    ("двадцать", 20),
    ("двадцять", 20),
    ("тридцать", 30),
    ("тридцять", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("п'ятдесят", 50),
    ("шестьдесят", 60),
    ("шістдесят", 60),
    ("семьдесят", 70),
    ("сімдесят", 70),
    ("восемьдесят", 80),
    ("вісімдесят", 80),
    ("девяносто", 90),
    ("дев'яносто", 90),
    ("сто", 100),
];

/// Every word above, by its lower-case form.
static WORDS: LazyLock<FxHashMap<&'static str, Word>> = LazyLock::new(|| {
    let mut words = FxHashMap::default();
    for (language, months) in [RUSSIAN_MONTHS, UKRAINIAN_MONTHS].iter().enumerate() {
        for (m, forms) in months.iter().enumerate() {
            for form in *forms {
                let month = Word::Month(m as u8 + 1);
                let earlier = words.insert(*form, month);
                debug_assert!(earlier.is_none(), "{form} ({language})");
            }
        }
    }
    for (forms, meaning) in OTHER_WORDS {
        for form in *forms {
            words.insert(*form, *meaning);
        }
    }
    for &(form, n) in NUMBER_WORDS {
        words.insert(form, Word::Number(n));
    }
    words
});

/// The ways Ukrainian writes the apostrophe of "п'ять".
pub(super) const APOSTROPHES: &str = "'’ʼ";

/// The longest word of the lists, in bytes ("восемьдесят").
const LONGEST: usize = 22;

/// What `token` (a run of letters, or a number word joined across its
/// apostrophe) means to a date, in any case.
pub(super) fn word(token: &str) -> Option<Word> {
    if !(2..=LONGEST).contains(&token.len()) || token.is_ascii() {
        return None;
    }
    let lower: String = token
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if APOSTROPHES.contains(c) { '\'' } else { c })
        .collect();
    WORDS.get(lower.as_str()).copied()
}

/// Whether `token` is one of `list` (lower case), in any case.
pub(super) fn is_one_of(token: &str, list: &[&str]) -> bool {
    list.iter()
        .any(|w| w.chars().eq(token.chars().flat_map(char::to_lowercase)))
}

/// Whether `token` starts with one of `stems` (lower case), in any case.
pub(super) fn starts_with_one_of(token: &str, stems: &[&str]) -> bool {
    stems.iter().any(|stem| {
        let n = stem.chars().count();
        stem.chars()
            .eq(token.chars().flat_map(char::to_lowercase).take(n))
    })
}

/// The words [`Word::opens_window`] says open a window, for a matcher.
pub(super) fn window_words() -> Vec<&'static str> {
    let mut words: Vec<&str> = WORDS
        .iter()
        .filter(|(_, w)| w.opens_window())
        .map(|(form, _)| *form)
        .collect();
    words.sort_unstable();
    words
}

/// Words after which a month alone is a month ("в июле", "у липні", "с
/// марта", "наприкінці квітня", "в конце мая").
pub(super) const MONTH_CUES: &[&str] = &[
    "в",
    "во",
    "у",
    "с",
    "со",
    "з",
    "із",
    "зі",
    "до",
    "к",
    "ко",
    "после",
    "після",
    "начале",
    "начала",
    "конце",
    "конца",
    "середине",
    "середины",
    "початку",
    "кінці",
    "кінця",
    "середині",
    "середини",
    "наприкінці",
];

/// Seasons, after which a four-digit number is a year even without a year
/// word ("весной 2025", "восени 2024-го"), as "spring" is in English.
pub(super) const SEASONS: &[&str] = &[
    "весной",
    "весна",
    "весны",
    "весне",
    "летом",
    "лето",
    "лета",
    "осенью",
    "осень",
    "осени",
    "зимой",
    "зима",
    "зимы",
    "навесні",
    "весни",
    "влітку",
    "літо",
    "літа",
    "восени",
    "осені",
    "взимку",
    "зими",
];

/// Words that link the members of a list or range of days, months or years
/// ("18 и 19 марта", "с 18 по 20 марта", "з 1 до 5 травня", "2014 и 2015
/// годах").
pub(super) const LIST_LINKS: &[&str] = &["и", "или", "по", "і", "й", "та", "або", "до"];

/// Words before a count that make "N лет назад" approximate, hence no date.
pub(super) const APPROXIMATE: &[&str] = &[
    "около",
    "почти",
    "примерно",
    "более",
    "больше",
    "менее",
    "меньше",
    "свыше",
    "несколько",
    "приблизно",
    "майже",
    "понад",
    "більше",
    "менше",
    "близько",
    "кілька",
];

/// Endings after a hyphen that make a year an ordinal ("в 2024-м году",
/// "2024-го года", "у 2024-му році").
pub(super) const ORDINAL_ENDINGS: &[&str] = &["м", "й", "го", "му", "ом", "ого", "ому"];

/// Abbreviations of "year" after a number ("2025 г.", "2025 р."), and of
/// "years" after a list ("2014–2015 гг.").
pub(super) const YEAR_ABBREVIATIONS: &[&str] = &["г", "р"];
pub(super) const YEARS_ABBREVIATIONS: &[&str] = &["гг", "рр"];

/// Words that put a sentence in the future ("будет", "буде", "состоится",
/// "відбудеться"), so that a day after publication keeps the publication
/// year, as "will" does in English.
pub(super) const FUTURE: &[&str] = &[
    "будет",
    "будут",
    "буде",
    "будуть",
    "состоится",
    "состоятся",
    "відбудеться",
    "відбудуться",
    "пройдет",
    "пройдёт",
    "пройдут",
    "пройде",
    "пройдуть",
    "планируется",
    "планується",
    "ожидается",
    "очікується",
    "станет",
    "станут",
    "стане",
    "стануть",
    "начнется",
    "начнётся",
    "начнутся",
    "почнеться",
    "почнуться",
    // Perfective presents, which are futures: "проведёт съезд 20 декабря",
    // "приедут в мае"; and "вступает в силу 1 марта", "набирає чинності".
    "проведет",
    "проведёт",
    "проведут",
    "проведе",
    "проведуть",
    "приедет",
    "приедут",
    "приїде",
    "приїдуть",
    "откроется",
    "откроются",
    "відкриється",
    "завершится",
    "закончится",
    "истечет",
    "истечёт",
    "вступит",
    "вступят",
    "вступает",
    "вступают",
    "набуде",
    "набудуть",
    "набирає",
    "набирают",
];

/// Beginnings of words that do the same in any ending ("запланировано",
/// "предстоящий", "следующей неделе", "наступного тижня"); not before a
/// word for day ("на следующий день" tells a story in the past).
pub(super) const FUTURE_STEMS: &[&str] = &[
    "запланирован",
    "запланован",
    "намечен",
    "предстоящ",
    "следующ",
    "наступн",
    "майбутн",
];

/// Beginnings of words for "set" or "moved" that put a sentence in the
/// future before "на" ("выборы назначены на 7 июня", "перенесли на 1
/// березня"), not alone ("назначен министром 5 марта" is past).
pub(super) const SET_FOR_STEMS: &[&str] = &["назначен", "призначен", "перенес", "перенос"];

/// Words that put a sentence in the future when an infinitive follows
/// ("мають відбутися", "должны пройти", "планирует провести"), as "is to"
/// and "has to" do in English.
pub(super) const MODALS: &[&str] = &[
    "має",
    "мають",
    "повинен",
    "повинна",
    "повинні",
    "планує",
    "планують",
    "должен",
    "должна",
    "должно",
    "должны",
    "планирует",
    "планируют",
    "намерен",
    "намерены",
];

/// Endings of a Russian or Ukrainian infinitive ("пройти", "провести",
/// "відбутися", "состояться", "помочь").
pub(super) const INFINITIVE_ENDINGS: &[&str] = &["ть", "ти", "ться", "тися", "тись", "чь"];

/// Parts of a month between a deadline word and the month ("до конца
/// марта", "до середини травня").
pub(super) const MONTH_PARTS: &[&str] = &[
    "конца",
    "начала",
    "середины",
    "кінця",
    "початку",
    "середини",
];

/// Words right before a day that make it a deadline ("до 31 декабря", "к 1
/// марта"), hence to come.
pub(super) const DEADLINE: &[&str] = &["до", "к", "ко"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_in_any_case() {
        assert_eq!(word("марта"), Some(Word::Month(3)));
        assert_eq!(word("Марта"), Some(Word::Month(3)));
        assert_eq!(word("ЛИСТОПАДА"), Some(Word::Month(11)));
        assert_eq!(word("у"), None);
        assert_eq!(word("March"), None);
        assert!(is_one_of("НАЧАЛЕ", MONTH_CUES));
        assert!(starts_with_one_of("Запланировано", FUTURE_STEMS));
        assert!(!starts_with_one_of("наступление", FUTURE_STEMS));
        assert!(!starts_with_one_of("за", FUTURE_STEMS));
    }

    #[test]
    fn every_word_fits_the_length_screen() {
        for form in WORDS.keys() {
            assert!((2..=LONGEST).contains(&form.len()), "{form}");
            assert_eq!(form.to_lowercase(), *form);
        }
    }
}
