//! Money as salespeople type it: `12000 EUR`, `12 000,50 €`, `€12,000.50`, `12k USD`, `1.5m RUB`, `₽ 5000`,
//! `₹ 2,50,000`, `$99.99`. Pure, and exact: the decimal text becomes integer minor units (cents) without ever
//! passing through a float.
//!
//! Rules the callers rely on:
//! * The currency is an ISO 4217 code (upper case; a few common ones also in lower case) or a symbol/word
//!   (`€`, `$`, `₽`, `руб`, `Rs`…), before or after the number. An upper-case three-letter word right after the
//!   number that is not a currency ("EUX") is an error, not the start of the title.
//! * Separators: when both `.` and `,` appear, the last one is the decimal mark. One separator followed by
//!   exactly three digits groups thousands (`12,000`, `12.000`), unless the currency has three decimals (KWD)
//!   or a multiplier follows (`1.5k`); otherwise it is the decimal mark (`12,5`, `99.99`). Spaces, apostrophes
//!   and `٬` only group; `٫` is the Persian decimal mark. Western (`1,000,000`) and Indian (`10,00,000`)
//!   grouping are both accepted; digits of any script are read.
//! * Errors: a minus sign, more than [`MAX_MAJOR_UNITS`], more decimals than the currency has, an unknown code.
//!   Zero is a valid amount; callers that need more use [`Money::positive`].

mod currencies;
mod format;

pub use format::{format_amount, format_money};

use super::fold::ascii_digit;
use currencies::{CURRENCIES, LOWER_CASE_OK, MULTIPLIERS, SYMBOLS};

/// Amounts above this many major units (a trillion) are typing mistakes, not deals.
pub const MAX_MAJOR_UNITS: i64 = 1_000_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    /// ISO 4217 code, e.g. "EUR".
    pub code: &'static str,
    /// Digits after the decimal mark: 2 for EUR, 0 for JPY, 3 for KWD.
    pub minor_digits: u8,
}

