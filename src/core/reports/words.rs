//! How this area words shared things: a period, a list of sums in several currencies, a percentage, and the
//! explanations for a period or an amount that could not be read.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::period::{Period, PeriodError, Unit, parse_period};
use crate::core::context::{Ctx, Fail};
use crate::core::reply::{Arg, Text, TimeStyle};
use crate::parse::money::{MoneyError, format_money};
use crate::parse::when::local_to_utc;

/// "November 2026", "Q4 2026", or "Mon 16 Nov 2026 – Sun 22 Nov 2026".
pub fn period_text(period: &Period, tz: Tz) -> Text {
    let year = i64::from(period.start.year());
    match period.unit {
        Some(Unit::Month) => {
            Text::key("rep-period-month").with("month", i64::from(period.start.month())).with("year", year)
        }
        Some(Unit::Quarter) => {
            Text::key("rep-period-quarter").with("quarter", i64::from(period.start.month0() / 3 + 1)).with("year", year)
        }
        Some(Unit::Week) | None => Text::key("rep-period-range")
            .with("from", day_arg(period.start, tz))
            .with("to", day_arg(period.last_day(), tz)),
    }
}

/// A local day as a date argument (noon, so no zone shift can move it to another day).
pub fn day_arg(day: NaiveDate, tz: Tz) -> Arg {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN);
    Arg::time(local_to_utc(tz, day.and_time(noon)), tz, TimeStyle::Date)
}

/// Sums per currency, never added across currencies: "12,000 EUR + 500 USD"; "0" when there are none.
pub fn money_list(sums: &BTreeMap<String, i64>, lang: &str) -> String {
    let parts: Vec<String> =
        sums.iter().filter(|(_, v)| **v != 0).map(|(code, minor)| format_money(*minor, code, lang)).collect();
    if parts.is_empty() { "0".to_string() } else { parts.join(" + ") }
}

/// `part` of `whole` in whole percent, rounded down; `None` when the whole is zero.
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    if whole <= 0 {
        return None;
    }
    Some(i64::try_from(i128::from(part) * 100 / i128::from(whole)).unwrap_or(i64::MAX))
}

/// A period typed by the member, or `default` units from now (0 = the current one) when nothing was typed.
pub fn period_or(ctx: &Ctx, input: &str, default: Unit, steps: i32) -> Result<Period, Fail> {
    match parse_period(input, &ctx.lang, ctx.now, ctx.tz) {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Ok(Period::of(default, ctx.now.with_timezone(&ctx.tz).date_naive()).shift(steps)),
        Err(e) => Err(period_error(ctx, e, input)),
    }
}

pub fn period_error(ctx: &Ctx, e: PeriodError, input: &str) -> Fail {
    Fail::User(match e {
        PeriodError::TooFar(side) => return crate::core::reach::too_far(ctx, &side),
        PeriodError::BadDate(side) if input.contains("..") || input.contains('…') => {
            Text::key("rep-err-date").with("input", side)
        }
        PeriodError::BadDate(_) => Text::key("rep-err-period").with("input", input.to_string()),
        PeriodError::Reversed => Text::key("rep-err-range-reversed"),
        PeriodError::TooLong => Text::key("rep-err-range-long").with("days", super::period::MAX_RANGE_DAYS),
    })
}

pub fn money_error(e: MoneyError, input: &str) -> Fail {
    Fail::User(match e {
        MoneyError::NotFound | MoneyError::Malformed(_) => Text::key("rep-err-amount").with("input", input.to_string()),
        MoneyError::NoCurrency => Text::key("rep-err-no-currency"),
        MoneyError::UnknownCurrency(code) => Text::key("rep-err-currency").with("code", code),
        MoneyError::Negative | MoneyError::Zero => Text::key("rep-err-negative"),
        MoneyError::TooLarge => Text::key("rep-err-too-large"),
        MoneyError::TooManyDecimals { currency, max } => {
            Text::key("rep-err-decimals").with("currency", currency).with("max", i64::from(max))
        }
    })
}

/// Whose numbers a heading is about: the team, or one member by name.
pub fn who_text(member_name: Option<&str>) -> Text {
    match member_name {
        Some(name) => Text::Raw(name.to_string()),
        None => Text::key("rep-who-team"),
    }
}
