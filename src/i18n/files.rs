//! The locale files compiled into the binary. A language is a folder (`locales/<lang>/`) of `.ftl` files, one
//! per feature, so features can grow their own messages without touching each other's files.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use i18n_embed::I18nAssets;
use rust_embed::RustEmbed;

use super::LANGS;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Embedded;

/// Serves every `.ftl` file of a language's folder when i18n-embed asks for the language's one domain file.
pub struct LocaleFiles;

impl LocaleFiles {
    /// The file names (e.g. `en/core.ftl`) of one language, sorted.
    fn of(lang: &str) -> Vec<String> {
        let prefix = format!("{lang}/");
        let mut names: Vec<String> =
            Embedded::iter().filter(|n| n.starts_with(&prefix) && n.ends_with(".ftl")).map(|n| n.to_string()).collect();
        names.sort();
        names
    }
}

impl I18nAssets for LocaleFiles {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some((lang, _domain_file)) = file_path.split_once('/') else { return Vec::new() };
        Self::of(lang).iter().filter_map(|name| Embedded::get(name)).map(|file| file.data).collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String>> {
        Box::new(Embedded::iter().map(|name| name.to_string()))
    }
}

/// Parse every locale file strictly (the loader only logs syntax errors) and list what is wrong: syntax
/// errors, a key defined twice, a file or key that one language has and another lacks.
pub fn check_locales() -> Vec<String> {
    let mut problems = Vec::new();
    let mut keys: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    let mut files: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for lang in LANGS {
        let lang_keys = keys.entry(lang).or_default();
        for name in LocaleFiles::of(lang) {
            let file_name = name.trim_start_matches(&format!("{lang}/")).to_string();
            files.entry(lang).or_default().insert(file_name.clone());
            let Some(file) = Embedded::get(&name) else { continue };
            let source = String::from_utf8_lossy(&file.data).to_string();
            let resource = FluentResource::try_new(source).unwrap_or_else(|(r, errs)| {
                problems.extend(errs.iter().map(|e| format!("{name}: syntax error {e:?}")));
                r
            });
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && let Some(earlier) = lang_keys.insert(m.id.name.to_string(), file_name.clone())
                {
                    problems.push(format!("{name}: {} is already defined in {earlier}", m.id.name));
                }
            }
        }
    }
    let all_keys: BTreeSet<&String> = keys.values().flat_map(|k| k.keys()).collect();
    let all_files: BTreeSet<&String> = files.values().flatten().collect();
    for lang in LANGS {
        let have = &keys[lang];
        problems
            .extend(all_keys.iter().filter(|k| !have.contains_key(**k)).map(|k| format!("{lang}: missing key {k}")));
        let have_files = files.get(lang).cloned().unwrap_or_default();
        problems.extend(
            all_files.iter().filter(|f| !have_files.contains(**f)).map(|f| format!("{lang}: missing file {f}")),
        );
    }
    problems
}
