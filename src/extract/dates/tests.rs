//! The date forms, read through [`extract_dates`](super::extract_dates) as a
//! caller would.

use super::*;

pub(super) fn dates(text: &str) -> Vec<String> {
    dates_pub(text, None)
}

pub(super) fn dates_pub(text: &str, published: Option<&str>) -> Vec<String> {
    let published = published.map(|p| p.parse().unwrap());
    let found = extract_dates(text, published);
    for m in &found {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start < m.end);
    }
    found.iter().map(|m| m.date.to_string()).collect()
}

#[test]
fn full_dates() {
    for text in [
        "It happened on 18 March 2025 in Moscow.",
        "It happened on the 18th of March 2025.",
        "It happened on March 18, 2025.",
        "It happened on March 18 2025.",
        "It happened on Mar. 18, 2025.",
        "It happened on 2025-03-18.",
        "It happened on 18.03.2025.",
        "It happened on Tuesday, 18 March 2025.",
        "It happened on 18 March, 2025.",
        "It happened on March 18th, 2025.",
    ] {
        assert_eq!(dates(text), ["2025-03-18"], "{text}");
    }
}

#[test]
fn spans_cover_the_date() {
    let text = "Signed on Tuesday, 18 March 2025 — and in 2014.";
    let found = extract_dates(text, None);
    assert_eq!(
        &text[found[0].start..found[0].end],
        "Tuesday, 18 March 2025"
    );
    assert_eq!(&text[found[1].start..found[1].end], "2014");
}

#[test]
fn day_ranges() {
    assert_eq!(dates("from 18-20 March 2025"), ["2025-03-18", "2025-03-20"]);
    assert_eq!(dates("on March 18–20, 2025"), ["2025-03-18", "2025-03-20"]);
}

#[test]
fn invalid_days_are_not_dates() {
    assert!(dates("on 31 February 2023 nothing").is_empty());
    assert!(dates("on February 30, 2024 nothing").is_empty());
    assert!(dates("on 2023-02-29 nothing").is_empty());
    assert!(dates("on 32.01.2023 nothing").is_empty());
    assert_eq!(dates("on 29 February 2024"), ["2024-02-29"]);
}

#[test]
fn months() {
    assert_eq!(dates("announced in July 2024 by him"), ["2024-07"]);
    assert_eq!(dates("Back in June 2023, he said"), ["2023-06"]);
    assert_eq!(dates("June of 2023"), ["2023-06"]);
    assert_eq!(dates("In early July 2021, Elsa struck"), ["2021-07"]);
    assert_eq!(dates("the file 2023-06 was"), ["2023-06"]);
    assert_eq!(dates("since Sept. 2001"), ["2001-09"]);
    assert_eq!(
        dates("between March and April 2020"),
        ["2020-03", "2020-04"]
    );
    assert_eq!(dates("the end of the July 2006 war"), ["2006-07"]);
}

#[test]
fn lower_case_month_words_are_not_months() {
    assert!(dates("the march of history and what may 2025 bring").is_empty());
}

#[test]
fn years_with_cues() {
    assert_eq!(dates("in 2014 things changed"), ["2014"]);
    assert_eq!(
        dates("since 1991, by 2030, until 1999"),
        ["1991", "2030", "1999"]
    );
    assert_eq!(dates("mid-2023 and late 2022"), ["2023", "2022"]);
    assert_eq!(dates("in the year 2000"), ["2000"]);
    assert_eq!(dates("in the summer of 2016"), ["2016"]);
    assert_eq!(dates("as early as 1946 we said"), ["1946"]);
    assert_eq!(dates("the budget for 1976 showed"), ["1976"]);
    assert_eq!(dates("in 1815 the Congress met"), ["1815"]);
    assert_eq!(dates("In 1995 women gathered in Beijing"), ["1995"]);
    assert_eq!(
        dates("no later than 1990, compared with 2013 levels"),
        ["1990", "2013"]
    );
    assert_eq!(
        dates("proposed to proclaim 2005 the International Year"),
        ["2005"]
    );
    assert_eq!(dates("This year, 2015, is crucial"), ["2015"]);
    assert_eq!(
        dates("below 1990 levels and prior to 1958"),
        ["1990", "1958"]
    );
    assert_eq!(
        dates("the post-2015 agenda and the post- 2015 agenda"),
        ["2015", "2015"]
    );
    assert_eq!(dates("from 4 per cent in 1965 to 3 per cent"), ["1965"]);
}

#[test]
fn year_lists_and_ranges() {
    assert_eq!(dates("in 2014 and 2015"), ["2014", "2015"]);
    assert_eq!(dates("from 1991 to 1995"), ["1991", "1995"]);
    assert_eq!(dates("between 1991 and 1995"), ["1991", "1995"]);
    assert_eq!(dates("the 1991-1995 wars"), ["1991", "1995"]);
    assert_eq!(dates("the 1991–1995 wars"), ["1991", "1995"]);
    assert_eq!(dates("the period 1991 – 1995"), ["1991", "1995"]);
    assert_eq!(
        dates("2014, 2015 and 2016 were hot"),
        ["2014", "2015", "2016"]
    );
    assert_eq!(dates("the 2014-15 season"), ["2014", "2015"]);
    assert_eq!(dates("the 2010-11 biennium"), ["2010", "2011"]);
    assert_eq!(dates("in 2014, 2015, and 2016"), ["2014", "2015", "2016"]);
}

#[test]
fn other_year_contexts() {
    assert_eq!(dates("resolution 2231 (2015) says"), ["2015"]);
    assert_eq!(
        dates("resolutions 242 (1967) and 338 (1973)"),
        ["1967", "1973"]
    );
    assert_eq!(dates("Remember 2014's elections"), ["2014"]);
    assert_eq!(dates("Peace came. 2015 was a turning point."), ["2015"]);
    assert_eq!(dates("2015 was a turning point."), ["2015"]);
    assert_eq!(dates("return to the 1967 borders"), ["1967"]);
    assert_eq!(dates("after the 2008 global financial crisis"), ["2008"]);
    assert_eq!(dates("the 2015 Paris Agreement"), ["2015"]);
    assert_eq!(dates("at the 2008 High-Level Conference"), ["2008"]);
    assert_eq!(dates("at the Climate Summit 2014 in New York"), ["2014"]);
    assert_eq!(dates("For Poland, 1952 has been a good year"), ["1952"]);
    assert_eq!(dates("at the heart of the 2022 scandal"), ["2022"]);
    assert_eq!(dates("the 1992 bombing of the embassy"), ["1992"]);
    assert_eq!(dates("the 2019 vote was discredited"), ["2019"]);
    assert_eq!(dates("a contrast with 2006, when rioters"), ["2006"]);
    assert_eq!(dates("Starting with 1989, I have proposed"), ["1989"]);
    assert_eq!(
        dates("We hope that 1981 will see peace and that 1992 be declared"),
        ["1981", "1992"]
    );
}

