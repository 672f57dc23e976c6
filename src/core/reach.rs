//! Dates beyond what a salesperson can mean (see `parse::when::MAX_YEARS_AWAY`) are refused with the span we take
//! and an example, the same way by every command that reads a date.

use chrono::{DateTime, Datelike, Months, Utc};

use super::context::{Ctx, Fail};
use super::reply::Text;
use crate::parse::when::MAX_YEARS_AWAY;

/// "“31.12.99999” is too far away: I take dates from 2016 to 2036 …", for what the member typed.
pub fn too_far(ctx: &Ctx, input: &str) -> Fail {
    let (from, to) = span_years(ctx.now, ctx);
    Fail::User(
        Text::key("err-date-range")
            .with("input", clip(input))
            .with("from", from.to_string())
            .with("to", to.to_string()),
    )
}

/// The first and last year of the span, in the member's zone.
fn span_years(now: DateTime<Utc>, ctx: &Ctx) -> (i64, i64) {
    let span = Months::new(12 * MAX_YEARS_AWAY);
    let year = |at: Option<DateTime<Utc>>| i64::from(at.unwrap_or(now).with_timezone(&ctx.tz).year());
    (year(now.checked_sub_months(span)), year(now.checked_add_months(span)))
}

/// What the member typed, short enough to quote back.
fn clip(input: &str) -> String {
    input.trim().chars().take(80).collect()
}
