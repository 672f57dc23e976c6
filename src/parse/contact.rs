//! The line a salesperson types after `/add`:
//! `Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme`.
//!
//! Phones, e-mails, `#tags` and `@company` are recognised anywhere in the line; every other word, in order and
//! single-spaced, is the name. The parser is pure and total: any input returns quickly with a value or an error.
//!
//! Behaviour the caller relies on:
//! * A phone with '+' is validated internationally. Without '+' it is read as a national number of `region`.
//!   Without '+' and without a region it cannot be validated, so 7–15 digits are kept as bare digits
//!   (e.g. "89991234567", no '+') rather than rejected; fewer than 7 or more than 15 is `BadPhone`.
//! * Fewer than 5 digits without '+' is never a phone ("Room 5", "Ivan 1985" keep their numbers in the name);
//!   anything starting with '+' is a phone ("+7 12" is `BadPhone`).
//! * Consecutive phone-ish words form one number; the longest run (up to 15 digits) that is a valid number
//!   wins, so two numbers typed back to back are split where they are valid. A trailing ',' or ';' ends a number.
//! * The first problem met, left to right, is returned as the error.

use std::fmt;
use std::sync::LazyLock;

use phonenumber::{Mode, country::Id};
use regex::Regex;

use super::fold::{ascii_digit, digits};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactLine {
    pub name: String,
    /// E.164 ("+79991234567") where it could be normalised; bare digits ("89991234567") for a number typed
    /// without '+' when no region was given (see [`parse_contact_line`]).
    pub phones: Vec<String>,
    /// Lower-cased.
    pub emails: Vec<String>,
    /// Without '#', as typed (case kept), deduplicated case-insensitively.
    pub tags: Vec<String>,
    /// Without '@'; "@Acme_Corp" → "Acme Corp" (underscores become spaces); the last one wins.
    pub company: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactError {
    /// Something that looks like a phone number but is not a valid one (too few/many digits, invalid for its
    /// country). Carries the token as typed.
    BadPhone(String),
    /// Something with '@' inside a word that is not a valid e-mail (e.g. "ivan@", "ivan@example"). Carries it.
    BadEmail(String),
    /// A '#' or '@' with nothing usable after it.
    BadTag(String),
}

impl fmt::Display for ContactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadPhone(s) => write!(f, "not a valid phone number: {s}"),
            Self::BadEmail(s) => write!(f, "not a valid e-mail: {s}"),
            Self::BadTag(s) => write!(f, "empty tag or company: {s}"),
        }
    }
}

impl std::error::Error for ContactError {}

/// Below this many digits a number without '+' is part of the name ("Room 5", "Ivan 1985").
const MIN_PHONE_DIGITS: usize = 5;
/// E.164 allows at most 15 digits, so a longer run cannot be one number.
const MAX_PHONE_DIGITS: usize = 15;
/// Without a region nothing can be validated; fewer digits than this is too short even for a local number.
const MIN_BARE_DIGITS: usize = 7;

/// Punctuation that may follow a word in a sentence and is not part of it ("Ivan, +7…, #vip.").
const SENTENCE_PUNCT: [char; 6] = [',', ';', ':', '!', '?', '.'];
/// A company name may end with '.' ("@Acme_Inc."), so only the other sentence punctuation is dropped.
const COMPANY_TRAILING_PUNCT: [char; 5] = [',', ';', ':', '!', '?'];
/// Characters that separate parts of a typed line and mean nothing at the edges of a name.
const NAME_SEPARATORS: [char; 8] = [',', ';', ':', '-', '–', '—', '|', '/'];
/// Separators allowed inside a phone number besides digits and a leading '+'.
const PHONE_SEPARATORS: [char; 5] = ['(', ')', '-', '.', '/'];

/// One or more `#tag`s glued together. Marks (\p{M}) are needed for Devanagari/Tamil vowel signs and viramas,
/// ZWNJ/ZWJ for Persian half-spaces inside a word.
static TAGS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:#[\p{L}\p{M}\p{N}_\-\x{200C}\x{200D}]+)+$").expect("valid tag regex"));