/// The currency with this ISO code (upper case), if it is one in use.
pub fn currency(code: &str) -> Option<Currency> {
    CURRENCIES.iter().find(|(c, _)| *c == code).map(|&(code, minor_digits)| Currency { code, minor_digits })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money {
    /// Integer minor units: cents for EUR, yen for JPY, fils for KWD.
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn code(&self) -> &'static str {
        self.currency.code
    }

    /// Refuse zero where an amount must be something (a deal, a target).
    pub fn positive(self) -> Result<Money, MoneyError> {
        if self.minor == 0 { Err(MoneyError::Zero) } else { Ok(self) }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// No number where the amount should be.
    NotFound,
    /// A number without a currency, and no default to fall back on.
    NoCurrency,
    Negative,
    /// Zero where the caller needs an amount (see [`Money::positive`]).
    Zero,
    /// More than [`MAX_MAJOR_UNITS`].
    TooLarge,
    /// A three-letter code that is not an ISO 4217 currency, as typed.
    UnknownCurrency(String),
    /// More decimals than the currency has (`99.999 USD`, `10.5 JPY`).
    TooManyDecimals {
        currency: &'static str,
        max: u8,
    },
    /// Digits and separators that make no number (`1,2,3`), or words glued to the amount; as typed.
    Malformed(String),
}

/// An amount at the start of `input`, and the text after it (trimmed, leading punctuation dropped):
/// `"12000 EUR Website redesign"` → (12000.00 EUR, `"Website redesign"`). `default_currency` (an ISO code) is
/// used when none is written.
pub fn parse_money_prefix(input: &str, default_currency: Option<&str>) -> Result<(Money, String), MoneyError> {
    let chars: Vec<char> = input.chars().collect();
    let mut scan = Scan { chars: &chars, pos: 0 };
    let money = scan.money(default_currency)?;
    let rest: String = chars[scan.pos..].iter().collect();
    let rest = rest.trim_start().trim_start_matches([',', ';', ':', '-', '—', '–', '·']).trim();
    Ok((money, rest.to_string()))
}

/// `input` is an amount and nothing else.
pub fn parse_money(input: &str, default_currency: Option<&str>) -> Result<Money, MoneyError> {
    let (money, rest) = parse_money_prefix(input, default_currency)?;
    if rest.is_empty() { Ok(money) } else { Err(MoneyError::Malformed(rest)) }
}

/// A number as typed: digit groups and the separators between them.
#[derive(Debug)]
struct RawNumber {
    groups: Vec<String>,
    seps: Vec<char>,
}

enum Found {
    Known(Currency),
    Unknown(String),
    Nothing,
}

struct Scan<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Scan<'_> {
    fn money(&mut self, default_currency: Option<&str>) -> Result<Money, MoneyError> {
        self.skip_spaces();
        let mut negative = self.eat_sign();
        self.skip_spaces();
        let prefix = match self.currency_here() {
            (Found::Known(c), len) => {
                self.pos += len;
                Some(c)
            }
            (Found::Unknown(code), len) if self.digit_after(self.pos + len) => {
                return Err(MoneyError::UnknownCurrency(code));
            }
            _ => None,
        };
        self.skip_spaces();
        negative |= self.eat_sign();
        let number = self.number().ok_or(MoneyError::NotFound)?;
        if negative {
            return Err(MoneyError::Negative);
        }
        let power = self.multiplier();
        let suffix = if prefix.is_none() { self.suffix_currency()? } else { None };
        if self.chars.get(self.pos).is_some_and(|c| c.is_alphanumeric() || *c == '%') {
            let word: String = self.chars[self.pos..].iter().take_while(|c| !c.is_whitespace()).collect();
            return Err(MoneyError::Malformed(word));
        }
        let currency = match prefix.or(suffix) {
            Some(c) => c,
            None => default_currency.and_then(currency).ok_or(MoneyError::NoCurrency)?,
        };
        let (int, frac) = split_decimal(&number, power > 0, currency.minor_digits)?;
        let minor = to_minor(&int, &frac, power, currency)?;
        Ok(Money { minor, currency })
    }

    fn peek(&self, at: usize) -> Option<char> {
        self.chars.get(at).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek(self.pos).is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn eat_sign(&mut self) -> bool {
        let sign = matches!(self.peek(self.pos), Some('-' | '−' | '–'));
        if sign {
            self.pos += 1;
        }
        sign
    }

    fn digit_after(&self, mut at: usize) -> bool {
        while self.peek(at).is_some_and(char::is_whitespace) {
            at += 1;
        }
        self.peek(at).and_then(ascii_digit).is_some()
    }

    fn digit_run(&self, from: usize) -> usize {
        self.chars[from.min(self.chars.len())..].iter().take_while(|c| ascii_digit(**c).is_some()).count()
    }

    fn take_digits(&mut self, len: usize) -> String {
        let run: String = self.chars[self.pos..self.pos + len].iter().filter_map(|c| ascii_digit(*c)).collect();
        self.pos += len;
        run
    }

    fn number(&mut self) -> Option<RawNumber> {
        let first = self.digit_run(self.pos);
        if first == 0 {
            return None;
        }
        let mut n = RawNumber { groups: vec![self.take_digits(first)], seps: Vec::new() };
        while let Some(sep) = self.peek(self.pos) {
            let run = self.digit_run(self.pos + 1);
            let accept = match sep {
                // A space or apostrophe groups only whole thousands: "12 000", not "Room 12 5".
                ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' => run == 3,
                '.' | ',' | '٫' | '٬' => run > 0,
                _ => false,
            };
            if !accept {
                break;
            }
            self.pos += 1;
            n.seps.push(sep);
            n.groups.push(self.take_digits(run));
        }
        Some(n)
    }

    /// "k", "m", "lakh"… right after the number: the power of ten it multiplies by (0 for none).
    fn multiplier(&mut self) -> u32 {
        for &(word, power, after_space) in MULTIPLIERS {
            let mut at = self.pos;
            if after_space {
                while self.peek(at).is_some_and(char::is_whitespace) {
                    at += 1;
                }
            }
            if let Some(len) = self.word_at(at, word) {
                self.pos = at + len;
                return power;
            }
        }
        0
    }

    fn suffix_currency(&mut self) -> Result<Option<Currency>, MoneyError> {
        let mut at = self.pos;
        while self.peek(at).is_some_and(char::is_whitespace) {
            at += 1;
        }
        let saved = self.pos;
        self.pos = at;
        let found = self.currency_here();
        self.pos = saved;
        match found {
            (Found::Known(c), len) => {
                self.pos = at + len;
                Ok(Some(c))
            }
            (Found::Unknown(code), _) => Err(MoneyError::UnknownCurrency(code)),
            (Found::Nothing, _) => Ok(None),
        }
    }

    /// A currency symbol, word or code at the current position, and its length in chars.
    fn currency_here(&self) -> (Found, usize) {
        for &(symbol, code) in SYMBOLS {
            if let Some(len) = self.word_at(self.pos, symbol) {
                return (Found::Known(currency(code).expect("symbols name listed currencies")), len);
            }
        }
        let letters: String = self.chars[self.pos..].iter().take_while(|c| c.is_alphabetic()).collect();
        if letters.chars().count() != 3 || !letters.is_ascii() {
            return (Found::Nothing, 0);
        }
        let upper = letters.to_ascii_uppercase();
        let typed_upper = letters == upper;
        match currency(&upper) {
            Some(c) if typed_upper || LOWER_CASE_OK.contains(&letters.to_ascii_lowercase().as_str()) => {
                (Found::Known(c), 3)
            }
            None if typed_upper => (Found::Unknown(letters), 3),
            _ => (Found::Nothing, 0),
        }
    }

    /// The length of `word` at `at` (case-insensitively) if it is there and not the start of a longer word.
    fn word_at(&self, at: usize, word: &str) -> Option<usize> {
        let len = word.chars().count();
        let typed: String = self.chars.get(at..at + len)?.iter().collect();
        if typed.to_lowercase() != word {
            return None;
        }
        let ends_word = word.chars().last().is_some_and(char::is_alphabetic);
        if ends_word && self.peek(at + len).is_some_and(char::is_alphabetic) {
            return None;
        }
        Some(len)
    }
}

/// Which separator is the decimal mark (see the module rules): the integer digits and the fraction digits.
fn split_decimal(n: &RawNumber, multiplied: bool, minor_digits: u8) -> Result<(String, String), MoneyError> {
    let typed = || {
        let mut s = n.groups[0].clone();
        for (sep, group) in n.seps.iter().zip(&n.groups[1..]) {
            s.push(*sep);
            s.push_str(group);
        }
        MoneyError::Malformed(s)
    };
    let last = n.seps.len().checked_sub(1);
    let count = |c: char| n.seps.iter().filter(|s| **s == c).count();
    let (dots, commas, arabic) = (count('.'), count(','), count('٫'));
    let decimal = if arabic > 0 {
        (arabic == 1 && n.seps.last() == Some(&'٫')).then_some(last).flatten().ok_or_else(typed)?
    } else if dots > 0 && commas > 0 {
        let mark = *n.seps.iter().rev().find(|s| matches!(s, '.' | ',')).expect("both marks present");
        if count(mark) != 1 || n.seps.last() != Some(&mark) {
            return Err(typed());
        }
        last.expect("there are separators")
    } else if dots + commas == 1 && matches!(n.seps.last(), Some('.' | ',')) {
        let after = &n.groups[n.groups.len() - 1];
        let before = &n.groups[n.groups.len() - 2];
        let thousands = after.len() == 3 && !multiplied && minor_digits != 3 && !(n.groups.len() == 2 && before == "0");
        if thousands { usize::MAX } else { last.expect("there are separators") }
    } else {
        usize::MAX
    };
    let int_groups = if decimal == usize::MAX { &n.groups[..] } else { &n.groups[..=decimal] };
    if !grouped_well(int_groups) {
        return Err(typed());
    }
    let frac = if decimal == usize::MAX { String::new() } else { n.groups[decimal + 1].clone() };
    Ok((int_groups.concat(), frac))
}

/// Thousands grouping: Western (1,234,567) or Indian (12,34,567).
fn grouped_well(groups: &[String]) -> bool {
    let Some((first, rest)) = groups.split_first() else { return false };
    if rest.is_empty() {
        return true;
    }
    let western = (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3);
    let (last, middle) = rest.split_last().expect("rest is not empty");
    let indian = (1..=2).contains(&first.len()) && middle.iter().all(|g| g.len() == 2) && last.len() == 3;
    western || indian
}

/// `int.frac × 10^power` in the currency's minor units, exactly.
fn to_minor(int: &str, frac: &str, power: u32, currency: Currency) -> Result<i64, MoneyError> {
    let mut digits = format!("{int}{frac}");
    let mut scale = frac.len() as i64 - i64::from(power);
    // "99.90" has the same value as "99.9": trailing zeros of the fraction are not extra precision.
    while scale > 0 && digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        scale -= 1;
    }
    if scale > i64::from(currency.minor_digits) {
        return Err(MoneyError::TooManyDecimals { currency: currency.code, max: currency.minor_digits });
    }
    let significant = digits.trim_start_matches('0');
    if significant.len() > 30 {
        return Err(MoneyError::TooLarge);
    }
    let value: i128 = if significant.is_empty() { 0 } else { significant.parse().map_err(|_| MoneyError::TooLarge)? };
    let exponent = u32::try_from(i64::from(currency.minor_digits) - scale).map_err(|_| MoneyError::TooLarge)?;
    let minor = 10_i128.checked_pow(exponent).and_then(|p| value.checked_mul(p)).ok_or(MoneyError::TooLarge)?;
    let limit = i128::from(MAX_MAJOR_UNITS) * 10_i128.pow(u32::from(currency.minor_digits));
    if minor > limit {
        return Err(MoneyError::TooLarge);
    }
    i64::try_from(minor).map_err(|_| MoneyError::TooLarge)
}
