//! Counts of actors and issues over all documents matching a query.
//!
//! The counts read the fast columns of the matching documents into one
//! counter per value and segment, and turn the values that were seen into
//! names once per segment. They are exact (no per-segment top N as in
//! tantivy's terms aggregation), and cost a few array increments per
//! document.

use crate::index::schema;
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, Dictionary, StrColumn};
use tantivy::query::{EnableScoring, Query};
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

/// A name with the number of matching documents that carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub name: String,
    pub documents: u64,
}

/// Top actors, issues and languages, most documents first.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub actors: Vec<Count>,
    pub issues: Vec<Count>,
    /// ISO 639-1 codes (`en`, `ru`); articles of no clear language are not counted.
    pub languages: Vec<Count>,
}

/// Counts the top `limit` actors, issues (the first two levels of the issue
/// hierarchy) and languages among the documents matching `query`. `limit` 0
/// means all.
/// `executor` splits the count over the segments ([`super::segments::executor`]).
pub fn count(
    searcher: &Searcher,
    executor: &tantivy::Executor,
    query: &dyn Query,
    limit: usize,
) -> tantivy::Result<Facets> {
    let (actors, languages, issues) = searcher.search_with_executor(
        query,
        &(
            ValueCounts(schema::ACTORS),
            ValueCounts(schema::LANGUAGE),
            IssueCounts,
        ),
        executor,
        EnableScoring::disabled_from_searcher(searcher),
    )?;
    Ok(Facets {
        actors: top(totals(&actors, limit)?, limit),
        issues: top(issues, limit),
        languages: top(totals(&languages, limit)?, limit),
    })
}

/// The `limit` largest counts (0: all), most documents first, then by name.
fn top(counts: HashMap<String, u64>, limit: usize) -> Vec<Count> {
    let mut counts: Vec<Count> = counts
        .into_iter()
        .map(|(name, documents)| Count { name, documents })
        .collect();
    counts.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then_with(|| a.name.cmp(&b.name))
    });
    if limit > 0 {
        counts.truncate(limit);
    }
    counts
}

