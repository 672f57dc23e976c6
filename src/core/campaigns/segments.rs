//! `/segment`: a filter built with buttons and typed values, showing at every step how many clients match and a
//! few of their names; saved under a name. The filter being built lives in the member's session, so the
//! builder's buttons carry only which condition was tapped. Tapping a condition that is set removes it.

use crate::core::audit::{self, Action, On};
use chrono::{DateTime, Datelike, Months, NaiveTime, Utc};

use super::payload::{CampButton, Field};
use super::segment_view::{count, describe};
use super::{SegAsk, Step, month, short};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::deals::pipeline::{Pipeline, StageKind};
use crate::core::reach::too_far;
use crate::core::reply::{Button, Text};
use crate::core::session::State;
use crate::i18n::LANGS;
use crate::parse::fold::{digits, fold};
use crate::parse::money::{MoneyError, parse_money};
use crate::parse::when::{WhenError, parse_when};
use crate::store::{AmountMin, NewSegment, SegmentFilter};

const MAX_NAME_CHARS: usize = 64;
/// Sources offered as buttons (more can be typed).
const SOURCE_BUTTONS: usize = 12;
const PURCHASES: std::ops::RangeInclusive<i64> = 1..=1000;
/// "30" typed for a date means 30 days ago, up to ten years.
const DAYS_AGO: std::ops::RangeInclusive<i64> = 1..=3650;

pub async fn start(engine: &Engine, ctx: &mut Ctx) -> Out {
    ctx.workspace()?;
    builder(engine, ctx, SegmentFilter::default(), None).await
}

/// The builder: the conditions, the count and names, and a button per condition.
async fn builder(engine: &Engine, ctx: &mut Ctx, filter: SegmentFilter, headline: Option<Text>) -> Out {
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("seg-title"));
    lines.extend(describe(engine, ctx, &filter).await?);
    let (_, counted) = count(engine, ctx, &filter).await?;
    lines.extend(counted);
    lines.push(Text::key("seg-hint"));
    let set = |field: Field| is_set(&filter, field);
    let mut rows: Vec<Vec<Button>> =
        Field::ALL.chunks(3).map(|fields| fields.iter().map(|&f| field_button(f, set(f))).collect()).collect();
    rows.push(vec![
        Button::new(Text::key("seg-btn-clear"), CampButton::Clear.encode()),
        Button::new(Text::key("seg-btn-save"), CampButton::Save.encode()),
    ]);
    ctx.session.state = State::Campaign(Step::Segment { filter, ask: SegAsk::Buttons });
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

fn field_button(field: Field, set: bool) -> Button {
    let key = match field {
        Field::Tags => "seg-btn-tags",
        Field::Source => "seg-btn-source",
        Field::Stage => "seg-btn-stage",
        Field::Won => "seg-btn-won",
        Field::Lost => "seg-btn-lost",
        Field::ActiveBefore => "seg-btn-before",
        Field::ActiveAfter => "seg-btn-after",
        Field::WonTotal => "seg-btn-total",
        Field::Purchases => "seg-btn-purchases",
        Field::BirthMonth => "seg-btn-month",
        Field::Lang => "seg-btn-lang",
        Field::Subscribed => "seg-btn-subscribed",
    };
    let label = if set { Text::Concat(vec![Text::Raw("✓ ".into()), Text::key(key)]) } else { Text::key(key) };
    Button::new(label, CampButton::Field(field).encode())
}

fn is_set(f: &SegmentFilter, field: Field) -> bool {
    match field {
        Field::Tags => !f.tags.is_empty(),
        Field::Source => f.source.is_some(),
        Field::Stage => f.stage_id.is_some(),
        Field::Won => f.won,
        Field::Lost => f.lost,
        Field::ActiveBefore => f.active_before.is_some(),
        Field::ActiveAfter => f.active_after.is_some(),
        Field::WonTotal => f.won_total_min.is_some(),
        Field::Purchases => f.purchases_min.is_some(),
        Field::BirthMonth => f.birth_month.is_some(),
        Field::Lang => f.lang.is_some(),
        Field::Subscribed => f.subscribed.is_some(),
    }
}