/// A year inside the name of a plan or exhibition ("Vision 2030", "Agenda
/// 2063", "the 2030 Agenda", "Expo 2020") names it by its horizon and is no
/// date: speeches name the 2030 Agenda whatever year they speak of. The gold
/// sets list such years as optional (`tests/data/gold-dates-7/README.md`);
/// the same year said on its own is a date, as for any year.
#[test]
fn numbers_that_are_not_years() {
    for text in [
        "resolution 1973 was adopted",
        "resolutions 1970 and 1973 were adopted",
        "the 2030 Agenda for Sustainable Development",
        "implementation of 2030 Agenda",
        "Vision 2030 and Agenda 2063 and Expo 2020",
        "Nigeria's Vision 20:2020 and Kenya's Vision 2030",
        "the 1990s and the 1980's",
        "in the 1990s",
        "$2025 million",
        "a network of 2000 villages",
        "in 2000 km of roads",
        "2,000 people and 1500 troops",
        "some 2000 were killed",
        "a total of 2000 soldiers",
        "a total of 2000.",
        "rose by 2000 last",
        "up 2025%",
        "3.2025 and 2025.5",
        "document A/77/2022 and S/2015/123",
        "the 2000 troops deployed",
        "from 2000 to 3000 troops",
        "page 1999",
        "COP2025",
        "the 2025th meeting",
    ] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

#[test]
fn a_plans_year_said_on_its_own_is_a_date() {
    assert_eq!(
        dates("Vision 2030 was launched in April 2016; the target was 2030 for everything."),
        ["2016-04", "2030"]
    );
    assert_eq!(
        dates("For the African Union it is 2063, the horizon of Agenda 2063."),
        ["2063"]
    );
}

#[test]
fn durations_are_not_dates() {
    for text in [
        "a period of 30 days",
        "for 10 years",
        "for more than 60 years",
        "a 30-day truce",
        "talked for 2.5 hours",
        "NATO for 10 years are",
        "more than 50.000 people lost their lives. 850.000 buildings",
    ] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

#[test]
fn relative_expressions_need_a_publication_date() {
    let text = "Last year and this year, two years ago, next year; in June and on 6 February.";
    assert!(dates(text).is_empty());
    assert_eq!(
        dates_pub(text, Some("2023")),
        ["2022", "2023", "2021", "2024", "2023-06", "2023-02-06"]
    );
    assert!(dates_pub("last month", Some("2023")).is_empty());
    assert_eq!(dates_pub("last month", Some("2023-01")), ["2022-12"]);
    assert_eq!(
        dates_pub("three months ago", Some("2023-02-10")),
        ["2022-11"]
    );
    assert!(dates_pub("yesterday", Some("2023-03")).is_empty());
    assert_eq!(dates_pub("yesterday", Some("2024-03-01")), ["2024-02-29"]);
    // A span back from yesterday or today is a day.
    assert_eq!(
        dates_pub("A year ago yesterday, he fled.", Some("2025-08-06")),
        ["2024-08-05"]
    );
    assert_eq!(
        dates_pub("Two months ago today the talks began.", Some("2025-03-31")),
        ["2025-01-31"]
    );
    assert_eq!(
        dates_pub("ten days ago today", Some("2025-03-05")),
        ["2025-02-23"]
    );
    // A day the month back lacks, and a publication date without a day.
    assert_eq!(
        dates_pub("a month ago today", Some("2025-03-30")),
        ["2025-02"]
    );
    assert_eq!(dates_pub("a year ago yesterday", Some("2025-08")), ["2024"]);
    assert_eq!(dates_pub("seventy-five years ago", Some("2020")), ["1945"]);
    assert_eq!(dates_pub("75 years ago", Some("2020")), ["1945"]);
    assert_eq!(
        dates_pub("On the morning of 6 February.", Some("2023")),
        ["2023-02-06"]
    );
    assert_eq!(dates_pub("February 6 was", Some("2023")), ["2023-02-06"]);
    assert_eq!(
        dates_pub(
            "since Feb. 24 and on Sept. 11th, and 3 Jan",
            Some("2023-03-01")
        ),
        ["2023-02-24", "2022-09-11", "2023-01-03"]
    );
}

#[test]
fn yearless_members_of_lists_take_the_stated_year() {
    let p = Some("1950");
    assert_eq!(
        dates_pub("resolutions of 24 January and 14 December 1946", p),
        ["1946-01-24", "1946-12-14"]
    );
    assert_eq!(
        dates_pub("during July, August and September 1931.", p),
        ["1931-07", "1931-08", "1931-09"]
    );
    assert_eq!(dates("on 4 or 5 August 1990"), ["1990-08-04", "1990-08-05"]);
    assert_eq!(
        dates("in January and December 1964"),
        ["1964-01", "1964-12"]
    );
}

#[test]
fn yearless_dates_with_a_relative_year() {
    let p = Some("2008");
    assert_eq!(dates_pub("by March next year", p), ["2009-03"]);
    assert_eq!(dates_pub("in December last year", p), ["2007-12"]);
    assert_eq!(dates_pub("in June of this year", p), ["2008-06"]);
    assert_eq!(dates_pub("on 20 December last year", p), ["2007-12-20"]);
    assert!(dates_pub("On 19 May of that year, he", p).is_empty());
    assert!(dates_pub("On 19 May, a year earlier, he", p).is_empty());
    assert!(dates_pub("in June the year before", p).is_empty());
    assert!(dates_pub("in June of the following year", p).is_empty());
    assert!(dates("by March next year").is_empty());
    let text = "in May next year";
    let found = extract_dates(text, PartialDate::parse("2008"));
    assert_eq!(&text[found[0].start..found[0].end], "May next year");
}

#[test]
fn vague_relative_expressions_are_skipped() {
    for text in [
        "over the last year",
        "more than 70 years ago",
        "in the next year",
        "a decade ago",
        "may 5 people",
        "the Ides of March",
        "Hurricane in May 15 people died",
        "29 February",
        "the document of Viña del Mar. 10 points",
        "held on 11 Sep¬tember in Khartoum",
        "held on 11 Sep-tember in Khartoum",
    ] {
        assert!(
            dates_pub(text, Some("2023")).is_empty(),
            "{text}: {:?}",
            dates_pub(text, Some("2023"))
        );
    }
}

#[test]
fn order_and_repeats() {
    let found = extract_dates("In 2015 and in March 2020, then in 2015 again.", None);
    let got: Vec<_> = found.iter().map(|m| m.date.to_string()).collect();
    assert_eq!(got, ["2015", "2020-03", "2015"]);
    assert_eq!(
        distinct_dates(&found),
        [
            PartialDate::year(2015),
            PartialDate::month(2020, 3).unwrap()
        ]
    );
}

#[test]
fn any_text_is_safe() {
    let text = "В 2014 году, 18 марта 2014 — Крым. «2015» и (2016) 2017’s ✓ 18–";
    let _ = dates(text);
    assert_eq!(dates("Эфир: since 2014 — конец"), ["2014"]);
    for s in [
        "", "-", "2025-", "2025-03-", "18.", "18.03.", "(", "(2015", "March", "5 May", "'s",
    ] {
        let _ = dates_pub(s, Some("2024-02-29"));
    }
}

#[test]
fn a_day_and_month_without_a_year_is_the_latest_on_or_before_publication() {
    let text = "It happened on 7 October, and again on 7 September.";
    assert_eq!(
        dates_pub(text, Some("2024-09-20")),
        ["2023-10-07", "2024-09-07"]
    );
    assert_eq!(
        dates_pub(text, Some("2024-09")),
        ["2023-10-07", "2024-09-07"]
    );
    // Known only to the year, publication may be as late as 31 December.
    assert_eq!(dates_pub(text, Some("2024")), ["2024-10-07", "2024-09-07"]);
    assert!(dates(text).is_empty());
    assert_eq!(
        dates_pub("It happened on 7 September.", Some("2024-09-07")),
        ["2024-09-07"]
    );
    // 29 February goes back one year at most.
    assert!(dates_pub("It happened on 29 February.", Some("2025-03-10")).is_empty());
    assert_eq!(
        dates_pub("It happened on 29 February.", Some("2025-01-10")),
        ["2024-02-29"]
    );
    // Published in a February that has no 29th: the day is past.
    assert_eq!(
        dates_pub("It happened on 29 February.", Some("2025-02")),
        ["2024-02-29"]
    );
    assert_eq!(
        dates_pub("It happened on 29 February.", Some("2024-03-01")),
        ["2024-02-29"]
    );
}

#[test]
fn a_day_still_to_come_keeps_the_publication_year() {
    let p = Some("2024-09-20");
    for text in [
        "The elections will be held on 15 October.",
        "On 15 October, the people will vote.",
        "the conference to be held on 3 and 4 December",
        "the forthcoming summit on 3 December",
        "a member of the Council until 31 December",
        "the talks are to resume on 27 October",
        "the president cannot dissolve it before October",
        "the budget must be adopted in November",
    ] {
        let found = dates_pub(text, p);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|d| d.starts_with("2024-")),
            "{text}: {found:?}"
        );
    }
    // "last" after the day says it is past, whatever the tense.
    assert_eq!(
        dates_pub("the cease-fire of 12 October last will be respected", p),
        ["2023-10-12"]
    );
}

#[test]
fn a_future_that_has_passed_is_past() {
    let p = Some("2024-09-20");
    for text in [
        "The summit was scheduled for 15 October but never met.",
        "talks that had been expected on 3 December collapsed",
    ] {
        assert_eq!(dates_pub(text, p).len(), 1, "{text}");
        assert!(
            dates_pub(text, p).iter().all(|d| d.starts_with("2023-")),
            "{text}: {:?}",
            dates_pub(text, p)
        );
    }
}

#[test]
fn a_day_next_is_the_first_after_publication() {
    let text = "elections will be held on 5 January next, and in March next";
    assert_eq!(
        dates_pub(text, Some("1946-10-01")),
        ["1947-01-05", "1947-03"]
    );
    assert_eq!(
        dates_pub("the session opens on 5 November next", Some("1946-10")),
        ["1946-11-05"]
    );
    // Too coarse a publication date to tell this year's from next year's.
    assert!(dates_pub(text, Some("1946")).is_empty());
    assert!(dates_pub("on 5 October next", Some("1946-10")).is_empty());
    // "next week" is a span, not the next such day.
    assert_eq!(
        dates_pub("on 5 October next week", Some("1946-09-20")),
        ["1946-10-05"]
    );
}

#[test]
fn a_relative_year_in_the_clause_places_the_day() {
    let p = Some("2024");
    assert_eq!(
        dates_pub("Last year, on 7 October, Hamas attacked Israel.", p),
        ["2023", "2023-10-07"]
    );
    assert_eq!(
        dates_pub("On 7 October, last year, Hamas attacked Israel.", p),
        ["2023-10-07", "2023"]
    );
    assert_eq!(
        dates_pub("the attacks of 11 September two years ago", p),
        ["2022-09-11", "2022"]
    );
    assert_eq!(dates_pub("in June, next year,", p), ["2025-06", "2025"]);
    // Published to the day, "last year" still wins over the latest 7 October.
    assert_eq!(
        dates_pub(
            "On 7 October last year, Hamas attacked.",
            Some("2024-10-20")
        ),
        ["2023-10-07"]
    );
    // A "last year" that belongs to another verb leaves the day alone.
    assert_eq!(
        dates_pub(
            "elections on 3 November and, as was done last year, observers",
            p
        ),
        ["2024-11-03", "2023"]
    );
}

#[test]
fn a_year_named_in_the_clause_places_the_day() {
    let p = Some("2017");
    assert_eq!(
        dates_pub(
            "Operation Searchlight began on 25 March, marking the start of the 1971 genocide.",
            p
        ),
        ["1971-03-25", "1971"]
    );
    assert_eq!(
        dates_pub("In 1947, when, on 29 November, the Assembly voted", p),
        ["1947", "1947-11-29"]
    );
    assert_eq!(
        dates_pub("resolution 242 (1967) of 22 November", p),
        ["1967", "1967-11-22"]
    );
    assert_eq!(
        dates_pub("On this day, 25 September, in 1970, Remarque died.", p),
        ["1970-09-25", "1970"]
    );
    assert_eq!(
        dates_pub("the meeting from 28 July to 1 August of 1976", p),
        ["1976-07-28", "1976-08-01", "1976"]
    );
}

