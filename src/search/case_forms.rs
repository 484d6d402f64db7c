//! Query words in Russian and Ukrainian widened to their case forms.
//!
//! The Russian stemmer does not bring every form of a noun to one stem: a
//! vowel that drops out ("день", "дня"), a stem that changes ("время",
//! "времени") or a nominative it cuts too far ("Киев" → "ки", "Киева" →
//! "киев"). Ukrainian articles are not stemmed at all. So in the Russian
//! and the plain fields a Cyrillic query word also takes the forms
//! [`noun_forms`] makes of it, each analysed as the field is; the word as
//! typed is always one of them, so nothing found before is lost. Other
//! languages' fields, and words in other scripts, are left as they are.
//!
//! Query side rather than index side: an extra "dictionary form" term per
//! word at indexing would need to know each text word's nominative (a
//! lemmatiser, guessing from the oblique form, where the query knows it),
//! and would cost every article; a few more terms per Cyrillic query word
//! cost a search nothing it can measure.

use crate::extract::declension::{Lang, may_be, noun_forms};
use crate::index::schema::ANALYSES;
use tantivy::Index;
use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, StopWordFilter, TextAnalyzer};

/// The language whose nouns widen query words in the fields of `analysis`
/// ([`ANALYSES`] index): Russian for `ru`, Ukrainian for `plain`.
fn declining(analysis: usize) -> Option<Lang> {
    match ANALYSES[analysis].key {
        "ru" => Some(Lang::Russian),
        "plain" => Some(Lang::Ukrainian),
        _ => None,
    }
}

/// Shortest stem an added form may have: a form the stemmer cuts to two
/// letters would match unrelated words.
const SHORTEST_STEM: usize = 3;

/// The alternatives of query words for one analysis's fields.
pub struct Widening {
    lang: Lang,
    analyzer: TextAnalyzer,
    /// Drops Russian function words: the forms of a short word can spell
    /// one ("про" would take "при"), and it is in nearly every article.
    function_words: TextAnalyzer,
}

impl Widening {
    /// `None` for an analysis whose words are not widened.
    pub fn for_analysis(index: &Index, analysis: usize) -> Option<Widening> {
        let lang = declining(analysis)?;
        let analyzer = index.tokenizers().get(&ANALYSES[analysis].tokenizer())?;
        let function_words = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(StopWordFilter::new(Language::Russian)?)
            .build();
        Some(Widening {
            lang,
            analyzer,
            function_words,
        })
    }

    /// Forms of `word` to search beside it, each with terms of its own
    /// (the field's analysis of the forms differs from the word's and from
    /// each other's). Empty for a word that is not Cyrillic, or that the
    /// language's letters rule out.
    pub fn alternatives(&mut self, word: &str) -> Vec<String> {
        if !may_be(word, self.lang) {
            return Vec::new();
        }
        let forms = noun_forms(word, self.lang);
        if forms.is_empty() {
            return forms;
        }
        let mut seen = vec![self.terms(word)];
        let mut kept = Vec::new();
        for form in forms {
            if self.function_words.token_stream(&form).next().is_none() {
                continue;
            }
            let terms = self.terms(&form);
            let long_enough = terms
                .last()
                .is_some_and(|t| t.chars().count() >= SHORTEST_STEM);
            if long_enough && !seen.contains(&terms) {
                seen.push(terms);
                kept.push(form);
            }
        }
        kept
    }

    fn terms(&mut self, text: &str) -> Vec<String> {
        let mut terms = Vec::new();
        let mut stream = self.analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            terms.push(token.text.clone());
        }
        terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::schema::{self, Analysis};
    use proptest::prelude::*;

    fn index() -> &'static Index {
        static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            let index = Index::create_in_ram(schema::build());
            crate::index::stem::register(&index);
            index
        })
    }

    fn widening(language: &str) -> Widening {
        Widening::for_analysis(index(), Analysis::index_of(Some(language))).unwrap()
    }

    #[test]
    fn only_russian_and_plain_fields_are_widened() {
        for language in ["en", "de", "sr", "pl"] {
            let analysis = Analysis::index_of(Some(language));
            assert!(
                Widening::for_analysis(index(), analysis).is_none(),
                "{language}"
            );
        }
    }

    #[test]
    fn forms_are_kept_once_per_stem() {
        let mut ru = widening("ru");
        let forms = ru.alternatives("день");
        let mut stems: Vec<Vec<String>> = forms.iter().map(|f| ru.terms(f)).collect();
        stems.push(ru.terms("день"));
        // Each form's stem is searched, once: "дней" by "дне"'s stem.
        for form in ["дня", "дней", "дням", "днём", "дни"] {
            assert!(stems.contains(&ru.terms(form)), "{form} in {forms:?}");
        }
        let count = stems.len();
        stems.sort();
        stems.dedup();
        assert_eq!(stems.len(), count, "{forms:?}");
        // "Киев" is stemmed "ки"; its other forms "киев".
        assert!(
            ru.alternatives("Киев")
                .iter()
                .any(|f| ru.terms(f) == ["киев"])
        );
    }

    #[test]
    fn no_form_is_a_function_word() {
        let (mut ru, mut plain) = (widening("ru"), widening("uk"));
        // "про" as a noun in -о would have a plural "при".
        assert!(!ru.alternatives("про").iter().any(|f| f == "при"));
        assert!(!plain.alternatives("про").iter().any(|f| f == "при"));
    }

    #[test]
    fn words_of_the_other_language_or_script_are_left_alone() {
        let (mut ru, mut plain) = (widening("ru"), widening("uk"));
        assert!(ru.alternatives("угоді").is_empty());
        assert!(plain.alternatives("перемирие").is_empty());
        assert!(!plain.alternatives("угода").is_empty());
        for word in ["truce", "США", "2025", "和平"] {
            assert!(ru.alternatives(word).is_empty(), "{word}");
            assert!(plain.alternatives(word).is_empty(), "{word}");
        }
    }

    fn terms_of(query: &dyn tantivy::query::Query) -> Vec<tantivy::Term> {
        let mut terms = Vec::new();
        query.query_terms(&mut |term, _| terms.push(term.clone()));
        terms
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        /// Any query of Cyrillic words: no panic, the widened text parses
        /// whenever the plain one does, and every term of the plain query
        /// is in it, so nothing found before is lost.
        #[test]
        fn a_widened_query_keeps_every_term_of_the_plain_one(
            text in "[а-яёіїєґА-ЯЁІЇЄҐ' -]{0,30}",
            language in proptest::sample::select(vec!["ru", "uk"]),
        ) {
            let analysis = Analysis::index_of(Some(language));
            let fields = schema::Fields::of(&index().schema()).unwrap();
            let texts = fields.texts[analysis];
            let parser = tantivy::query::QueryParser::for_index(index(), vec![texts.title, texts.body]);
            let mut widening = widening(language);
            let Ok(prepared) = crate::search::syntax::prepare(&text) else {
                return Ok(());
            };
            let rename = |name: &'static str| match name {
                schema::TITLE | schema::BODY => ANALYSES[analysis].field(name),
                other => other.to_owned(),
            };
            let plain = parser.parse_query(&prepared.text_with_fields(rename));
            let widened = parser.parse_query(&prepared.text_for(rename, |w| widening.alternatives(w)));
            if let Ok(plain) = plain {
                let widened = widened.expect("the widened text parses");
                let all = terms_of(widened.as_ref());
                for term in terms_of(plain.as_ref()) {
                    prop_assert!(all.contains(&term), "{:?}: {:?}", text, term);
                }
            }
        }
    }
}
