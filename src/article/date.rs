//! Publication dates, which sources state to very different precisions: a UN
//! speech is only known by its session year, a blog post to the day.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use time::format_description::well_known::Rfc2822;
use time::{Date, Month, OffsetDateTime};

pub mod vocabulary;

use vocabulary::{day_number, is_weekday, month_from_name};

/// A calendar date known to year, month or day precision.
///
/// The derived order puts a coarser date before the finer dates inside it
/// (`2025 < 2025-03 < 2025-03-01`), which keeps sorted lists stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The years a publication date may fall in: every day of them fits the
/// index's dates (tantivy counts nanoseconds since 1970 in an `i64`, from
/// 1677-09-21 to 2262-04-11). A date outside is not stored: it would overflow.
pub const PUBLICATION_YEARS: std::ops::RangeInclusive<i32> = 1678..=2261;

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar day, or `None` for an impossible date or a year `time` cannot
/// represent.
fn calendar_day(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Number of days in a month, or `None` for an impossible month or a year
/// `time` cannot represent.
fn days_in_month(year: i32, month: u8) -> Option<u8> {
    (28..=31)
        .rev()
        .find(|&d| calendar_day(year, month, d).is_some())
}

/// A real date built from possibly out-of-range parts, clamped into range so
/// that range filters never panic on hand-built values.
fn clamped_date(year: i32, month: u8, day: u8) -> Date {
    let year = year.clamp(Date::MIN.year(), Date::MAX.year());
    let month = month.clamp(1, 12);
    let day = day.clamp(1, days_in_month(year, month).unwrap_or(28));
    calendar_day(year, month, day).unwrap_or(if year < 0 { Date::MIN } else { Date::MAX })
}

impl PartialDate {
    /// A date known only to the year.
    pub fn year(y: i32) -> Self {
        Self {
            year: y,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; `None` unless `m` is 1–12.
    pub fn month(y: i32, m: u8) -> Option<Self> {
        days_in_month(y, m).map(|_| Self {
            year: y,
            month: Some(m),
            day: None,
        })
    }

    /// A date known to the day; `None` unless it is a real calendar day.
    pub fn day(y: i32, m: u8, d: u8) -> Option<Self> {
        calendar_day(y, m, d).map(|_| Self {
            year: y,
            month: Some(m),
            day: Some(d),
        })
    }

    /// The finest part that is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// First day of the period, for range filters.
    pub fn first_day(&self) -> Date {
        clamped_date(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Last day of the period, so a filter `first_day..=last_day` covers it.
    pub fn last_day(&self) -> Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => clamped_date(self.year, m, d),
            (Some(m), None) => clamped_date(self.year, m, 31),
            _ => clamped_date(self.year, 12, 31),
        }
    }

    /// The date of a calendar day, at day precision.
    fn from_date(d: Date) -> Option<Self> {
        Self::day(d.year(), u8::from(d.month()), d.day())
    }

    /// Parse a date as written in front matter / JSON / CLI flags: "2025-03-19", "2025-03", "2025", "2025-03-19T10:00:00Z", "2025-03-19 10:00", RFC 2822 ("Wed, 19 Mar 2025 10:00:00 +0000"), "19 March 2025", "March 19, 2025", "Mar 19 2025". Returns None for anything else (never panics).
    ///
    /// A timestamp keeps the calendar date as written rather than converting
    /// it to UTC: the author's local day is the publication day.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        if let Some(c) = ISO_LENIENT.captures(s) {
            return from_parts(
                &c[1],
                c.get(2).map(|m| m.as_str()),
                c.get(3).map(|m| m.as_str()),
            );
        }
        if let Some(c) = ISO_TIMESTAMP.captures(s) {
            return from_parts(&c[1], Some(&c[2]), Some(&c[3]));
        }
        if let Ok(dt) = OffsetDateTime::parse(s, &Rfc2822)
            && stated_weekday(s).is_none_or(|w| w.eq_ignore_ascii_case(&weekday_abbreviation(dt)))
        {
            return Self::from_date(dt.date());
        }
        parse_written(s)
    }

    /// A date embedded in a file name: leading "YYYY-MM-DD" ("2025-03-19-putin-trump-call.txt") or "YYYY-MM" prefix, or a trailing "_YYYY" before the extension as in UN speeches "RUS_77_2022.txt" (→ year 2022). Years outside 1800..=2100 are rejected.
    ///
    /// Directory components are ignored, so a whole path may be passed.
    pub fn from_file_name(name: &str) -> Option<Self> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let date = if let Some(c) = FILE_PREFIX.captures(base) {
            from_parts(&c[1], Some(&c[2]), c.get(3).map(|m| m.as_str()))?
        } else {
            let c = FILE_YEAR_SUFFIX.captures(base)?;
            Self::year(c[1].parse().ok()?)
        };
        (1800..=2100).contains(&date.year).then_some(date)
    }
}

