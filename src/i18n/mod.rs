//! Renders the core's typed replies with Fluent, in the recipient's language.
//!
//! One loader per language, each falling back to English; Unicode isolation marks are off because Telegram
//! shows them as junk around every argument.

mod files;
mod split;

use std::collections::HashMap;
use std::str::FromStr;

use anyhow::Context;
use fluent_bundle::{FluentArgs, FluentValue};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use unic_langid::LanguageIdentifier;

use crate::core::reply::{Arg, Reply, Text, TimeStyle};
use files::LocaleFiles;
pub use files::check_locales;
pub use split::split_message;

/// The languages we speak, in menu order; the first is the fallback.
pub const LANGS: [&str; 7] = ["en", "ru", "es", "hi", "vi", "fa", "ta"];
pub const FALLBACK: &str = "en";

/// Telegram's longest message text.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// Map an IETF tag such as "ru-RU" or "pt-br" to one of `LANGS`, or the fallback.
pub fn supported_lang(code: Option<&str>) -> &'static str {
    let primary = code.unwrap_or(FALLBACK).split(['-', '_']).next().unwrap_or(FALLBACK).to_ascii_lowercase();
    LANGS.iter().copied().find(|l| *l == primary).unwrap_or(FALLBACK)
}

/// A reply made into text: message chunks that each fit Telegram, and button rows as (label, payload).
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub chunks: Vec<String>,
    pub buttons: Vec<Vec<(String, String)>>,
}

pub struct I18n {
    loaders: HashMap<&'static str, FluentLanguageLoader>,
}

impl I18n {
    pub fn load() -> anyhow::Result<Self> {
        let fallback: LanguageIdentifier = FALLBACK.parse().context("fallback language id")?;
        let mut loaders = HashMap::new();
        for lang in LANGS {
            let id: LanguageIdentifier = lang.parse().with_context(|| format!("language id {lang}"))?;
            let loader = FluentLanguageLoader::new("pocketcrm", fallback.clone());
            loader.load_languages(&LocaleFiles, &[id]).with_context(|| format!("loading locale {lang}"))?;
            loader.set_use_isolating(false);
            loaders.insert(lang, loader);
        }
        Ok(I18n { loaders })
    }

    fn loader(&self, lang: &str) -> &FluentLanguageLoader {
        self.loaders
            .get(supported_lang(Some(lang)))
            .or_else(|| self.loaders.get(FALLBACK))
            .expect("the fallback locale is always loaded")
    }

    /// A single message by key, for menus and descriptions.
    pub fn msg(&self, lang: &str, key: &str) -> String {
        self.loader(lang).get(key)
    }

    pub fn text(&self, lang: &str, text: &Text) -> String {
        match text {
            Text::Raw(s) => s.clone(),
            Text::Lines(parts) => parts.iter().map(|p| self.text(lang, p)).collect::<Vec<_>>().join("\n"),
            Text::Concat(parts) => parts.iter().map(|p| self.text(lang, p)).collect(),
            Text::Msg { key, args } => {
                let loader = self.loader(lang);
                if args.is_empty() {
                    return loader.get(key);
                }
                let mut fargs = FluentArgs::new();
                for (name, value) in args {
                    let v: FluentValue = match value {
                        Arg::Str(s) => s.clone().into(),
                        Arg::Num(n) => (*n).into(),
                        Arg::Time { at, tz, style } => self.format_time(lang, *at, *tz, *style).into(),
                    };
                    fargs.set(*name, v);
                }
                loader.get_args_fluent(key, Some(&fargs))
            }
        }
    }

    /// Dates in the locale's own pattern (a Fluent message, so translators own it) and month/day names.
    pub fn format_time(
        &self,
        lang: &str,
        at: chrono::DateTime<chrono::Utc>,
        tz: chrono_tz::Tz,
        style: TimeStyle,
    ) -> String {
        let key = match style {
            TimeStyle::DateTime => "fmt-datetime",
            TimeStyle::Date => "fmt-date",
            TimeStyle::Time => "fmt-time",
            TimeStyle::DateTimeYear => "fmt-datetime-year",
        };
        let pattern = self.msg(lang, key);
        let locale = chrono_locale(lang);
        at.with_timezone(&tz).format_localized(&pattern, locale).to_string()
    }

    pub fn render(&self, reply: &Reply) -> Rendered {
        let body = self.text(&reply.lang, &reply.text);
        let buttons = reply
            .buttons
            .iter()
            .map(|row| row.iter().map(|b| (self.text(&reply.lang, &b.label), b.data.clone())).collect())
            .collect();
        Rendered { chunks: split_message(&body, MAX_MESSAGE_CHARS), buttons }
    }

    /// The bot's command menu for a language: (command without '/', description).
    pub fn command_menu(&self, lang: &str) -> Vec<(String, String)> {
        crate::core::commands::MENU.iter().map(|cmd| (cmd.name.to_string(), self.msg(lang, cmd.description))).collect()
    }
}

fn chrono_locale(lang: &str) -> chrono::Locale {
    let name = match supported_lang(Some(lang)) {
        "ru" => "ru_RU",
        "es" => "es_ES",
        "hi" => "hi_IN",
        "vi" => "vi_VN",
        "fa" => "fa_IR",
        "ta" => "ta_IN",
        _ => "en_GB",
    };
    chrono::Locale::from_str(name).unwrap_or(chrono::Locale::POSIX)
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("languages", &self.loaders.len()).finish()
    }
}
