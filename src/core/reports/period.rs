//! Report periods as people ask for them: "week", "last month", "next quarter", "прошлый месяц", "tháng này",
//! "2026-11", "Q4 2026", "01.10..31.12". Calendar periods are in the member's time zone; weeks start on Monday.
//! Pure: the caller passes the member's language, `now` and zone.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use regex::Regex;

use crate::parse::fold::fold;
use crate::parse::when::{WhenError, local_to_utc, parse_when, within_reach};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Week,
    Month,
    Quarter,
}

impl Unit {
    /// How the target table names the unit.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
        }
    }
}

/// Local calendar days `[start, end)`; `unit` is `None` for a range of dates the member typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub unit: Option<Unit>,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// Words that name no period, or a side of a `DATE..DATE` range that is no date (as typed).
    BadDate(String),
    /// The range ends before it starts.
    Reversed,
    /// More than [`MAX_RANGE_DAYS`].
    TooLong,
    /// A date (or month, quarter) further from today than `parse::when::MAX_YEARS_AWAY`, as typed.
    TooFar(String),
}

/// Longer ranges are typing mistakes (and expensive questions).
pub const MAX_RANGE_DAYS: i64 = 731;

impl Period {
    pub fn of(unit: Unit, day: NaiveDate) -> Period {
        let start = match unit {
            Unit::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Unit::Month => day.with_day(1).unwrap_or(day),
            Unit::Quarter => {
                let month = (day.month0() / 3) * 3 + 1;
                NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
            }
        };
        Period { unit: Some(unit), start, end: Self::advance(unit, start, 1) }
    }

    /// The period `steps` units before (negative) or after this one; a range moves by its own length.
    pub fn shift(self, steps: i32) -> Period {
        match self.unit {
            Some(unit) => {
                let start = Self::advance(unit, self.start, steps);
                Period { unit: Some(unit), start, end: Self::advance(unit, start, 1) }
            }
            None => {
                let len = (self.end - self.start).num_days() * i64::from(steps);
                let by = |d: NaiveDate| d + chrono::Duration::days(len);
                Period { unit: None, start: by(self.start), end: by(self.end) }
            }
        }
    }

    fn advance(unit: Unit, start: NaiveDate, steps: i32) -> NaiveDate {
        let months = |n: i32| {
            let m = Months::new(n.unsigned_abs());
            if n >= 0 { start.checked_add_months(m) } else { start.checked_sub_months(m) }
        };
        let moved = match unit {
            Unit::Week => start.checked_add_signed(chrono::Duration::weeks(i64::from(steps))),
            Unit::Month => months(steps),
            Unit::Quarter => months(steps * 3),
        };
        moved.unwrap_or(start)
    }

    /// The last day in the period.
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.end)
    }

    /// The period as UTC instants `[from, to)` in the member's zone.
    pub fn utc(&self, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        (local_to_utc(tz, self.start.and_time(NaiveTime::MIN)), local_to_utc(tz, self.end.and_time(NaiveTime::MIN)))
    }

    /// Whether the whole period lies before `today`.
    pub fn is_past(&self, today: NaiveDate) -> bool {
        self.end <= today
    }
}

/// Words for "this", "last" and "next" and for the units, folded (see `parse::fold`), matched as word starts so
/// inflected forms count ("прошлый", "прошлая", "прошлом").
struct Words {
    this: &'static [&'static str],
    last: &'static [&'static str],
    next: &'static [&'static str],
    week: &'static [&'static str],
    month: &'static [&'static str],
    quarter: &'static [&'static str],
}

const EN: Words = Words {
    this: &["this", "current"],
    last: &["last", "previous", "past"],
    next: &["next", "coming"],
    week: &["week"],
    month: &["month"],
    quarter: &["quarter"],
};

