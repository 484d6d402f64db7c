//! Timelines: matching documents counted per calendar year, month or ISO week.

use crate::index::schema;
use std::collections::BTreeMap;
use tantivy::collector::DocSetCollector;
use tantivy::query::Query;
use tantivy::{DateTime, Searcher};
use time::{Date, Duration, Month, OffsetDateTime};

/// The width of a timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
    Week,
}

impl Period {
    /// The label of the period holding `day`: `2024`, `2024-07` or `2024-W29` (ISO week).
    pub fn label(self, day: Date) -> String {
        match self {
            Period::Year => day.year().to_string(),
            Period::Month => format!("{}-{:02}", day.year(), u8::from(day.month())),
            Period::Week => {
                let (year, week, _) = day.to_iso_week_date();
                format!("{year}-W{week:02}")
            }
        }
    }

    /// The first day of the period after the one holding `day`.
    fn next(self, day: Date) -> Date {
        match self {
            Period::Year => Date::from_calendar_date(day.year() + 1, Month::January, 1).ok(),
            Period::Month => {
                let year = if day.month() == Month::December {
                    day.year() + 1
                } else {
                    day.year()
                };
                Date::from_calendar_date(year, day.month().next(), 1).ok()
            }
            Period::Week => period_start(Period::Week, day).checked_add(Duration::days(7)),
        }
        .unwrap_or(day)
    }

    /// The precision a publication date needs to be placed in this period
    /// (0 year, 1 month, 2 day; see `schema::PUBLISHED_PRECISION`).
    fn needs(self) -> u64 {
        match self {
            Period::Year => 0,
            Period::Month => 1,
            Period::Week => 2,
        }
    }
}

/// The `period` heading for a publication date as written (`YYYY[-MM[-DD]]`);
/// a date too coarse for the period says so ("2024, month unknown").
pub fn group_label(period: Period, published: Option<&str>) -> String {
    let Some(date) = published.and_then(|p| p.parse::<crate::article::PartialDate>().ok()) else {
        return "undated".to_owned();
    };
    match (period, date.month, date.day) {
        (Period::Year, _, _) => date.year.to_string(),
        (Period::Month, Some(_), _) => period.label(date.first_day()),
        (Period::Month, None, _) => format!("{}, month unknown", date.year),
        (Period::Week, Some(_), Some(_)) => period.label(date.first_day()),
        (Period::Week, _, _) => format!("{date}, week unknown"),
    }
}

/// Counts per period, oldest first, with empty periods in between filled in.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub period: Period,
    /// `(label, documents)`.
    pub counts: Vec<(String, u64)>,
    /// Matching documents without a publication date.
    pub undated: u64,
    /// Matching documents dated less precisely than the period (a year-only
    /// date on a monthly timeline).
    pub imprecise: u64,
    /// Counts by the first day of each period, for aligning several timelines.
    starts: BTreeMap<Date, u64>,
}

/// Counts the documents matching `query` per period of their publication date.
pub fn count(searcher: &Searcher, query: &dyn Query, period: Period) -> tantivy::Result<Timeline> {
    let docs = searcher.search(query, &DocSetCollector)?;
    let mut by_segment: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for address in docs {
        by_segment
            .entry(address.segment_ord)
            .or_default()
            .push(address.doc_id);
    }
    let mut buckets: BTreeMap<Date, u64> = BTreeMap::new();
    let (mut undated, mut imprecise) = (0, 0);
    for (segment_ord, doc_ids) in by_segment {
        let segment = searcher.segment_reader(segment_ord);
        let dates = segment.fast_fields().date(schema::PUBLISHED)?;
        let precisions = segment.fast_fields().u64(schema::PUBLISHED_PRECISION)?;
        for doc in doc_ids {
            let Some(date) = dates.first(doc) else {
                undated += 1;
                continue;
            };
            if precisions.first(doc).unwrap_or(0) < period.needs() {
                imprecise += 1;
                continue;
            }
            let Some(day) = day_of(date) else {
                undated += 1;
                continue;
            };
            *buckets.entry(period_start(period, day)).or_default() += 1;
        }
    }
    Ok(Timeline {
        period,
        counts: fill(period, &buckets),
        undated,
        imprecise,
        starts: buckets,
    })
}

