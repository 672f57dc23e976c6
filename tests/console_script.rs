//! `pocketcrm console` as people and scripts use it: a script piped into the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_console(db: &std::path::Path, lang: &str, script: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pocketcrm"))
        .args(["console", "--user-id", "42", "--name", "Olga", "--lang", lang])
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}, stderr: {}", out.status, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

const SESSION: &str = "/start
/tz Moscow
/add Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme
/find petrov
/meet tomorrow 15:00 demo
/note wants a discount
/remind in 2h send the offer
/today
/week
/help
";

#[test]
fn a_piped_script_runs_the_whole_daily_session() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_console(&dir.path().join("c.db"), "en", SESSION);
    for expected in
        ["Olga", "+79991234567", "ivan@example.com", "#vip", "Acme", "demo", "wants a discount", "send the offer"]
    {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(out.contains("[1] "), "buttons are numbered:\n{out}");
    assert!(!out.contains("No localization"), "{out}");
}

#[test]
fn the_session_works_in_all_seven_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for (i, lang) in ["en", "ru", "es", "hi", "vi", "fa", "ta"].iter().enumerate() {
        let out = run_console(&dir.path().join(format!("{i}.db")), lang, SESSION);
        // The meeting tomorrow at 15:00 is echoed with its reminder 30 minutes before, in the member's own format.
        assert!(out.contains("+79991234567") && out.contains("15:00") && out.contains("14:30"), "{lang}:\n{out}");
        assert!(!out.contains("No localization") && !out.contains("Unable to find"), "{lang}:\n{out}");
        outputs.push(out);
    }
    for (i, a) in outputs.iter().enumerate() {
        for b in &outputs[i + 1..] {
            assert_ne!(a, b, "every language reads differently");
        }
    }
}

#[test]
fn typing_a_button_number_presses_it() {
    let dir = tempfile::tempdir().unwrap();
    // /start shows the language buttons: [2] is Russian.
    let out = run_console(&dir.path().join("b.db"), "en", "/start\n[2]\n[99]\n");
    assert!(out.contains("Русский"), "{out}");
    assert!(out.contains("Язык"), "pressing [2] switched to Russian:\n{out}");
}

#[test]
fn pressing_the_meeting_button_then_typing_logs_it() {
    let dir = tempfile::tempdir().unwrap();
    let script = "/start\n/tz London\n/add Anna Smirnova\n[1]\nyesterday 11:00 first meeting\n";
    let out = run_console(&dir.path().join("m.db"), "en", script);
    assert!(out.contains("Meeting with Anna Smirnova logged"), "{out}");
}