/// Counts the matching documents per value of a string fast field (actors,
/// language); a document counts once per value.
struct ValueCounts(&'static str);

/// One segment's counts, by the value's ordinal in the segment's dictionary.
struct SegmentValueCounts {
    documents: u64,
    column: Option<StrColumn>,
    counts: OrdinalCounts,
    block: BlockValues,
}

/// What a segment hands over: its dictionary and the counts of the ordinals
/// seen, in ordinal order.
struct SeenValues {
    dictionary: Option<std::sync::Arc<Dictionary>>,
    counts: Vec<(u64, u64)>,
    /// The matching documents of the segment.
    documents: u64,
}

impl SeenValues {
    /// Calls `named` with the name and count of each of `picked` (indexes
    /// into `counts`, in increasing order).
    fn name(&self, picked: &[usize], mut named: impl FnMut(&str, u64)) -> tantivy::Result<()> {
        let Some(dictionary) = &self.dictionary else {
            return Ok(());
        };
        let ordinals: Vec<u64> = picked.iter().map(|&i| self.counts[i].0).collect();
        let mut picked = picked.iter();
        let mut failed = None;
        dictionary.sorted_ords_to_term_cb(&ordinals, |bytes| {
            let i = *picked.next().expect("one term per ordinal asked for");
            match std::str::from_utf8(bytes) {
                Ok(name) => named(name, self.counts[i].1),
                Err(e) => failed = Some(e),
            }
        })?;
        match failed {
            None => Ok(()),
            Some(e) => Err(tantivy::TantivyError::InternalError(format!(
                "a counted value is not UTF-8: {e}"
            ))),
        }
    }

    /// The count of `name` in this segment.
    fn count_of(&self, name: &str) -> tantivy::Result<u64> {
        let Some(dictionary) = &self.dictionary else {
            return Ok(0);
        };
        let Some(ord) = dictionary.term_ord(name)? else {
            return Ok(0);
        };
        Ok(self
            .counts
            .binary_search_by_key(&ord, |&(o, _)| o)
            .map_or(0, |i| self.counts[i].1))
    }
}

/// The total count per name over `segments`: of every name when `limit` is
/// 0, else of every name that can be among the `limit` largest.
///
/// Naming an ordinal reads and decompresses a block of the segment's
/// dictionary, and a broad query sees most of the dictionary, so with a
/// limit only the ordinals that can matter are named, in three rounds (after
/// the "three-phase uniform threshold" algorithm for top-k over partitions):
/// 1. each segment's `limit` largest counts; the `limit`-th largest sum so
///    far, `bar`, is at most the `limit`-th largest total;
/// 2. in each segment, every count of at least its share of `bar`, in
///    proportion to its matching documents. A name named in neither round
///    counts less than its share everywhere, so less than `bar` in all: it is
///    not in the top;
/// 3. a name not yet named in some segment counts less than the segment's
///    share there; where that could lift it to the `limit`-th largest sum,
///    it is looked up in those segments. Names that could not are left out.
fn totals(segments: &[SeenValues], limit: usize) -> tantivy::Result<HashMap<String, u64>> {
    if limit == 0 {
        let mut totals: HashMap<String, u64> = HashMap::new();
        for seen in segments {
            let every: Vec<usize> = (0..seen.counts.len()).collect();
            seen.name(&every, |name, n| {
                *totals.entry(name.to_owned()).or_default() += n
            })?;
        }
        return Ok(totals);
    }
    // A segment's share of `bar` is `bar * documents / all`; compared
    // multiplied through by `all`, in whole numbers.
    let all: u64 = segments.iter().map(|s| s.documents).sum();
    let mut sums = Sums::new(segments);
    // Round 1.
    for (segment, seen) in segments.iter().enumerate() {
        let mut largest: Vec<usize> = (0..seen.counts.len()).collect();
        if limit > 0 && largest.len() > limit {
            largest.select_nth_unstable_by(limit - 1, |&a, &b| {
                seen.counts[b].1.cmp(&seen.counts[a].1)
            });
            largest.truncate(limit);
            largest.sort_unstable();
        }
        sums.name(segment, &largest)?;
    }
    // Round 2.
    let bar = sums.kth_largest(limit);
    for (segment, seen) in segments.iter().enumerate() {
        let more: Vec<usize> = (0..seen.counts.len())
            .filter(|&i| !sums.named[segment][i] && seen.counts[i].1 * all >= bar * seen.documents)
            .collect();
        sums.name(segment, &more)?;
    }
    // Round 3. Where every count of a segment was named, a name not among
    // them is not in the segment.
    let kth = sums.kth_largest(limit);
    let complete: Vec<bool> = sums.named.iter().map(|n| n.iter().all(|&n| n)).collect();
    let mut totals = HashMap::with_capacity(sums.by_name.len());
    for (name, (mut sum, named_in)) in sums.by_name {
        let unknown = |segment: usize| !named_in[segment] && !complete[segment];
        let unknown_documents: u64 = (0..segments.len())
            .filter(|&s| unknown(s))
            .map(|s| segments[s].documents)
            .sum();
        if unknown_documents > 0 {
            if sum * all + unknown_documents * bar < kth * all {
                continue;
            }
            for (segment, seen) in segments.iter().enumerate() {
                if unknown(segment) {
                    sum += seen.count_of(&name)?;
                }
            }
        }
        totals.insert(name, sum);
    }
    Ok(totals)
}

/// The sums of [`totals`]' rounds: per name, its sum so far and the segments
/// it was named in; per segment, which of its counts were named.
struct Sums<'a> {
    segments: &'a [SeenValues],
    by_name: HashMap<String, (u64, Vec<bool>)>,
    named: Vec<Vec<bool>>,
}

