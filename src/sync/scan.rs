//! Walking the folder: which files are articles, and their ids and stamps.

use super::Skipped;
use crate::article::Format;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

/// A file found in the folder, with what `stat` says of it.
#[derive(Debug, Clone)]
pub struct FoundFile {
    pub rel: String,
    pub abs: PathBuf,
    pub size: u64,
    pub mtime: i64,
}

/// True for editor swap files, backups and partial downloads, which are never articles.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with("~$")
        || name.ends_with('~')
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".temp",
            ".part",
            ".crdownload",
            ".download",
            ".bak",
            ".orig",
        ]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext))
}

/// Nanoseconds since the epoch of a file's modification time (0 when unknown).
pub fn mtime_of(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64)
}

/// The path of `abs` relative to `root`, with `/` separators: the id of the
/// file in the index. Every name is written losslessly ([`name_as_text`]), so
/// two files never share an id.
pub fn relative(root: &Path, abs: &Path) -> Option<String> {
    let rel = abs.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| name_as_text(c.as_os_str()))
        .collect();
    Some(parts.join("/"))
}

/// A file or folder name as readable text, one to one: a UTF-8 name without a
/// backslash or a control character is itself; in any other name each
/// backslash is doubled, and each byte that is not UTF-8 and each byte of a
/// control character (a tab, a newline) is written `\xHH`, so the id a
/// terminal shows is the id `show` takes. Only such names hold a backslash,
/// and the escapes read back unambiguously, so distinct names never meet.
#[cfg(unix)]
fn name_as_text(name: &std::ffi::OsStr) -> String {
    use std::fmt::Write;
    use std::os::unix::ffi::OsStrExt;
    let bytes = name.as_bytes();
    if let Ok(text) = std::str::from_utf8(bytes)
        && !text.chars().any(|c| c == '\\' || c.is_control())
    {
        return text.to_owned();
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    let hex = |out: &mut String, bytes: &[u8]| {
        for byte in bytes {
            write!(out, "\\x{byte:02X}").expect("writing to a String");
        }
    };
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => hex(&mut out, c.encode_utf8(&mut [0; 4]).as_bytes()),
                c => out.push(c),
            }
        }
        hex(&mut out, chunk.invalid());
    }
    out
}

/// Elsewhere file names are Unicode already (Windows' unpaired surrogates aside).
#[cfg(not(unix))]
fn name_as_text(name: &std::ffi::OsStr) -> String {
    name.to_string_lossy().into_owned()
}

/// Every article file under `root`: hidden and `.gitignore`d paths, temporary
/// files and unsupported extensions are left out. Unreadable folders become warnings.
pub fn walk(root: &Path) -> (Vec<FoundFile>, Vec<Skipped>) {
    walk_from(root, root)
}

/// Like [`walk`], for the files at or under `start` (a folder or a file inside
/// `root`); `.gitignore` files above `start` still apply.
pub fn walk_from(root: &Path, start: &Path) -> (Vec<FoundFile>, Vec<Skipped>) {
    let found = Mutex::new(Vec::new());
    let warnings = Mutex::new(Vec::new());
    ignore::WalkBuilder::new(start)
        .hidden(true)
        .git_ignore(true)
        .require_git(false)
        .parents(true)
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        if let Some(rel) = relative(root, e.path())
                            && is_article_path(&rel)
                            && let Ok(meta) = e.metadata()
                        {
                            found.lock().unwrap().push(FoundFile {
                                rel,
                                abs: e.path().to_owned(),
                                size: meta.len(),
                                mtime: mtime_of(&meta),
                            });
                        }
                    }
                    Ok(_) => {}
                    Err(err) => warnings.lock().unwrap().push(Skipped {
                        path: err_path(&err, root),
                        reason: err.to_string(),
                    }),
                }
                ignore::WalkState::Continue
            })
        });
    let mut found = found.into_inner().unwrap();
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    (found, warnings.into_inner().unwrap())
}

/// A relative path pundex would index: no hidden component, not a temporary
/// file, a supported extension.
pub fn is_article_path(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    !rel.split('/').any(|part| part.starts_with('.'))
        && !is_temporary(name)
        && Format::of(Path::new(name)).is_some()
}

fn err_path(err: &ignore::Error, root: &Path) -> String {
    match err {
        ignore::Error::WithPath { path, .. } => {
            relative(root, path).unwrap_or_else(|| path.display().to_string())
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err, root)
        }
        _ => root.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Reads a name back from [`name_as_text`]: the reference that shows it loses nothing.
    #[cfg(unix)]
    fn name_from_text(text: &str) -> Vec<u8> {
        if !text.contains('\\') {
            return text.as_bytes().to_vec();
        }
        let mut out = Vec::new();
        let mut rest = text.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            match (b, tail) {
                (b'\\', [b'\\', tail @ ..]) => {
                    out.push(b'\\');
                    rest = tail;
                }
                (b'\\', [b'x', hi, lo, tail @ ..]) => {
                    let hex = std::str::from_utf8(&[*hi, *lo]).unwrap().to_owned();
                    out.push(u8::from_str_radix(&hex, 16).unwrap());
                    rest = tail;
                }
                (b'\\', _) => panic!("lone backslash in {text:?}"),
                _ => {
                    out.push(b);
                    rest = tail;
                }
            }
        }
        out
    }

    /// Every name of up to four bytes from an alphabet of escape characters,
    /// hex digits, a two-byte letter and stray bytes: each gets its own id,
    /// which reads back to the name.
    #[cfg(unix)]
    #[test]
    fn names_become_ids_one_to_one() {
        use std::os::unix::ffi::OsStrExt;
        let alphabet: &[u8] = b"a\\xF\xff\xfe\xc3\xa9\n\t\xc2\x85";
        let mut names: Vec<Vec<u8>> = vec![Vec::new()];
        let mut ids: HashSet<String> = HashSet::new();
        for _ in 0..4 {
            names = names
                .iter()
                .flat_map(|n| {
                    alphabet.iter().map(move |&b| {
                        let mut next = n.clone();
                        next.push(b);
                        next
                    })
                })
                .collect();
            for name in &names {
                let id = name_as_text(std::ffi::OsStr::from_bytes(name));
                assert_eq!(&name_from_text(&id), name, "{id:?}");
                assert!(ids.insert(id.clone()), "two names share {id:?}");
                if let Ok(text) = std::str::from_utf8(name)
                    && !text.chars().any(|c| c == '\\' || c.is_control())
                {
                    assert_eq!(id, text, "a plain name is itself");
                }
                assert!(!id.chars().any(char::is_control), "{id:?}");
            }
        }
        assert_eq!(ids.len(), 12 + 144 + 1728 + 20736);
        assert_eq!(
            name_as_text(std::ffi::OsStr::from_bytes(b"bad\xff.txt")),
            "bad\\xFF.txt"
        );
        assert_eq!(
            name_as_text(std::ffi::OsStr::new("new\nline\t.txt")),
            "new\\x0Aline\\x09.txt"
        );
    }

    #[test]
    fn temporary_files() {
        for name in [
            ".#a.md",
            "a.md~",
            "a.txt.swp",
            "x.tmp",
            "f.part",
            "~$doc.txt",
            ".hidden.txt",
        ] {
            assert!(is_temporary(name), "{name}");
        }
        assert!(!is_temporary("article.md"));
    }
}