/// The documents matching `query` per year of publication, as `(year,
/// documents)`, oldest first; undated documents are not counted. Reads
/// the publication column as the documents are matched, keeping nothing
/// else (cheaper than [`count`] on many matches). `executor` is the
/// search's ([`super::segments::executor`]).
pub fn years(
    searcher: &Searcher,
    executor: &tantivy::Executor,
    query: &dyn Query,
) -> tantivy::Result<Vec<(i32, u64)>> {
    super::segments::search(searcher, executor, query, &YearCounts)
}

/// Counts the collected documents per year of publication, as [`years`]
/// gives them; a collector, to count them in a pass that also ranks them.
pub struct YearCounts;

/// One segment's counts per year ([`YearCounts`]). A search that types no year counts its
/// matches this way for the event-year boost, and a common query matches
/// hundreds of thousands of documents on a large index, so each match costs
/// a share of a block read of the column and, mostly, two comparisons, not
/// a calendar conversion and a map entry.
pub struct SegmentYearCounts {
    dates: tantivy::columnar::Column<DateTime>,
    years: YearStarts,
    /// Per year of `years`.
    counts: Vec<u64>,
    /// Years outside `years` (none while the column's bounds are right).
    others: BTreeMap<i32, u64>,
    /// Matches not read yet: a scoring pass hands them over one at a time,
    /// and the column is cheaper to read a block at a time (at 50× UNGDC,
    /// 120 instructions a match when read one by one).
    unread: Vec<tantivy::DocId>,
    /// The slot of the last date counted: documents are indexed in folder
    /// order, so a match's year is most often its predecessor's.
    last_slot: usize,
}

impl tantivy::collector::Collector for YearCounts {
    type Fruit = Vec<(i32, u64)>;
    type Child = SegmentYearCounts;

