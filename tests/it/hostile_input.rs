//! Round 45 of hostile files and arguments: a config the system will not let
//! pundex read, old Mac line endings, an alias bomb in front matter, numbers
//! beyond f64, terminal controls in file names, folders of other tools, and
//! a file renamed over another while watching.

use crate::common::Workspace;

/// stdout and stderr of a run, with its exit code.
fn run(cmd: &mut std::process::Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A user config the system refuses to read (a link to itself, which fails
/// for root too; without read permission it fails the same way for others)
/// stopped every command with exit 2. A command that needs none of its saved
/// searches goes on with one line naming it; `alerts` fails naming it.
#[cfg(unix)]
#[test]
fn an_unreadable_user_config_stops_only_the_commands_that_need_it() {
    let ws = Workspace::new();
    ws.write("a.txt", "Truce talks\n\nThe ceasefire held.");
    ws.index_folder();
    let config_home = ws.dir.path().join("config");
    std::fs::create_dir_all(config_home.join("pundex")).unwrap();
    let config = config_home.join("pundex/pundex.toml");
    std::os::unix::fs::symlink(&config, &config).unwrap();
    let with_config = |args: &[&str]| {
        let mut cmd = ws.process(args);
        cmd.env("XDG_CONFIG_HOME", &config_home);
        run(&mut cmd)
    };
    let (code, stdout, stderr) = with_config(&["search", "ceasefire"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("a.txt"), "{stdout}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("pundex: warning: config {}: ", config.display()))
            && lines[0].ends_with("; its settings are not used"),
        "{stderr}"
    );
    let (code, _, stderr) = with_config(&["alerts"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!("pundex: config {}: ", config.display())),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