fn clear(f: &mut SegmentFilter, field: Field) {
    match field {
        Field::Tags => f.tags.clear(),
        Field::Source => f.source = None,
        Field::Stage => f.stage_id = None,
        Field::Won => f.won = false,
        Field::Lost => f.lost = false,
        Field::ActiveBefore => f.active_before = None,
        Field::ActiveAfter => f.active_after = None,
        Field::WonTotal => f.won_total_min = None,
        Field::Purchases => f.purchases_min = None,
        Field::BirthMonth => f.birth_month = None,
        Field::Lang => f.lang = None,
        Field::Subscribed => f.subscribed = None,
    }
}

/// The filter being built, or the explanation that this builder is gone (a stale button).
fn building(ctx: &Ctx) -> Result<SegmentFilter, Fail> {
    match &ctx.session.state {
        State::Campaign(Step::Segment { filter, .. }) => Ok(filter.clone()),
        _ => Err(Fail::User(Text::key("seg-err-stale"))),
    }
}

fn ask(ctx: &mut Ctx, filter: SegmentFilter, what: SegAsk, question: Text, buttons: Vec<Vec<Button>>) -> Out {
    ctx.session.state = State::Campaign(Step::Segment { filter, ask: what });
    Ok(vec![ctx.reply(Text::Lines(vec![question, Text::key("seg-ask-skip")])).buttons(buttons)])
}

pub async fn button(engine: &Engine, ctx: &mut Ctx, pressed: CampButton) -> Out {
    let ws = ctx.workspace()?;
    let mut filter = building(ctx)?;
    match pressed {
        CampButton::Field(field) if is_set(&filter, field) => {
            clear(&mut filter, field);
            builder(engine, ctx, filter, None).await
        }
        CampButton::Field(field) => match field {
            Field::Won => {
                filter.won = true;
                builder(engine, ctx, filter, None).await
            }
            Field::Lost => {
                filter.lost = true;
                builder(engine, ctx, filter, None).await
            }
            Field::Tags => {
                let known = engine.store.team_tags(ws).await?;
                let q = Text::key("seg-ask-tags").with("examples", examples(&known));
                ask(ctx, filter, SegAsk::Tags, q, vec![])
            }
            Field::Source => {
                let sources = sources(engine, ws).await?;
                let rows = sources
                    .iter()
                    .take(SOURCE_BUTTONS)
                    .enumerate()
                    .map(|(i, s)| vec![Button::new(Text::Raw(short(s, 32)), CampButton::Source(i).encode())])
                    .collect();
                ask(ctx, filter, SegAsk::Source, Text::key("seg-ask-source"), rows)
            }
            Field::Stage => {
                let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
                let rows = pipeline
                    .visible()
                    .filter(|s| StageKind::of(s) == StageKind::Open)
                    .map(|s| {
                        vec![Button::new(Text::Raw(pipeline.name(s.id, &ctx.lang)), CampButton::Stage(s.id).encode())]
                    })
                    .collect();
                ask(ctx, filter, SegAsk::Buttons, Text::key("seg-ask-stage"), rows)
            }
            Field::ActiveBefore => ask(ctx, filter, SegAsk::ActiveBefore, Text::key("seg-ask-before"), vec![]),
            Field::ActiveAfter => ask(ctx, filter, SegAsk::ActiveAfter, Text::key("seg-ask-after"), vec![]),
            Field::WonTotal => ask(ctx, filter, SegAsk::WonTotal, Text::key("seg-ask-total"), vec![]),
            Field::Purchases => ask(ctx, filter, SegAsk::Purchases, Text::key("seg-ask-purchases"), vec![]),
            Field::BirthMonth => {
                let rows = (1..=12u32)
                    .collect::<Vec<_>>()
                    .chunks(4)
                    .map(|ms| ms.iter().map(|&m| Button::new(month(m), CampButton::Month(m).encode())).collect())
                    .collect();
                ask(ctx, filter, SegAsk::Buttons, Text::key("seg-ask-month"), rows)
            }
            Field::Lang => {
                let rows = LANGS
                    .chunks(4)
                    .map(|ls| {
                        ls.iter()
                            .map(|l| {
                                let label = Text::key("lang-name").with("lang", *l);
                                Button::new(label, CampButton::Lang(l.to_string()).encode())
                            })
                            .collect()
                    })
                    .collect();
                ask(ctx, filter, SegAsk::Buttons, Text::key("seg-ask-lang"), rows)
            }
            Field::Subscribed => {
                let row = [(Some(true), "seg-btn-yes"), (Some(false), "seg-btn-no")]
                    .into_iter()
                    .map(|(v, key)| Button::new(Text::key(key), CampButton::Subscribed(v).encode()))
                    .collect();
                ask(ctx, filter, SegAsk::Buttons, Text::key("seg-ask-subscribed"), vec![row])
            }
        },
        CampButton::Source(i) => {
            let sources = sources(engine, ws).await?;
            let Some(source) = sources.get(i) else { return Err(Fail::User(Text::key("seg-err-stale"))) };
            filter.source = Some(source.clone());
            builder(engine, ctx, filter, None).await
        }
        CampButton::Stage(id) => {
            let pipeline = Pipeline::load(engine, ws, ctx.now).await?;
            if !pipeline.stage(id).is_some_and(|s| StageKind::of(s) == StageKind::Open) {
                return Err(Fail::User(Text::key("seg-err-stale")));
            }
            filter.stage_id = Some(id);
            builder(engine, ctx, filter, None).await
        }
        CampButton::Month(m) => {
            filter.birth_month = Some(m as i32);
            builder(engine, ctx, filter, None).await
        }
        CampButton::Lang(lang) => {
            filter.lang = Some(lang);
            builder(engine, ctx, filter, None).await
        }
        CampButton::Subscribed(v) => {
            filter.subscribed = v;
            builder(engine, ctx, filter, None).await
        }
        CampButton::Clear => builder(engine, ctx, SegmentFilter::default(), None).await,
        CampButton::Save => ask(ctx, filter, SegAsk::Name, Text::key("seg-ask-name"), vec![]),
        _ => Err(Fail::User(Text::key("err-stale-button"))),
    }
}

