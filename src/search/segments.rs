//! Splitting a search over the index's segments, one thread each.
//!
//! A query that visits every match (a count, facets, the ranked first pass,
//! which scores every match to count them) costs time in proportion to its
//! matches, and on a large index those lie in several segments that can be
//! searched at once. tantivy merges the segments' results in segment order,
//! so the result is the same as on one thread.

use tantivy::{Executor, Searcher};

/// Threads at most: on 550,000 speeches in 6 segments, `sanctions --facets`
/// took 34 ms on 2 threads against 51 ms on one, and no longer on a busy
/// machine.
const MAX_THREADS: usize = 4;

/// An executor with a thread per segment, up to the cores and
/// [`MAX_THREADS`]; on one core or one segment, none (the caller's thread).
pub fn executor(searcher: &Searcher) -> tantivy::Result<Executor> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = searcher.segment_readers().len().min(cores).min(MAX_THREADS);
    if threads > 1 {
        Executor::multi_thread(threads, "pundex-search-")
    } else {
        Ok(Executor::single_thread())
    }
}

/// [`Searcher::search`] split over the segments by `executor` (from
/// [`executor`]; one for all the passes of a search, as each new one starts
/// its threads again).
pub fn search<C: tantivy::collector::Collector>(
    searcher: &Searcher,
    executor: &Executor,
    query: &dyn tantivy::query::Query,
    collector: &C,
) -> tantivy::Result<C::Fruit> {
    let scoring = if collector.requires_scoring() {
        tantivy::query::EnableScoring::enabled_from_searcher(searcher)
    } else {
        tantivy::query::EnableScoring::disabled_from_searcher(searcher)
    };
    searcher.search_with_executor(query, collector, executor, scoring)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::indexer::NoMergePolicy;
    use tantivy::query::QueryParser;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, doc};

    /// The reference is tantivy's search on the caller's thread: the same
    /// count and the same hits in the same order, ties included.
    #[test]
    fn a_search_split_over_segments_finds_what_one_thread_finds() {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let words = ["sanctions", "nuclear", "disarmament", "peace", "war", "sea"];
        let mut seed = 7u64;
        for _segment in 0..5 {
            for _ in 0..200 {
                let text: Vec<&str> = (0..12)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        words[(seed >> 33) as usize % words.len()]
                    })
                    .collect();
                writer.add_document(doc!(body => text.join(" "))).unwrap();
            }
            writer.commit().unwrap();
        }
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 5);
        let parser = QueryParser::for_index(&index, vec![body]);
        let executor = executor(&searcher).unwrap();
        for text in [
            "nuclear",
            "nuclear AND disarmament",
            "\"nuclear disarmament\"",
            "peace war",
            "absent",
        ] {
            let query = parser.parse_query(text).unwrap();
            let collector = (Count, TopDocs::with_limit(50).order_by_score());
            let split = search(&searcher, &executor, query.as_ref(), &collector).unwrap();
            let alone = searcher.search(query.as_ref(), &collector).unwrap();
            assert_eq!(split.0, alone.0, "{text}");
            assert_eq!(split.1, alone.1, "{text}");
        }
    }
}