impl<'a> Sums<'a> {
    fn new(segments: &'a [SeenValues]) -> Sums<'a> {
        Sums {
            segments,
            by_name: HashMap::new(),
            named: segments
                .iter()
                .map(|s| vec![false; s.counts.len()])
                .collect(),
        }
    }

    /// Adds the counts `picked` (increasing indexes) of `segment` to their names.
    fn name(&mut self, segment: usize, picked: &[usize]) -> tantivy::Result<()> {
        let n = self.segments.len();
        let by_name = &mut self.by_name;
        self.segments[segment].name(picked, |name, count| {
            let (sum, named_in) = by_name
                .entry(name.to_owned())
                .or_insert_with(|| (0, vec![false; n]));
            *sum += count;
            named_in[segment] = true;
        })?;
        for &i in picked {
            self.named[segment][i] = true;
        }
        Ok(())
    }

    /// The `limit`-th largest sum so far; 0 when there are fewer names or no limit.
    fn kth_largest(&self, limit: usize) -> u64 {
        if limit == 0 || self.by_name.len() < limit {
            return 0;
        }
        let mut sums: Vec<u64> = self.by_name.values().map(|(sum, _)| *sum).collect();
        *sums.select_nth_unstable_by(limit - 1, |a, b| b.cmp(a)).1
    }
}

impl Collector for ValueCounts {
    type Fruit = Vec<SeenValues>;
    type Child = SegmentValueCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentValueCounts> {
        let column = segment.fast_fields().str(self.0)?;
        let values = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentValueCounts {
            documents: 0,
            column,
            counts: OrdinalCounts::new(values),
            block: BlockValues::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SeenValues>) -> tantivy::Result<Vec<SeenValues>> {
        Ok(segments)
    }
}

impl SegmentCollector for SegmentValueCounts {
    type Fruit = SeenValues;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.collect_block(&[doc]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.documents += docs.len() as u64;
        if let Some(column) = &self.column {
            for (doc, ord) in self.block.read(column.ords(), docs) {
                self.counts.add(ord as usize, doc);
            }
        }
    }

