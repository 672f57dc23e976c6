//! A birthday as people type it: "12.05", "12/05/1990", "1990-05-12", "12 May", "May 12", "12 мая 1990",
//! "12 tháng 5". Month names come from chrono's locale data for the languages we serve, in any of them.

use std::str::FromStr;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use crate::parse::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
}

const LOCALES: [&str; 7] = ["en_US", "ru_RU", "es_ES", "hi_IN", "vi_VN", "fa_IR", "ta_IN"];

/// Forms chrono's dates do not use (Russian nominative) that people still type.
const EXTRA: [(&str, u32); 12] = [
    ("январь", 1),
    ("февраль", 2),
    ("март", 3),
    ("апрель", 4),
    ("май", 5),
    ("июнь", 6),
    ("июль", 7),
    ("август", 8),
    ("сентябрь", 9),
    ("октябрь", 10),
    ("ноябрь", 11),
    ("декабрь", 12),
];

/// Folded month names and abbreviations (dots dropped), each with its month.
static MONTHS: LazyLock<Vec<(String, u32)>> = LazyLock::new(|| {
    let mut names: Vec<(String, u32)> = EXTRA.iter().map(|(n, m)| (n.to_string(), *m)).collect();
    for locale in LOCALES.iter().filter_map(|l| chrono::Locale::from_str(l).ok()) {
        for month in 1..=12 {
            let Some(date) = NaiveDate::from_ymd_opt(2024, month, 12) else { continue };
            for pattern in ["%B", "%b"] {
                let name = fold(&date.format_localized(pattern, locale).to_string()).replace(['.', '॰'], "");
                // Vietnamese names are "tháng N": read through the number instead.
                if name.chars().count() >= 2 && !name.chars().any(|c| c.is_ascii_digit()) {
                    names.push((name, month));
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
});

/// The month a word names, in any language, when all candidates agree: the name itself (short names like मई or
/// مه must match whole), or from three letters on a name or abbreviation it starts, or that starts it.
fn month_word(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    let loose = word.chars().count() >= 3;
    let found: Vec<u32> = MONTHS
        .iter()
        .filter(|(name, _)| {
            word == name
                || (loose && name.chars().count() >= 3 && (word.starts_with(name.as_str()) || name.starts_with(word)))
        })
        .map(|(_, m)| *m)
        .collect();
    match found.first() {
        Some(&m) if found.iter().all(|&x| x == m) => Some(m),
        _ => None,
    }
}

/// Read a birthday; `today` refuses dates in the future.
pub fn parse_birthday(input: &str, today: NaiveDate) -> Option<Birthday> {
    let folded = fold(input);
    let b = numeric(&folded).or_else(|| worded(&folded))?;
    valid(b, today).then_some(b)
}

fn numeric(s: &str) -> Option<Birthday> {
    let parts: Vec<&str> = s.split(['.', '/', '-']).map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let num = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => {
            Some(Birthday { month: num(m)?, day: num(d)?, year: Some(i32::try_from(num(y)?).ok()?) })
        }
        [d, m, y] if y.len() == 4 => {
            Some(Birthday { month: num(m)?, day: num(d)?, year: Some(i32::try_from(num(y)?).ok()?) })
        }
        [d, m] if d.len() <= 2 && m.len() <= 2 => Some(Birthday { month: num(m)?, day: num(d)?, year: None }),
        _ => None,
    }
}

fn worded(s: &str) -> Option<Birthday> {
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty() && *w != "de").collect();
    let mut month = None;
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if matches!(w, "thang" | "thg") {
            // Vietnamese: "tháng 5" is May.
            month = Some(words.get(i + 1)?.parse::<u32>().ok()?);
            i += 2;
            continue;
        }
        if w.chars().all(|c| c.is_ascii_digit()) {
            numbers.push(w);
        } else {
            month = Some(month_word(w).filter(|_| month.is_none())?);
        }
        i += 1;
    }
    let month = month?;
    let (days, years): (Vec<&str>, Vec<&str>) = numbers.into_iter().partition(|n| n.len() <= 2);
    match (days.as_slice(), years.as_slice()) {
        ([d], []) => Some(Birthday { month, day: d.parse().ok()?, year: None }),
        ([d], [y]) if y.len() == 4 => Some(Birthday { month, day: d.parse().ok()?, year: Some(y.parse().ok()?) }),
        _ => None,
    }
}

/// A real day (29 February counts without a year), not in the future, not before 1900.
fn valid(b: Birthday, today: NaiveDate) -> bool {
    match b.year {
        Some(year) => NaiveDate::from_ymd_opt(year, b.month, b.day).is_some_and(|d| d <= today && year >= 1900),
        None => NaiveDate::from_ymd_opt(2024, b.month, b.day).is_some(),
    }
}

/// This year's birthday date for someone born on `month`/`day`: 29 February is 28 February in other years.
pub fn in_year(month: u32, day: u32, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
        .or_else(|| (month == 2 && day == 29).then(|| NaiveDate::from_ymd_opt(year, 2, 28)).flatten())
}

/// Whether `date` is the birthday of someone born on `month`/`day`.
pub fn is_birthday(month: u32, day: u32, date: NaiveDate) -> bool {
    in_year(month, day, date.year()) == Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn b(month: u32, day: u32, year: Option<i32>) -> Option<Birthday> {
        Some(Birthday { month, day, year })
    }

    #[test]
    fn numeric_dates_in_the_usual_orders() {
        assert_eq!(parse_birthday("12.05", today()), b(5, 12, None));
        assert_eq!(parse_birthday("12/05/1990", today()), b(5, 12, Some(1990)));
        assert_eq!(parse_birthday("1990-05-12", today()), b(5, 12, Some(1990)));
        assert_eq!(parse_birthday("۱۲.۰۵", today()), b(5, 12, None), "Persian digits");
        assert_eq!(parse_birthday("29.02", today()), b(2, 29, None));
    }

    #[test]
    fn month_names_in_every_language() {
        assert_eq!(parse_birthday("12 May", today()), b(5, 12, None));
        assert_eq!(parse_birthday("May 12, 1990", today()), b(5, 12, Some(1990)));
        assert_eq!(parse_birthday("12 sept", today()), b(9, 12, None));
        assert_eq!(parse_birthday("12 мая", today()), b(5, 12, None));
        assert_eq!(parse_birthday("1 январь 1985", today()), b(1, 1, Some(1985)));
        assert_eq!(parse_birthday("12 de mayo", today()), b(5, 12, None));
        assert_eq!(parse_birthday("12 tháng 5", today()), b(5, 12, None));
        assert_eq!(parse_birthday("12 मई", today()), b(5, 12, None));
        assert_eq!(parse_birthday("۱۲ مه", today()), b(5, 12, None));
        assert_eq!(parse_birthday("12 மே", today()), b(5, 12, None));
        assert_eq!(parse_birthday("12 ma", today()), None, "two letters of a longer name tell nothing");
        assert_eq!(parse_birthday("12 ژانویه", today()), b(1, 12, None));
        assert_eq!(parse_birthday("12 ஜனவரி", today()), b(1, 12, None));
    }

    #[test]
    fn impossible_future_and_garbled_dates_are_refused() {
        for bad in [
            "31.02",
            "32.01",
            "12.13",
            "29.02.2023",
            "12.05.2030",
            "12.05.1850",
            "soon",
            "12",
            "12 13 May",
            "",
            "1.2.3.4",
        ] {
            assert_eq!(parse_birthday(bad, today()), None, "{bad}");
        }
    }

    #[test]
    fn the_29th_of_february_is_the_28th_in_other_years() {
        assert!(is_birthday(2, 29, NaiveDate::from_ymd_opt(2027, 2, 28).unwrap()));
        assert!(!is_birthday(2, 29, NaiveDate::from_ymd_opt(2028, 2, 28).unwrap()));
        assert!(is_birthday(2, 29, NaiveDate::from_ymd_opt(2028, 2, 29).unwrap()));
        assert!(is_birthday(5, 12, NaiveDate::from_ymd_opt(2027, 5, 12).unwrap()));
    }
}
