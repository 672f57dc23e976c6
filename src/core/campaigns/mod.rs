//! Segments (saved filters over a team's clients) and campaigns: compose, preview, schedule, pause, resume,
//! cancel; promo codes and `/redeem`; the weekly cap; birthday greetings and follow-ups; `/campaigns`.
//!
//! Who may do what: every member builds and views segments (counts and names show only the clients they may see:
//! a manager without the shared base sees their own), views `/campaigns` and `/promo`, redeems codes and sets
//! birthdays of clients they may edit. Only owners and leads compose, send, schedule, pause, resume and cancel
//! campaigns and change the promotion settings (paid broadcasts: the owner alone), because a campaign reaches the
//! whole team's customers, not only the sender's own.

mod birthday;
mod codes;
mod compose;
pub mod dates;
mod manage;
mod payload;
pub mod report;
mod segment_view;
mod segments;
mod settings;
mod summary;
mod validate;

use serde::{Deserialize, Serialize};

use super::Engine;
use super::context::{Ctx, Fail, Out};
use super::reply::{Arg, Text};
use super::roles::Role;
use crate::parse::fold::fold;
use crate::store::{Campaign, Client, SegmentFilter};
pub use birthday::birthday_line;
use payload::CampButton;

/// The commands this area answers (routed here by `dispatch`).
pub const COMMANDS: &[&str] = &["segment", "segments", "campaign", "campaigns", "redeem", "birthday", "promo"];

/// A question of this area waiting for the member's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    /// Building a segment: the conditions so far (saved only when named) and what is asked now.
    Segment { filter: SegmentFilter, ask: SegAsk },
    /// Composing a campaign (a draft in the database) and what is asked now.
    Campaign { campaign_id: i64, ask: Ask },
}

/// What the segment builder waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SegAsk {
    /// A tap on a condition (typed text only gets a hint).
    Buttons,
    Tags,
    Source,
    ActiveBefore,
    ActiveAfter,
    WonTotal,
    Purchases,
    /// The name to save the segment under.
    Name,
}

/// What the campaign composer waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ask {
    /// The text in the campaign's default language (the composer's).
    Text,
    /// Other languages are offered as buttons.
    Languages,
    /// The version in another language.
    Version {
        lang: String,
    },
    Photo,
    Link,
    /// Which code, as buttons.
    Code,
    SharedCode,
    Percent,
    /// Whether to add a follow-up, as buttons.
    Followup,
    /// The follow-up's days and text.
    FollowupText,
    /// Preview, send, schedule or drop, as buttons (a photo sent now replaces the picture).
    Summary,
    /// The local time to send at.
    SendAt,
}

pub async fn command(engine: &Engine, ctx: &mut Ctx, cmd: &str, args: &str) -> Out {
    match cmd {
        "segment" => segments::start(engine, ctx).await,
        "segments" => segment_view::list(engine, ctx).await,
        "campaign" => compose::start(engine, ctx).await,
        "campaigns" => manage::list(engine, ctx).await,
        "redeem" => codes::redeem(engine, ctx, args).await,
        "birthday" => birthday::set(engine, ctx, args).await,
        "promo" => settings::promo(engine, ctx, args).await,
        _ => Err(Fail::User(Text::key("err-unknown-command").with("command", format!("/{cmd}")))),
    }
}

pub async fn button(engine: &Engine, ctx: &mut Ctx, data: &str) -> Out {
    let Some(pressed) = CampButton::decode(data) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    match pressed {
        CampButton::Field(_)
        | CampButton::Source(_)
        | CampButton::Stage(_)
        | CampButton::Month(_)
        | CampButton::Lang(_)
        | CampButton::Subscribed(_)
        | CampButton::Clear
        | CampButton::Save => segments::button(engine, ctx, pressed).await,
        CampButton::UseSegment(id) => compose::pick(engine, ctx, id).await,
        CampButton::Version { campaign, lang } => compose::ask_version(engine, ctx, campaign, &lang).await,
        CampButton::Next { campaign, step } => compose::next(engine, ctx, campaign, step).await,
        CampButton::Code { campaign, choice } => compose::code(engine, ctx, campaign, choice).await,
        CampButton::AddFollowup(id) => compose::ask_followup(engine, ctx, id).await,
        CampButton::Preview(id) => summary::preview(engine, ctx, id).await,
        CampButton::SendNow(id) => summary::send_now(engine, ctx, id).await,
        CampButton::Schedule(id) => summary::ask_when(engine, ctx, id).await,
        CampButton::Drop(id) => summary::drop(engine, ctx, id).await,
        CampButton::Open(id) => manage::open(engine, ctx, id, None).await,
        CampButton::Pause(id) => manage::pause(engine, ctx, id).await,
        CampButton::Resume(id) => manage::resume(engine, ctx, id).await,
        CampButton::Cancel(id) => manage::cancel(engine, ctx, id).await,
        CampButton::Paid { ws, on } => settings::paid_button(engine, ctx, ws, on).await,
    }
}

