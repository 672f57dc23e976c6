//! The client card: contact data, tags, the last activities and the next reminder, with the buttons a
//! salesperson needs next.

use super::Engine;
use super::callback::{Outcome, Payload};
use super::context::{Ctx, Fail};
use super::reply::{Arg, Button, Reply, Text, TimeStyle};
use crate::store::{Activity, ActivityKind, Client};

const RECENT: i64 = 5;

pub async fn card(engine: &Engine, ctx: &Ctx, client: &Client, headline: Option<Text>) -> Result<Reply, Fail> {
    let store = &engine.store;
    let recent = store.recent_activities(client.workspace_id, client.id, RECENT).await?;
    let next = store.next_reminder_for_client(client.workspace_id, client.id, ctx.now).await?;

    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("card-name").with("name", client.name.clone()));
    if client.owner_member_id != ctx.member.id
        && let Some(owner) = store.get_member(client.owner_member_id).await?
    {
        lines.push(Text::key("card-owner").with("owner", owner.display_name));
    }
    if let Some(company) = &client.company {
        lines.push(Text::key("card-company").with("company", company.clone()));
    }
    for phone in client.phone_list() {
        lines.push(Text::key("card-phone").with("phone", phone));
    }
    for email in client.email_list() {
        lines.push(Text::key("card-email").with("email", email));
    }
    let tags = client.tag_list();
    if !tags.is_empty() {
        let tags: Vec<String> = tags.iter().map(|t| format!("#{t}")).collect();
        lines.push(Text::key("card-tags").with("tags", tags.join(" ")));
    }
    lines.extend(super::customers::card_line(ctx, client));
    lines.extend(super::campaigns::birthday_line(client));
    let (deal_lines, deal_rows) = super::deals::client_section(engine, ctx, client).await?;
    lines.extend(deal_lines);
    if recent.is_empty() {
        lines.push(Text::key("card-no-history"));
    } else {
        lines.push(Text::key("card-history"));
        lines.extend(recent.iter().map(|a| activity_line(ctx, a, None)));
    }
    if let Some(r) = next {
        lines.push(
            Text::key("card-next-reminder")
                .with("when", Arg::time(r.due_at, ctx.tz, TimeStyle::DateTime))
                .with("text", r.text),
        );
    }
    let rows = [card_buttons(client.id), deal_rows].concat();
    let rows = super::team::card_buttons(engine, ctx, client.id, rows).await?;
    Ok(ctx.reply(Text::Lines(lines)).buttons(rows))
}

fn card_buttons(id: i64) -> Vec<Vec<Button>> {
    vec![
        vec![
            Button::new(Text::key("btn-meeting"), Payload::Log(ActivityKind::Meeting, id).encode()),
            Button::new(Text::key("btn-call"), Payload::Log(ActivityKind::Call, id).encode()),
            Button::new(Text::key("btn-note"), Payload::Log(ActivityKind::Note, id).encode()),
        ],
        vec![
            Button::new(Text::key("btn-remind"), Payload::RemindFor(id).encode()),
            Button::new(Text::key("btn-edit"), Payload::Edit(id).encode()),
        ],
    ]
}

/// One activity on one line: when, what kind, the summary, the outcome; in the agenda, the client's name too.
pub fn activity_line(ctx: &Ctx, a: &Activity, client_name: Option<&str>) -> Text {
    let kind = ActivityKind::parse(&a.kind).unwrap_or(ActivityKind::Note);
    let outcome = a.outcome.as_deref().and_then(Outcome::from_code).map(Outcome::code).unwrap_or("none");
    let line = Text::key(super::customers::history_key(a).unwrap_or(kind_key(kind, a.done)))
        .with("when", Arg::time(a.happens_at, ctx.tz, TimeStyle::DateTime))
        .with("summary", a.summary.clone())
        .with("outcome", outcome);
    match client_name {
        Some(name) => Text::Concat(vec![line, Text::Raw(format!(" — {name}"))]),
        None => line,
    }
}

fn kind_key(kind: ActivityKind, done: bool) -> &'static str {
    match (kind, done) {
        (ActivityKind::Meeting, true) => "line-meeting",
        (ActivityKind::Meeting, false) => "line-meeting-planned",
        (ActivityKind::Call, true) => "line-call",
        (ActivityKind::Call, false) => "line-call-planned",
        (ActivityKind::Note, _) => "line-note",
        (ActivityKind::Message, _) => "line-message",
    }
}
