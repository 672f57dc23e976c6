//! Every key in every locale, every message parses, and every key the code uses exists.

use std::collections::BTreeSet;

use pocketcrm::i18n::{I18n, LANGS, check_locales};

#[test]
fn every_locale_has_every_key_and_parses() {
    let problems = check_locales();
    assert!(problems.is_empty(), "locale problems:\n{}", problems.join("\n"));
}

/// Keys are written in code as `key("…")` / `msg(lang, "…")` literals (and command keys in the menu table).
fn keys_used_in_code() -> BTreeSet<String> {
    let re = regex::Regex::new(r#"(?:key\(\s*|user_err\(\s*|msg\([^,()]+,\s*)"([a-z0-9-]+)""#).unwrap();
    let table = regex::Regex::new(r#"(?:description|example): "([a-z0-9-]+)""#).unwrap();
    let mut keys = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                for cap in re.captures_iter(&src).chain(table.captures_iter(&src)) {
                    keys.insert(cap[1].to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_exists_in_every_language() {
    let i18n = I18n::load().unwrap();
    let used = keys_used_in_code();
    assert!(used.len() > 50, "the scan found the keys: {used:?}");
    for lang in LANGS {
        for key in &used {
            let text = i18n.msg(lang, key);
            assert!(!text.contains("No localization") && !text.contains("Unable to find"), "{lang}: {key} → {text}");
        }
    }
}

#[test]
fn the_command_menu_is_translated_and_within_telegram_limits() {
    let i18n = I18n::load().unwrap();
    let en = i18n.command_menu("en");
    for lang in LANGS {
        let menu = i18n.command_menu(lang);
        assert_eq!(menu.len(), en.len());
        for (i, (cmd, desc)) in menu.iter().enumerate() {
            assert!(cmd.chars().all(|c| c.is_ascii_lowercase()) && cmd.len() <= 32);
            // setMyCommands: a description is 1–256 characters.
            assert!((1..=256).contains(&desc.chars().count()), "{lang} {cmd}");
            if lang != "en" {
                assert_ne!(desc, &en[i].1, "{lang}: /{cmd} is not translated");
            }
        }
    }
}

#[test]
fn dates_are_formatted_in_each_locale() {
    use chrono::TimeZone;
    let i18n = I18n::load().unwrap();
    let at = chrono::Utc.with_ymd_and_hms(2026, 12, 25, 7, 30, 0).unwrap();
    let tz: chrono_tz::Tz = "Europe/Moscow".parse().unwrap();
    let en = i18n.format_time("en", at, tz, pocketcrm::core::TimeStyle::DateTime);
    assert!(en.contains("10:30") && en.contains("Dec"), "{en}");
    let ru = i18n.format_time("ru", at, tz, pocketcrm::core::TimeStyle::DateTime);
    assert!(ru.contains("10:30") && ru.contains("дек"), "{ru}");
}