    fn harvest(self) -> SeenValues {
        SeenValues {
            dictionary: self.column.map(|c| c.into_parts().0),
            counts: self.counts.seen(),
            documents: self.documents,
        }
    }
}

/// Counts the matching documents per issue and per sub-issue: a document
/// tagged `security/disarmament` counts for both `security` and
/// `security/disarmament`, and once for `security` however many of its
/// sub-issues it has.
struct IssueCounts;

/// One segment's issue counts. Each facet ordinal of the segment maps to the
/// (at most two) names it counts for, numbered in `names`.
struct SegmentIssueCounts {
    column: StrColumn,
    counts_for: Vec<[Option<u32>; 2]>,
    names: Vec<String>,
    counts: OrdinalCounts,
    block: BlockValues,
}

impl Collector for IssueCounts {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentIssueCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentIssueCounts> {
        // A facet field's fast column holds each document's facets as
        // encoded paths (what `SegmentReader::facet_reader` wraps).
        let column = segment
            .fast_fields()
            .str(schema::ISSUES)?
            .ok_or_else(|| tantivy::TantivyError::SchemaError("issues are not fast".into()))?;
        let mut names: Vec<String> = Vec::new();
        let mut number: HashMap<String, u32> = HashMap::new();
        let mut counts_for = Vec::with_capacity(column.num_terms());
        let mut terms = column.dictionary().stream()?;
        while terms.advance() {
            let facet = Facet::from_encoded(terms.key().to_vec()).map_err(|e| {
                tantivy::TantivyError::InternalError(format!("an issue is not UTF-8: {e}"))
            })?;
            let path = facet.to_path();
            let mut levels = [None, None];
            for (depth, level) in levels.iter_mut().enumerate() {
                if path.len() > depth {
                    let name = path[..=depth].join("/");
                    let next = names.len() as u32;
                    let id = *number.entry(name.clone()).or_insert_with(|| {
                        names.push(name);
                        next
                    });
                    *level = Some(id);
                }
            }
            counts_for.push(levels);
        }
        let counts = OrdinalCounts::new(names.len());
        Ok(SegmentIssueCounts {
            column,
            counts_for,
            names,
            counts,
            block: BlockValues::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<HashMap<String, u64>>,
    ) -> tantivy::Result<HashMap<String, u64>> {
        let mut total: HashMap<String, u64> = HashMap::new();
        for (name, n) in segments.into_iter().flatten() {
            *total.entry(name).or_default() += n;
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentIssueCounts {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        self.collect_block(&[doc]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for (doc, ord) in self.block.read(self.column.ords(), docs) {
            for id in self.counts_for[ord as usize].iter().flatten() {
                self.counts.add(*id as usize, doc);
            }
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let names = self.names;
        self.counts
            .seen()
            .into_iter()
            .map(|(id, n)| (names[id as usize].clone(), n))
            .collect()
    }
}

/// Reads the values of a block of documents at once, which lets the column
/// decode them in batches rather than one call per document.
#[derive(Default)]
struct BlockValues {
    docs: Vec<DocId>,
    rows: Vec<u32>,
    values: Vec<u64>,
}

impl BlockValues {
    /// The (document, value) pairs of `docs` in `column`, in document order.
    fn read(
        &mut self,
        column: &Column<u64>,
        docs: &[DocId],
    ) -> impl Iterator<Item = (DocId, u64)> + '_ {
        self.docs.clear();
        self.rows.clear();
        column
            .index
            .docids_to_rowids(docs, &mut self.docs, &mut self.rows);
        self.values.resize(self.rows.len(), 0);
        column.values.get_vals(&self.rows, &mut self.values);
        self.docs.iter().copied().zip(self.values.iter().copied())
    }
}

/// Document counts per ordinal, each document counted once per ordinal.
struct OrdinalCounts {
    counts: Vec<u64>,
    /// The last document counted for each ordinal, plus one (0: none yet).
    last: Vec<u32>,
}

impl OrdinalCounts {
    fn new(ordinals: usize) -> OrdinalCounts {
        OrdinalCounts {
            counts: vec![0; ordinals],
            last: vec![0; ordinals],
        }
    }

    /// Counts `doc` for `ord`, unless it was counted for it already.
    /// Documents come in increasing order within a segment, so only the last
    /// one needs remembering.
    fn add(&mut self, ord: usize, doc: DocId) {
        if self.last[ord] != doc + 1 {
            self.last[ord] = doc + 1;
            self.counts[ord] += 1;
        }
    }

    /// The ordinals counted at least once, in order, with their counts.
    fn seen(self) -> Vec<(u64, u64)> {
        self.counts
            .into_iter()
            .enumerate()
            .filter(|&(_, n)| n > 0)
            .map(|(ord, n)| (ord as u64, n))
            .collect()
    }
}

/// A discovered actor over the index: how many matching documents name it,
/// the kind most of them gave it, and the other names (acronyms) they used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredCount {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub documents: u64,
}

/// How many documents per discovered actor are read for its kind and aliases.
const SAMPLED_DOCUMENTS: usize = 20;

/// The `limit` discovered actors (0: all) named by the most documents
/// matching `query`, most first, then by name.
pub fn discovered(
    searcher: &Searcher,
    fields: &crate::index::schema::Fields,
    query: &dyn Query,
    limit: usize,
) -> tantivy::Result<Vec<DiscoveredCount>> {
    let seen = searcher.search(query, &ValueCounts(schema::DISCOVERED))?;
    let counts = top(totals(&seen, limit)?, limit);
    let mut found = Vec::with_capacity(counts.len());
    for Count { name, documents } in counts {
        let (kind, aliases) = discovered_details(searcher, fields, query, &name)?;
        found.push(DiscoveredCount {
            name,
            kind,
            aliases,
            documents,
        });
    }
    Ok(found)
}

/// The kind most of the (first [`SAMPLED_DOCUMENTS`]) documents matching
/// `query` gave the discovered actor `name`, and the other names they used;
/// an empty kind when none names it. The sample is the documents with the
/// lowest content keys: taken by score, it was the first documents in the
/// index's order (a term of a plain field scores alike everywhere), which
/// depends on the threads that built the index, so two builds of one folder
/// could print different acronyms.
pub fn discovered_details(
    searcher: &Searcher,
    fields: &crate::index::schema::Fields,
    query: &dyn Query,
    name: &str,
) -> tantivy::Result<(String, Vec<String>)> {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let term = tantivy::Term::from_field_text(fields.discovered, name);
    let named = BooleanQuery::new(vec![
        (Occur::Must, query.box_clone()),
        (
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ),
    ]);
    let mut kinds: Vec<(String, u32)> = Vec::new();
    let mut aliases: Vec<String> = Vec::new();
    for (_, address) in searcher.search(
        &named,
        &TopDocs::with_limit(SAMPLED_DOCUMENTS)
            .order_by_u64_field(schema::CONTENT_KEY, tantivy::Order::Asc),
    )? {
        let doc: tantivy::TantivyDocument = searcher.doc(address)?;
        let hit = super::hit_from_doc(fields, &doc);
        for mention in hit.actors.into_iter().filter(|m| m.name == name) {
            match kinds.iter_mut().find(|(k, _)| *k == mention.kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((mention.kind, 1)),
            }
            for alias in mention.aliases {
                if !aliases.contains(&alias) {
                    aliases.push(alias);
                }
            }
        }
    }
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    aliases.sort();
    let kind = kinds.into_iter().next().map(|(k, _)| k).unwrap_or_default();
    Ok((kind, aliases))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::Fields;
    use proptest::prelude::*;
    use std::collections::{BTreeSet, HashSet};
    use tantivy::indexer::NoMergePolicy;
    use tantivy::query::TermSetQuery;
    use tantivy::schema::Facet;
    use tantivy::{Index, TantivyDocument, Term};

    /// One document as the test writes it.
    #[derive(Debug, Clone)]
    struct Written {
        actors: Vec<String>,
        issues: Vec<String>,
        language: Option<String>,
        matches: bool,
    }

    fn written() -> impl Strategy<Value = Written> {
        // Thirty names, some far more frequent than others, so that a count
        // with a limit has names to leave out; one is not ASCII.
        let name = (0u32..900).prop_map(|x| match x.isqrt() {
            29 => "Тета".to_owned(),
            i => format!("Actor {i}"),
        });
        let issue = prop::sample::select(vec![
            "security",
            "security/disarmament",
            "security/disarmament/nuclear",
            "security/terrorism",
            "economy",
            "economy/sanctions",
            "climate",
        ]);
        (
            prop::collection::vec(name, 0..8),
            prop::collection::vec(issue, 0..4),
            prop::option::of(prop::sample::select(vec!["en", "ru", "fr"])),
            any::<bool>(),
        )
            .prop_map(|(actors, issues, language, matches)| Written {
                actors,
                issues: issues.into_iter().map(String::from).collect(),
                language: language.map(String::from),
                matches,
            })
    }

    /// Writes the documents in `segments` commits (no merges), and returns
    /// the searcher with a query matching the documents marked `matches`.
    fn index(docs: &[Written], segments: usize) -> (tantivy::Searcher, TermSetQuery) {
        let index = Index::create_in_ram(schema::build());
        crate::index::stem::register(&index);
        let fields = Fields::of(&index.schema()).unwrap();
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let per_commit = docs.len().div_ceil(segments.max(1)).max(1);
        let mut matching = Vec::new();
        for (i, chunk) in docs.chunks(per_commit).enumerate() {
            for (j, written) in chunk.iter().enumerate() {
                let id = format!("{i}-{j}");
                let mut doc = TantivyDocument::default();
                doc.add_text(fields.id, &id);
                for actor in &written.actors {
                    doc.add_text(fields.actors, actor);
                }
                for issue in &written.issues {
                    doc.add_facet(fields.issues, Facet::from_path(issue.split('/')));
                }
                if let Some(language) = &written.language {
                    doc.add_text(fields.language, language);
                }
                if written.matches {
                    matching.push(Term::from_field_text(fields.id, &id));
                }
                writer.add_document(doc).unwrap();
            }
            writer.commit().unwrap();
        }
        let searcher = index.reader().unwrap().searcher();
        (searcher, TermSetQuery::new(matching))
    }

    /// The plain reference: per name, the matching documents that carry it.
    fn reference(docs: &[Written]) -> [HashMap<String, u64>; 3] {
        let mut counts: [HashMap<String, u64>; 3] = Default::default();
        for doc in docs.iter().filter(|d| d.matches) {
            let actors: HashSet<&String> = doc.actors.iter().collect();
            let mut issues = BTreeSet::new();
            for issue in &doc.issues {
                let path: Vec<&str> = issue.split('/').collect();
                for depth in 1..=path.len().min(2) {
                    issues.insert(path[..depth].join("/"));
                }
            }
            for actor in actors {
                *counts[0].entry(actor.clone()).or_default() += 1;
            }
            for issue in issues {
                *counts[1].entry(issue).or_default() += 1;
            }
            if let Some(language) = &doc.language {
                *counts[2].entry(language.clone()).or_default() += 1;
            }
        }
        counts
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn counts_match_a_plain_count_of_the_matching_documents(
            docs in prop::collection::vec(written(), 0..60),
            segments in 1usize..6,
            limit in 0usize..8,
        ) {
            let (searcher, query) = index(&docs, segments);
            let executor = crate::search::segments::executor(&searcher).unwrap();
            let facets = count(&searcher, &executor, &query, limit).unwrap();
            let [actors, issues, languages] = reference(&docs);
            prop_assert_eq!(facets.actors, top(actors, limit));
            prop_assert_eq!(facets.issues, top(issues, limit));
            prop_assert_eq!(facets.languages, top(languages, limit));
        }
    }

    /// Two indexes of the same documents, written in opposite orders, give
    /// a discovered actor the same aliases, though more documents name it
    /// than are sampled and only the first written give it an acronym.
    #[test]
    fn discovered_details_do_not_depend_on_the_order_of_writing() {
        let details = |reversed: bool| {
            let index = Index::create_in_ram(schema::build());
            crate::index::stem::register(&index);
            let fields = Fields::of(&index.schema()).unwrap();
            let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
            let mut order: Vec<u64> = (0..3 * SAMPLED_DOCUMENTS as u64).collect();
            if reversed {
                order.reverse();
            }
            for k in order {
                let aliases = if k < SAMPLED_DOCUMENTS as u64 {
                    r#","aliases":["AMU"]"#
                } else {
                    ""
                };
                let mut doc = TantivyDocument::default();
                doc.add_text(fields.id, format!("{k}"));
                doc.add_text(fields.discovered, "Arab Maghreb Union");
                doc.add_text(
                    fields.actor_mentions,
                    format!(
                        r#"[{{"name":"Arab Maghreb Union","kind":"organisation","count":1,"discovered":true{aliases}}}]"#
                    ),
                );
                // Keys that sort otherwise than the documents were written.
                doc.add_u64(fields.content_key, k.wrapping_mul(0x9e37_79b9_7f4a_7c15));
                writer.add_document(doc).unwrap();
            }
            writer.commit().unwrap();
            let searcher = index.reader().unwrap().searcher();
            discovered_details(
                &searcher,
                &fields,
                &tantivy::query::AllQuery,
                "Arab Maghreb Union",
            )
            .unwrap()
        };
        let forward = details(false);
        assert_eq!(forward.0, "organisation");
        assert_eq!(forward, details(true));
    }
}