fn words(lang: &str) -> Option<Words> {
    Some(match lang {
        "ru" => Words {
            this: &["этот", "эта", "это", "эту", "этом", "текущ"],
            last: &["прошл", "предыдущ"],
            next: &["следующ", "будущ"],
            week: &["недел"],
            month: &["месяц"],
            quarter: &["квартал"],
        },
        "es" => Words {
            this: &["este", "esta", "actual"],
            last: &["pasad", "anterior", "ultim"],
            next: &["proxim", "siguiente", "que viene"],
            week: &["semana"],
            month: &["mes"],
            quarter: &["trimestre"],
        },
        "hi" => Words {
            this: &["इस", "यह", "वर्तमान"],
            last: &["पिछल", "गत"],
            next: &["अगल", "आगाम"],
            week: &["सप्ताह", "हफ्त", "हफत"],
            month: &["महीन", "माह"],
            quarter: &["तिमाही"],
        },
        // Folding drops the tones: "tuần trước" is "tuan truoc".
        "vi" => Words {
            this: &["nay", "hien tai"],
            last: &["truoc", "vua qua"],
            next: &["sau", "toi"],
            week: &["tuan"],
            month: &["thang"],
            quarter: &["quy"],
        },
        // Folding drops the ZWNJ: "سه‌ماهه" is "سهماهه".
        "fa" => Words {
            this: &["این", "جاری"],
            last: &["گذشته", "قبل", "پیش"],
            next: &["بعد", "آینده", "اینده"],
            week: &["هفته"],
            month: &["ماه"],
            quarter: &["فصل", "سهماهه"],
        },
        "ta" => Words {
            this: &["இந்த", "நடப்பு"],
            last: &["கடந்த", "போன", "முந்தைய"],
            next: &["அடுத்த", "வரும்"],
            week: &["வார"],
            month: &["மாத"],
            quarter: &["காலாண்டு"],
        },
        _ => return None,
    })
}

/// Parse a period. An empty input is `Ok(None)`: the caller picks its default.
pub fn parse_period(input: &str, lang: &str, now: DateTime<Utc>, tz: Tz) -> Result<Option<Period>, PeriodError> {
    let folded = fold(input);
    if folded.is_empty() {
        return Ok(None);
    }
    let today = now.with_timezone(&tz).date_naive();
    if let Some(p) = relative(&folded, lang, today) {
        return Ok(Some(p));
    }
    // A month or quarter that reaches into the span we take is kept whole.
    let near = |p: Period| {
        let reached = [p.start, p.last_day()]
            .into_iter()
            .any(|day| within_reach(local_to_utc(tz, day.and_time(NaiveTime::MIN)), now));
        if reached { Ok(Some(p)) } else { Err(PeriodError::TooFar(input.trim().to_string())) }
    };
    if let Some(start) = month_literal(&folded) {
        return near(Period::of(Unit::Month, start));
    }
    if let Some(start) = quarter_literal(&folded, today) {
        return near(Period::of(Unit::Quarter, start));
    }
    range(input, lang, now, tz).map(Some)
}

/// "[this|last|next] week|month|quarter" in the member's language or English, the modifier before or after.
fn relative(folded: &str, lang: &str, today: NaiveDate) -> Option<Period> {
    let own = words(lang);
    let tables: Vec<&Words> = own.as_ref().into_iter().chain(std::iter::once(&EN)).collect();
    let has = |pick: fn(&Words) -> &'static [&'static str]| {
        tables.iter().flat_map(|w| pick(w).iter()).any(|stem| starts_a_word(folded, stem))
    };
    let unit = match (has(|w| w.week), has(|w| w.quarter), has(|w| w.month)) {
        (true, _, _) => Unit::Week,
        (_, true, _) => Unit::Quarter,
        (_, _, true) => Unit::Month,
        _ => return None,
    };
    let steps = match (has(|w| w.last), has(|w| w.next)) {
        (true, _) => -1,
        (_, true) => 1,
        _ => 0,
    };
    // Every word must be one of ours: "week 47" or "month of May" are not understood, rather than half-read.
    let known = |word: &str| {
        tables.iter().any(|w| {
            [w.this, w.last, w.next, w.week, w.month, w.quarter]
                .iter()
                .any(|list| list.iter().flat_map(|stem| stem.split(' ')).any(|part| word.starts_with(part)))
        })
    };
    if !folded.split(' ').all(known) {
        return None;
    }
    Some(Period::of(unit, today).shift(steps))
}

/// Whether `stem` starts a word of `folded` (a stem of several words starts a run of words).
fn starts_a_word(folded: &str, stem: &str) -> bool {
    folded.match_indices(stem).any(|(i, _)| i == 0 || folded[..i].ends_with(' '))
}

static MONTH_ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{4})-(\d{1,2})$").expect("month regex compiles"));
static MONTH_DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})[./](\d{4})$").expect("month regex compiles"));
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:q([1-4])(?:[ ./-]?(\d{4}))?|(\d{4})[ ./-]?q([1-4]))$").expect("quarter regex compiles")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,2}[./]\d{1,2}$").expect("day regex compiles"));

