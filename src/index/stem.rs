//! The analyzers for title and body, one per language, with a memo of stems.
//!
//! Stemming every token was a quarter of indexing time, yet political text
//! reuses a small vocabulary: caching each word's stem gives tantivy's exact
//! `en_stem` tokens (same tokenizer, filters and stemmer) at a fraction of
//! the cost. It is registered under tantivy's own name, so indexes and
//! queries see no difference. Every other language of [`ANALYSES`] gets the
//! same analyzer with its own Snowball stemmer (`stem_ru`, `stem_de`, …).

use rustc_hash::FxHashMap;
use tantivy::Index;
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

use super::schema::{ANALYSES, STEMMED_TOKENIZER};

/// Words longer than this are dropped, as tantivy's `en_stem` does.
const LONGEST_TOKEN: usize = 40;

/// Distinct words remembered per analyzer before the memo starts over, which
/// bounds its memory (a few MB) on corpora with huge vocabularies.
const MEMO_CAPACITY: usize = 200_000;

/// Registers the analyzer of every stemmed language on `index`, English
/// replacing tantivy's `en_stem`. The plain fields use tantivy's `default`.
pub fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(STEMMED_TOKENIZER, english_analyzer());
    for analysis in &ANALYSES {
        if let Some(algorithm) = analysis.stemmer {
            tokenizers.register(&analysis.tokenizer(), analyzer(algorithm));
        }
    }
}

/// Simple tokenizer, long-word filter, lower case, English stems: `en_stem`.
pub fn english_analyzer() -> TextAnalyzer {
    analyzer(frostem::Algorithm::English)
}

/// `en_stem`'s tokenizer and filters with `algorithm`'s Snowball stemmer.
pub fn analyzer(algorithm: frostem::Algorithm) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_TOKEN))
        .filter(LowerCaser)
        .filter(MemoStemmer(algorithm))
        .build()
}

/// Token filter: the Snowball stem of each (lower-case) token, memoised.
#[derive(Clone, Copy, Debug)]
pub struct MemoStemmer(pub frostem::Algorithm);

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter {
            inner,
            memo: Memo::new(self.0),
        }
    }
}

pub struct MemoStemmerFilter<T> {
    inner: T,
    memo: Memo,
}

/// A copy starts with an empty memo: tantivy clones the analyzer per
/// segment and field, and copying a full memo would cost more than it saves.
impl<T: Clone> Clone for MemoStemmerFilter<T> {
    fn clone(&self) -> Self {
        MemoStemmerFilter {
            inner: self.inner.clone(),
            memo: Memo::new(self.memo.stemmer.algorithm()),
        }
    }
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            memo: &mut self.memo,
        }
    }
}

/// Stems by word. Most words fit in 16 bytes and are kept inline, key and
/// stem in one table entry, so a lookup reads one cache line instead of
/// following pointers to two heap strings; tokens are read in the millions.
struct Memo {
    stemmer: frostem::Stemmer,
    /// English leaves words under three bytes and numbers alone; other
    /// stemmers are not relied on to (Snowball German folds `ß`, Russian `ё`).
    skip_short: bool,
    short: FxHashMap<u128, Inline>,
    long: FxHashMap<Box<str>, Box<str>>,
}

/// A stem as the word cut to `keep` bytes plus up to 14 bytes of new ending
/// ("nations" → 6 + "", "policies" → 5 + "i").
#[derive(Clone, Copy)]
struct Inline {
    keep: u8,
    ending_len: u8,
    ending: [u8; 14],
}

impl Inline {
    /// The stem of `word` in this form, when its new ending fits.
    fn of(word: &str, stem: &str) -> Option<Inline> {
        let keep = word
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&end| stem.as_bytes().get(..end) == Some(&word.as_bytes()[..end]))
            .last()
            .unwrap_or(0);
        let new = &stem.as_bytes()[keep..];
        let mut ending = [0; 14];
        ending.get_mut(..new.len())?.copy_from_slice(new);
        Some(Inline {
            keep: u8::try_from(keep).ok()?,
            ending_len: new.len() as u8,
            ending,
        })
    }

    fn apply(&self, word: &mut String) {
        word.truncate(usize::from(self.keep));
        let ending = &self.ending[..usize::from(self.ending_len)];
        // Cut from a stem at a char boundary, so always UTF-8.
        word.push_str(std::str::from_utf8(ending).expect("cut at a char boundary"));
    }
}

/// A word of up to 16 bytes as one number (zero-padded: words hold no NUL),
/// a cheap memo key; also the issue matcher's.
pub(crate) fn inline_key(word: &str) -> Option<u128> {
    let mut padded = [0; 16];
    padded
        .get_mut(..word.len())?
        .copy_from_slice(word.as_bytes());
    Some(u128::from_le_bytes(padded))
}

impl Default for Memo {
    fn default() -> Self {
        Memo::new(frostem::Algorithm::English)
    }
}