/// local@domain.tld with letters of any script; the TLD is letters or punycode ("xn--p1ai").
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let atom = r"[\p{L}\p{M}\p{N}_%+'\-]+";
    let label = r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?";
    let tld = r"(?:[\p{L}\p{M}]{2,}|xn--[\p{L}\p{N}\-]+)";
    Regex::new(&format!(r"^{atom}(?:\.{atom})*@(?:{label}\.)+{tld}$")).expect("valid e-mail regex")
});

/// `region` is a two-letter country (ISO 3166) used for numbers typed without '+' (e.g. "8 999 123-45-67" with
/// "RU" → "+79991234567"). With `None`, such numbers cannot be validated: 7–15 digits are kept as bare digits
/// (no '+'), anything else is `BadPhone`. Note "0612345678" is `BadPhone` with "ES": Spanish numbers have no
/// trunk '0' (write "612345678").
pub fn parse_contact_line(line: &str, region: Option<&str>) -> Result<ContactLine, ContactError> {
    let region = region_id(region);
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut contact = ContactLine::default();
    let mut name_words = Vec::new();
    let mut rest = words.as_slice();
    while let Some(&word) = rest.first() {
        let used = if is_phone_word(word) {
            read_phone(rest, region, &mut contact, &mut name_words)?
        } else {
            read_word(word, &mut contact, &mut name_words)?;
            1
        };
        rest = &rest[used..];
    }
    contact.name = join_name(&name_words);
    Ok(contact)
}

/// Normalise one phone as typed (used for shared Telegram contacts, whose phone often lacks '+': Telegram sends
/// "79991234567"): valid → E.164. Without '+', the number is tried as international first (Telegram's format),
/// then as a national number of `region`; with no region, 7–15 digits fall back to bare digits as in
/// [`parse_contact_line`].
pub fn normalize_phone(raw: &str, region: Option<&str>) -> Result<String, ContactError> {
    let typed = raw.trim();
    let bad = || ContactError::BadPhone(typed.to_string());
    if !typed.split_whitespace().all(is_phone_word) {
        return Err(bad());
    }
    let digits = digits(typed);
    let region = region_id(region);
    if typed.starts_with('+') {
        return international(&digits).ok_or_else(bad);
    }
    international(&digits)
        .or_else(|| national(&digits, region))
        .or_else(|| bare_digits(&digits, region))
        .ok_or_else(bad)
}

/// A region guess from a locale: ru→RU, es→ES, hi→IN, ta→IN, vi→VN, fa→IR, en→US (None for others).
/// Accepts full tags too ("ru-RU", "pt_BR"): only the language part counts.
pub fn region_for_locale(lang: &str) -> Option<&'static str> {
    let language = lang.split(['-', '_']).next().unwrap_or_default();
    let region = match language.to_ascii_lowercase().as_str() {
        "ru" => "RU",
        "es" => "ES",
        "hi" | "ta" => "IN",
        "vi" => "VN",
        "fa" => "IR",
        "en" => "US",
        _ => return None,
    };
    Some(region)
}

/// The phonenumber crate's country for an ISO code; an unknown code is treated as no region at all.
fn region_id(region: Option<&str>) -> Option<Id> {
    region.and_then(|r| r.trim().to_ascii_uppercase().parse().ok())
}

// ---------------------------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------------------------

/// A word that can be (part of) a phone number: digits of any script with phone separators, '+' only in front,
/// at least one digit. A trailing ',' or ';' is allowed (it ends the number).
fn is_phone_word(word: &str) -> bool {
    let core = word.trim_end_matches([',', ';']);
    let core = core.strip_prefix('+').unwrap_or(core);
    let mut has_digit = false;
    for c in core.chars() {
        if ascii_digit(c).is_some() {
            has_digit = true;
        } else if !PHONE_SEPARATORS.contains(&c) {
            return false;
        }
    }
    has_digit
}