    fn for_segment(
        &self,
        _: tantivy::SegmentOrdinal,
        segment: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentYearCounts> {
        let dates = segment.fast_fields().date(schema::PUBLISHED)?;
        let years = YearStarts::spanning(dates.min_value(), dates.max_value());
        Ok(SegmentYearCounts {
            counts: vec![0; years.len()],
            dates,
            years,
            others: BTreeMap::new(),
            unread: Vec::with_capacity(tantivy::COLLECT_BLOCK_BUFFER_LEN),
            last_slot: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<BTreeMap<i32, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut merged: BTreeMap<i32, u64> = BTreeMap::new();
        for (year, n) in segments.into_iter().flatten() {
            *merged.entry(year).or_default() += n;
        }
        Ok(merged.into_iter().collect())
    }
}

impl tantivy::collector::SegmentCollector for SegmentYearCounts {
    type Fruit = BTreeMap<i32, u64>;

    fn collect(&mut self, doc: tantivy::DocId, _: tantivy::Score) {
        self.unread.push(doc);
        if self.unread.len() == tantivy::COLLECT_BLOCK_BUFFER_LEN {
            self.read_unread();
        }
    }

    /// The dates of a block of matches read at once (when nothing scores).
    fn collect_block(&mut self, docs: &[tantivy::DocId]) {
        let mut dates = [None; tantivy::COLLECT_BLOCK_BUFFER_LEN];
        for block in docs.chunks(dates.len()) {
            let dates = &mut dates[..block.len()];
            dates.fill(None);
            self.dates.first_vals(block, dates);
            for date in dates.iter().flatten() {
                self.count(*date);
            }
        }
    }

    fn harvest(mut self) -> BTreeMap<i32, u64> {
        self.read_unread();
        let mut counts = self.others;
        for (slot, n) in self.counts.into_iter().enumerate() {
            if n > 0 {
                *counts.entry(self.years.year(slot)).or_default() += n;
            }
        }
        counts
    }
}

impl SegmentYearCounts {
    /// Counts the matches [`collect`](tantivy::collector::SegmentCollector::collect) kept.
    fn read_unread(&mut self) {
        let unread = std::mem::take(&mut self.unread);
        tantivy::collector::SegmentCollector::collect_block(self, &unread);
        self.unread = unread;
        self.unread.clear();
    }

    fn count(&mut self, date: DateTime) {
        let secs = date.into_timestamp_secs();
        let slot = match self.years.holds(self.last_slot, secs) {
            true => Some(self.last_slot),
            false => self.years.slot(secs),
        };
        match slot {
            Some(slot) => {
                self.counts[slot] += 1;
                self.last_slot = slot;
            }
            None => {
                if let Some(day) = day_of(date) {
                    *self.others.entry(day.year()).or_default() += 1;
                }
            }
        }
    }
}

/// The UTC years from one date's to another's, as the second each begins:
/// a stored date's year by a search among a few numbers.
#[derive(Debug)]
struct YearStarts {
    first_year: i32,
    /// The first second of each year from `first_year`, and of the year after the last.
    starts: Vec<i64>,
}

impl YearStarts {
    /// The years from `earliest`'s to `latest`'s; none if either is outside
    /// the calendar's range.
    fn spanning(earliest: DateTime, latest: DateTime) -> YearStarts {
        let (Some(first), Some(last)) = (day_of(earliest), day_of(latest)) else {
            return YearStarts {
                first_year: 0,
                starts: Vec::new(),
            };
        };
        let starts = (first.year()..=last.year() + 1)
            .map_while(|year| Date::from_calendar_date(year, Month::January, 1).ok())
            .map(|day| day.midnight().assume_utc().unix_timestamp())
            .collect();
        YearStarts {
            first_year: first.year(),
            starts,
        }
    }

    /// How many years.
    fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The year of slot `slot`.
    fn year(&self, slot: usize) -> i32 {
        self.first_year + slot as i32
    }

    /// Whether the year of slot `slot` holds the second `secs` since 1970.
    fn holds(&self, slot: usize, secs: i64) -> bool {
        match (self.starts.get(slot), self.starts.get(slot + 1)) {
            (Some(&start), Some(&end)) => start <= secs && secs < end,
            _ => false,
        }
    }

    /// The slot of the year holding the second `secs` since 1970, if it is
    /// one of these years: guessed from the average year's length, which is
    /// off by at most a year either way over tantivy's six centuries.
    fn slot(&self, secs: i64) -> Option<usize> {
        const AVERAGE_YEAR: i64 = 31_556_952;
        let (&first, &end) = (self.starts.first()?, self.starts.last()?);
        if secs < first || secs >= end {
            return None;
        }
        let mut slot = (((secs - first) / AVERAGE_YEAR) as usize).min(self.len() - 1);
        while secs < self.starts[slot] {
            slot -= 1;
        }
        while secs >= self.starts[slot + 1] {
            slot += 1;
        }
        Some(slot)
    }
}

/// The UTC calendar day of a stored date, or `None` outside `time`'s range.
fn day_of(date: DateTime) -> Option<Date> {
    OffsetDateTime::from_unix_timestamp(date.into_timestamp_secs())
        .ok()
        .map(OffsetDateTime::date)
}

/// The first day of the period holding `day`; weeks start on Monday (ISO).
fn period_start(period: Period, day: Date) -> Date {
    match period {
        Period::Year => Date::from_calendar_date(day.year(), Month::January, 1).ok(),
        Period::Month => day.replace_day(1).ok(),
        Period::Week => day.checked_sub(Duration::days(i64::from(
            day.weekday().number_days_from_monday(),
        ))),
    }
    .unwrap_or(day)
}

/// Every period from the first to the last bucket, zero where nothing matched.
fn fill(period: Period, buckets: &BTreeMap<Date, u64>) -> Vec<(String, u64)> {
    let (Some((&first, _)), Some((&last, _))) =
        (buckets.first_key_value(), buckets.last_key_value())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut at = first;
    while at <= last {
        out.push((period.label(at), buckets.get(&at).copied().unwrap_or(0)));
        let next = period.next(at);
        if next <= at {
            break;
        }
        at = next;
    }
    out
}

/// Several timelines of the same period on one continuous axis: one row per
/// period from the earliest to the latest, one count per timeline.
pub fn align(timelines: &[Timeline]) -> Vec<(String, Vec<u64>)> {
    let Some(period) = timelines.first().map(|t| t.period) else {
        return Vec::new();
    };
    let mut union: BTreeMap<Date, u64> = BTreeMap::new();
    for t in timelines {
        for day in t.starts.keys() {
            union.insert(*day, 0);
        }
    }
    fill(period, &union)
        .into_iter()
        .map(|(label, _)| {
            let row = timelines
                .iter()
                .map(|t| {
                    t.counts
                        .iter()
                        .find(|(l, _)| *l == label)
                        .map_or(0, |(_, n)| *n)
                })
                .collect();
            (label, row)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), day).unwrap()
    }

    #[test]
    fn calendar_months_and_iso_weeks() {
        assert_eq!(Period::Month.label(d(2024, 2, 29)), "2024-02");
        assert_eq!(Period::Month.next(d(2024, 12, 1)), d(2025, 1, 1));
        assert_eq!(Period::Week.label(d(2021, 1, 3)), "2020-W53");
        assert_eq!(period_start(Period::Week, d(2024, 7, 18)), d(2024, 7, 15));
    }

    #[test]
    fn weeks_start_on_monday_across_a_year_boundary() {
        // 2025-01-01 is a Wednesday: its week began on Monday 2024-12-30 and
        // belongs to ISO year 2025.
        assert_eq!(period_start(Period::Week, d(2025, 1, 1)), d(2024, 12, 30));
        assert_eq!(period_start(Period::Week, d(2024, 12, 30)), d(2024, 12, 30));
        assert_eq!(period_start(Period::Week, d(2021, 1, 3)), d(2020, 12, 28));
        assert_eq!(Period::Week.label(d(2024, 12, 30)), "2025-W01");
        assert_eq!(Period::Week.next(d(2024, 12, 31)), d(2025, 1, 6));
        assert_eq!(Period::Year.next(d(2024, 12, 31)), d(2025, 1, 1));
        let mut b = BTreeMap::new();
        b.insert(d(2024, 12, 23), 1);
        b.insert(d(2025, 1, 6), 2);
        let labels: Vec<String> = fill(Period::Week, &b).into_iter().map(|(l, _)| l).collect();
        assert_eq!(labels, ["2024-W52", "2025-W01", "2025-W02"]);
    }

    #[test]
    fn group_labels() {
        assert_eq!(group_label(Period::Month, Some("2024-07-15")), "2024-07");
        assert_eq!(
            group_label(Period::Month, Some("2024")),
            "2024, month unknown"
        );
        assert_eq!(group_label(Period::Week, Some("2024-07-15")), "2024-W29");
        assert_eq!(group_label(Period::Year, None), "undated");
    }

    /// The timeline of the documents a search for `text` matches.
    fn timeline(fixture: &crate::fixture::Fixture, text: &str, period: Period) -> Timeline {
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        let filters = crate::search::query::Filters::default();
        let query = crate::search::query::build(&searcher, &open.fields, text, &filters).unwrap();
        count(&searcher, query.as_ref(), period).unwrap()
    }

    #[test]
    fn an_index_is_counted_per_period_with_undated_and_imprecise_apart() {
        use crate::fixture::{Fixture, article};
        let fixture = Fixture::new();
        let speeches = [
            ("early.md", Some("2024-01-02"), "A ceasefire."),
            ("late.md", Some("2024-01-31"), "The ceasefire held."),
            ("spring.md", Some("2024-04-10"), "Ceasefire talks."),
            ("year.md", Some("2024"), "A ceasefire that year."),
            ("undated.md", None, "Ceasefire, some day."),
            ("harbour.md", Some("2024-02-14"), "The harbour reopened."),
        ];
        for (rel, date, body) in speeches {
            fixture.write(rel, &article("Speech", date, body));
        }
        fixture.sync();

        let months = timeline(&fixture, "ceasefire", Period::Month);
        let expected = [
            ("2024-01", 2),
            ("2024-02", 0),
            ("2024-03", 0),
            ("2024-04", 1),
        ];
        let expected: Vec<(String, u64)> =
            expected.iter().map(|(l, n)| (l.to_string(), *n)).collect();
        assert_eq!(months.counts, expected);
        assert_eq!((months.undated, months.imprecise), (1, 1));

        let years = timeline(&fixture, "ceasefire", Period::Year);
        assert_eq!(years.counts, [("2024".to_owned(), 4)]);
        assert_eq!((years.undated, years.imprecise), (1, 0));

        let harbour = timeline(&fixture, "harbour", Period::Month);
        let rows = align(&[months, harbour]);
        let labels: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["2024-01", "2024-02", "2024-03", "2024-04"]);
        let counts: Vec<&[u64]> = rows.iter().map(|(_, c)| c.as_slice()).collect();
        assert_eq!(counts, [[2, 0], [0, 1], [0, 0], [1, 0]]);
    }

    /// The calendar's year of a second since 1970, as [`day_of`] reads it.
    fn calendar_year(secs: i64) -> i32 {
        day_of(DateTime::from_timestamp_secs(secs)).unwrap().year()
    }

    #[test]
    fn year_starts_place_the_first_and_last_second_of_a_year() {
        let at = |y: i32, m: u8, day: u8| d(y, m, day).midnight().assume_utc().unix_timestamp();
        let years = YearStarts::spanning(
            DateTime::from_timestamp_secs(at(1968, 7, 1)),
            DateTime::from_timestamp_secs(at(1972, 2, 29)),
        );
        assert_eq!(years.len(), 5);
        let year_of = |secs: i64| years.slot(secs).map(|slot| years.year(slot));
        assert_eq!(year_of(at(1968, 1, 1)), Some(1968));
        assert_eq!(year_of(at(1970, 1, 1) - 1), Some(1969));
        assert_eq!(year_of(at(1970, 1, 1)), Some(1970));
        assert_eq!(year_of(at(1972, 12, 31) + 86_399), Some(1972));
        assert_eq!(year_of(at(1973, 1, 1)), None);
        assert_eq!(year_of(at(1968, 1, 1) - 1), None);
    }

    proptest::proptest! {
        /// Within the years it spans, a year table gives every second the
        /// calendar's year, and outside them none (tantivy stores dates from
        /// 1678 to 2261).
        #[test]
        fn year_starts_agree_with_the_calendar(
            a in -9_000_000_000i64..9_000_000_000,
            b in -9_000_000_000i64..9_000_000_000,
            probe in -9_000_000_000i64..9_000_000_000,
            guess in 0usize..700,
        ) {
            let (low, high) = (a.min(b), a.max(b));
            let years = YearStarts::spanning(
                DateTime::from_timestamp_secs(low),
                DateTime::from_timestamp_secs(high),
            );
            let expected = calendar_year(probe);
            let inside = (calendar_year(low)..=calendar_year(high)).contains(&expected);
            let found = years.slot(probe).map(|slot| years.year(slot));
            proptest::prop_assert_eq!(found, inside.then_some(expected));
            proptest::prop_assert_eq!(years.holds(guess, probe), years.slot(probe) == Some(guess));
            proptest::prop_assert_eq!(years.len() as i32, calendar_year(high) - calendar_year(low) + 1);
        }
    }

    #[test]
    fn years_count_as_the_yearly_timeline_does() {
        use crate::fixture::{Fixture, article};
        use tantivy::collector::TopDocs;
        let fixture = Fixture::new();
        let speeches = [
            ("a.md", Some("1969-12-31"), "A ceasefire."),
            ("b.md", Some("1970-01-01"), "The ceasefire held."),
            ("c.md", Some("1970-12-31"), "Ceasefire talks."),
            ("d.md", Some("1700-06-01"), "An old ceasefire."),
            ("e.md", Some("2200-01-01"), "A ceasefire to come."),
            ("f.md", Some("2024"), "A ceasefire that year."),
            ("g.md", None, "Ceasefire, some day."),
            ("h.md", Some("2024-02-29"), "The harbour reopened."),
        ];
        for (rel, date, body) in speeches {
            fixture.write(rel, &article("Speech", date, body));
        }
        // More matches than a block of the column, in no order of year, so
        // blocks fill, the last is part-full, and neighbours change year.
        for n in 0..150 {
            let date = format!("{}-03-01", 1990 + (n * 7) % 23);
            let body = if n % 3 == 0 {
                "A harbour."
            } else {
                "A ceasefire."
            };
            fixture.write(
                &format!("n{n:03}.md"),
                &article("Speech", Some(&date), body),
            );
        }
        fixture.sync();
        let open = fixture.open();
        let searcher = crate::index::searcher(&open.index).unwrap();
        let filters = crate::search::query::Filters::default();
        for text in ["ceasefire", "harbour", ""] {
            let query =
                crate::search::query::build(&searcher, &open.fields, text, &filters).unwrap();
            let executor = crate::search::segments::executor(&searcher).unwrap();
            let found = years(&searcher, &executor, query.as_ref()).unwrap();
            // Beside a collector that scores, matches come one at a time.
            let scoring = (YearCounts, TopDocs::with_limit(1).order_by_score());
            let (found_scoring, _) = searcher.search(query.as_ref(), &scoring).unwrap();
            let timeline = count(&searcher, query.as_ref(), Period::Year).unwrap();
            let expected: Vec<(i32, u64)> = timeline
                .starts
                .iter()
                .map(|(day, n)| (day.year(), *n))
                .collect();
            assert_eq!(found, expected, "{text:?}");
            assert_eq!(found_scoring, expected, "{text:?}, scored");
        }
    }

    #[test]
    fn gaps_are_filled_with_zeros() {
        let mut b = BTreeMap::new();
        b.insert(d(2024, 11, 1), 2);
        b.insert(d(2025, 2, 1), 1);
        let filled = fill(Period::Month, &b);
        let labels: Vec<&str> = filled.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["2024-11", "2024-12", "2025-01", "2025-02"]);
        assert_eq!(
            filled.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
            [2, 0, 0, 1]
        );
    }
}
