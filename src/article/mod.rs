//! The document model and loading: one file on disk becomes one or more [`Article`]s.
//!
//! Format is chosen by extension; text encoding is detected ([`encoding`]); each
//! format module turns decoded text into articles. Loading never panics on bad
//! input: it returns a [`LoadError`] naming the reason, or per-line warnings for
//! JSON Lines files whose other lines are fine.

pub mod date;
pub mod encoding;
mod html;
mod json;
mod markdown;
#[cfg(test)]
mod properties;
mod txt;

use std::path::Path;

pub use date::PartialDate;

/// Characters from the start of a body that decide its language: enough for
/// a reliable guess, few enough to keep detection off the indexing profile.
const LANGUAGE_SAMPLE_CHARS: usize = 400;

/// Largest file pundex reads; bigger files are skipped with a warning.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Names what the readers of this version accept and take from a file.
/// Bump it when a reader learns to read files it refused (as the JSON
/// reader learnt lists of articles) or to take more from a file (a title,
/// a date under another key): an index built by readers of another version
/// reads every file again once, skipped ones included, instead of keeping
/// what the older readers made of them until they change.
pub const READERS_VERSION: &str = "readers-2: JSON lists of articles";

/// One article, as found on disk, before extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Unique id: the path relative to the indexed folder, plus `#LINE` for JSON Lines.
    pub id: String,
    /// The source file, relative to the indexed folder, with `/` separators.
    pub path: String,
    pub title: String,
    /// Where `title` came from: only a title someone wrote is indexed as one.
    pub title_source: TitleSource,
    pub body: String,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub published: Option<PartialDate>,
    /// Where `published` came from, so a reader can judge it.
    pub date_source: Option<DateSource>,
    /// ISO 639-1 code when the language is clear (`en`, `ru`, …).
    pub language: Option<String>,
    /// Encoding the file was decoded from (`UTF-8`, `windows-1251`, …).
    pub encoding: &'static str,
}

/// Where an article's title came from. A title made from the file name
/// (`ARM 78 2023`) is shown but not searched as a title: its words are
/// codes and years no author chose, and as title words they would match
/// (and be boosted) in every article of that year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TitleSource {
    /// Front matter, an HTML `<title>`, a JSON title or a Markdown heading.
    Written,
    /// The short first line of a plain-text file.
    FirstLine,
    /// The file name, when nothing else gave a title.
    #[default]
    FileName,
}

impl TitleSource {
    pub fn as_str(self) -> &'static str {
        match self {
            TitleSource::Written => "written",
            TitleSource::FirstLine => "first-line",
            TitleSource::FileName => "file-name",
        }
    }
}

/// Where an article's publication date was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// Front matter, JSON keys or HTML meta tags.
    Metadata,
    /// A date in the file name (`2025-03-19-…`, `…_2022.txt`).
    FileName,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Metadata => "metadata",
            DateSource::FileName => "file-name",
        }
    }
}

/// The supported file formats, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl Format {
    /// The format for a path's extension, or `None` when pundex does not read it.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => return None,
        })
    }
}

/// Why a file was not indexed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("too large ({size} bytes; the limit is {MAX_FILE_BYTES})")]
    TooLarge { size: u64 },
    #[error("not a supported format (use .txt, .md, .html, .json, .jsonl)")]
    Unsupported,
    #[error("{0}")]
    Binary(#[from] encoding::DecodeError),
    #[error("empty: no text to index")]
    Empty,
    #[error("bad front matter: {0}")]
    FrontMatter(String),
    #[error("bad JSON: {0}")]
    Json(String),
    /// Every line of a JSON Lines file, or item of a JSON list, was bad: the
    /// first one's warning.
    #[error("no article read: {0}")]
    NoArticle(String),
}

/// What loading one file produced: its articles, and warnings about parts skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// Problems with parts of the file (e.g. one bad JSON line); the rest was loaded.
    pub warnings: Vec<String>,
}

