//! Clients: /add (in one line or step by step), shared contacts, /find, opening and editing a card.

use super::Engine;
use super::audit::{self, Action, On};
use super::callback::Payload;
use super::card;
use super::context::{Ctx, Fail, Out};
use super::reply::{Arg, Button, Text, TimeStyle};
use super::session::{PendingClient, State};
use super::similar;
use crate::parse::contact::{ContactError, ContactLine, normalize_phone, parse_contact_line, region_for_locale};
use crate::parse::fold::{digits, fold};
use crate::store::{Client, MemberPatch, NewClient};

const MAX_NAME_CHARS: usize = 200;
const PAGE: i64 = 8;
/// Clients per search word checked for a near-identical name.
const NAME_CANDIDATES: i64 = 20;
/// How many digits make a query a phone search rather than a name search.
const MIN_PHONE_QUERY_DIGITS: usize = 3;

pub async fn add(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    if args.is_empty() {
        ctx.session.state = State::AddName;
        return Ok(vec![ctx.reply(Text::key("add-ask-name"))]);
    }
    let line = parse_line(ctx, args)?;
    let pending = pending_from(line, None);
    if pending.name.is_empty() {
        // Only contact details were typed: keep them and ask for the name.
        ctx.session.pending_client = Some(pending);
        ctx.session.state = State::AddName;
        return Ok(vec![ctx.reply(Text::key("add-ask-name"))]);
    }
    create_checked(engine, ctx, pending).await
}

pub async fn add_name(engine: &Engine, ctx: &mut Ctx, text: &str) -> Out {
    let line = parse_line(ctx, text)?;
    if line.name.is_empty() {
        return Err(Fail::User(Text::key("err-add-name")));
    }
    let held = ctx.session.pending_client.take();
    let typed_details =
        !line.phones.is_empty() || !line.emails.is_empty() || line.company.is_some() || !line.tags.is_empty();
    let pending = pending_from(line, held.clone());
    if held.is_some() || typed_details {
        ctx.session.state = State::Idle;
        return create_checked(engine, ctx, pending).await;
    }
    check_name(&pending.name)?;
    ctx.session.state = State::AddDetails { name: pending.name.clone() };
    Ok(vec![ctx.reply(Text::key("add-ask-details").with("name", pending.name))])
}

pub async fn add_details(engine: &Engine, ctx: &mut Ctx, name: &str, text: &str) -> Out {
    let skip = text.trim() == "-";
    let line = if skip { ContactLine::default() } else { parse_line(ctx, text)? };
    if !line.name.is_empty() {
        // Words that are not a phone, e-mail, #tag or @company: say so rather than guess where they belong.
        return Err(Fail::User(Text::key("err-add-details").with("words", line.name)));
    }
    let mut pending = pending_from(line, None);
    pending.name = name.to_string();
    ctx.session.state = State::Idle;
    create_checked(engine, ctx, pending).await
}

pub async fn add_anyway(engine: &Engine, ctx: &mut Ctx) -> Out {
    let Some(pending) = ctx.session.pending_client.take() else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    create(engine, ctx, pending).await
}

pub async fn from_contact(engine: &Engine, ctx: &mut Ctx, phone: &str, name: &str) -> Out {
    let ws = ctx.workspace()?;
    let phone = normalize_phone(phone, region_for_locale(&ctx.lang)).map_err(contact_error)?;
    let existing = engine.store.find_duplicates(ws, std::slice::from_ref(&phone), &[], "").await?;
    if let Some(client) = existing.into_iter().next() {
        focus(engine, ctx, client.id).await?;
        let note = Text::key("contact-exists").with("name", client.name.clone());
        return Ok(vec![card::card(engine, ctx, &client, Some(note)).await?]);
    }
    let name = if name.trim().is_empty() { phone.clone() } else { name.trim().to_string() };
    let pending = PendingClient {
        name,
        phones: vec![phone],
        emails: vec![],
        tags: vec![],
        company: None,
        source: Some("telegram-contact".into()),
    };
    create(engine, ctx, pending).await
}

fn parse_line(ctx: &Ctx, text: &str) -> Result<ContactLine, Fail> {
    parse_contact_line(text, region_for_locale(&ctx.lang)).map_err(contact_error)
}

fn contact_error(e: ContactError) -> Fail {
    let text = match e {
        ContactError::BadPhone(t) => Text::key("err-phone").with("input", t),
        ContactError::BadEmail(t) => Text::key("err-email").with("input", t),
        ContactError::BadTag(t) => Text::key("err-tag").with("input", t),
    };
    Fail::User(text)
}

fn check_name(name: &str) -> Result<(), Fail> {
    let len = name.chars().count();
    if len > MAX_NAME_CHARS {
        return Err(Fail::User(Text::key("err-name-long").with("max", MAX_NAME_CHARS).with("length", len)));
    }
    Ok(())
}