/// The weekday an RFC 2822 date opens with ("Wed" in "Wed, 19 Mar 2025 …").
///
/// `time` parses it but does not check it against the date; a date whose
/// weekday contradicts it is not trusted (as chrono, used before, did not).
fn stated_weekday(s: &str) -> Option<&str> {
    let (word, _) = s.split_once(',')?;
    let word = word.trim();
    (word.len() == 3 && word.bytes().all(|b| b.is_ascii_alphabetic())).then_some(word)
}

/// "Mon" … "Sun", as RFC 2822 writes weekdays.
fn weekday_abbreviation(dt: OffsetDateTime) -> String {
    dt.weekday().to_string().chars().take(3).collect()
}

/// `YYYY`, `YYYY-M[M]` or `YYYY-M[M]-D[D]`, the whole string.
static ISO_LENIENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$").expect("valid regex")
});

/// "YYYY-MM-DD" followed by a time of day and an optional zone.
static ISO_TIMESTAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::(?:[0-5][0-9]|60)(?:[.,][0-9]+)?)?\s*(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?|UTC|GMT)?$",
    )
    .expect("valid regex")
});

/// Strict "YYYY[-MM[-DD]]".
static ISO_STRICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$").expect("valid regex")
});

/// "YYYY-MM-DD" or "YYYY-MM" at the start of a file name, not followed by
/// more digits.
static FILE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?(?:[^0-9]|$)").expect("valid regex")
});

/// "_YYYY" ending the file stem.
static FILE_YEAR_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"_([0-9]{4})(?:\.[A-Za-z0-9]+)?$").expect("valid regex"));

/// A validated date from decimal year, month and day strings.
fn from_parts(y: &str, m: Option<&str>, d: Option<&str>) -> Option<PartialDate> {
    let year = y.parse().ok()?;
    match (m.map(str::parse::<u8>), d.map(str::parse::<u8>)) {
        (None, _) => Some(PartialDate::year(year)),
        (Some(Ok(m)), None) => PartialDate::month(year, m),
        (Some(Ok(m)), Some(Ok(d))) => PartialDate::day(year, m, d),
        _ => None,
    }
}

