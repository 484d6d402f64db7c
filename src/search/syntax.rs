//! The query a person types, made into the query tantivy's parser reads.
//!
//! pundex's query language is small (README, "Query syntax"): words,
//! "phrases" (straight or curly double quotes, or « »), `OR`, `AND`, `NOT`,
//! `+` and `-` before a term, parentheses, and `field:` prefixes. Every other
//! character a person types (apostrophes, hyphens, slashes, `&`, `%`, dots,
//! `*`, `^`, `~`, brackets …) is text: it is escaped here, so tantivy's parser
//! hands the word to the field's tokenizer, which cuts it as the index was cut
//! (`Putin's` is the phrase `putin s`, `Nagorno-Karabakh` is `nagorno karabakh`).
//! What is left to go wrong (an unclosed quote or parenthesis, an unknown
//! field, an `OR` with nothing on one side) is an error that names the place.

use super::query::QueryError;
use crate::index::schema;

/// Characters that open or close a phrase.
const QUOTES: [char; 6] = ['"', '“', '”', '„', '«', '»'];

/// Deepest nesting of parentheses accepted; tantivy's parser recurses once
/// per level, and no one groups deeper than a few.
pub const MAX_DEPTH: usize = 64;

/// Most words a query may have, phrases' words included. Every word costs
/// the search work (each language's parse, the case forms of its words, the
/// actor names and word pairs ranking looks for), and some of that grows
/// faster than the words do: 150,000 words took minutes. A pasted paragraph
/// is a few hundred.
pub const MAX_WORDS: usize = 1_000;

/// A query in tantivy's syntax, with what the snippets need from the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// For `QueryParser::parse_query`.
    pub text: String,
    /// The exact phrases (those without a slop), unanalysed.
    pub phrases: Vec<String>,
    /// Where the first `-` or `NOT` is, to place "everything is excluded".
    pub first_exclusion: Option<usize>,
    /// The `field:` prefixes in `text`: byte offset and field name.
    pub fields: Vec<(usize, &'static str)>,
    /// The words outside phrases in `text`: byte range and the word as typed.
    pub words: Vec<(std::ops::Range<usize>, String)>,
    /// What the person is looking for, as typed: runs of words outside
    /// parentheses that are neither excluded nor in a field, each exact phrase
    /// a run of its own, in order. Ranking looks for actors' names in them.
    pub runs: Vec<Vec<String>>,
    /// The query is nothing but words (no phrase, operator, sign, field or
    /// group), so their order and nearness in a document mean something.
    pub only_words: bool,
}

