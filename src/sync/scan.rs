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

/// The id of the file at `path` in an index of `root` (absolute): `path`
/// as the user typed it, absolute or relative to the working folder, when it
/// is a file inside `root`. So `pundex show` takes a file's path too.
pub fn id_of_file(root: &Path, path: &Path) -> Option<String> {
    let file = path.canonicalize().ok()?;
    if !file.is_file() {
        return None;
    }
    relative(root, &file).filter(|rel| !rel.is_empty())
}

/// A path as one line of readable text, written as ids are
/// ([`name_as_text`]): a folder named with a newline or an escape sequence
/// split the run's summary and status over lines, or recoloured the
/// terminal, where the id of a file so named was already safe. A path of
/// UTF-8 without control characters is itself.
pub fn path_as_text(path: &Path) -> String {
    match path.to_str() {
        Some(text) if !text.chars().any(crate::text::is_terminal_control) => text.to_owned(),
        _ => name_as_text(path.as_os_str()),
    }
}

/// A file or folder name as readable text, one to one: a UTF-8 name without a
/// backslash or a character a terminal obeys unseen
/// ([`crate::text::is_terminal_control`]) is itself; in any other name each
/// backslash is doubled, and each byte that is not UTF-8 and each byte of such
/// a character (a tab, a newline, a right-to-left override) is written
/// `\xHH`, so the id a terminal shows is the id `show` takes. Only such names hold a backslash,
/// and the escapes read back unambiguously, so distinct names never meet.
#[cfg(unix)]
fn name_as_text(name: &std::ffi::OsStr) -> String {
    use std::fmt::Write;
    use std::os::unix::ffi::OsStrExt;
    let bytes = name.as_bytes();
    if let Ok(text) = std::str::from_utf8(bytes)
        && !text
            .chars()
            .any(|c| c == '\\' || crate::text::is_terminal_control(c))
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
                c if crate::text::is_terminal_control(c) => {
                    hex(&mut out, c.encode_utf8(&mut [0; 4]).as_bytes())
                }
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
/// `root`); `.gitignore` files above `start` still apply. Nothing is found
/// when `start` is reached through a symbolic link: the walk follows no link
/// below `root`, and must not start at one either (a watcher is handed the
/// link itself when one is made).
pub fn walk_from(root: &Path, start: &Path) -> (Vec<FoundFile>, Vec<Skipped>) {
    if !reached_without_links(root, start) {
        return (Vec::new(), Vec::new());
    }
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
                    Err(err) => {
                        let (path, reason) = err_place(&err, root);
                        warnings.lock().unwrap().push(Skipped { path, reason });
                    }
                }
                ignore::WalkState::Continue
            })
        });
    let mut found = found.into_inner().unwrap();
    found.sort_by(|a, b| a.rel.cmp(&b.rel));
    (found, warnings.into_inner().unwrap())
}

/// True when `start` is `root` or lies under it through real folders: no
/// part of the path below `root` is a symbolic link (or missing).
fn reached_without_links(root: &Path, start: &Path) -> bool {
    let Ok(rel) = start.strip_prefix(root) else {
        return false;
    };
    let mut at = root.to_path_buf();
    rel.components().all(|part| {
        at.push(part);
        std::fs::symlink_metadata(&at).is_ok_and(|meta| !meta.file_type().is_symlink())
    })
}

/// A relative path pundex would index: no hidden component, not a temporary
/// file, a supported extension.
pub fn is_article_path(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    !rel.split('/').any(|part| part.starts_with('.'))
        && !is_temporary(name)
        && Format::of(Path::new(name)).is_some()
}