/// Reads the phone that starts `words` into `contact`; returns how many words it used. Words that turn out
/// to be a short number without '+' go to the name instead.
fn read_phone<'a>(
    words: &[&'a str],
    region: Option<Id>,
    contact: &mut ContactLine,
    name_words: &mut Vec<&'a str>,
) -> Result<usize, ContactError> {
    let run = &words[..phone_run_len(words)];
    // Longest first: the greedy run may have swallowed the start of the next number.
    for len in (1..=run.len()).rev() {
        if let Some(phone) = validated_phone(&run[..len], region) {
            push_unique(&mut contact.phones, phone);
            return Ok(len);
        }
    }
    let typed = typed_phone(run);
    // A '+' always means a phone was intended, so it is never demoted to the name or kept unvalidated.
    if typed.starts_with('+') {
        return Err(ContactError::BadPhone(typed));
    }
    let digits = digits(&typed);
    if digits.len() < MIN_PHONE_DIGITS {
        name_words.extend_from_slice(run);
        return Ok(run.len());
    }
    let phone = bare_digits(&digits, region).ok_or(ContactError::BadPhone(typed))?;
    push_unique(&mut contact.phones, phone);
    Ok(run.len())
}

/// How many leading words form one phone-ish run: stops at a non-phone word, at a new '+', before exceeding
/// 15 digits (but always takes the first word, so an overlong single word is reported), or after a word that
/// ends with ',' or ';'.
fn phone_run_len(words: &[&str]) -> usize {
    let mut total = 0;
    for (n, word) in words.iter().enumerate() {
        if n > 0 && (!is_phone_word(word) || word.starts_with('+')) {
            return n;
        }
        total += digits(word).len();
        if n > 0 && total > MAX_PHONE_DIGITS {
            return n;
        }
        if word.ends_with([',', ';']) {
            return n + 1;
        }
    }
    words.len()
}

/// The words of a phone as typed, for error messages and for deciding whether it was international.
fn typed_phone(words: &[&str]) -> String {
    words.join(" ").trim_end_matches([',', ';']).to_string()
}

/// E.164 for phone words that form a valid number: international with '+', else national for `region`.
fn validated_phone(words: &[&str], region: Option<Id>) -> Option<String> {
    let typed = typed_phone(words);
    let digits = digits(&typed);
    if typed.starts_with('+') {
        international(&digits)
    } else if digits.len() >= MIN_PHONE_DIGITS {
        national(&digits, region)
    } else {
        None
    }
}

fn international(digits: &str) -> Option<String> {
    e164(&format!("+{digits}"), None)
}

fn national(digits: &str, region: Option<Id>) -> Option<String> {
    region.and_then(|region| e164(digits, Some(region)))
}

/// The documented fallback when there is no region to validate against.
fn bare_digits(digits: &str, region: Option<Id>) -> Option<String> {
    let plausible = (MIN_BARE_DIGITS..=MAX_PHONE_DIGITS).contains(&digits.len());
    (region.is_none() && plausible).then(|| digits.to_string())
}

/// Validate and format with the phonenumber crate. Only ever given '+' and ASCII digits (at most 16 chars),
/// which keeps the crate's parser away from inputs that are slow or have made it panic in the past.
fn e164(text: &str, region: Option<Id>) -> Option<String> {
    let digit_count = text.trim_start_matches('+').len();
    if digit_count == 0 || digit_count > MAX_PHONE_DIGITS {
        return None;
    }
    let number = phonenumber::parse(region, text).ok()?;
    number.is_valid().then(|| number.format().mode(Mode::E164).to_string())
}

// ---------------------------------------------------------------------------------------------------------------
// Tags, company, e-mail, name
// ---------------------------------------------------------------------------------------------------------------

/// Classifies a word that is not part of a phone.
fn read_word<'a>(word: &'a str, contact: &mut ContactLine, name_words: &mut Vec<&'a str>) -> Result<(), ContactError> {
    if word.starts_with('#') {
        for tag in parse_tags(word)? {
            push_tag(&mut contact.tags, tag);
        }
    } else if word.starts_with('@') {
        contact.company = Some(parse_company(word)?);
    } else if word.contains('@') {
        push_unique(&mut contact.emails, parse_email(word)?);
    } else {
        name_words.push(word);
    }
    Ok(())
}