/// Details typed now, on top of details held from an earlier step.
fn pending_from(line: ContactLine, held: Option<PendingClient>) -> PendingClient {
    let mut p = held.unwrap_or(PendingClient {
        name: String::new(),
        phones: vec![],
        emails: vec![],
        tags: vec![],
        company: None,
        source: None,
    });
    if !line.name.is_empty() {
        p.name = line.name;
    }
    merge(&mut p.phones, line.phones);
    merge(&mut p.emails, line.emails);
    merge(&mut p.tags, line.tags);
    if line.company.is_some() {
        p.company = line.company;
    }
    p
}

fn merge(into: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !into.iter().any(|x| x.eq_ignore_ascii_case(&item)) {
            into.push(item);
        }
    }
}

/// Create unless it looks like a client the team already has; then ask first.
async fn create_checked(engine: &Engine, ctx: &mut Ctx, pending: PendingClient) -> Out {
    check_name(&pending.name)?;
    let ws = ctx.workspace()?;
    let dupes = likely_duplicates(engine, ws, &pending).await?;
    if dupes.is_empty() {
        return create(engine, ctx, pending).await;
    }
    let mut rows: Vec<Vec<Button>> = dupes
        .iter()
        .take(3)
        .map(|c| {
            vec![Button::new(Text::key("btn-open").with("name", c.name.clone()), Payload::OpenClient(c.id).encode())]
        })
        .collect();
    rows.push(vec![
        Button::new(Text::key("btn-create-anyway"), Payload::AddAnyway.encode()),
        Button::new(Text::key("btn-cancel"), Payload::AddCancel.encode()),
    ]);
    let text = Text::Lines(vec![
        Text::key("dup-found").with("name", dupes[0].name.clone()).with("count", dupes.len()),
        owner_line(engine, ctx, &dupes[0]).await?,
    ]);
    ctx.session.pending_client = Some(pending);
    Ok(vec![ctx.reply(text).buttons(rows)])
}

/// Same phone or e-mail, or a near-identical name (see `similar`), most certain first.
async fn likely_duplicates(engine: &Engine, ws: i64, pending: &PendingClient) -> Result<Vec<Client>, Fail> {
    let folded = fold(&pending.name);
    let mut found = engine.store.find_duplicates(ws, &pending.phones, &pending.emails, &folded).await?;
    for word in similar::search_words(&folded).take(3) {
        let (candidates, _) = engine.store.find_clients(ws, None, word, NAME_CANDIDATES, 0).await?;
        for c in candidates {
            if similar::near_identical(&folded, &c.name_folded) && !found.iter().any(|f| f.id == c.id) {
                found.push(c);
            }
        }
    }
    Ok(found)
}

/// Who works a client and when they last talked: what a colleague needs before calling them.
async fn owner_line(engine: &Engine, ctx: &Ctx, client: &Client) -> Result<Text, Fail> {
    let owner = engine.store.get_member(client.owner_member_id).await?.map(|m| m.display_name).unwrap_or_default();
    Ok(match client.last_activity_at {
        Some(at) => Text::key("dup-owner").with("owner", owner).with("when", Arg::time(at, ctx.tz, TimeStyle::Date)),
        None => Text::key("dup-owner-quiet").with("owner", owner),
    })
}

async fn create(engine: &Engine, ctx: &mut Ctx, p: PendingClient) -> Out {
    check_name(&p.name)?;
    let ws = ctx.workspace()?;
    let new = NewClient {
        workspace_id: ws,
        search_text: search_text(&p.name, &p.phones, &p.emails, &p.tags, p.company.as_deref()),
        name_folded: fold(&p.name),
        name: p.name,
        phones: p.phones,
        emails: p.emails,
        company: p.company,
        tags: p.tags,
        source: p.source,
        owner_member_id: ctx.member.id,
    };
    let client = engine.store.insert_client(&new).await?;
    audit::record(engine, ctx, client.workspace_id, Action::ClientAdded, On::Client(client.id)).await;
    ctx.session.pending_client = None;
    focus(engine, ctx, client.id).await?;
    let note = Text::key("client-added").with("name", client.name.clone());
    Ok(vec![card::card(engine, ctx, &client, Some(note)).await?])
}

/// What `/find` matches: folded words plus bare phone digits.
pub fn search_text(name: &str, phones: &[String], emails: &[String], tags: &[String], company: Option<&str>) -> String {
    let mut parts = vec![fold(name)];
    parts.extend(company.map(fold));
    parts.extend(emails.iter().map(|e| fold(e)));
    parts.extend(tags.iter().map(|t| format!("#{}", fold(t))));
    parts.extend(phones.iter().map(|p| digits(p)));
    parts.join(" ")
}

