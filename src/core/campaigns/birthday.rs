//! `/birthday 12.05` for the client in focus, `/birthday Ivan Petrov 12 May`, `/birthday Ivan -` to clear; and
//! the birthday line of the client card.

use super::dates::parse_birthday;
use super::{client_by_name, focused_client, month};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::clients::editable_client;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::Text;
use crate::store::Client;

/// What the command means: the client (named, or `None` for the one in focus) and the birthday (`None`: clear).
type Parsed = (Option<String>, Option<super::dates::Birthday>);

fn read(args: &str, today: chrono::NaiveDate) -> Option<Parsed> {
    let words: Vec<&str> = args.split_whitespace().collect();
    if words.last() == Some(&"-") {
        let name = words[..words.len() - 1].join(" ");
        return Some(((!name.is_empty()).then_some(name), None));
    }
    // The date is at the end, one to three words long ("12.05", "12 May", "May 12 1990").
    for n in (1..=words.len().min(3)).rev() {
        let split = words.len() - n;
        if let Some(b) = parse_birthday(&words[split..].join(" "), today) {
            let name = words[..split].join(" ");
            return Some(((!name.is_empty()).then_some(name), Some(b)));
        }
    }
    None
}

pub async fn set(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    let today = ctx.now.with_timezone(&ctx.tz).date_naive();
    if args.trim().is_empty() {
        return Err(Fail::User(Text::key("camp-err-birthday-usage")));
    }
    let Some((name, birthday)) = read(args, today) else {
        return Err(Fail::User(Text::key("camp-err-birthday-date").with("input", args.trim())));
    };
    let client = match name {
        Some(name) => client_by_name(engine, ctx, &name).await?,
        None => match focused_client(engine, ctx).await? {
            Some(c) => c,
            None => return Err(Fail::User(Text::key("camp-err-birthday-who"))),
        },
    };
    // Only a client the member may change.
    let client = editable_client(engine, ctx, client.id).await?;
    let value = birthday.map(|b| (b.month as i32, b.day as i32, b.year));
    if !engine.store.set_birthday(ws, client.id, value).await? {
        return Err(Fail::User(Text::key("err-client-gone")));
    }
    audit::record(engine, ctx, ws, Action::ClientEdited, On::Client(client.id)).await;
    let Some(b) = birthday else {
        return Ok(vec![ctx.reply(Text::key("camp-birthday-cleared").with("name", client.name))]);
    };
    let mut lines = vec![Text::Concat(vec![
        Text::key("camp-birthday-set").with("name", client.name.clone()),
        Text::Raw(" ".into()),
        date_text(b.day, b.month, b.year),
    ])];
    if ctx.team.as_ref().is_some_and(|t| t.birthday_text.is_none()) {
        lines.push(Text::key("camp-birthday-hint"));
    }
    Ok(vec![ctx.reply(Text::Lines(lines))])
}

/// "12 May 1990" in the member's language.
fn date_text(day: u32, m: u32, year: Option<i32>) -> Text {
    let mut parts = vec![Text::Raw(format!("{day} ")), month(m)];
    if let Some(y) = year {
        parts.push(Text::Raw(format!(" {y}")));
    }
    Text::Concat(parts)
}

/// The card's birthday line, when the client has one.
pub fn birthday_line(client: &Client) -> Option<Text> {
    let (m, d) = (u32::try_from(client.birth_month?).ok()?, u32::try_from(client.birth_day?).ok()?);
    Some(Text::Concat(vec![Text::key("camp-card-birthday"), Text::Raw(" ".into()), date_text(d, m, client.birth_year)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_date_is_read_from_the_end_and_the_rest_is_the_name() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let (name, b) = read("Ivan Petrov 12 May 1990", today).unwrap();
        assert_eq!(name.as_deref(), Some("Ivan Petrov"));
        assert_eq!(b.map(|b| (b.month, b.day, b.year)), Some((5, 12, Some(1990))));
        let (name, b) = read("12.05", today).unwrap();
        assert_eq!((name, b.map(|b| b.month)), (None, Some(5)));
        assert_eq!(read("Ivan -", today), Some((Some("Ivan".into()), None)));
        assert_eq!(read("-", today), Some((None, None)));
        assert_eq!(read("Ivan tomorrow", today), None);
    }
}