/// Metadata a format may carry besides title and body.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    /// The title is a plain text's first line, not one an author marked.
    pub title_is_first_line: bool,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub date: Option<String>,
    /// `lang` or `language`, as written; it wins over detection when known.
    pub language: Option<String>,
    /// Parts of the metadata the parser could not read and left out, one
    /// line each; the article is loaded without them.
    pub warnings: Vec<String>,
}

/// Reads and parses one file. `rel` is its path relative to the indexed folder.
pub fn load_file(path: &Path, rel: &str) -> Result<Loaded, LoadError> {
    let format = Format::of(path).ok_or(LoadError::Unsupported)?;
    let size = std::fs::metadata(path)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size });
    }
    let bytes = read_regular_file(path)?;
    load_bytes(&bytes, format, rel)
}

/// Reads a regular file whole, at most [`MAX_FILE_BYTES`] and one more.
/// Opening never waits: a FIFO or device put where a file was listed would
/// block a plain read for ever; once open, anything but a regular file is
/// refused.
pub fn read_regular_file(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// A settings file (a config or a lexicon) as text, read as an article is:
/// a FIFO or device is refused without waiting on it (a `pundex.toml` FIFO
/// in the articles' folder hung every run), and a file over
/// [`MAX_FILE_BYTES`] is refused unread (a link to `/dev/zero` read until
/// memory ran out).
pub fn read_settings_file(path: &Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind};
    let bytes = read_regular_file(path)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::new(
            ErrorKind::InvalidData,
            format!("larger than {} MiB", MAX_FILE_BYTES >> 20),
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| Error::new(ErrorKind::InvalidData, "stream did not contain valid UTF-8"))
}

/// Parses bytes already read; the core of [`load_file`], usable without a file.
pub fn load_bytes(bytes: &[u8], format: Format, rel: &str) -> Result<Loaded, LoadError> {
    let decoded = encoding::decode(bytes)?;
    let text = lone_carriage_returns_as_newlines(&decoded.text);
    let text: &str = &text;
    let mut loaded = match format {
        Format::Text => single(txt::parse(text), rel),
        Format::Markdown => single(markdown::parse(text)?, rel),
        Format::Html => single(html::parse(text), rel),
        Format::Json => json::parse_file(text, rel)?,
        Format::JsonLines => json::parse_lines(text, rel),
    };
    if loaded.articles.is_empty() && loaded.warnings.is_empty() {
        return Err(LoadError::Empty);
    }
    if matches!(format, Format::Json | Format::JsonLines) && loaded.articles.is_empty() {
        // The first bad line or item says why; the others are alike or counted.
        let noun = match format {
            Format::JsonLines => json::Record::Line,
            _ => json::Record::Item,
        }
        .noun();
        let more = if loaded.warnings.len() > 1 {
            format!(" (and more bad {noun}s)")
        } else {
            String::new()
        };
        return Err(LoadError::NoArticle(format!(
            "{}{more}",
            loaded.warnings[0]
        )));
    }
    for article in &mut loaded.articles {
        article.encoding = decoded.encoding;
    }
    Ok(loaded)
}

/// `text` with each carriage return that no line feed follows read as a line
/// feed: a file with old Mac line endings (CR alone) was one line, so it had
/// no title line and no front matter. CRLF and LF files are returned as they are.
fn lone_carriage_returns_as_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', bytes).any(lone) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    for i in memchr::memchr_iter(b'\r', bytes).filter(|&i| lone(i)) {
        out.push_str(&text[start..i]);
        out.push('\n');
        start = i + 1;
    }
    out.push_str(&text[start..]);
    std::borrow::Cow::Owned(out)
}

/// Wraps a single-article parse, rejecting articles with no text.
fn single((meta, body): (Meta, String), rel: &str) -> Loaded {
    let mut warnings = Vec::new();
    match finish(meta, body, rel, rel.to_owned(), &mut warnings) {
        Some(article) => Loaded {
            articles: vec![article],
            warnings,
        },
        None => Loaded::default(),
    }
}