/// A typed value for the condition asked, or the name to save under.
pub async fn answer(engine: &Engine, ctx: &mut Ctx, mut filter: SegmentFilter, what: SegAsk, text: &str) -> Out {
    let ws = ctx.workspace()?;
    let text = text.trim();
    if text == "-" {
        return builder(engine, ctx, filter, None).await;
    }
    match what {
        SegAsk::Buttons => return builder(engine, ctx, filter, Some(Text::key("seg-hint-buttons"))).await,
        SegAsk::Tags => filter.tags = tags(engine, ws, text).await?,
        SegAsk::Source => {
            let sources = sources(engine, ws).await?;
            let Some(source) = sources.iter().find(|s| fold(s) == fold(text)) else {
                let known: Vec<String> = sources.iter().take(SOURCE_BUTTONS).cloned().collect();
                let known = if known.is_empty() { "—".to_string() } else { known.join(", ") };
                return Err(Fail::User(Text::key("seg-err-source").with("source", text).with("known", known)));
            };
            filter.source = Some(source.clone());
        }
        SegAsk::ActiveBefore => filter.active_before = Some(past_date(ctx, text)?),
        SegAsk::ActiveAfter => filter.active_after = Some(past_date(ctx, text)?),
        SegAsk::WonTotal => {
            let currency = engine.store.last_currency(ws, ctx.member.id).await?;
            let money = parse_money(text, currency.as_deref()).and_then(|m| m.positive());
            filter.won_total_min = Some(match money {
                Ok(m) => AmountMin { minor: m.minor, currency: m.code().to_string() },
                Err(MoneyError::NoCurrency) => return Err(Fail::User(Text::key("seg-err-currency"))),
                Err(_) => return Err(Fail::User(Text::key("seg-err-amount").with("input", text))),
            });
        }
        SegAsk::Purchases => {
            let d = digits(text);
            match d.parse::<i64>() {
                Ok(n) if PURCHASES.contains(&n) && d.chars().count() == text.chars().count() => {
                    filter.purchases_min = Some(n)
                }
                _ => return Err(Fail::User(Text::key("seg-err-number"))),
            }
        }
        SegAsk::Name => return save(engine, ctx, filter, text).await,
    }
    builder(engine, ctx, filter, None).await
}