/// "#vip" → ["vip"]; "#vip#gold," → ["vip", "gold"]. Each tag needs a letter or digit ("#_" is not a tag).
fn parse_tags(word: &str) -> Result<Vec<&str>, ContactError> {
    let bad = || ContactError::BadTag(word.to_string());
    let core = word.trim_end_matches(SENTENCE_PUNCT);
    if !TAGS.is_match(core) {
        return Err(bad());
    }
    let tags: Vec<&str> = core.split('#').filter(|t| !t.is_empty()).collect();
    if tags.iter().all(|t| has_letter_or_digit(t)) { Ok(tags) } else { Err(bad()) }
}

/// "@Acme_Corp" → "Acme Corp". Any non-space characters are allowed ("@AT&T", "@Coca-Cola") except a second '@'.
fn parse_company(word: &str) -> Result<String, ContactError> {
    let core = word[1..].trim_end_matches(COMPANY_TRAILING_PUNCT);
    if core.contains('@') || !has_letter_or_digit(core) {
        return Err(ContactError::BadTag(word.to_string()));
    }
    let parts: Vec<&str> = core.split('_').filter(|p| !p.is_empty()).collect();
    Ok(parts.join(" "))
}

/// Lower-cased e-mail from a word with '@' inside; tolerates "<…>", quotes, "mailto:" and sentence punctuation.
fn parse_email(word: &str) -> Result<String, ContactError> {
    let core = word
        .trim_start_matches(['<', '(', '[', '"', '\''])
        .trim_end_matches(|c| ['>', ')', ']', '"', '\''].contains(&c) || SENTENCE_PUNCT.contains(&c));
    let core = strip_prefix_ignore_case(core, "mailto:").unwrap_or(core);
    if EMAIL.is_match(core) { Ok(core.to_lowercase()) } else { Err(ContactError::BadEmail(word.to_string())) }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

fn has_letter_or_digit(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// Name words single-spaced; separator-only words ("-", ",") and separators at the ends are dropped, since they
/// were only there to set the name apart from a phone or e-mail ("Ivan Petrov, +7 …").
fn join_name(words: &[&str]) -> String {
    let is_separator = |w: &&str| w.chars().all(|c| NAME_SEPARATORS.contains(&c));
    let kept: Vec<&str> = words.iter().copied().filter(|w| !is_separator(w)).collect();
    let name = kept.join(" ");
    name.trim_matches(|c: char| NAME_SEPARATORS.contains(&c) || c.is_whitespace()).to_string()
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Tags keep the case of their first spelling; "#VIP" after "#vip" is the same tag.
fn push_tag(tags: &mut Vec<String>, tag: &str) {
    let lower = tag.to_lowercase();
    if !tags.iter().any(|t| t.to_lowercase() == lower) {
        tags.push(tag.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn contact(name: &str, phones: &[&str], emails: &[&str], tags: &[&str], company: Option<&str>) -> ContactLine {
        let owned = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        ContactLine {
            name: name.to_string(),
            phones: owned(phones),
            emails: owned(emails),
            tags: owned(tags),
            company: company.map(str::to_string),
        }
    }

    fn name_only(name: &str) -> ContactLine {
        contact(name, &[], &[], &[], None)
    }

    fn phone_only(name: &str, phone: &str) -> ContactLine {
        contact(name, &[phone], &[], &[], None)
    }

    fn check(cases: &[(&str, Option<&str>, Result<ContactLine, ContactError>)]) {
        for (line, region, expected) in cases {
            assert_eq!(&parse_contact_line(line, *region), expected, "line {line:?}, region {region:?}");
        }
    }

    #[test]
    fn full_lines() {
        check(&[
            (
                "Ivan Petrov +7 999 123-45-67 ivan@example.com #vip @Acme",
                None,
                Ok(contact("Ivan Petrov", &["+79991234567"], &["ivan@example.com"], &["vip"], Some("Acme"))),
            ),
            (
                "#vip @Acme ivan@example.com +7 999 123-45-67 Ivan Petrov",
                Some("RU"),
                Ok(contact("Ivan Petrov", &["+79991234567"], &["ivan@example.com"], &["vip"], Some("Acme"))),
            ),
            (
                "Ivan   Petrov, +7 999 123-45-67, <Ivan@Example.com>.",
                None,
                Ok(contact("Ivan Petrov", &["+79991234567"], &["ivan@example.com"], &[], None)),
            ),
            // Right-to-left text is read in logical order like any other.
            (
                "سارا احمدی @شرکت_آلفا #مشتری ۰۹۱۲۳۴۵۶۷۸۹ Sara@Example.ir",
                Some("IR"),
                Ok(contact("سارا احمدی", &["+989123456789"], &["sara@example.ir"], &["مشتری"], Some("شرکت آلفا"))),
            ),
        ]);
    }

    #[test]
    fn multiple_phones_and_emails() {
        check(&[
            (
                "Maria +1 (415) 555-2671 +7 999 123 45 67 Maria@Example.COM maria.work@corp.example.org",
                None,
                Ok(contact(
                    "Maria",
                    &["+14155552671", "+79991234567"],
                    &["maria@example.com", "maria.work@corp.example.org"],
                    &[],
                    None,
                )),
            ),
            // The same number and address typed twice in different forms are kept once.
            (
                "Ivan +79991234567 +7 (999) 123-45-67 IVAN@example.com ivan@example.com",
                None,
                Ok(contact("Ivan", &["+79991234567"], &["ivan@example.com"], &[], None)),
            ),
            // Two national numbers back to back: the greedy run is cut where the first one is valid.
            (
                "8 999 123 45 67 8 912 345 67 89",
                Some("RU"),
                Ok(contact("", &["+79991234567", "+79123456789"], &[], &[], None)),
            ),
            (
                "8 999 123 45 67, 8 912 345 67 89",
                Some("RU"),
                Ok(contact("", &["+79991234567", "+79123456789"], &[], &[], None)),
            ),
        ]);
    }

    #[test]
    fn phones_of_each_country() {
        check(&[
            ("Ali +98 912 345 6789", None, Ok(phone_only("Ali", "+989123456789"))),
            ("Ravi +91 98765 43210", None, Ok(phone_only("Ravi", "+919876543210"))),
            ("Lan +84 90 123 45 67", None, Ok(phone_only("Lan", "+84901234567"))),
            ("Пётр 8 999 123 45 67", Some("RU"), Ok(phone_only("Пётр", "+79991234567"))),
            ("John (415) 555-2671", Some("US"), Ok(phone_only("John", "+14155552671"))),
            ("Lucía 612 34 56 78", Some("ES"), Ok(phone_only("Lucía", "+34612345678"))),
            ("Lucía 0034 612 34 56 78", Some("ES"), Ok(phone_only("Lucía", "+34612345678"))),
            ("Lan 090 123 4567", Some("VN"), Ok(phone_only("Lan", "+84901234567"))),
            // Persian and Devanagari digits.
            ("علی رضایی ۰۹۱۲ ۳۴۵ ۶۷۸۹", Some("IR"), Ok(phone_only("علی رضایی", "+989123456789"))),
            ("रवि +९१ ९८७६५ ४३२१०", None, Ok(phone_only("रवि", "+919876543210"))),
            ("முருகன் 98765 43210", Some("IN"), Ok(phone_only("முருகன்", "+919876543210"))),
            // Lower-case region code works too.
            ("Ivan 8 999 123-45-67", Some("ru"), Ok(phone_only("Ivan", "+79991234567"))),
        ]);
    }

    #[test]
    fn phones_without_region() {
        check(&[
            // Cannot be validated: kept as bare digits (documented fallback).
            ("8 999 123 45 67", None, Ok(phone_only("", "89991234567"))),
            ("Ivan 1234567", None, Ok(phone_only("Ivan", "1234567"))),
            ("Ivan 123456", None, Err(ContactError::BadPhone("123456".into()))),
            // An unknown region is the same as none.
            ("Ivan 8 999 123 45 67", Some("XX"), Ok(phone_only("Ivan", "89991234567"))),
        ]);
    }

    #[test]
    fn bad_phones() {
        check(&[
            ("+7 12", None, Err(ContactError::BadPhone("+7 12".into()))),
            ("Ivan +7 12", Some("RU"), Err(ContactError::BadPhone("+7 12".into()))),
            ("Ivan 12345", Some("RU"), Err(ContactError::BadPhone("12345".into()))),
            ("1234567890123456789", None, Err(ContactError::BadPhone("1234567890123456789".into()))),
            // Spanish numbers have no trunk 0.
            ("0612345678", Some("ES"), Err(ContactError::BadPhone("0612345678".into()))),
            ("Ivan +1 000 000 0000", None, Err(ContactError::BadPhone("+1 000 000 0000".into()))),
        ]);
    }

    #[test]
    fn tags_in_every_script() {
        check(&[
            ("Olga #клиент #VIP #vip #Клиент", None, Ok(contact("Olga", &[], &[], &["клиент", "VIP"], None))),
            (
                "#वीआईपी #வாடிக்கையாளர் #مشتری\u{200C}ویژه #khách_hàng #a-b",
                None,
                Ok(contact("", &[], &[], &["वीआईपी", "வாடிக்கையாளர்", "مشتری\u{200C}ویژه", "khách_hàng", "a-b"], None)),
            ),
            ("Ivan #vip#gold, #2024", None, Ok(contact("Ivan", &[], &[], &["vip", "gold", "2024"], None))),
        ]);
    }

    #[test]
    fn company() {
        check(&[
            ("Ivan @Acme_Corp", None, Ok(contact("Ivan", &[], &[], &[], Some("Acme Corp")))),
            ("Ivan @First @Second", None, Ok(contact("Ivan", &[], &[], &[], Some("Second")))),
            ("@__Acme__Inc.", None, Ok(contact("", &[], &[], &[], Some("Acme Inc.")))),
            ("رضا @شرکت_آلفا", None, Ok(contact("رضا", &[], &[], &[], Some("شرکت آلفا")))),
            ("@AT&T, Bob", None, Ok(contact("Bob", &[], &[], &[], Some("AT&T")))),
        ]);
    }

    #[test]
    fn bad_emails_and_tags() {
        check(&[
            ("ivan@", None, Err(ContactError::BadEmail("ivan@".into()))),
            ("Ivan ivan@example", None, Err(ContactError::BadEmail("ivan@example".into()))),
            ("Ivan ivan@@example.com", None, Err(ContactError::BadEmail("ivan@@example.com".into()))),
            ("Ivan ivan@.com", None, Err(ContactError::BadEmail("ivan@.com".into()))),
            ("#", None, Err(ContactError::BadTag("#".into()))),
            ("Ivan # vip", None, Err(ContactError::BadTag("#".into()))),
            ("Ivan #!", None, Err(ContactError::BadTag("#!".into()))),
            ("Ivan #_", None, Err(ContactError::BadTag("#_".into()))),
            ("Ivan @", None, Err(ContactError::BadTag("@".into()))),
            ("Ivan @_", None, Err(ContactError::BadTag("@_".into()))),
            ("Ivan @a@b.com", None, Err(ContactError::BadTag("@a@b.com".into()))),
        ]);
    }

    #[test]
    fn unicode_emails() {
        check(&[
            ("Пётр пётр@почта.рф", None, Ok(contact("Пётр", &[], &["пётр@почта.рф"], &[], None))),
            ("A mailto:A.B+crm@Example.co.uk", None, Ok(contact("A", &[], &["a.b+crm@example.co.uk"], &[], None))),
            ("A a@xn--80a1acny.xn--p1ai", None, Ok(contact("A", &[], &["a@xn--80a1acny.xn--p1ai"], &[], None))),
        ]);
    }

    #[test]
    fn names() {
        check(&[
            ("Ivan Petrov", None, Ok(name_only("Ivan Petrov"))),
            ("  José   Muñoz  ", Some("ES"), Ok(name_only("José Muñoz"))),
            ("Nguyễn Văn Đức", Some("VN"), Ok(name_only("Nguyễn Văn Đức"))),
            ("Ivan 2nd", None, Ok(name_only("Ivan 2nd"))),
            ("Room 5", Some("RU"), Ok(name_only("Room 5"))),
            ("Louis 14", None, Ok(name_only("Louis 14"))),
            ("Ivan 1985 +7 999 123 45 67", None, Ok(phone_only("Ivan 1985", "+79991234567"))),
            ("Ivan - Petrov -", None, Ok(name_only("Ivan Petrov"))),
            ("Petrov, Ivan", None, Ok(name_only("Petrov, Ivan"))),
            ("C# guru", None, Ok(name_only("C# guru"))),
            ("", None, Ok(name_only(""))),
        ]);
    }

    #[test]
    fn phone_only_line_has_empty_name() {
        check(&[
            ("+7 999 123-45-67", None, Ok(phone_only("", "+79991234567"))),
            ("  +7 999 123-45-67  ", Some("RU"), Ok(phone_only("", "+79991234567"))),
        ]);
    }

    #[test]
    fn junk_does_not_panic_and_is_fast() {
        let alphabet: Vec<char> = "0123456789 +-()@#._,;aZéйक़்ی۵٣\u{200C}\u{0301}".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut random_junk = String::new();
        while random_junk.len() < 5_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            random_junk.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
        }
        let inputs = [
            random_junk,
            "1 ".repeat(2_500),
            "+".repeat(5_000),
            "9".repeat(5_000),
            "@".repeat(5_000),
            "#a".repeat(2_500),
            "a@".repeat(2_500),
            "(-) ".repeat(1_250),
            "۹ ".repeat(2_500),
        ];
        // The phone metadata database loads on first use; keep that out of the timing.
        let _ = parse_contact_line("+7 999 123 45 67", None);
        for input in &inputs {
            for region in [None, Some("RU"), Some("IN")] {
                let started = Instant::now();
                let _ = parse_contact_line(input, region);
                assert!(started.elapsed() < Duration::from_secs(2), "slow on {:?}…", &input[..20]);
            }
        }
    }

    #[test]
    fn normalize_shared_phones() {
        let cases: &[(&str, Option<&str>, Result<&str, ()>)] = &[
            ("79991234567", None, Ok("+79991234567")),
            ("79991234567", Some("US"), Ok("+79991234567")),
            ("+7 999 123-45-67", Some("RU"), Ok("+79991234567")),
            ("89991234567", Some("RU"), Ok("+79991234567")),
            ("(415) 555-2671", Some("US"), Ok("+14155552671")),
            ("۹۸۹۱۲۳۴۵۶۷۸۹", None, Ok("+989123456789")),
            ("1234567", None, Ok("1234567")),
            ("1234567", Some("RU"), Err(())),
            ("+7 12", None, Err(())),
            ("12", None, Err(())),
            ("", None, Err(())),
            ("call 79991234567", None, Err(())),
        ];
        for (raw, region, expected) in cases {
            let expected = expected.map(str::to_string).map_err(|()| ContactError::BadPhone(raw.trim().to_string()));
            assert_eq!(normalize_phone(raw, *region), expected, "raw {raw:?}, region {region:?}");
        }
    }

    #[test]
    fn regions_for_locales() {
        let cases = [
            ("ru", Some("RU")),
            ("es", Some("ES")),
            ("hi", Some("IN")),
            ("ta", Some("IN")),
            ("vi", Some("VN")),
            ("fa", Some("IR")),
            ("en", Some("US")),
            ("en-GB", Some("US")),
            ("RU_ru", Some("RU")),
            ("de", None),
            ("", None),
        ];
        for (lang, expected) in cases {
            assert_eq!(region_for_locale(lang), expected, "{lang:?}");
        }
    }

    #[test]
    fn errors_display() {
        assert_eq!(ContactError::BadPhone("+7 12".into()).to_string(), "not a valid phone number: +7 12");
    }
}