/// "2026-11", "11.2026", "11/2026": the first day of that month.
pub fn month_literal(folded: &str) -> Option<NaiveDate> {
    let (year, month) = if let Some(c) = MONTH_ISO.captures(folded) {
        (c[1].parse().ok()?, c[2].parse().ok()?)
    } else {
        let c = MONTH_DOTTED.captures(folded)?;
        (c[2].parse().ok()?, c[1].parse().ok()?)
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// "q4", "q4 2026", "2026-q4": the first day of that quarter (this year's without a year).
fn quarter_literal(folded: &str, today: NaiveDate) -> Option<NaiveDate> {
    let c = QUARTER.captures(folded)?;
    let (quarter, year) = match (c.get(1), c.get(4)) {
        (Some(q), _) => (q.as_str(), c.get(2).map(|y| y.as_str())),
        (None, Some(q)) => (q.as_str(), c.get(3).map(|y| y.as_str())),
        _ => return None,
    };
    let quarter: u32 = quarter.parse().ok()?;
    let year = match year {
        Some(y) => y.parse().ok()?,
        None => today.year(),
    };
    NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)
}

/// "DATE..DATE" (both days included) or one date. A day and month without a year are this year's (a report
/// looks back as often as forward); an end before its start without a year is next year's ("01.12..31.01").
fn range(input: &str, lang: &str, now: DateTime<Utc>, tz: Tz) -> Result<Period, PeriodError> {
    let (from, to) = match input.split_once("..").or_else(|| input.split_once('…')) {
        Some((a, b)) => (a, Some(b)),
        None => (input, None),
    };
    let (start, _) = day(from, lang, now, tz)?;
    let end = match to {
        None => start,
        Some(b) => {
            let (end, explicit_year) = day(b, lang, now, tz)?;
            match end < start && !explicit_year {
                true => end.with_year(end.year() + 1).unwrap_or(end),
                false => end,
            }
        }
    };
    if end < start {
        return Err(PeriodError::Reversed);
    }
    if (end - start).num_days() >= MAX_RANGE_DAYS {
        return Err(PeriodError::TooLong);
    }
    Ok(Period { unit: None, start, end: end.succ_opt().unwrap_or(end) })
}

/// One date, and whether its year was written (or implied by a word such as "today").
fn day(side: &str, lang: &str, now: DateTime<Utc>, tz: Tz) -> Result<(NaiveDate, bool), PeriodError> {
    let side = side.trim();
    let folded = fold(side);
    let bad = || PeriodError::BadDate(side.to_string());
    if folded.is_empty() {
        return Err(bad());
    }
    let today = now.with_timezone(&tz).date_naive();
    let day_month = DAY_MONTH.is_match(&folded);
    let text = if day_month { format!("{folded}.{}", today.year()) } else { side.to_string() };
    match parse_when(&text, lang, now, tz, NaiveTime::MIN) {
        Ok(w) if w.has_date && w.rest.is_empty() => Ok((w.at.with_timezone(&tz).date_naive(), !day_month)),
        Err(WhenError::OutOfRange) => Err(PeriodError::TooFar(side.to_string())),
        Ok(_) | Err(WhenError::NotFound) | Err(WhenError::Invalid) => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        // Monday 23 November 2026, 10:00 UTC.
        Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn parse(input: &str, lang: &str) -> Result<Option<Period>, PeriodError> {
        parse_period(input, lang, now(), chrono_tz::Europe::Moscow)
    }

    fn span(input: &str, lang: &str) -> (NaiveDate, NaiveDate) {
        let p = parse(input, lang).unwrap().unwrap_or_else(|| panic!("{input}: no period"));
        (p.start, p.last_day())
    }

    #[test]
    fn calendar_periods_in_english() {
        assert_eq!(parse("", "en"), Ok(None));
        assert_eq!(span("week", "en"), (d(2026, 11, 23), d(2026, 11, 29)));
        assert_eq!(span("last week", "en"), (d(2026, 11, 16), d(2026, 11, 22)));
        assert_eq!(span("month", "en"), (d(2026, 11, 1), d(2026, 11, 30)));
        assert_eq!(span("next month", "en"), (d(2026, 12, 1), d(2026, 12, 31)));
        assert_eq!(span("this quarter", "en"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(span("last quarter", "en"), (d(2026, 7, 1), d(2026, 9, 30)));
        assert_eq!(span("next quarter", "ru"), (d(2027, 1, 1), d(2027, 3, 31)));
    }

    #[test]
    fn calendar_periods_in_every_language() {
        assert_eq!(span("прошлый месяц", "ru"), (d(2026, 10, 1), d(2026, 10, 31)));
        assert_eq!(span("следующая неделя", "ru"), (d(2026, 11, 30), d(2026, 12, 6)));
        assert_eq!(span("mes pasado", "es"), (d(2026, 10, 1), d(2026, 10, 31)));
        assert_eq!(span("próximo trimestre", "es"), (d(2027, 1, 1), d(2027, 3, 31)));
        assert_eq!(span("पिछला महीना", "hi"), (d(2026, 10, 1), d(2026, 10, 31)));
        assert_eq!(span("tuần trước", "vi"), (d(2026, 11, 16), d(2026, 11, 22)));
        assert_eq!(span("tháng này", "vi"), (d(2026, 11, 1), d(2026, 11, 30)));
        assert_eq!(span("ماه گذشته", "fa"), (d(2026, 10, 1), d(2026, 10, 31)));
    }

    #[test]
    fn tamil_and_persian_quarters() {
        assert_eq!(span("அடுத்த மாதம்", "ta"), (d(2026, 12, 1), d(2026, 12, 31)));
        assert_eq!(span("இந்த காலாண்டு", "ta"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(span("فصل بعد", "fa"), (d(2027, 1, 1), d(2027, 3, 31)));
    }

    #[test]
    fn months_quarters_and_ranges_by_number() {
        assert_eq!(span("2026-10", "en"), (d(2026, 10, 1), d(2026, 10, 31)));
        assert_eq!(span("02.2027", "ru"), (d(2027, 2, 1), d(2027, 2, 28)));
        assert_eq!(span("Q1 2027", "en"), (d(2027, 1, 1), d(2027, 3, 31)));
        assert_eq!(span("q3", "en"), (d(2026, 7, 1), d(2026, 9, 30)));
        assert_eq!(span("01.10..31.12", "ru"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(span("2026-10-01..2026-12-31", "en"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(span("01.12..31.01", "en"), (d(2026, 12, 1), d(2027, 1, 31)));
        assert_eq!(span("۰۱.۱۰..۳۱.۱۲", "fa"), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(span("yesterday..today", "en"), (d(2026, 11, 22), d(2026, 11, 23)));
    }

    #[test]
    fn nonsense_is_refused_with_a_reason() {
        assert_eq!(parse("fortnight", "en"), Err(PeriodError::BadDate("fortnight".into())));
        assert_eq!(parse("week 47", "en"), Err(PeriodError::BadDate("week 47".into())));
        assert_eq!(parse("31.02..05.03", "en"), Err(PeriodError::BadDate("31.02".into())));
        assert_eq!(parse("2026-12-31..2026-10-01", "en"), Err(PeriodError::Reversed));
        assert_eq!(parse("2020-01-01..2026-01-01", "en"), Err(PeriodError::TooLong));
        assert_eq!(parse("2026-13", "en"), Err(PeriodError::BadDate("2026-13".into())));
    }

    #[test]
    fn periods_know_whether_they_are_past() {
        let today = d(2026, 11, 23);
        assert!(Period::of(Unit::Month, d(2026, 10, 5)).is_past(today));
        assert!(!Period::of(Unit::Month, today).is_past(today));
        assert!(!Period::of(Unit::Quarter, d(2026, 10, 5)).is_past(today));
    }

    #[test]
    fn periods_beyond_ten_years_are_too_far_and_one_reaching_into_the_span_is_kept() {
        for far in ["0000-01", "2099-01", "q1 2099", "01.01.0000..31.12.0000", "2016-10"] {
            assert!(matches!(parse(far, "en"), Err(PeriodError::TooFar(_))), "{far}: {:?}", parse(far, "en"));
        }
        assert_eq!(span("2016-11", "en"), (d(2016, 11, 1), d(2016, 11, 30)), "the month reaches into the span");
        assert_eq!(span("2036-11", "en"), (d(2036, 11, 1), d(2036, 11, 30)));
    }
}
