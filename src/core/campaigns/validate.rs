//! What a member types while composing, checked before anything is saved: the promotion's text (Telegram's
//! limits), the link, a shared code, a percent, a follow-up. Pure; each refusal is a localized explanation with
//! an example.

use crate::core::customers::promo::{MAX_CAPTION_CHARS, MAX_TEXT_CHARS};
use crate::core::reply::Text;

/// A shared code: letters and digits (and `-`/`_` inside), 3–32 characters.
const CODE_CHARS: std::ops::RangeInclusive<usize> = 3..=32;
pub const PERCENT: std::ops::RangeInclusive<i64> = 1..=90;
pub const FOLLOWUP_DAYS: std::ops::RangeInclusive<i64> = 1..=30;
const MAX_LABEL_CHARS: usize = 40;

/// The promotion's text for one language; `photo`: it will be a photo's caption (a shorter limit).
pub fn text(text: &str, photo: bool) -> Result<String, Text> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Text::key("camp-err-text-empty"));
    }
    let max = if photo { MAX_CAPTION_CHARS } else { MAX_TEXT_CHARS };
    let length = text.chars().count();
    if length > max {
        let key = if photo { "camp-err-caption-long" } else { "camp-err-text-long" };
        return Err(Text::key(key).with("length", length).with("max", max));
    }
    Ok(text.to_string())
}

/// `https://shop.example/sale Open the sale` → the URL and the button's label (none: the default label).
pub fn link(input: &str) -> Result<(String, Option<String>), Text> {
    let input = input.trim();
    let (url, label) = input.split_once(char::is_whitespace).unwrap_or((input, ""));
    let parsed = url::Url::parse(url).map_err(|_| Text::key("camp-err-link"))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none_or(|h| !h.contains('.')) {
        return Err(Text::key("camp-err-link"));
    }
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(Text::key("camp-err-label").with("max", MAX_LABEL_CHARS));
    }
    Ok((parsed.to_string(), (!label.is_empty()).then_some(label)))
}

/// A code as salespeople and customers type it: upper case, spaces and a leading '#' dropped.
pub fn normalize_code(input: &str) -> String {
    input.trim().trim_start_matches('#').chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

/// A shared code the member chose: "SPRING25".
pub fn shared_code(input: &str) -> Result<String, Text> {
    let code = normalize_code(input);
    let ok = CODE_CHARS.contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && code.starts_with(|c: char| c.is_ascii_alphanumeric());
    if ok { Ok(code) } else { Err(Text::key("camp-err-code")) }
}

/// A personal discount: "15", "15%".
pub fn percent(input: &str) -> Result<i64, Text> {
    let digits = crate::parse::fold::digits(input.trim().trim_end_matches(['%', '٪']));
    let plain = input.trim().trim_end_matches(['%', '٪']).trim();
    match digits.parse::<i64>() {
        Ok(n) if PERCENT.contains(&n) && plain.chars().count() == digits.chars().count() => Ok(n),
        _ => Err(Text::key("camp-err-percent")),
    }
}

/// "3 Last chance: the sale ends tomorrow" → (3 days, the text).
pub fn followup(input: &str, photo: bool) -> Result<(i32, String), Text> {
    let input = input.trim();
    let (days, rest) = input.split_once(char::is_whitespace).unwrap_or((input, ""));
    let digits = crate::parse::fold::digits(days);
    let days = match digits.parse::<i64>() {
        Ok(n) if FOLLOWUP_DAYS.contains(&n) && digits.chars().count() == days.chars().count() => n as i32,
        _ => return Err(Text::key("camp-err-followup")),
    };
    Ok((days, text(rest, photo)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(e: Text) -> &'static str {
        e.keys()[0]
    }

    #[test]
    fn texts_must_say_something_within_telegrams_limits() {
        assert_eq!(text("  Sale!  ", false), Ok("Sale!".into()));
        assert_eq!(key(text("   ", false).unwrap_err()), "camp-err-text-empty");
        assert!(text(&"a".repeat(4096), false).is_ok());
        assert_eq!(key(text(&"a".repeat(4097), false).unwrap_err()), "camp-err-text-long");
        assert_eq!(key(text(&"я".repeat(5000), false).unwrap_err()), "camp-err-text-long");
        assert!(text(&"a".repeat(1024), true).is_ok());
        assert_eq!(key(text(&"a".repeat(1025), true).unwrap_err()), "camp-err-caption-long");
    }

    #[test]
    fn links_are_web_addresses_with_an_optional_label() {
        assert_eq!(link("https://shop.example/sale"), Ok(("https://shop.example/sale".into(), None)));
        assert_eq!(
            link("http://shop.example/a?b=1   Open  the sale"),
            Ok(("http://shop.example/a?b=1".into(), Some("Open the sale".into())))
        );
        for bad in ["shop.example", "ftp://shop.example", "javascript:alert(1)", "https://", "https://localhost", "hi"]
        {
            assert_eq!(key(link(bad).unwrap_err()), "camp-err-link", "{bad}");
        }
        assert_eq!(key(link(&format!("https://a.example {}", "x".repeat(41))).unwrap_err()), "camp-err-label");
    }

    #[test]
    fn codes_percents_and_follow_ups_are_read_strictly() {
        assert_eq!(shared_code(" spring25 "), Ok("SPRING25".into()));
        assert_eq!(shared_code("#black-friday"), Ok("BLACK-FRIDAY".into()));
        for bad in ["ab", "", "-ABC", "ПРОМО", "A B!", &"A".repeat(33)] {
            assert!(shared_code(bad).is_err(), "{bad}");
        }
        assert_eq!(percent("15"), Ok(15));
        assert_eq!(percent("15 %"), Ok(15));
        assert_eq!(percent("۲۰٪"), Ok(20));
        for bad in ["0", "91", "-5", "abc", "15.5", "", "1 5"] {
            assert!(percent(bad).is_err(), "{bad}");
        }
        assert_eq!(followup("3 Last chance!", false), Ok((3, "Last chance!".into())));
        assert_eq!(key(followup("0 Hi", false).unwrap_err()), "camp-err-followup");
        assert_eq!(key(followup("31 Hi", false).unwrap_err()), "camp-err-followup");
        assert_eq!(key(followup("soon Hi", false).unwrap_err()), "camp-err-followup");
        assert_eq!(key(followup("3", false).unwrap_err()), "camp-err-text-empty");
        assert_eq!(normalize_code(" k7m2 qx9a "), "K7M2QX9A");
    }
}
