//! A campaign as one customer receives it: the team's words in the customer's language (else the campaign's
//! default), their code, a tracked link button and the Unsubscribe button. Used for the sender's preview and by
//! the delivery worker, so the preview is exactly what customers get.

use std::collections::BTreeMap;

use crate::core::callback::Area;
use crate::core::reply::{Button, Reply, Text};
use crate::store::Campaign;

/// Telegram's limits: a message's text, and a photo's caption.
pub const MAX_TEXT_CHARS: usize = 4096;
pub const MAX_CAPTION_CHARS: usize = 1024;

/// What the message needs to know of its recipient. `delivery_id` 0 is the sender's preview (its buttons only
/// say so).
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient<'a> {
    pub delivery_id: i64,
    pub lang: &'a str,
    /// Their code: the shared one, or their unique one.
    pub code: Option<&'a str>,
}

/// The campaign's texts by language.
pub fn texts(campaign: &Campaign) -> BTreeMap<String, String> {
    serde_json::from_str(&campaign.texts).unwrap_or_default()
}

/// The text for a language: its own version, else the default language's, else any.
pub fn text_for(campaign: &Campaign, lang: &str) -> String {
    let texts = texts(campaign);
    texts
        .get(lang)
        .or_else(|| texts.get(&campaign.default_lang))
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

/// The language the message is rendered in (the buttons and the code line).
fn render_lang<'a>(campaign: &'a Campaign, lang: &'a str) -> &'a str {
    if texts(campaign).contains_key(lang) { lang } else { &campaign.default_lang }
}

pub fn message(campaign: &Campaign, to: &Recipient<'_>) -> Reply {
    let lang = render_lang(campaign, to.lang);
    let mut lines = vec![Text::Raw(text_for(campaign, lang))];
    if let Some(code) = to.code {
        let line = match campaign.code_kind.as_str() {
            "percent" => Text::key("promo-code-percent")
                .with("code", code)
                .with("percent", campaign.code_value.clone().unwrap_or_default()),
            _ => Text::key("promo-code").with("code", code),
        };
        lines.push(line);
    }
    let mut rows = Vec::new();
    if campaign.link_url.is_some() {
        let label = match campaign.link_label.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(label) => Text::Raw(label.to_string()),
            None => Text::key("promo-open-link"),
        };
        rows.push(vec![Button::new(label, Area::Customer.payload(&format!("L{}", to.delivery_id)))]);
    }
    rows.push(vec![Button::new(
        Text::key("promo-unsubscribe"),
        Area::Customer.payload(&format!("U{}", to.delivery_id)),
    )]);
    let mut reply = Reply::new(lang, Text::Lines(lines)).buttons(rows);
    reply.photo_id = campaign.photo_file_id.clone();
    reply
}
