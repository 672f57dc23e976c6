//! Money back to text for a member's language: `12,000.50 EUR` (en), `12 000,50 EUR` (ru), `12.000,50 EUR`
//! (es, vi), `2,50,000 INR` (hi, ta: Indian grouping). Whole amounts drop the decimals: `12,000 EUR`.

use super::currency;

/// How a language writes numbers: the grouping mark, the decimal mark, and whether it groups the Indian way.
fn style(lang: &str) -> (char, char, bool) {
    match lang {
        // A no-break space, so a number never wraps in the middle on a phone.
        "ru" => ('\u{a0}', ',', false),
        "es" | "vi" => ('.', ',', false),
        "hi" | "ta" => (',', '.', true),
        _ => (',', '.', false),
    }
}

/// An amount and its code, e.g. `12,000.50 EUR`. An unknown code is shown with two decimals.
pub fn format_money(minor: i64, code: &str, lang: &str) -> String {
    format!("{} {code}", format_amount(minor, code, lang))
}

/// The amount alone, grouped for the language, with the currency's decimals when they are not zero.
pub fn format_amount(minor: i64, code: &str, lang: &str) -> String {
    let digits = currency(code).map_or(2, |c| c.minor_digits);
    let (group, decimal, indian) = style(lang);
    let scale = 10_u64.pow(u32::from(digits));
    let abs = minor.unsigned_abs();
    let (major, fraction) = (abs / scale, abs % scale);
    let mut out = String::new();
    if minor < 0 {
        out.push('-');
    }
    out.push_str(&grouped(major, group, indian));
    if fraction != 0 {
        out.push(decimal);
        out.push_str(&format!("{fraction:0width$}", width = usize::from(digits)));
    }
    out
}

fn grouped(n: u64, mark: char, indian: bool) -> String {
    let plain = n.to_string();
    let bytes = plain.as_bytes();
    let mut cuts = Vec::new();
    // Positions (from the right) where a mark goes: every 3 digits, or 3 then every 2 (Indian).
    let mut at = 3;
    while at < bytes.len() {
        cuts.push(bytes.len() - at);
        at += if indian { 2 } else { 3 };
    }
    let mut out = String::with_capacity(plain.len() + cuts.len() * 2);
    for (i, c) in plain.chars().enumerate() {
        if cuts.contains(&i) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}