/// Where a walk error happened, as warnings name files (relative to `root`,
/// `""` for `root` itself, which [`Skipped`]'s display names by its whole
/// path), and why, without the path again: the error's own text repeats it.
fn err_place(err: &ignore::Error, root: &Path) -> (String, String) {
    match err {
        ignore::Error::WithPath { path, err } => {
            let reason = err_place(err, root).1;
            match relative(root, path) {
                Some(rel) if rel.is_empty() => (rel, format!("{}: {reason}", path_as_text(root))),
                Some(rel) => (rel, reason),
                None => (path_as_text(path), reason),
            }
        }
        ignore::Error::WithDepth { err, .. } => err_place(err, root),
        ignore::Error::WithLineNumber { line, err } => {
            let (path, reason) = err_place(err, root);
            (path, format!("line {line}: {reason}"))
        }
        other => (path_as_text(root), other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_walk_error_names_its_file_once() {
        let root = Path::new("/srv/articles");
        let denied = || {
            Box::new(ignore::Error::Io(std::io::Error::from(
                std::io::ErrorKind::PermissionDenied,
            )))
        };
        let at = |path: &str| ignore::Error::WithDepth {
            depth: 1,
            err: Box::new(ignore::Error::WithPath {
                path: path.into(),
                err: denied(),
            }),
        };
        let (path, reason) = err_place(&at("/srv/articles"), root);
        let shown = Skipped { path, reason }.to_string();
        assert_eq!(shown.matches("/srv/articles").count(), 1, "{shown}");
        assert!(shown.starts_with("/srv/articles: "), "{shown}");
        assert_eq!(err_place(&at("/srv/articles/sub"), root).0, "sub");
        assert_eq!(err_place(&at("/elsewhere/x"), root).0, "/elsewhere/x");
        let gitignore = ignore::Error::WithPath {
            path: "/srv/articles/.gitignore".into(),
            err: Box::new(ignore::Error::WithLineNumber {
                line: 3,
                err: denied(),
            }),
        };
        let (path, reason) = err_place(&gitignore, root);
        assert_eq!(path, ".gitignore");
        assert!(reason.starts_with("line 3: "), "{reason}");
    }

    #[test]
    fn a_path_is_shown_as_ids_are() {
        assert_eq!(path_as_text(Path::new("/srv/articles")), "/srv/articles");
        assert_eq!(
            path_as_text(Path::new("/srv/new\nline/\u{1b}[31mred")),
            "/srv/new\\x0Aline/\\x1B[31mred"
        );
        assert_eq!(
            path_as_text(Path::new("/srv/\u{2066}x")),
            "/srv/\\xE2\\x81\\xA6x"
        );
        assert_eq!(path_as_text(Path::new("a\\b")), "a\\b");
    }

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
                    && !text
                        .chars()
                        .any(|c| c == '\\' || crate::text::is_terminal_control(c))
                {
                    assert_eq!(id, text, "a plain name is itself");
                }
                assert!(!id.chars().any(crate::text::is_terminal_control), "{id:?}");
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
        // A right-to-left override would show `evil\u{202e}txt.exe` as
        // `evilexe.txt`; a line separator would break the line.
        assert_eq!(
            name_as_text(std::ffi::OsStr::new("evil\u{202e}txt.exe")),
            "evil\\xE2\\x80\\xAEtxt.exe"
        );
        assert_eq!(
            name_as_text(std::ffi::OsStr::new("a\u{2028}b\u{2067}c")),
            "a\\xE2\\x80\\xA8b\\xE2\\x81\\xA7c"
        );
        let hebrew = "שלום\u{200f}.txt";
        assert_eq!(name_as_text(std::ffi::OsStr::new(hebrew)), hebrew);
    }

    /// A walk started at any path of the tree finds what the whole walk
    /// finds under that path, and nothing more: a link (to a file, a folder
    /// outside, an ancestor) or a path under one finds nothing.
    #[cfg(unix)]
    #[test]
    fn a_walk_from_a_path_finds_what_the_whole_walk_finds_there() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("sub/deep")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        for rel in ["a.txt", "sub/b.txt", "sub/deep/c.md"] {
            std::fs::write(root.join(rel), "text").unwrap();
        }
        std::fs::write(outside.join("o.txt"), "text").unwrap();
        symlink(outside.join("o.txt"), root.join("to-file.txt")).unwrap();
        symlink(&outside, root.join("to-folder")).unwrap();
        symlink(&root, root.join("sub/loop")).unwrap();
        symlink("a.txt", root.join("relative.txt")).unwrap();
        let rels = |found: Vec<FoundFile>| found.into_iter().map(|f| f.rel).collect::<Vec<_>>();
        let whole = rels(walk(&root).0);
        assert_eq!(whole, ["a.txt", "sub/b.txt", "sub/deep/c.md"]);
        for start in [
            "",
            "a.txt",
            "sub",
            "sub/deep",
            "sub/deep/c.md",
            "to-file.txt",
            "to-folder",
            "to-folder/o.txt",
            "sub/loop",
            "sub/loop/a.txt",
            "sub/loop/sub",
            "relative.txt",
            "missing.txt",
        ] {
            let under = |rel: &String| {
                start.is_empty() || rel == start || rel.starts_with(&format!("{start}/"))
            };
            let want: Vec<String> = whole.iter().filter(|r| under(r)).cloned().collect();
            let start_path = if start.is_empty() {
                root.clone()
            } else {
                root.join(start)
            };
            assert_eq!(
                rels(walk_from(&root, &start_path).0),
                want,
                "from {start:?}"
            );
        }
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
