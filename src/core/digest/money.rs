//! Amounts in integer minor units shown with the currency's own number of decimals (JPY none, KWD three) and
//! the reader's separators. Never a float on the way.

/// Decimals of an ISO 4217 currency: 2 unless it is one of the few with 0 or 3.
pub fn minor_digits(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX" | "UYI" | "VND"
        | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// (thousands separator, decimal mark) as the language writes them (with the Latin digits the bot uses
/// everywhere, Persian reads best with the Latin marks too).
fn separators(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "ru" => ("\u{a0}", ","),
        "es" | "vi" => (".", ","),
        _ => (",", "."),
    }
}

/// `1234500` EUR in English → "12,345.00 EUR"; in Russian "12 345,00 EUR".
pub fn format_money(minor: i64, currency: &str, lang: &str) -> String {
    let digits = minor_digits(currency);
    let (group, mark) = separators(lang);
    let scale = 10u128.pow(digits);
    let abs = minor.unsigned_abs() as u128;
    let (whole, frac) = (abs / scale, abs % scale);
    let whole = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    let sign = if minor < 0 { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{grouped} {currency}")
    } else {
        format!("{sign}{grouped}{mark}{frac:0width$} {currency}", width = digits as usize)
    }
}

/// Several currencies in one line: "12,000.00 EUR + 500.00 USD".
pub fn format_sums(sums: &[(String, i64)], lang: &str) -> String {
    sums.iter().map(|(cur, minor)| format_money(*minor, cur, lang)).collect::<Vec<_>>().join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_currency_keeps_its_decimals() {
        assert_eq!(format_money(1_234_500, "EUR", "en"), "12,345.00 EUR");
        assert_eq!(format_money(1_234_500, "JPY", "en"), "1,234,500 JPY");
        assert_eq!(format_money(1_234_500, "KWD", "en"), "1,234.500 KWD");
        assert_eq!(format_money(5, "USD", "en"), "0.05 USD");
        assert_eq!(format_money(0, "USD", "en"), "0.00 USD");
        assert_eq!(format_money(i64::MAX, "USD", "en"), "92,233,720,368,547,758.07 USD");
        assert_eq!(format_money(-150, "USD", "en"), "-1.50 USD");
    }

    #[test]
    fn separators_follow_the_language() {
        assert_eq!(format_money(1_234_500, "EUR", "ru"), "12\u{a0}345,00 EUR");
        assert_eq!(format_money(1_234_500, "EUR", "es"), "12.345,00 EUR");
        assert_eq!(format_sums(&[("EUR".into(), 100), ("USD".into(), 250)], "en"), "1.00 EUR + 2.50 USD");
    }
}