impl Prepared {
    /// `text` with each `field:` prefix renamed by `rename` (`title` →
    /// `title_ru` for the Russian fields).
    pub fn text_with_fields(&self, rename: impl Fn(&'static str) -> String) -> String {
        self.text_for(rename, |_| Vec::new())
    }

    /// [`text_with_fields`](Self::text_with_fields), and each word outside a
    /// phrase for which `alternatives` gives any written as a group that
    /// takes either: `день` → `(день OR дня OR дней)`. A sign or field
    /// before the word applies to the group; phrases stay as they are.
    pub fn text_for(
        &self,
        rename: impl Fn(&'static str) -> String,
        mut alternatives: impl FnMut(&str) -> Vec<String>,
    ) -> String {
        self.rewrite(rename, |typed, escaped, _| {
            let others = alternatives(typed);
            if others.is_empty() {
                return None;
            }
            let mut group = format!("({escaped}");
            for other in &others {
                group.push_str(" OR ");
                push_word(&mut group, other);
            }
            group.push(')');
            Some(group)
        })
    }

    /// [`text_with_fields`](Self::text_with_fields), with each word outside
    /// a phrase and a `field:` for which `weightless` holds written to match
    /// in `title` or `body` as before but to score in `body` alone:
    /// `to` → `(title:to^0 OR body:to)`. The documents matched are the same.
    pub fn text_scoring_in_body(
        &self,
        rename: impl Fn(&'static str) -> String,
        title: &str,
        body: &str,
        mut weightless: impl FnMut(&str) -> bool,
    ) -> String {
        // Words in a field's group (`title:(a b)`) would get a field inside
        // a field: a query with fields keeps the person's choice as it is.
        if !self.fields.is_empty() {
            return self.text_with_fields(rename);
        }
        self.rewrite(rename, |typed, escaped, in_field| {
            (!in_field && weightless(typed))
                .then(|| format!("({title}:{escaped}^0 OR {body}:{escaped})"))
        })
    }

    /// `text` with each `field:` prefix renamed by `rename`, and each word
    /// outside a phrase written as `word` gives it (the word as typed, as
    /// `text` holds it escaped, and whether a `field:` stands before it), or
    /// left as it is for `None`.
    fn rewrite(
        &self,
        rename: impl Fn(&'static str) -> String,
        mut word_text: impl FnMut(&str, &str, bool) -> Option<String>,
    ) -> String {
        let mut out = String::with_capacity(self.text.len() + 8 * self.fields.len());
        let mut from = 0;
        let mut field_end = None;
        let mut fields = self.fields.iter().peekable();
        let mut words = self.words.iter().peekable();
        loop {
            let field_next = match (fields.peek(), words.peek()) {
                (Some((field_at, _)), Some((word, _))) => *field_at < word.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            if field_next {
                let &(at, name) = fields.next().expect("peeked");
                out.push_str(&self.text[from..at]);
                out.push_str(&rename(name));
                from = at + name.len();
                // The name, its `:`, then the word or group it applies to.
                field_end = Some(from + 1);
                continue;
            }
            let (range, word) = words.next().expect("peeked");
            let in_field = field_end == Some(range.start);
            let Some(replacement) = word_text(word, &self.text[range.clone()], in_field) else {
                continue;
            };
            out.push_str(&self.text[from..range.start]);
            out.push_str(&replacement);
            from = range.end;
        }
        out.push_str(&self.text[from..]);
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    Phrase {
        text: String,
        slop: Option<u32>,
    },
    Open,
    Close,
    And,
    Or,
    Not,
    /// `+` before a term.
    Must,
    /// `-` before a term.
    Exclude,
    /// `title:` and the like; the term follows without a space.
    Field(&'static str),
}

/// A token and the character (not byte) position where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Placed {
    token: Token,
    at: usize,
}

/// A word, a phrase or a group has just ended.
fn ends_operand(token: Option<&Token>) -> bool {
    matches!(
        token,
        Some(Token::Word(_) | Token::Phrase { .. } | Token::Close)
    )
}

/// A word, a phrase or a group (perhaps with a sign or a field) begins.
fn starts_operand(token: Option<&Token>) -> bool {
    matches!(
        token,
        Some(
            Token::Word(_)
                | Token::Phrase { .. }
                | Token::Open
                | Token::Must
                | Token::Exclude
                | Token::Field(_)
        )
    )
}

fn error(message: impl Into<String>, at: usize) -> QueryError {
    QueryError {
        message: message.into(),
        position: Some(at),
    }
}

/// Reads `text` as pundex's query language and writes it in tantivy's, with
/// everything that is not pundex syntax escaped. Errors carry the character
/// position of the mistake.
pub fn prepare(text: &str) -> Result<Prepared, QueryError> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = lex(&chars)?;
    // Only signs ("*", "&&"): nothing would be searched, and "no matching
    // articles" would hide why.
    let searchable = |t: &Placed| match &t.token {
        Token::Word(text) | Token::Phrase { text, .. } => text.chars().any(char::is_alphanumeric),
        _ => false,
    };
    if !tokens.iter().any(searchable) && !text.trim().is_empty() {
        return Err(error(
            "the query has no words to search (signs such as * and & are not \
             searched): give words, a \"phrase\", or only filters such as --actor",
            0,
        ));
    }
    let mut counted = 0usize;
    for placed in &tokens {
        counted += match &placed.token {
            Token::Word(_) => 1,
            Token::Phrase { text, .. } => text.split_whitespace().count(),
            _ => 0,
        };
        if counted > MAX_WORDS {
            return Err(error(
                format!(
                    "the query has more than {MAX_WORDS} words (phrases included); \
                     search for fewer"
                ),
                placed.at,
            ));
        }
    }
    refuse_groups_that_only_exclude(&tokens)?;
    let mut out = String::with_capacity(text.len() * 2);
    let mut phrases = Vec::new();
    let mut first_exclusion = None;
    let mut fields = Vec::new();
    let mut words = Vec::new();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut depth = 0usize;
    let mut run_open = false;
    for (i, placed) in tokens.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| &tokens[p].token);
        let next = tokens.get(i + 1).map(|n| &n.token);
        let glued = matches!(
            prev,
            Some(Token::Must | Token::Exclude | Token::Not | Token::Field(_) | Token::Open)
        );
        // `a AND NOT b` is written `a -b`: tantivy reads a clause that only
        // excludes, like `AND (NOT b)`, as matching nothing.
        let and_not = placed.token == Token::And && next == Some(&Token::Not);
        if !out.is_empty() && !glued && placed.token != Token::Close && !and_not {
            out.push(' ');
        }
        let sought =
            depth == 0 && !matches!(prev, Some(Token::Exclude | Token::Not | Token::Field(_)));
        match &placed.token {
            Token::Word(word) if sought => {
                if !run_open {
                    runs.push(Vec::new());
                }
                runs.last_mut().expect("a run is open").push(word.clone());
            }
            Token::Phrase { text, slop: None } if sought => {
                runs.push(text.split_whitespace().map(str::to_owned).collect());
            }
            Token::Open => depth += 1,
            Token::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        run_open = sought && matches!(placed.token, Token::Word(_));
        match &placed.token {
            Token::Word(word) => {
                let start = out.len();
                push_word(&mut out, word);
                words.push((start..out.len(), word.clone()));
            }
            Token::Phrase { text, slop } => {
                out.push('"');
                for c in text.chars() {
                    if c == '"' || c == '\\' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('"');
                match slop {
                    Some(n) => out.push_str(&format!("~{n}")),
                    None => phrases.push(text.clone()),
                }
            }
            Token::Open => {
                if next == Some(&Token::Close) {
                    return Err(error("empty `()`", placed.at));
                }
                out.push('(');
            }
            Token::Close => out.push(')'),
            Token::And | Token::Or => {
                let name = if placed.token == Token::And {
                    "AND"
                } else {
                    "OR"
                };
                if placed.token == Token::Or && joins_an_exclusion(&tokens, i) {
                    return Err(error(
                        "`OR` cannot join an excluded word, which it would drop: put the \
                         exclusion outside, e.g. `(truce OR ceasefire) -gaza`",
                        placed.at,
                    ));
                }
                if !ends_operand(prev) || !(starts_operand(next) || next == Some(&Token::Not)) {
                    return Err(error(
                        format!(
                            "`{name}` needs a word on each side (write `{}` to search for the word)",
                            name.to_lowercase()
                        ),
                        placed.at,
                    ));
                }
                if !and_not {
                    out.push_str(name);
                }
            }
            Token::Not => {
                if !starts_operand(next) || matches!(next, Some(Token::Must | Token::Exclude)) {
                    return Err(error(
                        "`NOT` needs a word after it (write `not` to search for the word)",
                        placed.at,
                    ));
                }
                first_exclusion.get_or_insert(placed.at);
                out.push('-');
            }
            Token::Must => out.push('+'),
            Token::Exclude => {
                first_exclusion.get_or_insert(placed.at);
                out.push('-');
            }
            Token::Field(name) => {
                fields.push((out.len(), *name));
                out.push_str(name);
                out.push(':');
            }
        }
    }
    let only_words = tokens.iter().all(|t| matches!(t.token, Token::Word(_)));
    runs.retain(|run| !run.is_empty());
    Ok(Prepared {
        text: out,
        phrases,
        first_exclusion,
        fields,
        words,
        runs,
        only_words,
    })
}

/// Whether the operand starting at token `i` (a word, a phrase or a group)
/// is excluded: a `-` or `NOT` before it, perhaps before its `field:`.
fn is_excluded(tokens: &[Placed], i: usize) -> bool {
    for placed in tokens[..i].iter().rev() {
        match placed.token {
            Token::Field(_) => continue,
            Token::Exclude | Token::Not => return true,
            _ => return false,
        }
    }
    false
}

/// A group whose terms are all excluded (`(-a NOT b)`) matches nothing in
/// tantivy, so beside other terms it quietly emptied the results or left
/// them alone, depending on what joined it (`a AND (-b)`, `a (-b -c)`,
/// `a OR (-b)`, `-(-b)`); only a single exclusion beside other words happened
/// to exclude. It is an error at its `(`, saying where the exclusions go.
fn refuse_groups_that_only_exclude(tokens: &[Placed]) -> Result<(), QueryError> {
    // Open groups: where the `(` is and whether a term in it is sought.
    let mut open: Vec<(usize, bool)> = Vec::new();
    for (i, placed) in tokens.iter().enumerate() {
        match placed.token {
            Token::Word(_) | Token::Phrase { .. } | Token::Open => {
                if !is_excluded(tokens, i)
                    && let Some((_, sought)) = open.last_mut()
                {
                    *sought = true;
                }
                if placed.token == Token::Open {
                    open.push((placed.at, false));
                }
            }
            Token::Close => {
                if let Some((at, false)) = open.pop() {
                    return Err(error(
                        "a group that only excludes words matches nothing: put the exclusions \
                         outside it (`truce -gaza -yemen`, not `truce (-gaza -yemen)`)",
                        at,
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Whether the operator at token `i` has an excluded operand on either side
/// (`a OR -b`, `NOT b OR a`, `-(b c) OR a`): tantivy keeps the other side and
/// drops the exclusion, so `truce OR -gaza` found every truce.
fn joins_an_exclusion(tokens: &[Placed], i: usize) -> bool {
    let after = matches!(
        tokens.get(i + 1).map(|p| &p.token),
        Some(Token::Exclude | Token::Not)
    );
    let before = match i.checked_sub(1).map(|p| &tokens[p].token) {
        Some(Token::Word(_) | Token::Phrase { .. }) => is_excluded(tokens, i - 1),
        Some(Token::Close) => {
            // The `(` of that `)`: the nearest one before it at the same depth.
            let mut depth = 0usize;
            let mut open = None;
            for (n, placed) in tokens[..i - 1].iter().enumerate().rev() {
                match placed.token {
                    Token::Close => depth += 1,
                    Token::Open if depth == 0 => {
                        open = Some(n);
                        break;
                    }
                    Token::Open => depth -= 1,
                    _ => {}
                }
            }
            open.is_some_and(|n| is_excluded(tokens, n))
        }
        _ => false,
    };
    after || before
}

/// A word as text: every character that is not a letter or digit escaped
/// (the tokenizer drops them anyway), and the parser's own keywords in lower
/// case so they are searched as words.
fn push_word(out: &mut String, word: &str) {
    if matches!(word, "AND" | "OR" | "NOT" | "IN") {
        out.push_str(&word.to_lowercase());
        return;
    }
    for c in word.chars() {
        if !c.is_alphanumeric() {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Cuts the query into pundex's tokens; quotes and parentheses must balance.
fn lex(chars: &[char]) -> Result<Vec<Placed>, QueryError> {
    let mut tokens = Vec::new();
    let mut depth = 0;
    let mut opens = Vec::new();
    // After the start, white space or `(`: where `+`, `-`, `NOT` and `field:` may be.
    let mut term_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let placed = |token| Placed { token, at: i };
        if c.is_whitespace() {
            term_start = true;
            i += 1;
            continue;
        }
        if QUOTES.contains(&c) {
            let Some(len) = chars[i + 1..].iter().position(|c| QUOTES.contains(c)) else {
                return Err(error(format!("unclosed `{c}`"), i));
            };
            let text: String = chars[i + 1..i + 1 + len].iter().collect();
            let mut end = i + len + 2;
            let digits = chars[end..]
                .iter()
                .skip(1)
                .take_while(|c| c.is_ascii_digit())
                .count();
            let mut slop = None;
            if chars.get(end) == Some(&'~') {
                if !(1..=3).contains(&digits) {
                    return Err(error(
                        "`~` after a phrase takes how far apart its words may stand, 0 to 999: `\"black sea\"~3`",
                        end,
                    ));
                }
                let n: String = chars[end + 1..end + 1 + digits].iter().collect();
                slop = n.parse().ok();
                end += 1 + digits;
            }
            if let Some(sign @ ('~' | '^')) = chars.get(end) {
                let tail: String = chars[end + 1..]
                    .iter()
                    .take_while(|c| !c.is_whitespace() && !QUOTES.contains(c) && **c != ')')
                    .collect();
                if let Some(message) = lucene_suffix(*sign, &tail) {
                    return Err(error(message, end));
                }
            }
            tokens.push(placed(Token::Phrase { text, slop }));
            i = end;
            term_start = false;
            continue;
        }
        match c {
            '(' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(error(
                        format!("parentheses nested deeper than {MAX_DEPTH}"),
                        i,
                    ));
                }
                opens.push(i);
                tokens.push(placed(Token::Open));
                term_start = true;
                i += 1;
                continue;
            }
            ')' => {
                if opens.pop().is_none() {
                    return Err(error("unmatched `)`", i));
                }
                depth -= 1;
                tokens.push(placed(Token::Close));
                term_start = false;
                i += 1;
                continue;
            }
            '+' | '-' if term_start && chars.get(i + 1).is_some_and(|&n| starts_term(n)) => {
                tokens.push(placed(if c == '+' {
                    Token::Must
                } else {
                    Token::Exclude
                }));
                i += 1;
                // A field may follow (`-title:x`), an operator may not.
                lex_word(chars, &mut i, false, &mut tokens)?;
                term_start = false;
                continue;
            }
            _ => {}
        }
        lex_word(chars, &mut i, term_start, &mut tokens)?;
        term_start = false;
    }
    if let Some(&at) = opens.last() {
        return Err(error("unclosed `(`", at));
    }
    Ok(tokens)
}

/// Whether `c` can begin the term that a `+` or `-` applies to.
fn starts_term(c: char) -> bool {
    !c.is_whitespace() && c != ')' && c != '+' && c != '-'
}

/// Reads the word at `*i` (up to white space, a quote or a parenthesis) as an
/// operator (only where `operators`), a `field:` prefix with its term, or text.
/// Nothing is read when the term there is a phrase or a group.
fn lex_word(
    chars: &[char],
    i: &mut usize,
    operators: bool,
    tokens: &mut Vec<Placed>,
) -> Result<(), QueryError> {
    let start = *i;
    let len = chars[start..]
        .iter()
        .position(|&c| c.is_whitespace() || QUOTES.contains(&c) || c == '(' || c == ')')
        .unwrap_or(chars.len() - start);
    *i = start + len;
    if len == 0 {
        return Ok(());
    }
    let word: String = chars[start..start + len].iter().collect();
    let placed = |token, at| Placed { token, at };
    if operators {
        let op = match word.as_str() {
            "AND" => Some(Token::And),
            "OR" => Some(Token::Or),
            "NOT" => Some(Token::Not),
            _ => None,
        };
        if let Some(op) = op {
            tokens.push(placed(op, start));
            return Ok(());
        }
    }
    if let Some((name, rest)) = word.split_once(':') {
        let next = chars.get(*i).copied();
        let term_follows =
            !rest.is_empty() || next.is_some_and(|n| n == '(' || QUOTES.contains(&n));
        // `title: ceasefire` meant `title:ceasefire`; searched as the words
        // "title" and "ceasefire" it would quietly find something else.
        let lower = name.to_ascii_lowercase();
        if rest.is_empty() && !term_follows && schema::QUERYABLE.contains(&lower.as_str()) {
            return Err(error(
                format!(
                    "`{name}:` needs its word right after the colon, e.g. `{lower}:ceasefire`; put text with a colon in quotes"
                ),
                start,
            ));
        }
        let looks_like_field = !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
            && term_follows
            && !rest.starts_with("//");
        if looks_like_field {
            let Some(field) = schema::QUERYABLE.iter().find(|f| **f == lower) else {
                return Err(error(
                    format!(
                        "unknown field `{name}`; fields are {}; put text with a colon in quotes",
                        schema::QUERYABLE.join(", ")
                    ),
                    start,
                ));
            };
            let at = start + name.chars().count() + 1;
            if rest == "*" {
                return Err(error(
                    format!(
                        "`{field}:*` (any value) is not supported; search for words in the field, e.g. `{field}:ceasefire`"
                    ),
                    at,
                ));
            }
            tokens.push(placed(Token::Field(field), start));
            if !rest.is_empty() {
                tokens.push(word_token(rest, at)?);
            }
            return Ok(());
        }
    }
    tokens.push(word_token(&word, start)?);
    Ok(())
}

/// `word`, which starts at character `start`, as a token: refused when it
/// ends in a [`lucene_suffix`].
fn word_token(word: &str, start: usize) -> Result<Placed, QueryError> {
    if let Some(at) = word.rfind(['~', '^']).filter(|&at| at > 0)
        && word[..at].ends_with(char::is_alphanumeric)
    {
        let sign = word[at..].chars().next().unwrap_or('~');
        if let Some(message) = lucene_suffix(sign, &word[at + 1..]) {
            return Err(error(message, start + word[..at].chars().count()));
        }
    }
    Ok(Placed {
        token: Token::Word(word.to_owned()),
        at: start,
    })
}

/// Why `sign` and `tail` after a word or phrase are refused, when they are
/// Lucene's fuzzy (`truce~`, `truce~2`) or boost (`truce^3`) suffix: pundex
/// has neither, and searched as text they would quietly find nothing.
fn lucene_suffix(sign: char, tail: &str) -> Option<&'static str> {
    let number = !tail.is_empty()
        && tail.chars().all(|c| c.is_ascii_digit() || c == '.')
        && tail.parse::<f64>().is_ok();
    match sign {
        '~' if tail.is_empty() || number => Some(
            "pundex has no fuzzy search (`word~`): a word already matches its inflections; `~N` belongs after a \"phrase\"; put text with `~` in quotes",
        ),
        '^' if number => Some(
            "pundex has no boosts (`word^N`): leave the number out (a word in the title already counts more); put text with `^` in quotes",
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(q: &str) -> String {
        prepare(q).unwrap().text
    }

    fn position(q: &str) -> usize {
        prepare(q).unwrap_err().position.expect("placed")
    }

    #[test]
    fn a_query_of_signs_alone_is_an_error_not_an_empty_search() {
        for query in ["*", "&&", " * & ", "|"] {
            let e = prepare(query).expect_err(query);
            assert!(
                e.message.contains("no words to search"),
                "{query}: {}",
                e.message
            );
        }
        assert!(prepare("ceasefire *").is_ok());
    }

    #[test]
    fn field_prefixes_are_renamed_and_nothing_else() {
        let prepared = prepare(r#"title:мир -body:"black sea" author:x title\:y"#).unwrap();
        let renamed = prepared.text_with_fields(|name| match name {
            "title" | "body" => format!("{name}_ru"),
            other => other.to_owned(),
        });
        assert_eq!(
            renamed,
            prepared
                .text
                .replacen("title:", "title_ru:", 1)
                .replacen("body:", "body_ru:", 1)
        );
        assert!(renamed.contains("author:x"));
        assert_eq!(prepared.fields.len(), 3);
    }

    #[test]
    fn words_outside_phrases_take_their_alternatives_with_their_field_and_sign() {
        let prepared = prepare(r#"title:день -рынок "день" (Киев OR США) AND"#).unwrap_err();
        assert!(prepared.position.is_some());
        let prepared = prepare(r#"title:день -рынок "день" (Киев OR США)"#).unwrap();
        let others = |word: &str| match word {
            "день" => vec!["дня".to_owned(), "дней".to_owned()],
            "рынок" => vec!["рынка".to_owned()],
            "Киев" => vec!["киева".to_owned()],
            _ => Vec::new(),
        };
        assert_eq!(
            prepared.text_for(|name| format!("{name}_ru"), others),
            r#"title_ru:(день OR дня OR дней) -(рынок OR рынка) "день" ((Киев OR киева) OR США)"#
        );
        assert_eq!(
            prepared.text_for(str::to_owned, |_| Vec::new()),
            prepared.text
        );
    }

    #[test]
    fn common_words_score_in_the_body_alone() {
        let common = |word: &str| matches!(word, "to" | "of" | "the");
        let scored = |query: &str| {
            prepare(query)
                .unwrap()
                .text_scoring_in_body(str::to_owned, "title", "body", common)
        };
        assert_eq!(
            scored("responsibility to protect"),
            "responsibility (title:to^0 OR body:to) protect"
        );
        // A sign applies to the group; the documents matched stay the same.
        assert_eq!(
            scored("sea -of (the OR law)"),
            "sea -(title:of^0 OR body:of) ((title:the^0 OR body:the) OR law)"
        );
        // Phrases, and queries that name fields, stay as typed.
        assert_eq!(
            scored(r#""law of the sea" to"#),
            r#""law of the sea" (title:to^0 OR body:to)"#
        );
        assert_eq!(scored("title:(to sea) the"), "title:(to sea) the");
        assert_eq!(scored("sea law"), "sea law");
        // Each rewritten query is one tantivy's grammar reads.
        for query in ["responsibility to protect", "sea -of (the OR law)"] {
            assert!(tantivy::query_grammar::parse_query(&scored(query)).is_ok());
        }
    }

    #[test]
    fn documented_syntax_passes_through() {
        assert_eq!(text(r#""black sea" truce"#), r#""black sea" truce"#);
        assert_eq!(text("title:truce -ukraine"), "title:truce -ukraine");
        assert_eq!(text("(a OR b) c"), "(a OR b) c");
        assert_eq!(text("a AND NOT b"), "a -b");
        assert_eq!(text("a NOT (b c)"), "a -(b c)");
        assert_eq!(text("+a -(b c)"), "+a -(b c)");
        assert_eq!(text(r#"title:"azov sea"~2"#), r#"title:"azov sea"~2"#);
        assert_eq!(text("-Title:x"), "-title:x");
    }

    #[test]
    fn everything_else_is_text() {
        assert_eq!(text("Putin's war"), r"Putin\'s war");
        assert_eq!(text("Côte d'Ivoire"), r"Côte d\'Ivoire");
        assert_eq!(text("Nagorno-Karabakh"), r"Nagorno\-Karabakh");
        assert_eq!(
            text("U.S. 5% $5 #x @x a/b &"),
            r"U\.S\. 5\% \$5 \#x \@x a\/b \&"
        );
        assert_eq!(text("10:30 Note: x"), r"10\:30 Note\: x");
        assert_eq!(text("https://un.org"), r"https\:\/\/un\.org");
        assert_eq!(
            text(r"x^y [a TO b] {c} a\b *"),
            r"x\^y \[a TO b\] \{c\} a\\b \*"
        );
        assert_eq!(text("a - b"), r"a \- b");
        assert_eq!(text("MADE IN china"), "MADE in china");
        assert_eq!(text("-OR"), "-or");
    }

    #[test]
    fn curly_and_angle_quotes_are_phrases() {
        let p = prepare("“black sea” «paix durable» „x y“").unwrap();
        assert_eq!(p.text, r#""black sea" "paix durable" "x y""#);
        assert_eq!(p.phrases, ["black sea", "paix durable", "x y"]);
        // A phrase with a slop is not exact.
        assert_eq!(prepare(r#""a b"~2 "c d""#).unwrap().phrases, ["c d"]);
    }

    #[test]
    fn mistakes_name_the_character() {
        assert_eq!(position(r#"black "sea truce"#), 6);
        assert_eq!(position("(a OR b"), 0);
        assert_eq!(position("a OR b)"), 6);
        assert_eq!(position("Côte colour:red"), 5, "characters, not bytes");
        assert_eq!(position("OR a"), 0);
        assert_eq!(position("a OR"), 2);
        assert_eq!(position("a OR OR b"), 2);
        assert_eq!(position("a NOT"), 2);
        assert_eq!(position("x ()"), 2);
        assert_eq!(position("title:*"), 6);
        let e = prepare("body:* x").unwrap_err();
        assert!(e.message.contains("body:*"), "{}", e.message);
        // A field with its word cut off by a space or the end, in any case.
        assert_eq!(position("truce title: ceasefire"), 6);
        assert_eq!(position("Source:"), 0);
        assert_eq!(position("(tags:)"), 1);
        let e = prepare("AUTHOR: smith").unwrap_err();
        assert!(e.message.contains("`author:ceasefire`"), "{}", e.message);
        // Other words before a colon stay text, as does a field in quotes.
        assert_eq!(text("Note: title:x"), r"Note\: title:x");
        assert_eq!(text(r#""title: x""#), r#""title: x""#);
    }

    /// Lucene's fuzzy and boost suffixes are refused at their sign, after a
    /// word or a phrase; the same signs elsewhere stay text.
    #[test]
    fn fuzzy_and_boost_suffixes_are_refused_where_they_stand() {
        for (query, at) in [
            ("nuclear~2", 7),
            ("nuclear~", 7),
            ("a title:truce~1.5", 13),
            ("nuclear^3", 7),
            ("мир^0.5 b", 3),
            (r#""black sea"^2"#, 11),
            (r#""black sea"~2^4"#, 13),
            (r#""black sea"~"#, 11),
            (r#""black sea"~1000"#, 11),
        ] {
            let e = prepare(query).unwrap_err();
            assert_eq!(e.position, Some(at), "{query}: {}", e.message);
        }
        let e = prepare("truce~2").unwrap_err();
        assert!(e.message.contains("no fuzzy search"), "{}", e.message);
        let e = prepare("truce^2").unwrap_err();
        assert!(e.message.contains("no boosts"), "{}", e.message);
        // Not a suffix of a word: text, as before.
        assert_eq!(text("~50 x^y ^3 a~b"), r"\~50 x\^y \^3 a\~b");
        assert_eq!(text(r#""black sea"~3 x"#), r#""black sea"~3 x"#);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let ok = format!("{}a{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        prepare(&ok).unwrap();
        let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        assert_eq!(prepare(&deep).unwrap_err().position, Some(MAX_DEPTH));
    }

    #[test]
    fn runs_are_the_sought_words_in_order() {
        let runs = |q: &str| prepare(q).unwrap().runs;
        assert_eq!(runs("ebola guinea"), [["ebola", "guinea"]]);
        assert_eq!(
            runs(r#"aid "Papua New Guinea" -niger title:chad mali"#),
            [vec!["aid"], vec!["Papua", "New", "Guinea"], vec!["mali"]]
        );
        assert_eq!(runs("a OR b (c d) NOT e +f"), [["a"], ["b"], ["f"]]);
        assert!(prepare("ebola guinea").unwrap().only_words);
        assert!(!prepare("ebola -guinea").unwrap().only_words);
        assert!(!prepare("\"ebola\" guinea").unwrap().only_words);
    }

    #[test]
    fn a_query_of_more_words_than_the_limit_is_refused_where_it_passes_it() {
        let words = |n: usize| vec!["truce"; n].join(" ");
        prepare(&words(MAX_WORDS)).unwrap();
        let e = prepare(&words(MAX_WORDS + 1)).unwrap_err();
        assert!(e.message.contains("more than 1000 words"), "{}", e.message);
        assert_eq!(e.position, Some(MAX_WORDS * "truce ".len()));
        // A phrase's words count, however they are grouped.
        let phrase = format!("a \"{}\"", words(MAX_WORDS));
        assert_eq!(prepare(&phrase).unwrap_err().position, Some(2));
        let grouped = format!("({}) OR b", words(MAX_WORDS));
        assert!(prepare(&grouped).is_err());
    }

    /// Pieces of the syntax and of text, so that random strings meet the
    /// parser's cases more often than arbitrary characters would.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            proptest::sample::select(vec![
                "(", ")", "\"", "“", "»", " ", "  ", "\t", "\n", "-", "+", ":", "~2", "*", "\\",
                "AND", "OR", "NOT", "title:", "Title:", "body:", "x:", "truce", "мир", "é",
                "\u{0}", "\u{1b}", "\u{200b}", "\u{feff}",
            ])
            .prop_map(str::to_owned),
            any::<String>(),
            // Long runs, so that some queries pass the word limit.
            (1..400usize).prop_map(|n| "w ".repeat(n)),
            (1..400usize).prop_map(|n| format!("\"{}\"", "p ".repeat(n))),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Any text is a query or a one-line error placed inside it; never a
        /// panic, and never more words than the search is bounded by.
        #[test]
        fn any_text_is_a_query_or_a_placed_one_line_error(
            pieces in proptest::collection::vec(piece(), 0..40)
        ) {
            let text = pieces.concat();
            match prepare(&text) {
                Ok(prepared) => {
                    let words: usize = prepared.words.len()
                        + prepared.phrases.iter().map(|p| p.split_whitespace().count()).sum::<usize>();
                    proptest::prop_assert!(words <= MAX_WORDS);
                }
                Err(e) => {
                    proptest::prop_assert!(!e.message.contains('\n'), "{:?}", e.message);
                    let at = e.position.expect("placed");
                    proptest::prop_assert!(at <= text.chars().count(), "{text:?}: {at}");
                }
            }
        }
    }

    #[test]
    fn a_group_that_only_excludes_is_refused_at_its_parenthesis() {
        for (query, at) in [
            ("truce (-sea)", 6),
            ("truce AND (NOT sea -gaza)", 10),
            ("truce OR title:(-sea)", 15),
            ("truce -(-sea)", 7),
            ("truce (sea (-gaza))", 11),
        ] {
            let e = prepare(query).unwrap_err();
            assert!(
                e.message.contains("only excludes"),
                "{query}: {}",
                e.message
            );
            assert_eq!(e.position, Some(at), "{query}");
        }
        for query in [
            "truce -(sea gaza)",
            "(truce -sea)",
            "truce -title:(a OR b)",
            "(+a -b)",
        ] {
            prepare(query).unwrap();
        }
    }

    #[test]
    fn or_beside_an_exclusion_is_refused_at_the_or() {
        for (query, at) in [
            ("truce OR -gaza", 6),
            ("truce OR NOT gaza", 6),
            ("NOT gaza OR truce", 9),
            ("truce -gaza OR sea", 12),
            ("-(gaza sea) OR truce", 12),
            ("truce OR -title:gaza", 6),
        ] {
            let e = prepare(query).unwrap_err();
            assert!(
                e.message.contains("`OR` cannot join an excluded"),
                "{query}: {}",
                e.message
            );
            assert_eq!(e.position, Some(at), "{query}");
        }
        for query in [
            "truce OR sea -gaza",
            "(truce OR sea) -gaza",
            "a -(b OR c)",
            "(a -b) OR c",
        ] {
            prepare(query).unwrap();
        }
    }

    #[test]
    fn exclusions_are_placed() {
        assert_eq!(prepare("a -b NOT c").unwrap().first_exclusion, Some(2));
        assert_eq!(prepare("a b").unwrap().first_exclusion, None);
    }
}