async fn focus(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Result<(), Fail> {
    if ctx.member.focus_client_id != Some(client_id) {
        let patch = MemberPatch { focus_client_id: Some(Some(client_id)), ..Default::default() };
        ctx.member = engine.store.update_member(ctx.member.id, &patch).await?;
    }
    Ok(())
}

pub async fn find(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    if args.is_empty() {
        return Err(Fail::User(Text::key("err-find-empty")));
    }
    ctx.session.search = Some(args.to_string());
    find_page(engine, ctx, 0).await
}

fn needle(query: &str) -> String {
    let phone_like = query.chars().all(|c| c.is_numeric() || " +-().".contains(c));
    let d = digits(query);
    if phone_like && d.len() >= MIN_PHONE_QUERY_DIGITS { d } else { fold(query) }
}

pub async fn find_page(engine: &Engine, ctx: &mut Ctx, offset: i64) -> Out {
    let ws = ctx.workspace()?;
    let Some(query) = ctx.session.search.clone() else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    let (clients, total) = engine.store.find_clients(ws, ctx.visible_owner(), &needle(&query), PAGE, offset).await?;
    if total == 0 {
        return Err(Fail::User(Text::key("find-none").with("query", query)));
    }
    if total == 1 && offset == 0 {
        let client = &clients[0];
        focus(engine, ctx, client.id).await?;
        return Ok(vec![card::card(engine, ctx, client, None).await?]);
    }
    let mut rows: Vec<Vec<Button>> = clients
        .iter()
        .map(|c| vec![Button::new(Text::Raw(result_label(c)), Payload::OpenClient(c.id).encode())])
        .collect();
    let mut nav = Vec::new();
    if offset > 0 {
        nav.push(Button::new(Text::key("btn-prev"), Payload::FindPage((offset - PAGE).max(0)).encode()));
    }
    if offset + PAGE < total {
        nav.push(Button::new(Text::key("btn-next"), Payload::FindPage(offset + PAGE).encode()));
    }
    if !nav.is_empty() {
        rows.push(nav);
    }
    let shown_to = offset + clients.len() as i64;
    let text = Text::key("find-results")
        .with("query", query)
        .with("total", total)
        .with("from", offset + 1)
        .with("to", shown_to);
    Ok(vec![ctx.reply(text).buttons(rows)])
}

fn result_label(c: &Client) -> String {
    let mut label = c.name.clone();
    if let Some(company) = &c.company {
        label.push_str(" · ");
        label.push_str(company);
    }
    if let Some(phone) = c.phone_list().first() {
        label.push_str(" · ");
        label.push_str(phone);
    }
    label.chars().take(60).collect()
}

/// A client the member may see; one they may not answers exactly as a missing one.
pub async fn visible_client(engine: &Engine, ctx: &Ctx, client_id: i64) -> Result<Client, Fail> {
    let ws = ctx.workspace()?;
    match engine.store.get_client(ws, client_id).await? {
        Some(client) if ctx.can_see(&client) => Ok(client),
        _ => Err(Fail::User(Text::key("err-client-gone"))),
    }
}

/// A client the member may change: their own, or any for owners and leads. Another's is read-only.
pub async fn editable_client(engine: &Engine, ctx: &Ctx, client_id: i64) -> Result<Client, Fail> {
    let client = visible_client(engine, ctx, client_id).await?;
    if ctx.can_edit(&client) {
        return Ok(client);
    }
    let owner = engine.store.get_member(client.owner_member_id).await?.map(|m| m.display_name).unwrap_or_default();
    Err(Fail::User(Text::key("err-read-only").with("name", client.name).with("owner", owner)))
}

pub async fn open(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = visible_client(engine, ctx, client_id).await?;
    focus(engine, ctx, client.id).await?;
    Ok(vec![card::card(engine, ctx, &client, None).await?])
}

pub async fn ask_edit(engine: &Engine, ctx: &mut Ctx, client_id: i64) -> Out {
    let client = editable_client(engine, ctx, client_id).await?;
    focus(engine, ctx, client.id).await?;
    ctx.session.state = State::AwaitEdit { client_id };
    Ok(vec![ctx.reply(Text::key("edit-prompt").with("name", client.name))])
}

/// Edit with a line in `/add` format: a name replaces the name, @company replaces the company, phones,
/// e-mails and tags are added.
pub async fn edit(engine: &Engine, ctx: &mut Ctx, client_id: i64, text: &str) -> Out {
    let mut client = editable_client(engine, ctx, client_id).await?;
    let line = parse_line(ctx, text)?;
    if !line.name.is_empty() {
        check_name(&line.name)?;
        client.name_folded = fold(&line.name);
        client.name = line.name;
    }
    let mut phones: Vec<String> = client.phone_list().iter().map(|s| s.to_string()).collect();
    let mut emails: Vec<String> = client.email_list().iter().map(|s| s.to_string()).collect();
    let mut tags: Vec<String> = client.tag_list().iter().map(|s| s.to_string()).collect();
    merge(&mut phones, line.phones);
    merge(&mut emails, line.emails);
    merge(&mut tags, line.tags);
    if line.company.is_some() {
        client.company = line.company;
    }
    client.search_text = search_text(&client.name, &phones, &emails, &tags, client.company.as_deref());
    client.phones = phones.join("\n");
    client.emails = emails.join("\n");
    client.tags = tags.join("\n");
    let client = engine.store.update_client(&client).await?;
    audit::record(engine, ctx, client.workspace_id, Action::ClientEdited, On::Client(client.id)).await;
    ctx.session.state = State::Idle;
    let note = Text::key("client-updated").with("name", client.name.clone());
    Ok(vec![card::card(engine, ctx, &client, Some(note)).await?])
}