/// Builds the article from parsed parts: fills the title and date fallbacks and
/// the language. `None` when there is no text at all. A written date that is
/// no date, or one the index cannot hold, is left out with a warning.
pub(crate) fn finish(
    meta: Meta,
    body: String,
    rel: &str,
    id: String,
    warnings: &mut Vec<String>,
) -> Option<Article> {
    let body = body.trim().to_owned();
    if body.is_empty() {
        return None;
    }
    warnings.extend(meta.warnings);
    let file_name = rel.rsplit('/').next().unwrap_or(rel);
    let written_date = meta
        .date
        .as_deref()
        .and_then(|text| match written_date(text) {
            Ok(date) => date,
            Err(warning) => {
                warnings.push(warning);
                None
            }
        });
    let (published, date_source) = match written_date {
        Some(d) => (Some(d), Some(DateSource::Metadata)),
        None => match PartialDate::from_file_name(file_name) {
            Some(d) => (Some(d), Some(DateSource::FileName)),
            None => (None, None),
        },
    };
    let (title, title_source) = match meta
        .title
        .map(|t| collapse_whitespace(&t))
        .filter(|t| !t.is_empty())
    {
        Some(t) if meta.title_is_first_line => (t, TitleSource::FirstLine),
        Some(t) => (t, TitleSource::Written),
        None => (title_from_file_name(file_name), TitleSource::FileName),
    };
    let language = meta
        .language
        .as_deref()
        .and_then(language_code_of)
        .or_else(|| {
            whatlang::detect(&body.chars().take(LANGUAGE_SAMPLE_CHARS).collect::<String>())
                .filter(|info| info.is_reliable() || near_reliable(info))
                .map(|info| language_code(info.lang()).to_owned())
        });
    Some(Article {
        id,
        path: rel.to_owned(),
        title,
        title_source,
        body,
        author: meta.author.filter(|s| !s.trim().is_empty()),
        source: meta.source.filter(|s| !s.trim().is_empty()),
        url: meta.url.filter(|s| !s.trim().is_empty()),
        tags: meta.tags,
        published,
        date_source,
        language,
        encoding: "UTF-8",
    })
}

/// A date as metadata states it: `Ok(None)` when blank, else the date, or
/// why it is left out (not a date, or outside [`date::PUBLICATION_YEARS`]).
fn written_date(text: &str) -> Result<Option<PartialDate>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let shown: String = one_line(text).chars().take(60).collect();
    match PartialDate::parse(text) {
        Some(d) if date::PUBLICATION_YEARS.contains(&d.year) => Ok(Some(d)),
        Some(_) => Err(format!(
            "date {shown:?} is outside the years pundex can store ({} to {}); indexed without it",
            date::PUBLICATION_YEARS.start(),
            date::PUBLICATION_YEARS.end()
        )),
        None => Err(format!(
            "date {shown:?} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY); indexed without it"
        )),
    }
}

/// "2025-03-19-putin-trump-call.txt" → "Putin trump call"; "RUS_77_2022.txt" → "RUS 77 2022".
pub fn title_from_file_name(file_name: &str) -> String {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
    let stem = stem.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let stem = if stem.is_empty() {
        file_name.rsplit_once('.').map_or(file_name, |(s, _)| s)
    } else {
        stem
    };
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => file_name.to_owned(),
    }
}

/// Longest parser message a warning repeats: parsers may quote a whole line
/// of the file, and a hostile line can be megabytes long.
const MAX_MESSAGE_CHARS: usize = 200;

/// A parser's message as one line of at most [`MAX_MESSAGE_CHARS`]
/// characters, with control characters (which could drive a terminal) as spaces.
pub(crate) fn one_line(message: &str) -> String {
    let printable: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = collapse_whitespace(&printable);
    if line.chars().count() <= MAX_MESSAGE_CHARS {
        return line;
    }
    let mut clipped: String = line.chars().take(MAX_MESSAGE_CHARS - 1).collect();
    clipped.push('…');
    clipped
}