pub async fn answer(engine: &Engine, ctx: &mut Ctx, step: Step, text: &str) -> Out {
    match step {
        Step::Segment { filter, ask } => segments::answer(engine, ctx, filter, ask, text).await,
        Step::Campaign { campaign_id, ask } => compose::answer(engine, ctx, campaign_id, ask, text).await,
    }
}

/// A photo sent while composing a campaign becomes its picture.
pub async fn photo(engine: &Engine, ctx: &mut Ctx, file_id: &str, _caption: Option<&str>) -> Out {
    match ctx.session.state.clone() {
        super::session::State::Campaign(Step::Campaign { campaign_id, ask: Ask::Photo | Ask::Summary }) => {
            compose::set_photo(engine, ctx, campaign_id, file_id).await
        }
        _ => Err(Fail::User(Text::key("camp-photo-unexpected"))),
    }
}

/// Only owners and leads send to the team's customers.
fn require_sender(ctx: &Ctx) -> Result<i64, Fail> {
    let ws = ctx.workspace()?;
    if ctx.sees_all() { Ok(ws) } else { Err(Fail::User(Text::key("camp-err-role"))) }
}

/// Only the owner turns on what costs money.
fn require_owner(ctx: &Ctx) -> Result<i64, Fail> {
    let ws = ctx.workspace()?;
    if ctx.role == Some(Role::Owner) { Ok(ws) } else { Err(Fail::User(Text::key("camp-err-owner"))) }
}

/// A campaign of the member's team; another team's answers exactly as a missing one.
async fn campaign_of_team(engine: &Engine, ctx: &Ctx, id: i64) -> Result<Campaign, Fail> {
    let ws = ctx.workspace()?;
    engine.store.get_campaign(ws, id).await?.ok_or_else(|| Fail::User(Text::key("camp-err-gone")))
}

/// A draft the member may still change.
async fn draft(engine: &Engine, ctx: &mut Ctx, id: i64) -> Result<Campaign, Fail> {
    require_sender(ctx)?;
    let campaign = campaign_of_team(engine, ctx, id).await?;
    if campaign.state != "draft" {
        return Err(Fail::User(manage::state_error(&campaign.state)));
    }
    Ok(campaign)
}

/// The one client `name` points to among those the member may see: the whole name, or the start of exactly one.
async fn client_by_name(engine: &Engine, ctx: &Ctx, name: &str) -> Result<Client, Fail> {
    let ws = ctx.workspace()?;
    let needle = fold(name);
    let (found, total) = engine.store.find_clients(ws, ctx.visible_owner(), &needle, 10, 0).await?;
    let exact: Vec<&Client> = found.iter().filter(|c| fold(&c.name) == needle).collect();
    match (exact.as_slice(), total) {
        ([one], _) => Ok((*one).clone()),
        (_, 1) => Ok(found[0].clone()),
        (_, 0) => Err(Fail::User(Text::key("camp-err-client").with("name", name))),
        _ => {
            let names: Vec<String> = found.iter().take(5).map(|c| c.name.clone()).collect();
            Err(Fail::User(Text::key("camp-err-clients").with("name", name).with("names", names.join(", "))))
        }
    }
}

/// The focused client, if the member may still see them.
async fn focused_client(engine: &Engine, ctx: &Ctx) -> Result<Option<Client>, Fail> {
    let ws = ctx.workspace()?;
    let Some(id) = ctx.member.focus_client_id else { return Ok(None) };
    Ok(engine.store.get_client(ws, id).await?.filter(|c| ctx.can_see(c)))
}

/// A month's name in the member's language.
fn month(m: u32) -> Text {
    Text::key("seg-month").with("month", Arg::Num(i64::from(m)))
}

/// Text shown on one line of a list or a button: short enough for a phone.
fn short(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let mut s: String = line.chars().take(max - 1).collect();
    s.push('…');
    s
}
