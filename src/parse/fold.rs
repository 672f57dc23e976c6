//! Search folding: one canonical form for stored text and for queries, so that `/find` matches regardless of
//! case, accents, keyboard variants of Persian letters, nukta, and the script the digits were typed in.
//!
//! Both sides of a comparison must go through [`fold`]; the mapping is deliberately lossy (ё = е, ئ = ی…)
//! because people type the same name differently on different keyboards.

use unicode_normalization::UnicodeNormalization;

/// Fold text for case- and accent-insensitive search, the same way for stored text and for the query:
/// lower-case (Unicode); NFD and drop combining diacritics U+0300–U+036F (so é→e, ñ→n, й→и, ё→е, Vietnamese
/// tones and marks: "Nguyễn" → "nguyen"); đ/Đ → d; Persian/Arabic: drop harakat U+064B–U+065F and U+0670,
/// tatweel U+0640, map ي→ی, ك→ک, ة→ه, أ/إ/آ→ا, drop ZWNJ U+200C (and ZWJ U+200D); Devanagari: drop nukta U+093C
/// and map chandrabindu U+0901 → anusvara U+0902; Tamil unchanged; digits of any script (Persian ۰-۹,
/// Arabic-Indic ٠-٩, Devanagari ०-९, Tamil ௦-௯) → ASCII; whitespace runs → one space; trimmed. Re-compose with
/// NFC at the end so Devanagari/Tamil stay in composed form consistently.
///
/// Beyond the list above, Arabic alef maksura ى is also mapped to Persian ی (a common keyboard variant), and
/// hamza-carrying letters lose the hamza (أ→ا, ؤ→و, ئ→ی) because NFD splits the hamza off as a dropped mark.
pub fn fold(s: &str) -> String {
    let lowered = s.to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    // A pending space is only written before the next kept character, which both collapses whitespace runs
    // and trims both ends without a second pass.
    let mut pending_space = false;
    for c in lowered.nfd() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        let Some(c) = fold_char(c) else { continue };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out.nfc().collect()
}

/// Only the ASCII digits of `s` (after mapping other scripts' digits to ASCII): "+7 (999) 123-45-67" →
/// "79991234567".
pub fn digits(s: &str) -> String {
    s.chars().filter_map(ascii_digit).collect()
}

/// The ASCII digit for a decimal digit of any supported script, `None` for everything else.
pub fn ascii_digit(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let code = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
}

/// Code points of the digit zero in the Unicode scripts people may type digits in (each block has ten
/// consecutive digits). std has no Unicode digit values, so the table lists the scripts of the locales we serve
/// plus their neighbours and the full-width forms East Asian keyboards produce.
const DIGIT_ZEROS: [u32; 19] = [
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu)
    0x07C0, // NKo
    0x0966, // Devanagari
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0B66, // Oriya
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x17E0, // Khmer
    0x1810, // Mongolian
    0xFF10, // Full-width
];

/// Fold one already lower-cased, decomposed character: `None` drops it.
fn fold_char(c: char) -> Option<char> {
    if is_dropped_mark(c) {
        return None;
    }
    if let Some(d) = ascii_digit(c) {
        return Some(d);
    }
    Some(match c {
        // đ has no decomposition, so NFD alone would leave it.
        'đ' => 'd',
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ة' => 'ه',
        // NFD already turns these into ا + a hamza/madda mark; kept for clarity and safety.
        'أ' | 'إ' | 'آ' => 'ا',
        // Chandrabindu and anusvara are written interchangeably for nasalisation.
        '\u{0901}' => '\u{0902}',
        other => other,
    })
}

/// Marks that change how a word looks but not which word it is.
fn is_dropped_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}' // Latin/Cyrillic combining diacritics (after NFD)
        | '\u{064B}'..='\u{065F}' // Arabic harakat, hamza above/below, madda
        | '\u{0670}' // superscript alef
        | '\u{0640}' // tatweel (purely typographic elongation)
        | '\u{200C}' // ZWNJ: Persian half-space, often typed as nothing or as a space
        | '\u{200D}' // ZWJ
        | '\u{093C}' // Devanagari nukta: क़ vs क
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_each_language() {
        let cases: &[(&str, &str)] = &[
            // en
            ("  John   SMITH ", "john smith"),
            // ru: ё/й lose their marks, case folds
            ("Пётр Йовович", "петр иовович"),
            ("ПЁТР", "петр"),
            // es
            ("José Muñoz", "jose munoz"),
            ("ÁLVARO Peña", "alvaro pena"),
            // vi: tones, horn, breve, and đ
            ("Nguyễn Văn Đức", "nguyen van duc"),
            ("Trương Thị Hồng", "truong thi hong"),
            // fa: ZWNJ dropped, harakat dropped, Arabic letter variants unified
            ("می\u{200C}خواهم", "میخواهم"),
            ("علي", "علی"),
            ("كريم", "کریم"),
            ("فاطمة", "فاطمه"),
            ("أحمد", "احمد"),
            ("إيران", "ایران"),
            ("آرش", "ارش"),
            ("مُحَمَّد", "محمد"),
            ("کـــریم", "کریم"),
            // hi: nukta dropped (precomposed and combining forms), chandrabindu → anusvara
            ("ज़रा", "जरा"),
            ("\u{095B}रा", "जरा"),
            ("चाँद", "चांद"),
            ("राम", "राम"),
            // ta: unchanged, stays composed
            ("முருகன்", "முருகன்"),
            ("கொடி", "கொடி"),
            // digits of any script
            ("۱۲۳ ٤٥٦ ७८९ ௦௧", "123 456 789 01"),
            ("Room\t\n 5", "room 5"),
            ("", ""),
            ("   ", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), *expected, "fold({input:?})");
        }
    }

    #[test]
    fn variants_fold_equal() {
        let pairs: &[(&str, &str)] = &[
            ("Пётр Йовович", "петр иовович"),
            ("NGUYỄN", "Nguyen"),
            // Persian with and without ZWNJ, with Arabic ي/ك and Persian ی/ک
            ("نرگس\u{200C}ها", "نرگسها"),
            ("علي كاظمي", "علی کاظمی"),
            // Hindi with and without nukta
            ("फ़ातिमा", "फातिमा"),
            ("\u{095E}ातिमा", "फातिमा"),
            // Tamil: decomposed and composed vowel sign
            ("\u{0B95}\u{0BC6}\u{0BBE}", "\u{0B95}\u{0BCA}"),
            // mixed-script digits
            ("۰۹۱۲", "0912"),
            ("०९१२", "٠٩١٢"),
        ];
        for (a, b) in pairs {
            assert_eq!(fold(a), fold(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn tamil_is_composed_and_unchanged() {
        let text = "\u{0B95}\u{0BCA}ழும்பு";
        assert_eq!(fold(text), text);
        assert_eq!(fold("\u{0B95}\u{0BC6}\u{0BBE}"), "\u{0B95}\u{0BCA}");
    }

    #[test]
    fn digits_only() {
        let cases: &[(&str, &str)] = &[
            ("+7 (999) 123-45-67", "79991234567"),
            ("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "989123456789"),
            ("+९१ ९८७६५ ४३२१०", "919876543210"),
            ("௧௨௩", "123"),
            ("no digits", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(digits(input), *expected, "digits({input:?})");
        }
    }

    #[test]
    fn ascii_digit_rejects_non_digits() {
        assert_eq!(ascii_digit('a'), None);
        assert_eq!(ascii_digit('\u{066A}'), None); // Arabic percent sign, right after the digits
        assert_eq!(ascii_digit('٩'), Some('9'));
    }
}