#[test]
fn a_year_that_belongs_to_something_else_is_not_taken() {
    let p = Some("2017");
    for (text, want) in [
        // An anniversary recurs: the day is this year's.
        (
            "On 25 March, the anniversary of the 1971 genocide, we mourn.",
            ["2017-03-25", "1971"],
        ),
        // A verb, a name or "since" between: another event's year.
        (
            "the uprising in 1956 and the assertion of 23 September",
            ["1956", "2017-09-23"],
        ),
        (
            "the interim agreement of 1972 lapses in October",
            ["1972", "2017-10"],
        ),
        (
            "since 1945, we are proud, now that 12 October is at hand",
            ["1945", "2017-10-12"],
        ),
        (
            "a year ago culminated on 3 October with reunification",
            ["2016", "2017-10-03"],
        ),
    ] {
        assert_eq!(dates_pub(text, p), want, "{text}");
    }
    // Two years in the clause: no telling which.
    assert_eq!(
        dates_pub("between 1991 and 1995, on 25 March, troops", p),
        ["1991", "1995", "2017-03-25"]
    );
    // A full date does not lend its year.
    assert_eq!(
        dates_pub("signed on 4 May 1994 and on 25 March", p),
        ["1994-05-04", "2017-03-25"]
    );
    // A year without that day drops it.
    assert!(
        dates_pub("in 2023, on 29 February", Some("2024"))
            .iter()
            .all(|d| d != "2023-02-29" && d != "2024-02-29")
    );
}

#[test]
fn come_and_a_year() {
    assert_eq!(dates("Come 1989, the Soviets leave."), ["1989"]);
    assert_eq!(
        dates("so that there will be no default come 2015."),
        ["2015"]
    );
    assert!(dates("come 1989 delegates").is_empty());
    assert!(dates("they come 2000 kilometres").is_empty());
}

#[test]
fn a_month_alone_is_the_latest_on_or_before_publication() {
    let p = Some("2025-01-20");
    assert_eq!(dates_pub("He was detained in December.", p), ["2024-12"]);
    assert_eq!(dates_pub("He was detained in January.", p), ["2025-01"]);
    assert_eq!(dates_pub("Talks will resume in March.", p), ["2025-03"]);
    assert_eq!(
        dates_pub("It still has to repay bonds in March.", p),
        ["2025-03"]
    );
    assert_eq!(
        dates_pub(
            "He withdrew the bill the next day and, in July, dismissed the cabinet.",
            p
        ),
        ["2024-07"]
    );
    // Known only to the year, publication may be as late as December.
    assert_eq!(
        dates_pub("He was detained in December.", Some("2024")),
        ["2024-12"]
    );
}

#[test]
fn a_day_for_which_something_is_called_is_to_come() {
    assert_eq!(
        dates_pub(
            "Tusk called a vote of confidence for 11 June.",
            Some("2025-06-09")
        ),
        ["2025-06-11"]
    );
}

#[test]
fn a_day_to_come_that_the_article_writes_in_full_keeps_its_year() {
    let p = Some("2025-10-06");
    let text = "Its mandate ends on 7 February 2026. Who governs after 7 February?";
    assert_eq!(dates_pub(text, p), ["2026-02-07", "2026-02-07"]);
    // Only the same day, only from an earlier mention; an earlier year only
    // for a day long past (`take_years_the_article_names`): weeks before
    // publication, the recent one.
    let text = "It was signed on 3 May 2019. On 3 May the talks resumed.";
    assert_eq!(dates_pub(text, p), ["2019-05-03", "2019-05-03"]);
    let text = "It was signed on 3 September 2019. On 3 September the talks resumed.";
    assert_eq!(dates_pub(text, p), ["2019-09-03", "2025-09-03"]);
    let text = "It ends on 3 May 2026. On 7 May the talks resumed.";
    assert_eq!(dates_pub(text, p), ["2026-05-03", "2025-05-07"]);
    let text = "On 7 February the talks resumed. The mandate ends on 7 February 2026.";
    assert_eq!(dates_pub(text, p), ["2025-02-07", "2026-02-07"]);
}

#[test]
fn a_bare_day_most_mentions_tell_as_past_is_past_in_all() {
    let p = Some("2024-09-20");
    let past = "The world must not flinch from the horrors of October 7th. \
                Then came the curse of October 7th.";
    let coming = "On October 7th, we will hold a day of mourning.";
    let text = format!("{past} {coming}");
    assert_eq!(dates_pub(&text, p), ["2023-10-07"; 3]);
    // The order does not matter; a tie keeps each reading; another day is
    // another day.
    let text = format!("{coming} {past}");
    assert_eq!(dates_pub(&text, p), ["2023-10-07"; 3]);
    let text = format!("Then came the curse of October 7th. {coming}");
    assert_eq!(dates_pub(&text, p), ["2023-10-07", "2024-10-07"]);
    let text = format!("{past} On October 8th, we will hold a day of mourning.");
    assert_eq!(
        dates_pub(&text, p),
        ["2023-10-07", "2023-10-07", "2024-10-08"]
    );
}

#[test]
fn a_day_an_event_is_moved_to_is_to_come() {
    let p = Some("2024-04-05");
    let text = "The Assembly voted to push the election to 15 December.";
    assert_eq!(dates_pub(text, p), ["2024-12-15"]);
    let text = "The summit was postponed to 3 May.";
    assert_eq!(dates_pub(text, p), ["2024-05-03"]);
    // "to" without such a verb, or past a comma, is not a new day.
    let text = "From 2 March to 15 December the talks went on.";
    assert_eq!(dates_pub(text, p), ["2024-03-02", "2023-12-15"]);
    let text = "It was postponed, to the anger of many, on 15 December.";
    assert_eq!(dates_pub(text, p), ["2023-12-15"]);
}

#[test]
fn an_obligation_or_intention_is_to_come() {
    let p = Some("2025-10-28");
    let text = "Argentina still has to repay about $4 billion to bondholders in January.";
    assert_eq!(dates_pub(text, p), ["2026-01"]);
    let text = "There are plans to hold a national forum in March to take stock.";
    assert_eq!(dates_pub(text, p), ["2026-03"]);
    let text = "The summit, due to take place in Geneva in December, will decide.";
    assert_eq!(dates_pub(text, p), ["2025-12"]);
    // "to" as a preposition, a speech act, a passed intention, a noun's date.
    let text = "It failed due to the lack of rainfall in July.";
    assert_eq!(dates_pub(text, p), ["2025-07"]);
    let text = "I would like to recall that on 17 July the Government condemned it.";
    assert_eq!(dates_pub(text, p), ["2025-07-17"]);
    let text = "It was due to open in January.";
    assert_eq!(dates_pub(text, p), ["2025-01"]);
    let text = "We have to combine the agenda of 10 September with that of 11 September.";
    assert_eq!(dates_pub(text, p), ["2025-09-10", "2025-09-11"]);
}