/// "19 March 2025", "19th of March 2025", "March 19, 2025", "Mar 19 2025",
/// "March 2025", each optionally after a weekday.
fn parse_written(s: &str) -> Option<PartialDate> {
    let mut words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.strip_suffix('.').unwrap_or(w))
        .collect();
    if words.first().is_some_and(|w| is_weekday(w)) {
        words.remove(0);
    }
    let year = |w: &str| -> Option<i32> {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
    };
    match words.as_slice() {
        [d, "of", m, y] => PartialDate::day(year(y)?, month_from_name(m)?, day_number(d)?),
        [a, b, y] => {
            let (m, d) = match month_from_name(a) {
                Some(m) => (m, day_number(b)?),
                None => (month_from_name(b)?, day_number(a)?),
            };
            PartialDate::day(year(y)?, m, d)
        }
        [m, y] => PartialDate::month(year(y)?, month_from_name(m)?),
        _ => None,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = String;

    /// Strict "YYYY[-MM[-DD]]", the form [`Display`](fmt::Display) writes,
    /// so stored dates round-trip exactly.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let c = ISO_STRICT
            .captures(s)
            .ok_or_else(|| format!("invalid date {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"))?;
        from_parts(
            &c[1],
            c.get(2).map(|m| m.as_str()),
            c.get(3).map(|m| m.as_str()),
        )
        .ok_or_else(|| format!("invalid date {s:?}: no such month or day"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Digits of other scripts are no date's digits: every parser refuses
    /// them up front, and `FromStr` says which form it wants instead of "no
    /// such month or day" (they matched `\d`, then failed to parse).
    #[test]
    fn only_ascii_digits_make_a_date() {
        for digits in [
            "０１２３４５６７８９",
            "٠١٢٣٤٥٦٧٨٩",
            "०१२३४५६७८९",
            "߀߁߂߃߄߅߆߇߈߉",
        ] {
            let foreign_of = |written: &str| -> String {
                written
                    .chars()
                    .map(|c| match c.to_digit(10) {
                        Some(n) => digits.chars().nth(n as usize).unwrap(),
                        None => c,
                    })
                    .collect()
            };
            for written in ["2024", "2024-03", "2024-03-19"] {
                let foreign = foreign_of(written);
                let err = foreign.parse::<PartialDate>().unwrap_err();
                assert!(
                    err.ends_with("expected YYYY, YYYY-MM or YYYY-MM-DD"),
                    "{err}"
                );
                assert_eq!(PartialDate::parse(&foreign), None, "{foreign}");
                assert_eq!(
                    PartialDate::from_file_name(&format!("{foreign}-x.txt")),
                    None
                );
                assert_eq!(
                    PartialDate::from_file_name(&format!("UKR_1_{foreign}.txt")),
                    None
                );
                assert!(written.parse::<PartialDate>().is_ok());
            }
        }
    }

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn constructors_validate() {
        assert!(PartialDate::month(2025, 0).is_none());
        assert!(PartialDate::month(2025, 13).is_none());
        assert!(PartialDate::day(2024, 2, 29).is_some());
        assert!(PartialDate::day(2023, 2, 29).is_none());
        assert!(PartialDate::day(1900, 2, 29).is_none());
        assert!(PartialDate::day(2000, 2, 29).is_some());
        assert!(PartialDate::day(2025, 4, 31).is_none());
        assert!(PartialDate::day(2025, 1, 0).is_none());
    }

    #[test]
    fn precision() {
        assert_eq!(d("2025").precision(), Precision::Year);
        assert_eq!(d("2025-03").precision(), Precision::Month);
        assert_eq!(d("2025-03-19").precision(), Precision::Day);
    }

    #[test]
    fn first_and_last_day() {
        let ymd = |y, m, d| calendar_day(y, m, d).unwrap();
        assert_eq!(d("2024").first_day(), ymd(2024, 1, 1));
        assert_eq!(d("2024").last_day(), ymd(2024, 12, 31));
        assert_eq!(d("2024-02").last_day(), ymd(2024, 2, 29));
        assert_eq!(d("2023-02").last_day(), ymd(2023, 2, 28));
        assert_eq!(d("2023-02").first_day(), ymd(2023, 2, 1));
        assert_eq!(d("2023-02-14").first_day(), ymd(2023, 2, 14));
        assert_eq!(d("2023-02-14").last_day(), ymd(2023, 2, 14));
    }

    #[test]
    fn hand_built_nonsense_does_not_panic() {
        let odd = PartialDate {
            year: i32::MAX,
            month: Some(13),
            day: Some(40),
        };
        assert_eq!(odd.last_day(), Date::MAX);
        let odd = PartialDate {
            year: i32::MIN,
            month: Some(0),
            day: None,
        };
        assert_eq!(odd.first_day(), Date::MIN);
    }

    #[test]
    fn ordering_puts_coarse_first() {
        let mut v = vec![d("2025-03-01"), d("2025"), d("2024-12-31"), d("2025-03")];
        v.sort();
        assert_eq!(
            v,
            [d("2024-12-31"), d("2025"), d("2025-03"), d("2025-03-01")]
        );
    }

    #[test]
    fn display_pads() {
        assert_eq!(PartialDate::year(2025).to_string(), "2025");
        assert_eq!(PartialDate::month(2025, 3).unwrap().to_string(), "2025-03");
        assert_eq!(
            PartialDate::day(2025, 3, 9).unwrap().to_string(),
            "2025-03-09"
        );
        assert_eq!(PartialDate::year(812).to_string(), "0812");
    }

    #[test]
    fn from_str_is_strict() {
        assert_eq!(d("2025-03-19"), PartialDate::day(2025, 3, 19).unwrap());
        assert_eq!(d("2025-03"), PartialDate::month(2025, 3).unwrap());
        assert_eq!(d("2025"), PartialDate::year(2025));
        for bad in [
            "2025-3-19",
            "25-03-19",
            "2025-03-19T10:00:00Z",
            "",
            " 2025",
            "2023-02-29",
            "2025-13",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn display_round_trips() {
        for s in ["2025", "2025-03", "2025-03-19", "1800-12-31"] {
            assert_eq!(d(s).to_string(), s);
        }
    }

    #[test]
    fn parse_accepts_common_forms() {
        let day = PartialDate::day(2025, 3, 19);
        for s in [
            "2025-03-19",
            " 2025-03-19 ",
            "2025-3-19",
            "2025-03-19T10:00:00Z",
            "2025-03-19T10:00:00.123+03:00",
            "2025-03-19T23:30:00-05:00",
            "2025-03-19 10:00",
            "2025-03-19 10:00:00",
            "Wed, 19 Mar 2025 10:00:00 +0000",
            "19 March 2025",
            "19th of March 2025",
            "Wednesday, 19 March 2025",
            "March 19, 2025",
            "Mar 19 2025",
            "Mar. 19, 2025",
        ] {
            assert_eq!(PartialDate::parse(s), day, "{s}");
        }
        assert_eq!(PartialDate::parse("2025-03"), PartialDate::month(2025, 3));
        assert_eq!(
            PartialDate::parse("March 2025"),
            PartialDate::month(2025, 3)
        );
        assert_eq!(PartialDate::parse("2025"), Some(PartialDate::year(2025)));
    }

    #[test]
    fn rfc_2822_keeps_the_day_as_written_whatever_the_offset() {
        for (s, want) in [
            ("Wed, 19 Mar 2025 23:30:00 -0500", (2025, 3, 19)),
            ("Thu, 20 Mar 2025 01:15:00 +0900", (2025, 3, 20)),
            ("Tue, 31 Dec 2024 23:59:59 -1200", (2024, 12, 31)),
            ("19 Mar 2025 10:00:00 +0000", (2025, 3, 19)),
            ("Wed, 19 Mar 2025 10:00 +0100", (2025, 3, 19)),
            ("Wed, 19 Mar 2025 10:00:00 GMT", (2025, 3, 19)),
            ("wed, 19 mar 2025 10:00:00 +0000 (UTC)", (2025, 3, 19)),
            ("Sun, 9 Mar 2025 10:00:00 +0000", (2025, 3, 9)),
        ] {
            assert_eq!(
                PartialDate::parse(s),
                PartialDate::day(want.0, want.1, want.2),
                "{s}"
            );
        }
        // A weekday that contradicts the date makes the date untrusted.
        for s in [
            "Thu, 19 Mar 2025 10:00:00 +0000",
            "Wed, 9 Mar 2025 10:00:00 +0000",
        ] {
            assert_eq!(PartialDate::parse(s), None, "{s}");
        }
    }

    #[test]
    fn parse_rejects_everything_else() {
        for s in [
            "",
            "yesterday",
            "2025-02-30",
            "31 February 2023",
            "2025-03-19T25:00",
            "2025-03-19 garbage",
            "March",
            "19 Mar",
            "Marchember 19, 2025",
            "19 March 25",
            "２０２５",
            "Среда, 19 марта 2025",
            "2025-03-19T",
        ] {
            assert_eq!(PartialDate::parse(s), None, "{s}");
        }
    }

    #[test]
    fn file_names() {
        let f = PartialDate::from_file_name;
        assert_eq!(
            f("2025-03-19-putin-trump-call.txt"),
            PartialDate::day(2025, 3, 19)
        );
        assert_eq!(
            f("articles/2025-03-19-putin-trump-call.txt"),
            PartialDate::day(2025, 3, 19)
        );
        assert_eq!(f("2025-03-19.md"), PartialDate::day(2025, 3, 19));
        assert_eq!(f("2025-03-notes.md"), PartialDate::month(2025, 3));
        assert_eq!(f("RUS_77_2022.txt"), Some(PartialDate::year(2022)));
        assert_eq!(
            f("Session 77 - 2022/RUS_77_2022.txt"),
            Some(PartialDate::year(2022))
        );
        assert_eq!(f("RUS_77_2022"), Some(PartialDate::year(2022)));
        assert_eq!(f("USA_01_1946.txt"), Some(PartialDate::year(1946)));
        assert_eq!(f("2025-02-30-bad.txt"), None);
        assert_eq!(f("1700-01-01-old.txt"), None);
        assert_eq!(f("X_01_2200.txt"), None);
        assert_eq!(f("notes.txt"), None);
        assert_eq!(f("2025.txt"), None);
        assert_eq!(f("A_12022.txt"), None);
        assert_eq!(f("20250-03-19.txt"), None);
        assert_eq!(f(""), None);
    }
}

/// Property tests: any text a front matter, JSON key, meta tag or file name
/// holds is a date or `None`, never a panic, and a date found prints back.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;
    use proptest::sample::select;

    const PIECES: &[&str] = &[
        "2025",
        "0000",
        "99999",
        "-",
        "/",
        ".",
        ",",
        " ",
        "T",
        "Z",
        "+0000",
        "-12:00",
        ":",
        "03",
        "19",
        "31",
        "29",
        "02",
        "00",
        "13",
        "March",
        "Mar",
        "mar.",
        "Wed",
        "Feb",
        "1",
        "10:00:00",
        "9999999999",
        "é",
        "–",
        "\u{0}",
        "_",
        "st",
        "th",
    ];

    fn date_like() -> impl Strategy<Value = String> {
        vec(select(PIECES), 0..12).prop_map(|p| p.concat())
    }

    fn check(date: PartialDate) -> Result<(), TestCaseError> {
        prop_assert!(date.first_day() <= date.last_day(), "{date:?}");
        prop_assert_eq!(date.to_string().parse::<PartialDate>(), Ok(date));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn parse_any_text(text in prop_oneof![date_like(), any::<String>()]) {
            if let Some(date) = PartialDate::parse(&text) {
                check(date)?;
            }
            let _ = text.parse::<PartialDate>();
        }

        #[test]
        fn file_names(name in prop_oneof![date_like(), any::<String>()], ext in "(\\.[a-z]{0,4})?") {
            if let Some(date) = PartialDate::from_file_name(&format!("{name}{ext}")) {
                prop_assert!((1800..=2100).contains(&date.year), "{date:?}");
                check(date)?;
            }
        }

        #[test]
        fn any_parts(year in any::<i32>(), month in any::<u8>(), day in any::<u8>()) {
            for date in [Some(PartialDate::year(year)), PartialDate::month(year, month), PartialDate::day(year, month, day)]
                .into_iter()
                .flatten()
            {
                prop_assert!(date.first_day() <= date.last_day(), "{date:?}");
            }
        }
    }
}