impl Memo {
    fn new(algorithm: frostem::Algorithm) -> Memo {
        Memo {
            stemmer: frostem::Stemmer::new(algorithm),
            skip_short: algorithm == frostem::Algorithm::English,
            short: FxHashMap::default(),
            long: FxHashMap::default(),
        }
    }

    /// Replaces `word` by its stem.
    fn stem_in_place(&mut self, word: &mut String) {
        // The English stemmer leaves words under three letters and numbers
        // as they are; they are a third of all tokens, so skip the memo for them.
        if self.skip_short && (word.len() < 3 || word.bytes().all(|b| b.is_ascii_digit())) {
            return;
        }
        let key = inline_key(word);
        if let Some(stem) = key.and_then(|key| self.short.get(&key)) {
            stem.apply(word);
            return;
        }
        if let Some(stem) = self.long.get(word.as_str()) {
            word.clear();
            word.push_str(stem);
            return;
        }
        let stem = self.stemmer.stem(word).into_owned();
        if self.len() >= MEMO_CAPACITY {
            self.short.clear();
            self.long.clear();
        }
        match key.and_then(|key| Some((key, Inline::of(word, &stem)?))) {
            Some((key, inline)) => {
                self.short.insert(key, inline);
            }
            None => {
                self.long.insert(word.as_str().into(), stem.as_str().into());
            }
        }
        *word = stem;
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

pub struct MemoStemmerStream<'a, S> {
    tail: S,
    memo: &'a mut Memo,
}

impl<S: TokenStream> TokenStream for MemoStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        self.memo.stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Language, Stemmer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn same_tokens_as_tantivys_en_stem() {
        let mut tantivy_own = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let mut ours = english_analyzer();
        let text = "The Sanctions, sanctioned NATIONS; nations' relations — Relational \
                    generalizations ПУТИН Путин 2024 a-very-long-word-that-goes-on-and-on-and-on-forever \
                    running runs ran runner is as us 1990s 2030 no ab él";
        let speech = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/ungdc/RUS_77_2022.txt"
        ))
        .unwrap();
        // Twice: the second pass is answered from the memo.
        for text in [text, text, &speech, &speech] {
            assert_eq!(tokens(&mut ours, text), tokens(&mut tantivy_own, text));
        }
    }

    #[test]
    fn every_language_stems_as_its_snowball_stemmer() {
        // Russian, German and Turkish text, each word checked against the
        // stemmer itself, twice (the second pass comes from the memo).
        for (algorithm, text) in [
            (
                frostem::Algorithm::Russian,
                "Переговоры о перемирии: переговоров, ПЕРЕГОВОРАМ, перемирие; Чёрное море, \
                 Черном море, ёлка в 2025 году, а и в",
            ),
            (
                frostem::Algorithm::German,
                "Die Straße, der Straßen; Verhandlungen über einen Waffenstillstand",
            ),
            (
                frostem::Algorithm::Turkish,
                "Müzakereler, müzakerelerde ateşkes",
            ),
        ] {
            let stemmer = frostem::Stemmer::new(algorithm);
            let expected: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| stemmer.stem(&w.to_lowercase()).into_owned())
                .collect();
            let mut ours = analyzer(algorithm);
            for _ in 0..2 {
                let got: Vec<String> = tokens(&mut ours, text).into_iter().map(|t| t.0).collect();
                assert_eq!(got, expected, "{algorithm:?}");
            }
        }
        let mut russian = analyzer(frostem::Algorithm::Russian);
        let stems = |a: &mut TextAnalyzer, text| -> Vec<String> {
            tokens(a, text).into_iter().map(|t| t.0).collect()
        };
        assert_eq!(
            stems(&mut russian, "перемирие перемирии переговоры переговоров"),
            ["перемир", "перемир", "переговор", "переговор"]
        );
    }

    #[test]
    fn memo_starts_over_when_full() {
        let mut memo = Memo::default();
        for i in 0..MEMO_CAPACITY + 10 {
            let mut word = format!("word{i}s");
            memo.stem_in_place(&mut word);
            assert_eq!(word, format!("word{i}"));
        }
        assert!(memo.len() <= MEMO_CAPACITY);
        let mut word = "nations".to_owned();
        memo.stem_in_place(&mut word);
        assert_eq!(word, "nation");
    }

    #[test]
    fn inline_stems_keep_the_words_head() {
        for (word, stem) in [
            ("nations", "nation"),
            ("policies", "polici"),
            ("happy", "happi"),
            ("él", "él"),
            ("naïvely", "naiv"),
            ("generalizations", "general"),
        ] {
            let mut out = word.to_owned();
            Inline::of(word, stem).unwrap().apply(&mut out);
            assert_eq!(out, stem);
        }
        assert!(Inline::of("ab", "abcdefghijklmnopqrstuvwxyz").is_none());
        assert!(inline_key("seventeen-letters").is_none());
        let mut memo = Memo::default();
        for word in [
            "internationalisation",
            "internationalisation",
            "x".repeat(30).as_str(),
        ] {
            let mut out = word.to_owned();
            memo.stem_in_place(&mut out);
            assert_eq!(out, memo.stemmer.stem(word));
        }
    }
}