#[test]
fn a_day_that_will_come_is_the_first_on_or_after_publication() {
    let p = Some("2025-10-13");
    for (text, want) in [
        ("The vote will go ahead on 12 April.", "2026-04-12"),
        ("the top two will meet in a run-off in June", "2026-06"),
        (
            "He will be sworn in as president on 7 January.",
            "2026-01-07",
        ),
        ("A general election is due on 12 April.", "2026-04-12"),
        ("They'll vote again in March.", "2026-03"),
        (
            "The commission expects to finalise the count in June.",
            "2026-06",
        ),
        // Still to come this year: as before.
        ("The vote will go ahead on 12 November.", "2025-11-12"),
    ] {
        assert_eq!(dates_pub(text, p), [want], "{text}");
    }
    // A year-only publication date keeps its year, as before.
    assert_eq!(
        dates_pub("The vote will go ahead on 12 April.", Some("2025")),
        ["2025-04-12"]
    );
    // "will" that brings back a memory, a noun "will", a past in the
    // clause, a past participle, a day that belongs to a noun, "last".
    for text in [
        "Members will recall that on 12 April the Council met.",
        "It will be recalled that on 12 April the Council met.",
        "There will be no forgetting 12 April.",
        "the ill will of France on 12 April",
        "I will repeat now what I said in April.",
        "They will commit to the process begun on 12 April.",
        "The court will rule on the appeal filed on 12 April.",
        "We will fully implement the 12 April declaration.",
        "It will mark the anniversary of 12 April.",
        "The ceasefire of 12 April last will hold.",
        "The election was due on 12 April.",
    ] {
        let found = dates_pub(text, p);
        assert!(
            found.iter().all(|d| d.starts_with("2025-")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_day_in_another_language_is_this_years_unless_told_in_the_past() {
    let p = Some("2024-09-03");
    for (text, want) in [
        ("Am 22. September wählt Brandenburg.", "2024-09-22"),
        ("Am 22. September findet die Wahl statt.", "2024-09-22"),
        ("Die Wahl wird am 5. Oktober stattfinden.", "2024-10-05"),
        (
            "Der Nationalrat tritt am 24. Oktober zusammen.",
            "2024-10-24",
        ),
        ("Le second tour aura lieu le 7 octobre.", "2024-10-07"),
        (
            "Les syndicats appellent à une grève le 13 décembre.",
            "2024-12-13",
        ),
        ("Les électeurs voteront le 1er décembre.", "2024-12-01"),
        ("López Obrador deja el cargo el 1 de octubre.", "2024-10-01"),
        (
            "Las elecciones se celebrarán el 2 de noviembre.",
            "2024-11-02",
        ),
        ("Il voto si terrà il 6 ottobre.", "2024-10-06"),
        ("A eleição será no dia 6 de outubro.", "2024-10-06"),
        // A day that has passed this year is this year's anyway.
        ("Am 1. September wählt Sachsen.", "2024-09-01"),
        ("El 1 de septiembre habló.", "2024-09-01"),
    ] {
        assert_eq!(dates_pub(text, p), [want], "{text}");
    }
    // The past, the perfect, a strong verb's past, "last": last year's.
    for text in [
        "Am 22. September wählte Brandenburg.",
        "Am 22. September hat Brandenburg gewählt.",
        "Am 22. September trat der Minister zurück.",
        "Am 22. September gewann die SPD.",
        "Les syndicats avaient appelé à une grève le 13 décembre.",
        "La grève du 13 décembre dernier a paralysé le pays.",
        "López Obrador dejó el cargo el 1 de octubre.",
        "Las elecciones fueron el 2 de noviembre.",
        "Il governo cadde il 6 ottobre scorso.",
        "O governo caiu e Lula falou no dia 6 de outubro.",
    ] {
        let found = dates_pub(text, p);
        assert!(
            found.iter().all(|d| d.starts_with("2023-")),
            "{text}: {found:?}"
        );
        assert!(!found.is_empty(), "{text}");
    }
    // A day that names a movement or a place is no date.
    for text in [
        "rebels of the Mouvement du 23 mars (M23) took Goma",
        "la Plaza del 2 de mayo",
    ] {
        assert!(dates_pub(text, p).is_empty(), "{text}");
    }
}

#[test]
fn a_weekday_written_with_the_day_gives_its_year() {
    // 7 August 1970 was a Friday; the tense would make it 1971's.
    let text = "Both sides will observe a ceasefire effective Friday 7 August.";
    assert_eq!(dates_pub(text, Some("1970-12-20")), ["1970-08-07"]);
    // 24 September 2018 was a Monday: this year's, though after publication.
    let text = "the meeting held here on Monday, 24 September, adopted it";
    assert_eq!(dates_pub(text, Some("2018-09-20")), ["2018-09-24"]);
    // A weekday that fits the year worked out changes nothing, nor does
    // one that fits no year next to it.
    let text = "on Tuesday, 24 September, the Council met";
    assert_eq!(dates_pub(text, Some("2024-09-30")), ["2024-09-24"]);
    let text = "on Thursday, 24 September, the Council met";
    assert_eq!(dates_pub(text, Some("2024-09-30")), ["2024-09-24"]);
    // 24 September 2023 was a Sunday.
    let text = "on Sunday, 24 September, the Council met";
    assert_eq!(dates_pub(text, Some("2024-09-30")), ["2023-09-24"]);
}

#[test]
fn an_appointment_further_back_or_in_the_present_is_to_come() {
    // "will" more than five words before the day; a present verb of an
    // appointment; a present verb after "which".
    let p = Some("2025-08-22");
    let text = "The two candidates will meet in a run-off on 19 October, the first ever.";
    assert_eq!(dates_pub(text, p), ["2025-10-19"]);
    let text = "Whoever wins takes office on 8 November with a divided parliament.";
    assert_eq!(dates_pub(text, p), ["2025-11-08"]);
    let text = "In the three eastern states, which vote in September, the party leads.";
    assert_eq!(dates_pub(text, Some("2024-01-30")), ["2024-09"]);
    let text = "The new parliament sits on 19 December; the budget must wait.";
    assert_eq!(dates_pub(text, Some("2022-11-20")), ["2022-12-19"]);
    let text = "The house reconvenes on 3 December.";
    assert_eq!(dates_pub(text, Some("2022-11-20")), ["2022-12-03"]);
    // Told in the past, or a modal in the next clause: still the latest past.
    for text in [
        "The two candidates were to meet in a run-off on 19 October.",
        "Whoever won took office on 8 November last year with a divided parliament.",
        "The states, which had voted in September, were counted twice.",
        "The parliament sat on 19 December, as it did every year.",
    ] {
        assert!(
            dates_pub(text, p).iter().all(|d| d.starts_with("2024-")),
            "{text}: {:?}",
            dates_pub(text, p)
        );
    }
    let text = "Bartsch, who led the group until it dissolved in December, has said the party must change.";
    assert_eq!(dates_pub(text, Some("2024-01-30")), ["2023-12"]);
}

#[test]
fn a_plural_subject_or_the_present_of_be_makes_an_appointment() {
    // A plain verb of an appointment after a plural noun; "is"/"are" right
    // before the day's "in" or "on".
    let p = Some("2025-05-05");
    let text = "The treaty's provisions expire on 18 October, and with them the leverage.";
    assert_eq!(dates_pub(text, p), ["2025-10-18"]);
    let text = "The polls open on 7 September across the country.";
    assert_eq!(dates_pub(text, p), ["2025-09-07"]);
    let text = "The real deadline is in October.";
    assert_eq!(dates_pub(text, p), ["2025-10"]);
    let text = "The run-off and the count are on 9 November.";
    assert_eq!(dates_pub(text, p), ["2025-11-09"]);
    // A word in "s" that is no plural noun, a past, "is" not right before
    // the day, a capitalised name in "s": still the latest past.
    for text in [
        "Perhaps end it on 18 October, he said.",
        "The provisions had expired on 18 October.",
        "This is what happened in October.",
        "The Netherlands open talks on 18 October, it said.",
        "Its talks was held on 18 October.",
    ] {
        assert!(
            dates_pub(text, p).iter().all(|d| d.starts_with("2024-")),
            "{text}: {:?}",
            dates_pub(text, p)
        );
    }
}

#[test]
fn bare_years_after_cues_of_other_languages() {
    for (text, year) in [
        ("La crise dure depuis 2017 au moins.", "2017"),
        ("Vive en Waterloo desde 2017.", "2017"),
        ("A lei entrou em vigor em 2023.", "2023"),
        ("La riforma non arriverà prima del 2025.", "2025"),
        ("Die Partei regiert seit 2017 allein.", "2017"),
        ("Im Jahr 2019 scheiterte der Plan.", "2019"),
        ("le plus bas depuis la révolution de 2011.", "2011"),
        ("las elecciones de 2019 fueron anuladas", "2019"),
        ("as eleições de 2022 foram disputadas", "2022"),
        ("die Revolution von 1848 scheiterte", "1848"),
        ("die Unterzeichnung bis Frühling 2026", "2026"),
        (
            "eine Volksabstimmung ist frühestens 2027 realistisch",
            "2027",
        ),
        ("la réforme entrera en vigueur au printemps 2025", "2025"),
        ("las elecciones de otoño 2024", "2024"),
    ] {
        assert_eq!(dates(text), [year], "{text}");
    }
    // No cue, or an English word spelt like none of them: no year.
    for text in [
        "Il a envoyé 1500 soldats.",
        "Es envió de 1500 soldados.",
        "An 2000 plan.",
        "Plus de 2000 personnes ont manifesté.",
        "He arrived with 2000 troops.",
    ] {
        assert!(dates(text).is_empty(), "{text}");
    }
}

/// Dates as French, Spanish, Italian, Portuguese and German write them:
/// month names in their own language (in lower case in the Romance ones),
/// "1er", "de" between the parts, German's "6." for the day.
#[test]
fn dates_in_other_languages_of_western_europe() {
    for (text, date) in [
        (
            "Le 25 juillet 2021, il a suspendu le parlement.",
            "2021-07-25",
        ),
        ("Le 1er mars 2022 tout a changé.", "2022-03-01"),
        ("Elle est détenue depuis octobre 2023.", "2023-10"),
        ("Depuis février 2020, rien.", "2020-02"),
        ("El 3 de mayo de 2021 hubo protestas.", "2021-05-03"),
        ("Gobierna desde julio de 2021.", "2021-07"),
        ("Il 25 luglio 2021 fu sciolto.", "2021-07-25"),
        ("Em 8 de janeiro de 2023 houve ataques.", "2023-01-08"),
        ("Desde março de 2022, nada.", "2022-03"),
        ("Am 6. Dezember 2024 zerbrach die Koalition.", "2024-12-06"),
        ("Im März 2022 war alles anders.", "2022-03"),
        ("Seit Jänner 2019 regiert sie.", "2019-01"),
        (
            "As long ago as 24. January 1948, a minister spoke.",
            "1948-01-24",
        ),
        ("Un budget pour 2025 sans le FMI.", "2025"),
        ("Ein Haushalt für 2025 fehlt.", "2025"),
    ] {
        assert_eq!(dates(text), [date], "{text}");
    }
}

/// A month name of another language that is also a word or a name
/// ("mars", "Mayo", "Mai") is a month only beside a day or a year.
#[test]
fn other_languages_month_names_need_a_number_beside_them() {
    for text in [
        "The mission to mars failed.",
        "She was treated at the Mayo Clinic.",
        "Mai Thi Nguyen spoke, and the mayo ran out.",
        "Il pleut en mars, en avril et en mai.",
        "The Mars rover landed.",
        "Julio Iglesias sang in Lima.",
        "Im Mai regnet es oft.",
    ] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

#[test]
fn appointments_long_past_this_year_are_next_years() {
    let cases = [
        // (text, published, expected)
        (
            "The winner takes office on 27 January.",
            "2025-12-01",
            "2026-01-27",
        ),
        (
            "Whoever wins is inaugurated on 11 March.",
            "2025-10-03",
            "2026-03-11",
        ),
        (
            "Under the constitution, the new president is inaugurated on 21 March.",
            "2024-11-30",
            "2025-03-21",
        ),
        (
            "Hungarians vote on 12 April, and the polls are close.",
            "2026-03-05",
            "2026-04-12",
        ),
        (
            "Moldovans vote on 28 September for a new parliament.",
            "2025-08-30",
            "2025-09-28",
        ),
        ("Dan is sworn in on 26 May.", "2025-05-19", "2025-05-26"),
        (
            "The new Storting meets on 1 October, and the budget follows on 6 October.",
            "2025-09-12",
            "2025-10-06",
        ),
        (
            "Its president, by law, must be chosen on 21 January.",
            "2025-12-01",
            "2026-01-21",
        ),
        (
            "Die Pensionen steigen ab 1. Jänner um 2,7 Prozent.",
            "2025-09-30",
            "2026-01-01",
        ),
        // Within the grace a day stays this year's: a speech filed as 20
        // September may be given on the 28th.
        (
            "The Assembly reconvenes on 24 September.",
            "2025-10-01",
            "2025-09-24",
        ),
    ];
    for (text, published, expected) in cases {
        let found = dates_pub(text, Some(published));
        assert_eq!(found.last().map(String::as_str), Some(expected), "{text}");
    }
}

#[test]
fn a_future_read_further_on_or_a_past_story_stays_this_years() {
    for (text, published, expected) in [
        // The meeting was held; "will" belongs to what follows.
        (
            "The Jakarta Informal Meeting held in July will encourage all concerned.",
            "1988-09-20",
            "1988-07",
        ),
        (
            "Germany, which amended its debt brake in March, says it will reach 3.5 per cent.",
            "2025-06-20",
            "2025-03",
        ),
        (
            "We will not rescind our efforts to put the 8 July process back on track.",
            "2007-09-20",
            "2007-07-08",
        ),
        (
            "He received 53 per cent of the votes during the first round of the elections held on 18 July.",
            "2009-09-20",
            "2009-07-18",
        ),
        (
            "The Prime Minister met the leaders of Zambia and Botswana in Victoria Falls in February.",
            "1987-09-20",
            "1987-02",
        ),
        (
            "All of those historical arrears fell due in October, leading to an upheaval.",
            "2004-09-20",
            "2003-10",
        ),
    ] {
        assert_eq!(dates_pub(text, Some(published)), [expected], "{text}");
    }
}

#[test]
fn due_after_a_comma_is_to_come() {
    assert_eq!(
        dates_pub(
            "The EU will suspend its countermeasures, first due on 15 April, for 90 days.",
            Some("2025-04-10")
        ),
        ["2025-04-15"]
    );
}

#[test]
fn years_after_like_and_before_target() {
    assert_eq!(
        dates("The fear is a count like 2017, when it stopped."),
        ["2017"]
    );
    assert_eq!(dates("The map looks like 2014 again."), ["2014"]);
    assert_eq!(dates("They met the 2015 target for schooling."), ["2015"]);
    assert!(dates("It felt like 2000 people were there.").is_empty());
    assert!(dates("We aim at the 2030 Agenda.").is_empty());
}

#[test]
fn german_years_after_ab_and_von_and_event_nouns() {
    for (text, year) in [
        ("Ein Verbot, das ab 2035 nicht mehr gelten soll.", "2035"),
        (
            "Ab 2030 soll jede Gemeinde schnelles Internet haben.",
            "2030",
        ),
        ("und ab 2026 fällt der Klimabonus weg.", "2026"),
        ("Die Schuldenbremse von 2009 hält sie ein.", "2009"),
        ("die Bilateralen I von 1999, die Bilateralen II", "1999"),
        (
            "Seit dem gescheiterten EWR-Beitritt 1992 regelt die Schweiz",
            "1992",
        ),
        (
            "Österreich ist seit dem EU-Beitritt 1995 Nettozahler.",
            "1995",
        ),
        ("Nach der Bundestagswahl 2025 kam die Koalition.", "2025"),
    ] {
        assert_eq!(dates(text), [year], "{text}");
    }
    for text in [
        "Windräder gibt es ab 2000 Metern nicht.",
        "Eine Steuerstufe ab 2000 Euro bleibt.",
        "Die Zahl stieg von 2000 auf 3000.",
        "ab 2000 neue Stellen im Land",
    ] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

#[test]
fn romance_years_ending_a_phrase_after_de() {
    assert_eq!(dates("Los de 2023, aprobados en otoño, siguen."), ["2023"]);
    assert_eq!(dates("el default de 2001 y de la crisis"), ["2001"]);
    assert_eq!(dates("para las presidenciales de 2027."), ["2027"]);
    assert!(dates("Llegaron más de 2000, según la policía.").is_empty());
    assert!(dates("près de 2000, selon la police").is_empty());
    assert!(dates("un grupo de 2000 personas").is_empty());
}

#[test]
fn a_capitalised_romance_month_is_one_with_day_and_year() {
    assert_eq!(
        dates("Desde o 25 de Abril de 1974, PS e PSD nunca."),
        ["1974-04-25"]
    );
    assert!(dates_pub("atravessou a Ponte 25 de Abril.", Some("2025-05-20")).is_empty());
}

#[test]
fn polish_dates() {
    assert_eq!(
        dates("wybory parlamentarne 15 października 2023 roku z obietnicą"),
        ["2023-10-15"]
    );
    assert_eq!(
        dates("rządziło od 2015 roku do grudnia 2023 roku"),
        ["2015", "2023-12"]
    );
    assert_eq!(dates("Solidarność z 1980 roku"), ["1980"]);
    assert_eq!(dates("założenia na 2026 rok"), ["2026"]);
    // A day without a year: this year's, unless told in the past.
    assert_eq!(
        dates_pub(
            "Zaprzysiężenie odbędzie się 6 sierpnia.",
            Some("2025-06-03")
        ),
        ["2025-08-06"]
    );
    assert_eq!(
        dates_pub(
            "Tusk zapowiedział na 11 czerwca głosowanie.",
            Some("2025-06-03")
        ),
        ["2025-06-11"]
    );
    assert!(dates("Na Sejm czeka 1200 projektów.").is_empty());
}

#[test]
fn a_french_participle_before_le_tells_the_past() {
    assert_eq!(
        dates_pub(
            "Bayrou, nommé le 13 décembre, aura tenu moins de neuf mois.",
            Some("2025-09-10")
        ),
        ["2024-12-13"]
    );
    assert_eq!(
        dates_pub(
            "Le vote, programmé le 13 octobre, aura lieu.",
            Some("2025-09-10")
        ),
        ["2025-10-13"]
    );
}

#[test]
fn a_day_weeks_ahead_told_in_no_past_is_the_coming_one() {
    let to_come = [
        (
            "Colombians elect a president on 31 May.",
            "2026-05-20",
            "2026-05-31",
        ),
        (
            "Polls close at 10pm on 7 May, and most seats count overnight.",
            "2026-04-20",
            "2026-05-07",
        ),
        (
            "Allies meet in Ankara on 7 July.",
            "2026-06-10",
            "2026-07-07",
        ),
        (
            "The talks have a deadline of 1 August; if they fail, he loses.",
            "2025-07-15",
            "2025-08-01",
        ),
        (
            "Two months before the state elections of 8 March, the party is nervous.",
            "2026-01-15",
            "2026-03-08",
        ),
        (
            "He gives public servants a bonus in March, three weeks before the vote.",
            "2026-01-15",
            "2026-03",
        ),
        (
            "Оппозиция проводит съезд 17 января.",
            "2025-12-30",
            "2026-01-17",
        ),
        (
            "Переговори відновляться 2 березня.",
            "2026-02-24",
            "2026-03-02",
        ),
        (
            "Nepalis vote on 5 March, six months after protests brought him down.",
            "2026-02-26",
            "2026-03-05",
        ),
        (
            "Os eleitores votam a 18 de janeiro.",
            "2025-11-27",
            "2026-01-18",
        ),
    ];
    for (text, published, want) in to_come {
        assert_eq!(dates_pub(text, Some(published)), [want], "{text}");
    }
    let passed = [
        // Told in the past, before or after the day.
        (
            "The senator, shot at a rally on 7 June, died later.",
            "2026-05-20",
            "2025-06-07",
        ),
        (
            "On 2 March the parliament approved the budget.",
            "2026-02-24",
            "2025-03-02",
        ),
        (
            "Госдума приняла закон 14 апреля.",
            "2026-03-15",
            "2025-04-14",
        ),
        // A day that names a past event, not an appointment.
        (
            "He refuses to condemn the horrific massacre of October 7th.",
            "2024-09-24",
            "2023-10-07",
        ),
        (
            "We condemn the attack on Israeli citizens on October 7th.",
            "2024-09-24",
            "2023-10-07",
        ),
        (
            "They signed the 4 October declaration.",
            "2008-09-25",
            "2007-10-04",
        ),
        (
            "Fidel touches upon it in his 21 September thoughts.",
            "2009-09-20",
            "2008-09-21",
        ),
        // Further ahead than a few weeks: the day before publication.
        (
            "Colombians elect a president on 31 July.",
            "2026-05-20",
            "2025-07-31",
        ),
    ];
    for (text, published, want) in passed {
        assert_eq!(dates_pub(text, Some(published)), [want], "{text}");
    }
}

#[test]
fn a_year_that_opens_the_sentence_governs_its_days() {
    let cases = [
        (
            "En 2023, Milei ganó la segunda vuelta del 19 de noviembre con el 55,7 %.",
            "2025-10-29",
            "2023-11-19",
        ),
        (
            "В 2021 году участки были открыты с 17 по 19 сентября.",
            "2026-03-15",
            "2021-09-17",
        ),
        (
            "W 2024 roku budżet uchwalono dopiero 18 stycznia.",
            "2025-10-20",
            "2024-01-18",
        ),
        (
            "Members,\n\nLast year this House heard the budget three times: on 19 February.",
            "2026-02-25",
            "2025-02-19",
        ),
    ];
    for (text, published, want) in cases {
        let found = dates_pub(text, Some(published));
        assert!(found.contains(&want.to_string()), "{text}: {found:?}");
    }
    // Not a year inside the sentence, nor one a single line break wraps
    // to, nor across another date.
    let kept = [
        (
            "UNESCO honoured it in\n1999 by its declaration of 21 February as a day.",
            "2013-09-20",
            "2013-02-21",
        ),
        (
            "He said in Paris that 2023 was hard, and he voted on 19 November.",
            "2025-12-01",
            "2025-11-19",
        ),
        (
            "In 2023 and in 2024 he left on 19 November.",
            "2025-12-01",
            "2025-11-19",
        ),
    ];
    for (text, published, want) in kept {
        let found = dates_pub(text, Some(published));
        assert!(found.contains(&want.to_string()), "{text}: {found:?}");
    }
}

proptest::proptest! {
    /// A day at most `SOON_DAYS` after publication in a present clause is
    /// the first such day after publication; the same clause in the past
    /// gives the latest such day on or before it, as days further ahead do.
    #[test]
    fn a_present_day_soon_after_publication_is_the_coming_one(
        p_day in 1u8..=28, p_month in 1u8..=12, ahead in 1i64..=120,
    ) {
        let published = PartialDate::day(2025, p_month, p_day).unwrap();
        let day = published.first_day() + time::Duration::days(ahead);
        let month_name = crate::article::date::vocabulary::MONTH_NAMES[u8::from(day.month()) as usize - 1];
        let month_name = month_name[..1].to_uppercase() + &month_name[1..];
        let coming = format!("{}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day());
        let before = format!("{}-{:02}-{:02}", 2025 - i32::from(day.year() == 2025), u8::from(day.month()), day.day());
        let present = dates_pub(&format!("Voters go to the polls on {} {month_name}.", day.day()), Some(&published.to_string()));
        let past = dates_pub(&format!("Voters went to the polls on {} {month_name}.", day.day()), Some(&published.to_string()));
        let want = if ahead <= 62 { &coming } else { &before };
        proptest::prop_assert_eq!(present, vec![want.clone()]);
        proptest::prop_assert_eq!(past, vec![before]);
    }
}

proptest::proptest! {
    /// A day told as an appointment is never more than the grace before
    /// publication, nor a year or more after it; with a publication known
    /// only to the year it keeps that year.
    #[test]
    fn an_appointment_lies_within_a_year_of_publication(
        day in 1u8..=28, month in 1u8..=12, p_day in 1u8..=28, p_month in 1u8..=12,
    ) {
        let published = PartialDate::day(2025, p_month, p_day).unwrap();
        let month_name = crate::article::date::vocabulary::MONTH_NAMES[month as usize - 1];
        let month_name = month_name[..1].to_uppercase() + &month_name[1..];
        let text = format!("The winner takes office on {day} {month_name}.");
        let found = extract_dates(&text, Some(published));
        proptest::prop_assert_eq!(found.len(), 1);
        let date = found[0].date.first_day();
        let gap = (date - published.first_day()).whole_days();
        proptest::prop_assert!((-45..366).contains(&gap), "{} {}", text, found[0].date);
        let year_only = extract_dates(&text, Some(PartialDate::year(2025)));
        proptest::prop_assert_eq!(year_only[0].date.year, 2025);
    }
}

/// The two days of a range share the year the last, written with the month,
/// was given, whatever the publication date and wherever the range stands.
#[test]
fn the_days_of_a_range_share_one_year() {
    for published in ["2025-01-10", "2025-06-30", "2025-11-20", "2025-12-24"] {
        for text in [
            "18–19 December: the European Council summit in Brussels.",
            "Hello there. 18–19 December: summit.",
            "The summit is on 18–19 December.",
            "It was held from 3 to 5 June last time.",
            "Ministers met on 9 and 10 March in Riga.",
        ] {
            let found = dates_pub(text, Some(published));
            assert_eq!(found.len(), 2, "{text} ({published}): {found:?}");
            assert_eq!(
                found[0][..4],
                found[1][..4],
                "{text} ({published}): {found:?}"
            );
        }
    }
}

#[test]
fn a_body_or_place_named_after_a_day_is_no_date() {
    let on = |text| dates_pub(text, Some("2026-02-05"));
    assert!(on("The 6 January committee met again.").is_empty());
    assert!(on("He rejects the statement of the 26 February commission.").is_empty());
    assert!(on("Die Stiftung baut am Platz des 9. November.").is_empty());
    // An event so named is a date, as is a day after "on".
    assert_eq!(
        on("Since the 7 October attacks, talks stalled."),
        ["2025-10-07"]
    );
    assert_eq!(on("On 9 November 1989 the wall fell."), ["1989-11-09"]);
    assert_eq!(on("The committee met on 6 January."), ["2026-01-06"]);
}

/// A deadline long past this year, told in no past, is next year's.
#[test]
fn a_deadline_long_past_this_year_is_next_years() {
    let on = |text| dates_pub(text, Some("2026-10-30"));
    assert_eq!(
        on("The budget must reach the president by 30 January."),
        ["2027-01-30"]
    );
    assert_eq!(
        on(
            "Konstytucja wymaga, by budżet trafił do prezydenta w ciągu czterech miesięcy, czyli do 30 stycznia."
        ),
        ["2027-01-30"]
    );
    assert_eq!(
        on("The budget had to reach the president by 30 January."),
        ["2026-01-30"]
    );
    // A deadline weeks away is this year's, as it was.
    assert_eq!(on("The committee reports by 20 November."), ["2026-11-20"]);
}

/// A date that opens its clause is told by the verb after the phrase set
/// in after it, but not by another clause's or one after its own verb.
#[test]
fn a_clause_opening_date_reads_on_to_its_verb() {
    let on = |text, published| dates_pub(text, Some(published));
    assert_eq!(
        on(
            "In December, under the good offices of the OAS, both Governments signed an agreement.",
            "2009-09-20"
        ),
        ["2008-12"]
    );
    assert_eq!(
        on(
            "In December in Paris, the world turned a new page.",
            "2016-09-20"
        ),
        ["2015-12"]
    );
    assert_eq!(
        on(
            "On 30 November, we celebrate our fiftieth anniversary, followed by another.",
            "2016-10-15"
        ),
        ["2016-11-30"]
    );
    // "United" names, "to be held" is to come.
    assert_eq!(
        on(
            "In November, at the Bali Conference, the United Nations has a unique opportunity.",
            "2007-09-20"
        ),
        ["2007-11"]
    );
    assert_eq!(
        on(
            "A forum is to be held in Lima on 3 and 4 October.",
            "2019-09-20"
        ),
        ["2019-10-03", "2019-10-04"]
    );
    // A name ending in "-ed" is no past verb; the same clause in a past is.
    assert_eq!(
        on(
            "On 30 November, Ahmed Salim opens the new session.",
            "2016-10-15"
        ),
        ["2016-11-30"]
    );
    assert_eq!(
        on(
            "On 30 November, Ahmed Salim opened the new session.",
            "2016-10-15"
        ),
        ["2015-11-30"]
    );
}

#[test]
fn years_naming_plans_reports_and_codes() {
    for (text, want) in [
        (
            "The target in the 2022 fiscal rules was missed.",
            &["2022"][..],
        ),
        ("the 2021 audit, which cleared the ministry", &["2021"][..]),
        ("The 2019 transport strategy promised more.", &["2019"][..]),
        ("the 2017 electoral code gives 45 days", &["2017"][..]),
        (
            "The commission's 2006 report counted the missing.",
            &["2006"][..],
        ),
        (
            "She remembers 2010, when the coalition fell.",
            &["2010"][..],
        ),
    ] {
        assert_eq!(dates(text), want, "{text}");
    }
    // Counts before the same nouns' neighbours stay counts.
    for text in [
        "the 2000 soldiers of the mission",
        "Nigeria's 2000 troops arrived.",
        "The 1500 delegates met.",
        "a total of 2000, when counted",
    ] {
        assert!(dates(text).is_empty(), "{text}");
    }
}

#[test]
fn a_year_with_a_when_clause_places_the_days_of_the_clause() {
    assert_eq!(
        dates_pub(
            "That is tighter than in 2021, when the lists came out on 24 September and the first round was held on 7 November.",
            Some("2026-10-02"),
        ),
        ["2021", "2021-09-24", "2021-11-07"]
    );
    assert_eq!(
        dates_pub(
            "She remembers 2010, when the agreement of 11 May rewrote a budget passed in March.",
            Some("2026-02-10"),
        ),
        ["2010", "2010-05-11", "2010-03"]
    );
    // A full date between is the clause's own.
    assert_eq!(
        dates_pub(
            "Unlike 2021, when on 3 May 2022 the court ruled, the vote on 12 March holds.",
            Some("2026-02-10"),
        ),
        ["2021", "2022-05-03", "2026-03-12"]
    );
}

proptest::proptest! {
    /// A year opening the sentence places every yearless day after it in
    /// the sentence, the days between that it placed included.
    #[test]
    fn an_opening_year_places_each_later_day(
        year in 1950i32..2020,
        days in proptest::collection::btree_map(0usize..12, 1u8..=28, 2..5),
        published in (2021i32..2030, 1u8..=12, 1u8..=28),
    ) {
        let mut text = format!("In {year} the council met");
        for (n, (m, d)) in days.iter().enumerate() {
            let sep = if n == 0 { "" } else if n + 1 == days.len() { " and" } else { "," };
            let name = MONTH_NAMES[*m];
            text.push_str(&format!("{sep} on {d} {}{}", name[..1].to_uppercase(), &name[1..]));
        }
        text.push('.');
        let (py, pm, pd) = published;
        let got = dates_pub(&text, Some(&format!("{py}-{pm:02}-{pd:02}")));
        let mut want = vec![year.to_string()];
        for (m, d) in &days {
            let day = format!("{year}-{:02}-{d:02}", m + 1);
            if !want.contains(&day) {
                want.push(day);
            }
        }
        proptest::prop_assert_eq!(got, want, "{}", text);
    }
}

#[test]
fn years_as_a_target_or_a_choice() {
    for (text, want) in [
        ("The target was 2028; it is now 2030.", vec!["2028", "2030"]),
        (
            "Ministers chose 2029; their predecessors chose 2028, and missed it.",
            vec!["2029", "2028"],
        ),
        ("The deadline is 2031.", vec!["2031"]),
    ] {
        assert_eq!(dates(text), want, "{text}");
    }
    // Counts stay counts.
    for text in ["The target was 2000 homes.", "They chose 2000 delegates."] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

#[test]
fn appointments_months_ahead_told_in_the_present() {
    for (text, published, want) in [
        (
            "The G7 summit at Evian runs from 14 to 16 June.",
            "2026-03-09",
            vec!["2026-06-14", "2026-06-16"],
        ),
        (
            "NATO leaders gather in Ankara on 7 and 8 July.",
            "2026-03-09",
            vec!["2026-07-07", "2026-07-08"],
        ),
        (
            "Cyprus hands the presidency to Ireland on 1 July.",
            "2026-03-09",
            vec!["2026-07-01"],
        ),
        (
            "The cap on energy bills is reviewed again on 1 April.",
            "2026-11-18",
            vec!["2027-04-01"],
        ),
        // Told in the past, they stay past.
        (
            "The summit ran from 14 to 16 June.",
            "2026-09-09",
            vec!["2026-06-14", "2026-06-16"],
        ),
    ] {
        assert_eq!(dates_pub(text, Some(published)), want, "{text}");
    }
}

/// A year after "since" opens a stretch up to now: a day later in its
/// clause is not of that year.
#[test]
fn a_year_after_since_places_no_later_day() {
    assert_eq!(
        dates_pub(
            "their first pact since 1986, and on 15 January the liberals joined them.",
            Some("2026-02-03")
        ),
        ["1986", "2026-01-15"]
    );
    // A year alone before a day still places it.
    assert_eq!(
        dates_pub(
            "in 1994, and on 25 March the war began.",
            Some("2026-02-03")
        ),
        ["1994", "1994-03-25"]
    );
}

/// "Applies" sets a day to come as "opens" does.
#[test]
fn a_law_that_applies_from_a_day_long_past_applies_next_year() {
    assert_eq!(
        dates_pub(
            "If they fail, the stopgap law applies again from 1 January.",
            Some("2026-09-14")
        ),
        ["2027-01-01"]
    );
}

/// A day the article first reads as to come keeps that reading where it
/// comes back with no cue, and a day listed between two days of one year
/// is of that year.
#[test]
fn a_listed_day_keeps_the_reading_of_the_article() {
    let text = "The minister presents the budget on 6 October, and the vote is due \
                on 3 December.\n\nThree dates matter most:\n\n- 6 October: the speech;\n\
                - 19 November: the report;\n- 3 December: the vote.";
    assert_eq!(
        dates_pub(text, Some("2026-09-14")),
        [
            "2026-10-06",
            "2026-12-03",
            "2026-10-06",
            "2026-11-19",
            "2026-12-03"
        ]
    );
    // Alone, a listed day with no cue is the latest on or before publication.
    assert_eq!(
        dates_pub("- 19 November: the report;", Some("2026-09-14")),
        ["2025-11-19"]
    );
    // A day out of the calendar order of its neighbours is left alone.
    assert_eq!(
        dates_pub(
            "on 3 March 2020, on 5 January and on 2 June 2020",
            Some("2026-09-14")
        ),
        ["2020-03-03", "2026-01-05", "2020-06-02"]
    );
}

/// A day that opens a line of a schedule (after a list marker, or as a
/// heading after a sentence's end) is said as an appointment: within
/// weeks after publication it is the coming one. A line told in the past
/// is a timeline's, and keeps the day before publication.
#[test]
fn days_listed_at_the_start_of_a_line_are_appointments() {
    let schedule = "Three dates matter:\n\n- 9 July: the budget committee hearing;\n- 21 July: the final vote on the energy bill.\n";
    assert_eq!(
        dates_pub(schedule, Some("2026-07-02")),
        ["2026-07-09", "2026-07-21"]
    );
    let timeline = "What happened:\n\n- 9 July: the committee rejected the bill;\n";
    assert_eq!(dates_pub(timeline, Some("2026-07-02")), ["2025-07-09"]);
    let numbered = "The calendar.\n1. 14 July: second reading.\n";
    assert_eq!(dates_pub(numbered, Some("2026-07-02")), ["2026-07-14"]);
    // Not at a line's start, a bare day keeps its reading.
    let prose = "The hearing - 9 July - drew a crowd.";
    assert_eq!(dates_pub(prose, Some("2026-07-02")), ["2025-07-09"]);
}

/// A headline's bare year before a colon or comma is a year; the text's
/// rules read the rest of a title as they read a body.
#[test]
fn a_headline_year_before_a_colon_or_comma() {
    let title = |t: &str| -> Vec<String> {
        extract_title_dates(t, "2026-07-02".parse().ok(), None)
            .iter()
            .map(|m| m.date.to_string())
            .collect()
    };
    for (t, want) in [
        (
            "Summer session 2026: what the chamber must pass",
            &["2026"][..],
        ),
        ("Manovra 2027, la corsa contro il calendario", &["2027"][..]),
        ("Proračun za 2027.: Vlada žuri", &["2027"][..]),
        ("Vœux 2024 : le président promet", &["2024"][..]),
        ("Vœux 2024\u{a0}: le président promet", &["2024"][..]),
        (
            "Election 2024: the view from 14 March 2024",
            &["2024", "2024-03-14"][..],
        ),
    ] {
        assert_eq!(title(t), want, "{t}");
    }
    for t in [
        "Budget cuts: 2000 jobs and 300 offices",
        "Costs rose by 2026,5 million",
        "A €2026: price",
        "Room 12000: a story",
        "Bilan : 2000 postes supprimés",
        "Budget 2000 , une somme",
    ] {
        assert!(title(t).is_empty(), "{t}");
    }
}

/// A day told in no past that follows a day to come, later in the
/// calendar, is to come too: a calendar tells its days in order.
#[test]
fn a_day_after_a_day_to_come_in_a_run_is_to_come() {
    let text = "1 January. Bulgaria adopts the euro.\n\n5 March. Nepal votes.\n\n12 April. Hungary's election.";
    assert_eq!(
        dates_pub(text, Some("2025-12-29")),
        ["2026-01-01", "2026-03-05", "2026-04-12"]
    );
    let slips = "The bill is voted on 21 April at the latest. If it slips past 30 June, departments run on reserves.";
    assert_eq!(
        dates_pub(slips, Some("2026-02-10")),
        ["2026-04-21", "2026-06-30"]
    );
    // Told in a past, or earlier in the calendar, the day keeps its reading.
    let past = "The bill is voted on 21 April. The last one passed on 30 June.";
    assert_eq!(
        dates_pub(past, Some("2026-02-10")),
        ["2026-04-21", "2025-06-30"]
    );
    let comma = "The decree takes effect on 1 January. At the Council in Geneva on 5 November, Riyadh presented its plan.";
    assert_eq!(
        dates_pub(comma, Some("2025-12-02")),
        ["2026-01-01", "2025-11-05"]
    );
    let earlier = "The bill is voted on 21 April. It was drafted on 3 March.";
    assert_eq!(
        dates_pub(earlier, Some("2026-02-10")),
        ["2026-04-21", "2025-03-03"]
    );
}

/// A relative clause after another noun than the day's tells that noun's
/// story, not the day's: its past does not make the day past.
#[test]
fn a_past_in_a_relative_clause_of_another_noun_leaves_the_day() {
    let text = "MPs return on 9 January after a recess that began on 21 December.";
    assert_eq!(
        dates_pub(text, Some("2023-01-04")),
        ["2023-01-09", "2022-12-21"]
    );
    // Right after the day, the relative clause is its own.
    let own = "The summit on 9 January that ended the war is remembered.";
    assert_eq!(dates_pub(own, Some("2023-01-04")), ["2022-01-09"]);
}

/// A quotation opening after a day is speech of its own: its future does
/// not carry the day told before it ahead.
#[test]
fn a_future_in_a_quotation_after_a_day_leaves_it_past() {
    let text = "As the minister said on 30 December, \"this has to carry us through the year\".";
    assert_eq!(dates_pub(text, Some("2026-01-05")), ["2025-12-30"]);
    let unquoted = "The committee meets on 30 December and has to report by then.";
    assert_eq!(dates_pub(unquoted, Some("2026-12-05")), ["2026-12-30"]);
}

/// A future told in reported speech ("would" and a verb) places a day in
/// the coming half year; "would have" tells a past that did not happen.
#[test]
fn a_reported_future_places_its_day_ahead() {
    let text =
        "The commission said on Wednesday that it would publish the final lists on 12 October.";
    assert_eq!(dates_pub(text, Some("2026-10-02")), ["2026-10-12"]);
    let later = "Officials said the court would rule on 20 March.";
    assert_eq!(dates_pub(later, Some("2026-10-02")), ["2027-03-20"]);
    let missed = "The vote would have been held on 12 September.";
    assert_eq!(dates_pub(missed, Some("2026-10-02")), ["2026-09-12"]);
}

/// A weekday set after a day ("4 October, a Sunday") picks the year in
/// which the day falls on it.
#[test]
fn a_weekday_set_after_a_day_picks_its_year() {
    // 4 October 2026 is a Sunday, 4 October 2025 a Saturday.
    let text = "The Electoral Commission has pencilled in 4 October, a Sunday.";
    assert_eq!(dates_pub(text, Some("2026-07-03")), ["2026-10-04"]);
}

/// A year alone after a copula, ending its phrase, is the copula's
/// complement ("The exception was 2002.", "it used to be 2010,", "is not
/// 2019, it is 2035"); after a quantity, or going on to its noun, it is a
/// count.
#[test]
fn a_year_after_a_copula() {
    for (text, want) in [
        (
            "The exception was 2002, a year after the attacks.",
            &["2002"][..],
        ),
        (
            "For the Treasury it used to be 2010, the year austerity began.",
            &["2010"][..],
        ),
        (
            "The benchmark is not 2019, it is 2035.",
            &["2019", "2035"][..],
        ),
        (
            "The target in the 2022 fiscal rules was 2028; it is now 2030.",
            &["2022", "2028", "2030"][..],
        ),
        ("La próxima prueba es 2027.", &["2027"][..]),
        (
            "\"2024 will not be 2016,\" a diplomat said.",
            &["2024", "2016"][..],
        ),
    ] {
        assert_eq!(dates(text), want, "{text}");
    }
    for text in [
        "The death toll was 2015.",
        "The number of registered voters is 1998, up from 1700.",
        "Their score was 1950 points.",
        "The final tally of seats was 2000, and the count of ballots was 1999.",
    ] {
        assert!(dates(text).is_empty(), "{text}: {:?}", dates(text));
    }
}

proptest::proptest! {
    /// Any year after "The exception was" that ends the phrase is found;
    /// the same number after a quantity subject or before a noun is not.
    #[test]
    fn a_copulas_complement_is_a_year_and_a_quantitys_is_not(y in 1900i32..=2100) {
        proptest::prop_assert_eq!(dates(&format!("The exception was {}.", y)), vec![y.to_string()]);
        let total = dates(&format!("The total was {}.", y));
        proptest::prop_assert!(total.is_empty(), "{:?}", total);
        let counted = dates(&format!("The reason was {} voters.", y));
        proptest::prop_assert!(counted.is_empty(), "{:?}", counted);
    }
}

/// "runs to 2030": the end of a span after run, last or extend.
#[test]
fn a_year_a_span_runs_to() {
    assert_eq!(dates("A repair plan for the arch runs to 2030;"), ["2030"]);
    assert_eq!(dates("The freeze, which ran to 2028, ends."), ["2028"]);
    assert_eq!(dates("The term lasts to 2029."), ["2029"]);
    assert!(dates("The list runs to 2000 people.").is_empty());
}

/// A present passive with "for" sets a day as one with "on" does: "is
/// pencilled in for 3 March" in November is next March.
#[test]
fn a_passive_appointment_with_for() {
    assert_eq!(
        dates_pub(
            "The Spring Statement is pencilled in for 3 March, and local elections follow.",
            Some("2025-11-18")
        ),
        ["2026-03-03"]
    );
    assert_eq!(
        dates_pub(
            "The Spring Statement was pencilled in for 3 March.",
            Some("2025-11-18")
        ),
        ["2025-03-03"]
    );
}

/// A written full date earlier in the sentence places a yearless day
/// after it, past other yearless days between them, and a day a few weeks
/// before it.
#[test]
fn a_written_date_places_days_just_before_it_and_after_others() {
    assert_eq!(
        dates_pub(
            "The court annulled on 6 December 2024 the first round of 24 November, two days before the run-off of 8 December.",
            Some("2025-04-22")
        ),
        ["2024-12-06", "2024-11-24", "2024-12-08"]
    );
    // Months before it is no day of its story.
    assert_eq!(
        dates_pub(
            "The court ruled on 6 December 2024 that the vote of 3 March stands.",
            Some("2025-04-22")
        ),
        ["2024-12-06", "2025-03-03"]
    );
}

/// A year dating another noun after the day does not place it; an
/// anniversary kept on its day opens an appointment; "before" a day told
/// in no past is a deadline to come; a day naming an inquiry is none.
#[test]
fn attribute_years_anniversaries_before_and_inquiries() {
    assert_eq!(
        dates_pub(
            "The NATO-Ukraine Council meets at ministers' level on 11 June, and the 2008 Bucharest declaration hangs over it.",
            Some("2026-06-10")
        ),
        ["2026-06-11", "2008"]
    );
    assert_eq!(
        dates_pub(
            "On 21 May we mark twenty years since our independence.",
            Some("2026-03-03")
        ),
        ["2026-05-21"]
    );
    assert_eq!(
        dates_pub(
            "A new vote could not take place before 7 June, the commission said.",
            Some("2026-02-12")
        ),
        ["2026-06-07"]
    );
    assert_eq!(
        dates_pub("The talks collapsed before 7 June.", Some("2026-02-12")),
        ["2025-06-07"]
    );
    assert!(
        dates_pub(
            "The 6 January inquiry into procurement reports soon.",
            Some("2026-02-10")
        )
        .is_empty()
    );
}

/// The later day of a list is told by the clause before the first: "were
/// held on 3 and 4 October" in January is last October's, both days.
#[test]
fn a_later_day_of_a_list_is_read_from_the_lists_clause() {
    assert_eq!(
        dates_pub(
            "Elections were held on 3 and 4 October.",
            Some("2026-01-12")
        ),
        ["2025-10-03", "2025-10-04"]
    );
    assert_eq!(
        dates_pub(
            "Elections will be held on 3 and 4 October.",
            Some("2026-01-12")
        ),
        ["2026-10-03", "2026-10-04"]
    );
    let found = extract_dates(
        "Ministers met on 9 and 10 March in Riga.",
        "2025-06-30".parse().ok(),
    );
    assert_eq!(found.len(), 2);
    assert!(found[0].end <= found[1].start, "{found:?}");
}

/// An election race and a recount are events a year before them dates.
#[test]
fn a_race_and_a_recount_are_dated_events() {
    assert_eq!(dates("The 2024 race also runs under new rules."), ["2024"]);
    assert_eq!(dates("Nobody wants the 2000 recount again."), ["2000"]);
}

/// A people opening a clause is the plural subject of a plain verb: "On
/// 21 May Montenegrins mark twenty years" is to come.
#[test]
fn a_peoples_anniversary_is_to_come() {
    assert_eq!(
        dates_pub(
            "On 21 May Montenegrins mark twenty years since the referendum.",
            Some("2026-03-12")
        ),
        ["2026-05-21"]
    );
}

/// A day just before a written date after "since", or naming an event,
/// is not moved to that date's year; a past day a later attribute year
/// dates keeps it.
#[test]
fn just_before_a_written_date_not_after_since_and_past_days_keep_attribute_years() {
    assert_eq!(
        dates_pub(
            "Since the tragedy of 11 September 2001, the 19 August attack in Baghdad was a reminder.",
            Some("2003-09-25")
        ),
        ["2001-09-11", "2003-08-19"]
    );
    assert_eq!(
        dates_pub(
            "The military launched the operation on 25 March, marking the start of the 1971 genocide.",
            Some("2017-09-21")
        ),
        ["1971-03-25", "1971"]
    );
}

/// A year after an article, opening a clause after ", and", is an
/// attribute and places no later day of the sentence.
#[test]
fn an_attribute_year_after_and_opens_no_clause() {
    assert_eq!(
        dates_pub(
            "Trump won in 2016, and the 2000 recount in Florida still haunts lawyers, who have filed 90 suits since January.",
            Some("2024-09-03")
        ),
        ["2016", "2000", "2024-01"]
    );
}

/// A weekday that fits none of the years around publication takes the
/// year written earlier in its sentence that it fits.
#[test]
fn a_weekday_takes_a_year_of_its_sentence_it_fits() {
    assert_eq!(
        dates_pub(
            "In 2020 the first debate was held on September 29, and the race was not called until Saturday, November 7.",
            Some("2024-06-20")
        ),
        ["2020", "2020-09-29", "2020-11-07"]
    );
}

/// A future after the comma closing a clause told in the past does not
/// carry its month forward.
#[test]
fn a_future_past_a_past_clauses_comma_does_not_govern_it() {
    assert_eq!(
        dates_pub(
            "MONUSCO, whose mandate was renewed in December, is to help verify the ceasefire.",
            Some("2025-11-25")
        ),
        ["2024-12"]
    );
}

/// A year opening the object clause of a verb of saying, before a verb
/// no count takes, is that verb's subject; a count before a modal is not.
#[test]
fn a_year_after_a_verb_of_saying_is_the_subject_of_its_clause() {
    assert_eq!(
        dates_pub("Officials say 2030 remains the goal for membership.", None),
        ["2030"]
    );
    for text in [
        "Officials said 2000 will attend the rally.",
        "The police say 2000 were arrested.",
    ] {
        assert!(dates_pub(text, None).is_empty(), "{text}");
    }
}

/// A month opening its clause before "goes" is an appointment to come:
/// "in July the NATO summit goes to Ankara", written in December.
#[test]
fn a_month_before_goes_is_an_appointment() {
    assert_eq!(
        dates_pub(
            "In June the G7 leaders meet in Évian; in July the NATO summit goes to Ankara.",
            Some("2025-12-29")
        ),
        ["2026-06", "2026-07"]
    );
}

/// A year opening a clause after a colon places the days after it: "…
/// before: in 2007, after the defeat of 29 July, Abe resigned".
#[test]
fn a_year_opening_a_clause_after_a_colon_places_its_days() {
    assert_eq!(
        dates_pub(
            "The party has removed leaders before: in 2007, after the upper house defeat of 29 July, Abe resigned.",
            Some("2026-07-01")
        ),
        ["2007", "2007-07-29"]
    );
}