pub(crate) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A guess of Danish, Norwegian or Swedish that whatlang calls unreliable
/// because the three are close to each other (a Danish article scores
/// about 0.5, Norwegian being near): its best guess is still one of
/// them, and pundex reads the three alike. Other languages keep whatlang's
/// threshold.
fn near_reliable(info: &whatlang::Info) -> bool {
    use whatlang::Lang::{Dan, Nob, Swe};
    matches!(info.lang(), Dan | Nob | Swe) && info.confidence() >= NEAR_RELIABLE_CONFIDENCE
}

/// The confidence [`near_reliable`] asks of a Danish, Norwegian or Swedish
/// guess.
const NEAR_RELIABLE_CONFIDENCE: f64 = 0.3;

/// The ISO 639-1 code of every language whatlang knows (each has one).
fn language_code(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
    }
}

/// The ISO 639-1 code pundex stores for a language as people name it in
/// front matter, JSON or `--lang`: `ru`, `RU`, `ru-RU`, `rus`, `Russian` and
/// `Русский` are all `ru`. `None` for a name it does not know.
pub fn language_code_of(name: &str) -> Option<String> {
    let name = name.trim().to_lowercase();
    let primary = name.split(['-', '_']).next().unwrap_or_default();
    // Two letters only when they are an ISO 639-1 code: "xx" is a typo, not
    // a language no article will ever be in.
    if primary.len() == 2 {
        return isolang::Language::from_639_1(primary).map(|_| primary.to_owned());
    }
    if primary.len() == 3 {
        if let Some(lang) = whatlang::Lang::from_code(primary) {
            return Some(language_code(lang).to_owned());
        }
        // Languages whatlang does not detect ("gle" is Irish, "ga").
        if let Some(code) = isolang::Language::from_639_3(primary).and_then(|l| l.to_639_1()) {
            return Some(code.to_owned());
        }
    }
    whatlang::Lang::all()
        .iter()
        .find(|lang| lang.eng_name().to_lowercase() == name || lang.name().to_lowercase() == name)
        .map(|&lang| language_code(lang).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.MD")), Some(Format::Markdown));
        assert_eq!(Format::of(Path::new("x.ndjson")), Some(Format::JsonLines));
        assert_eq!(Format::of(Path::new("x.pdf")), None);
        assert_eq!(Format::of(Path::new("README")), None);
    }

    #[test]
    fn old_mac_line_endings_read_as_lines() {
        let article = |bytes: &[u8], format, rel| load_bytes(bytes, format, rel).unwrap().articles;
        let txt = article(
            b"Black Sea truce\r\rThe parties agreed.\rMore.\r",
            Format::Text,
            "a.txt",
        );
        assert_eq!(
            (txt[0].title.as_str(), txt[0].body.as_str()),
            ("Black Sea truce", "The parties agreed.\nMore.")
        );
        let md = article(
            b"---\rtitle: Truce\rauthor: Ann Lee\r---\rText.\r",
            Format::Markdown,
            "a.md",
        );
        assert_eq!(
            (md[0].title.as_str(), md[0].author.as_deref()),
            ("Truce", Some("Ann Lee"))
        );
        let lines = article(
            b"{\"title\": \"A\", \"text\": \"x y\"}\r{\"title\": \"B\", \"text\": \"z\"}\r",
            Format::JsonLines,
            "a.jsonl",
        );
        assert_eq!(lines.len(), 2);
    }

    proptest::proptest! {
        /// CRLF and LF text is left alone; a lone CR becomes LF and nothing else changes.
        #[test]
        fn only_lone_carriage_returns_change(text in "[a\\r\\n]{0,40}") {
            let out = lone_carriage_returns_as_newlines(&text);
            let expected = text.replace("\r\n", "\u{0}").replace('\r', "\n").replace('\u{0}', "\r\n");
            proptest::prop_assert_eq!(out.as_ref(), expected.as_str());
            if !text.contains('\r') || text.matches('\r').count() == text.matches("\r\n").count() {
                proptest::prop_assert!(matches!(out, std::borrow::Cow::Borrowed(_)));
            }
        }
    }

    #[test]
    fn titles_from_file_names() {
        assert_eq!(
            title_from_file_name("2025-03-19-putin-trump-call.txt"),
            "Putin trump call"
        );
        assert_eq!(title_from_file_name("RUS_77_2022.txt"), "RUS 77 2022");
        assert_eq!(title_from_file_name("2024.txt"), "2024");
    }

    #[test]
    fn each_title_knows_where_it_came_from() {
        let title = |bytes: &[u8], format, rel| {
            let article = load_bytes(bytes, format, rel).unwrap().articles.remove(0);
            (article.title, article.title_source)
        };
        let pair = |t: &str, source| (t.to_owned(), source);
        assert_eq!(
            title(b"---\ntitle: Truce\n---\nText.", Format::Markdown, "a.md"),
            pair("Truce", TitleSource::Written)
        );
        assert_eq!(
            title(b"# Truce talks\n\nText.", Format::Markdown, "a.md"),
            pair("Truce talks", TitleSource::Written)
        );
        assert_eq!(
            title(b"<title>Truce</title><p>Text.</p>", Format::Html, "a.html"),
            pair("Truce", TitleSource::Written)
        );
        assert_eq!(
            title(
                br#"{"title": "Truce", "text": "Text."}"#,
                Format::Json,
                "a.json"
            ),
            pair("Truce", TitleSource::Written)
        );
        assert_eq!(
            title(
                b"Black Sea truce\n\nThe parties agreed.",
                Format::Text,
                "a.txt"
            ),
            pair("Black Sea truce", TitleSource::FirstLine)
        );
        assert_eq!(
            title(b"The parties agreed.", Format::Text, "RUS_77_2022.txt"),
            pair("RUS 77 2022", TitleSource::FileName)
        );
        assert_eq!(
            title(
                b"---\ntitle: ' '\n---\nText.",
                Format::Markdown,
                "dir/b-c.md"
            ),
            pair("B c", TitleSource::FileName)
        );
    }

    #[test]
    fn empty_and_whitespace_files_are_errors() {
        assert!(matches!(
            load_bytes(b"", Format::Text, "e.txt"),
            Err(LoadError::Empty)
        ));
        assert!(matches!(
            load_bytes(b"  \n\n ", Format::Markdown, "e.md"),
            Err(LoadError::Empty)
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
        let error = read_regular_file(&fifo).unwrap_err();
        assert_eq!(error.to_string(), "not a regular file");
        assert!(matches!(
            load_file(&fifo, "pipe.txt"),
            Err(LoadError::Io(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_settings_file_is_a_regular_file_of_bounded_size() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pundex.toml");
        let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o644) }, 0);
        let refused = |path: &Path| read_settings_file(path).unwrap_err().to_string();
        assert_eq!(refused(&fifo), "not a regular file");
        let zero = dir.path().join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert_eq!(refused(&zero), "not a regular file");
        let big = dir.path().join("big.toml");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse
        assert_eq!(refused(&big), "larger than 64 MiB");
        file.set_len(MAX_FILE_BYTES).unwrap();
        assert_eq!(
            read_settings_file(&big).unwrap().len() as u64,
            MAX_FILE_BYTES
        );
        let latin1 = dir.path().join("latin1.toml");
        std::fs::write(&latin1, b"name = \"Caf\xe9\"").unwrap();
        assert!(refused(&latin1).contains("UTF-8"));
        std::fs::write(&latin1, "name = \"Café\"").unwrap();
        assert_eq!(read_settings_file(&latin1).unwrap(), "name = \"Café\"");
        assert_eq!(
            read_settings_file(&dir.path().join("none.toml"))
                .unwrap_err()
                .kind(),
            std::io::ErrorKind::NotFound
        );
    }

    #[test]
    fn parser_messages_are_one_short_line() {
        assert_eq!(one_line("a\n  b\x1b[31m c"), "a b [31m c");
        let long = one_line(&"[".repeat(100_000));
        assert_eq!(long.chars().count(), MAX_MESSAGE_CHARS);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn languages_are_named_as_people_name_them() {
        for name in ["ru", "RU", " ru-RU ", "ru_RU", "rus", "Russian", "русский"] {
            assert_eq!(language_code_of(name).as_deref(), Some("ru"), "{name}");
        }
        assert_eq!(language_code_of("ukr").as_deref(), Some("uk"));
        assert_eq!(language_code_of("German").as_deref(), Some("de"));
        assert_eq!(language_code_of("ga").as_deref(), Some("ga"));
        assert_eq!(language_code_of("gle").as_deref(), Some("ga"));
        for name in ["", "klingon", "r", "12", "xx", "zz-ZZ", "qqq"] {
            assert_eq!(language_code_of(name), None, "{name}");
        }
    }

    #[test]
    fn front_matter_and_json_name_the_language() {
        // Too short to detect; the key decides.
        let md = "---\nlang: uk\n---\nМир.";
        let loaded = load_bytes(md.as_bytes(), Format::Markdown, "a.md").unwrap();
        assert_eq!(loaded.articles[0].language.as_deref(), Some("uk"));
        let json =
            r#"{"language": "Russian", "body": "The text is English but the key says Russian."}"#;
        let loaded = load_bytes(json.as_bytes(), Format::Json, "a.json").unwrap();
        assert_eq!(loaded.articles[0].language.as_deref(), Some("ru"));
        // An unknown name leaves detection to decide.
        let json = r#"{"language": "??", "body": "The negotiations on a truce in the Black Sea went on for twelve hours in Riyadh."}"#;
        let loaded = load_bytes(json.as_bytes(), Format::Json, "a.json").unwrap();
        assert_eq!(loaded.articles[0].language.as_deref(), Some("en"));
        // A page's <html lang>, as front matter's key.
        let html = "<html lang=uk-UA><body><p>Мир.</p></body></html>";
        let loaded = load_bytes(html.as_bytes(), Format::Html, "a.html").unwrap();
        assert_eq!(loaded.articles[0].language.as_deref(), Some("uk"));
    }

    /// Danish, Norwegian and Swedish are close, so whatlang doubts its
    /// guess on a Danish article (confidence about 0.5); pundex keeps a
    /// guess of one of the three, and still drops other doubtful guesses.
    #[test]
    fn a_doubtful_scandinavian_guess_is_kept() {
        let danish = "Danskerne vælger kommunalbestyrelser og regionsråd tirsdag den 18. \
            november. Brevstemmeafgivningen begyndte den 7. oktober, og kandidatlisterne skulle \
            være indleveret senest den 30. september. Det er det første valg siden \
            strukturreformen, som lagde de fem regioner om til en ny sundhedsmodel.";
        let info = whatlang::detect(danish).unwrap();
        assert!(!info.is_reliable(), "the case this rule is for: {info:?}");
        let loaded = load_bytes(danish.as_bytes(), Format::Text, "a.txt").unwrap();
        let language = loaded.articles[0].language.as_deref();
        assert!(matches!(language, Some("da" | "nb" | "sv")), "{language:?}");
        let mut info = info;
        for lang in [
            whatlang::Lang::Eng,
            whatlang::Lang::Deu,
            whatlang::Lang::Nld,
        ] {
            info = whatlang::Info::new(info.script(), lang, 0.5);
            assert!(!near_reliable(&info), "{lang:?}");
        }
        let doubtful = whatlang::Info::new(info.script(), whatlang::Lang::Dan, 0.1);
        assert!(!near_reliable(&doubtful));
    }

    #[test]
    fn date_falls_back_to_file_name() {
        let loaded = load_bytes(b"Some text here.", Format::Text, "d/RUS_77_2022.txt").unwrap();
        let a = &loaded.articles[0];
        assert_eq!(a.published, PartialDate::parse("2022"));
        assert_eq!(a.date_source, Some(DateSource::FileName));
    }
}
