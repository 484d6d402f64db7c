//! How a bug in pundex (a panic) reaches the user: as one line that says
//! it is a bug and asks for a report, never as Rust's "thread … panicked
//! at" and a hint about backtraces. Where a caller catches the panic (one
//! file's reading or extraction, the matcher's build), the hook stays quiet
//! and the caller reports it in its own words, naming the file.

use std::cell::Cell;

thread_local! {
    /// How many [`catch`] calls this thread is inside.
    static CATCHING: Cell<u32> = const { Cell::new(0) };
}

/// Runs `step`; a panic in it becomes its message. The panic hook prints
/// nothing meanwhile on this thread: the caller says what went wrong.
pub fn catch<T>(step: impl FnOnce() -> T) -> Result<T, String> {
    CATCHING.with(|n| n.set(n.get() + 1));
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(step));
    CATCHING.with(|n| n.set(n.get() - 1));
    caught.map_err(|payload| message(&*payload))
}

/// The message a panic carries, or a placeholder when it carries none.
pub fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic without a message".to_owned())
}

/// Makes the process report a panic no caller catches as
/// `pundex: a bug stopped pundex (…); please report it`. With
/// `RUST_BACKTRACE` set (a developer asking for one), Rust's own report
/// is kept, for caught panics too.
pub fn install_hook() {
    let rust_report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A developer asking for backtraces gets Rust's report, with the
        // place, of a caught panic too.
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            rust_report(info);
            return;
        }
        if CATCHING.with(Cell::get) > 0 {
            return;
        }
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        crate::error::stderr_line(format_args!(
            "pundex: a bug stopped pundex ({}{place}); please report it",
            crate::error::escape_controls(&message(info.payload()), false)
        ));
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catch_gives_the_value_or_the_panic_message() {
        assert_eq!(catch(|| 7), Ok(7));
        assert_eq!(catch(|| -> u8 { panic!("boom") }), Err("boom".to_owned()));
        let n = 3;
        assert_eq!(catch(|| -> u8 { panic!("at {n}") }), Err("at 3".to_owned()));
        assert_eq!(
            catch(|| -> u8 { std::panic::panic_any(5_u32) }),
            Err("panic without a message".to_owned())
        );
    }

    #[test]
    fn catch_restores_the_count_after_a_panic_and_when_nested() {
        let _ = catch(|| {
            let _ = catch(|| -> u8 { panic!("inner") });
            assert_eq!(CATCHING.with(Cell::get), 1);
            panic!("outer")
        });
        assert_eq!(CATCHING.with(Cell::get), 0);
    }

    /// Set in the child process [`the_hook_reports_an_uncaught_panic_once`]
    /// starts: the hook is process-wide, so it is tried in a process of its own.
    const CHILD: &str = "PUNDEX_BUG_HOOK_CHILD";

    #[test]
    fn hook_child() {
        if std::env::var_os(CHILD).is_none() {
            return;
        }
        install_hook();
        let _ = catch(|| -> u8 { panic!("caught quietly") });
        panic!("left \u{1b}[31muncaught");
    }

    #[test]
    fn the_hook_reports_an_uncaught_panic_once() {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "bug::tests::hook_child", "--nocapture"])
            .env(CHILD, "1")
            .env_remove("RUST_BACKTRACE")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let reports: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("pundex: a bug stopped pundex"))
            .collect();
        assert_eq!(reports.len(), 1, "{stderr}");
        assert!(
            reports[0].starts_with(
                "pundex: a bug stopped pundex (left \\u{1b}[31muncaught at src/bug.rs:"
            ),
            "{stderr}"
        );
        assert!(reports[0].ends_with("); please report it"), "{stderr}");
        assert!(!stderr.contains("caught quietly"), "{stderr}");
        assert!(!stderr.contains("panicked at"), "{stderr}");
        assert!(!output.status.success());
    }
}