async fn save(engine: &Engine, ctx: &mut Ctx, filter: SegmentFilter, name: &str) -> Out {
    let ws = ctx.workspace()?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(Fail::User(Text::key("seg-err-name").with("max", MAX_NAME_CHARS)));
    }
    let new = NewSegment { workspace_id: ws, name: name.clone(), filter: filter.clone(), created_by: ctx.member.id };
    let Some(segment) = engine.store.insert_segment(&new, ctx.now).await? else {
        return Err(Fail::User(Text::key("seg-err-name-taken").with("name", name)));
    };
    audit::record(engine, ctx, ws, Action::SegmentCreated, On::Segment(segment.id)).await;
    ctx.session.state = State::Idle;
    let mut lines = vec![Text::key("seg-saved").with("name", segment.name.clone())];
    lines.extend(describe(engine, ctx, &filter).await?);
    let (n, counted) = count(engine, ctx, &filter).await?;
    lines.extend(counted);
    let mut rows = Vec::new();
    if ctx.sees_all() && n.subscribed > 0 {
        let label = Text::key("seg-btn-campaign").with("name", short(&segment.name, 24));
        rows.push(vec![Button::new(label, CampButton::UseSegment(segment.id).encode())]);
    }
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

async fn sources(engine: &Engine, ws: i64) -> Result<Vec<String>, Fail> {
    let mut sources = engine.store.known_sources(ws).await?;
    sources.sort_by_key(|s| fold(s));
    sources.dedup();
    Ok(sources)
}

/// "#vip #gold" or "vip, gold": each to every spelling the team's clients have it in (tags keep the case of
/// their first spelling, "#VIP" and "#vip" being one tag).
async fn tags(engine: &Engine, ws: i64, text: &str) -> Result<Vec<String>, Fail> {
    let known = engine.store.team_tags(ws).await?;
    let typed: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '#')
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    if typed.is_empty() {
        return Err(Fail::User(Text::key("seg-err-tags").with("examples", examples(&known))));
    }
    let mut found = Vec::new();
    for tag in &typed {
        let spellings: Vec<&String> = known.iter().filter(|k| k.to_lowercase() == *tag).collect();
        if spellings.is_empty() {
            return Err(Fail::User(
                Text::key("seg-err-tag").with("tag", format!("#{tag}")).with("examples", examples(&known)),
            ));
        }
        found.extend(spellings.into_iter().cloned());
    }
    found.sort();
    found.dedup();
    Ok(found)
}

fn examples(tags: &[String]) -> String {
    if tags.is_empty() {
        return "—".into();
    }
    let mut shown: Vec<String> = tags.iter().take(8).map(|t| format!("#{t}")).collect();
    shown.dedup_by_key(|t| t.to_lowercase());
    shown.join(" ")
}

/// A day in the past, as typed: "30" (days ago), "01.09", "1 Sep 2026", "yesterday". A date without a year that
/// would be ahead means the last one (activity lies behind us).
fn past_date(ctx: &Ctx, text: &str) -> Result<DateTime<Utc>, Fail> {
    let d = digits(text);
    if d.chars().count() == text.chars().count()
        && let Ok(days) = d.parse::<i64>()
    {
        if DAYS_AGO.contains(&days) {
            return Ok(ctx.now - chrono::Duration::days(days));
        }
        return Err(Fail::User(Text::key("seg-err-date").with("input", text)));
    }
    let when = parse_when(text, &ctx.lang, ctx.now, ctx.tz, NaiveTime::MIN).map_err(|e| match e {
        WhenError::OutOfRange => too_far(ctx, text),
        _ => Fail::User(Text::key("seg-err-date").with("input", text)),
    })?;
    let when = Some(when)
        .filter(|w| w.has_date && w.rest.is_empty())
        .ok_or_else(|| Fail::User(Text::key("seg-err-date").with("input", text)))?;
    let mut at = when.at;
    if at > ctx.now {
        let local = at.with_timezone(&ctx.tz).date_naive();
        let earlier = local.checked_sub_months(Months::new(12)).filter(|d| d.year() >= 1900);
        let Some(earlier) = earlier else { return Err(Fail::User(Text::key("seg-err-date").with("input", text))) };
        at = crate::parse::when::local_to_utc(ctx.tz, earlier.and_time(NaiveTime::MIN));
    }
    Ok(at)
}
