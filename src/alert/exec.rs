//! `--exec CMD`: a shell command run once per alert match, with the match's
//! JSON on its standard input and the main fields in environment variables,
//! for notify-send, mail or a chat hook. A failing command is reported by
//! the caller and stops nothing.

use super::AlertMatch;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a command may run before it is killed: a hook that hangs must
/// not stop the watcher for good.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("could not start `{command}`: {source}")]
    Spawn {
        command: String,
        source: std::io::Error,
    },
    #[error("`{command}` {status}")]
    Failed { command: String, status: String },
    #[error("`{command}` ran longer than {} s and was killed", TIMEOUT.as_secs())]
    TimedOut { command: String },
    #[error("`{command}`: {source}")]
    Io {
        command: String,
        source: std::io::Error,
    },
}

/// Runs `command` with `sh -c` (`cmd /C` on Windows), `json` and a newline on
/// its stdin, and `PUNDEX_ALERT`, `PUNDEX_ID`, `PUNDEX_PATH`, `PUNDEX_TITLE`,
/// `PUNDEX_PUBLISHED` (empty when undated) and `PUNDEX_UPDATED` (`1` or `0`)
/// set. Its stdout goes to pundex's stderr, so that pundex's own output
/// stays the list of matches. Waits for it, at most [`TIMEOUT`].
pub fn run(command: &str, found: &AlertMatch, json: &str) -> Result<(), ExecError> {
    let mut shell = shell(command);
    shell
        .env("PUNDEX_ALERT", &found.alert)
        .env("PUNDEX_ID", &found.hit.id)
        .env("PUNDEX_PATH", &found.hit.path)
        .env("PUNDEX_TITLE", &found.hit.title)
        .env(
            "PUNDEX_PUBLISHED",
            found.hit.published.as_deref().unwrap_or(""),
        )
        .env("PUNDEX_UPDATED", if found.updated { "1" } else { "0" })
        .stdin(Stdio::piped())
        .stdout(stdout_to_stderr());
    let mut child = shell.spawn().map_err(|source| ExecError::Spawn {
        command: command.to_owned(),
        source,
    })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that does not read its input closes the pipe: not a failure.
        let _ = stdin
            .write_all(json.as_bytes())
            .and_then(|()| stdin.write_all(b"\n"));
    }
    let io = |source| ExecError::Io {
        command: command.to_owned(),
        source,
    };
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(io)? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(ExecError::TimedOut {
                command: command.to_owned(),
            });
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    if status.success() {
        Ok(())
    } else {
        Err(ExecError::Failed {
            command: command.to_owned(),
            status: status.to_string(),
        })
    }
}

#[cfg(unix)]
fn shell(command: &str) -> Command {
    let mut shell = Command::new("sh");
    shell.arg("-c").arg(command);
    shell
}

#[cfg(not(unix))]
fn shell(command: &str) -> Command {
    let mut shell = Command::new("cmd");
    shell.arg("/C").arg(command);
    shell
}

#[cfg(unix)]
fn stdout_to_stderr() -> Stdio {
    use std::os::fd::AsFd;
    std::io::stderr()
        .as_fd()
        .try_clone_to_owned()
        .map_or_else(|_| Stdio::null(), Stdio::from)
}

#[cfg(not(unix))]
fn stdout_to_stderr() -> Stdio {
    Stdio::inherit()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::search::Hit;

    fn found() -> AlertMatch {
        AlertMatch {
            alert: "truce".to_owned(),
            updated: true,
            hit: Hit {
                rank: 1,
                id: "a.md".to_owned(),
                path: "a.md".to_owned(),
                title: "Talks".to_owned(),
                score: 1.0,
                published: None,
                author: None,
                source: None,
                url: None,
                group: None,
                actors: Vec::new(),
                issues: Vec::new(),
                snippet: Vec::new(),
                explanation: None,
                partial: false,
            },
        }
    }

    #[test]
    fn the_command_gets_the_json_and_the_fields() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let command = format!(
            "cat > '{}'; echo \"$PUNDEX_ALERT|$PUNDEX_ID|$PUNDEX_TITLE|$PUNDEX_PUBLISHED|$PUNDEX_UPDATED\" >> '{0}'",
            out.display()
        );
        run(&command, &found(), "{\"id\":\"a.md\"}").unwrap();
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            "{\"id\":\"a.md\"}\ntruce|a.md|Talks||1\n"
        );
    }

    #[test]
    fn a_failing_command_is_an_error_naming_it() {
        let err = run("exit 3", &found(), "{}").unwrap_err();
        assert_eq!(err.to_string(), "`exit 3` exit status: 3");
        // Not reading stdin is fine.
        run("true", &found(), &"x".repeat(1 << 20)).unwrap();
    }
}
