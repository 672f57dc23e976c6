//! What a digest says: for an owner or lead the whole team, for anyone else their own work. Short lines that
//! read on a phone; each list capped with "…and N more"; buttons to open the detail.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

use super::money::{format_money, format_sums};
use super::schedule::Schedule;
use crate::core::Engine;
use crate::core::callback::{Area, Payload};
use crate::core::reply::{Arg, Button, Reply, Text, TimeStyle};
use crate::store::{ActivityKind, ClosedSum, DigestMember, MemberCount, StoreError, TargetRow};

/// Items per list; the rest is counted.
const LIST: i64 = 5;
const AGENDA: i64 = 8;
/// Reminders older than this are no longer "overdue", just forgotten.
const OVERDUE_DAYS: i64 = 7;
/// Buttons that open a client or a deal, under the digest.
const CLIENT_BUTTONS: usize = 4;
/// Longest client name on a button.
const BUTTON_NAME_CHARS: usize = 20;

/// Who a digest is for and what it may show.
#[derive(Debug, Clone, PartialEq)]
pub struct Audience {
    pub workspace_id: i64,
    pub team_name: String,
    /// `None`: the whole team (owners, leads, the team group); `Some(member)`: that member's own work.
    pub owner: Option<i64>,
    pub lang: String,
    /// The reader's zone and digest days ("yesterday" after a weekend off means since the last digest day).
    pub schedule: Schedule,
    pub stale_days: i32,
    /// Inline buttons work in private chats only.
    pub buttons: bool,
}

/// What a button under the digest opens.
#[derive(Debug, Clone, PartialEq)]
enum Link {
    Client(i64, String),
    Deal(i64, String),
}

/// Lines so far and the clients and deals worth a button.
struct Draft<'a> {
    a: &'a Audience,
    now: DateTime<Utc>,
    lines: Vec<Text>,
    links: Vec<Link>,
    names: HashMap<i64, String>,
}

impl Draft<'_> {
    fn blank(&mut self) {
        self.lines.push(Text::Raw(String::new()));
    }

    fn offer_client(&mut self, id: i64, name: &str) {
        self.offer(Link::Client(id, name.to_string()));
    }

    fn offer_deal(&mut self, id: i64, title: &str) {
        self.offer(Link::Deal(id, title.to_string()));
    }

    fn offer(&mut self, link: Link) {
        let same = |l: &Link| match (l, &link) {
            (Link::Client(a, _), Link::Client(b, _)) | (Link::Deal(a, _), Link::Deal(b, _)) => a == b,
            _ => false,
        };
        if self.links.len() < CLIENT_BUTTONS && !self.links.iter().any(same) {
            self.links.push(link);
        }
    }

    /// " — Anna" after an item, in the team view only.
    fn by(&self, line: Text, member_id: i64) -> Text {
        match (self.a.owner, self.names.get(&member_id)) {
            (None, Some(name)) => Text::Concat(vec![line, Text::Raw(format!(" — {name}"))]),
            _ => line,
        }
    }

    fn more(&mut self, total: i64, shown: usize) {
        let rest = total - shown as i64;
        if rest > 0 {
            self.lines.push(Text::key("digest-more").with("count", rest));
        }
    }

    fn time(&self, at: DateTime<Utc>, style: TimeStyle) -> Arg {
        Arg::time(at, self.a.schedule.tz, style)
    }
}

/// The digest as of `now`; `late` is the slot it was due at when it goes out late.
pub async fn build(
    engine: &Engine,
    a: &Audience,
    now: DateTime<Utc>,
    late: Option<DateTime<Utc>>,
) -> Result<Reply, StoreError> {
    let team = engine.store.digest_team(a.workspace_id).await?;
    let names = team.iter().map(|m| (m.member_id, m.display_name.clone())).collect();
    let mut d = Draft { a, now, lines: Vec::new(), links: Vec::new(), names };
    let title = match a.owner {
        None => Text::key("digest-title-team").with("team", a.team_name.clone()),
        Some(_) => Text::key("digest-title-own"),
    };
    d.lines.push(title.with("date", d.time(now, TimeStyle::Date)));
    if let Some(slot) = late {
        d.lines.push(Text::key("digest-late").with("when", d.time(slot, TimeStyle::Time)));
    }
    yesterday(engine, &mut d, &team).await?;
    targets(engine, &mut d).await?;
    agenda(engine, &mut d).await?;
    overdue(engine, &mut d).await?;
    stale(engine, &mut d).await?;
    new_clients(engine, &mut d).await?;
    let buttons = if a.buttons { buttons(&d.links) } else { Vec::new() };
    Ok(Reply::new(&a.lang, Text::Lines(d.lines)).buttons(buttons))
}

fn buttons(links: &[Link]) -> Vec<Vec<Button>> {
    let mut rows = vec![vec![Button::new(Text::key("digest-btn-today"), Area::Digest.payload("t"))]];
    let short = |name: &str| name.chars().take(BUTTON_NAME_CHARS).collect::<String>();
    for pair in links.chunks(2) {
        rows.push(
            pair.iter()
                .map(|link| match link {
                    Link::Client(id, name) => {
                        Button::new(Text::Raw(format!("👤 {}", short(name))), Payload::OpenClient(*id).encode())
                    }
                    Link::Deal(id, title) => {
                        Button::new(Text::Raw(format!("💼 {}", short(title))), Area::Deal.payload(&format!("v:{id}")))
                    }
                })
                .collect(),
        );
    }
    rows
}

/// What each member did since the previous digest day: meetings, calls, notes, deal moves, won and lost.
#[derive(Default)]
struct Tally {
    counts: BTreeMap<&'static str, i64>,
    won: (i64, Vec<(String, i64)>),
    lost: (i64, Vec<(String, i64)>),
}

const TALLY_KEYS: [(&str, &str); 4] =
    [("meeting", "digest-meetings"), ("call", "digest-calls"), ("note", "digest-notes"), ("moved", "digest-moves")];

impl Tally {
    fn add_count(&mut self, c: &MemberCount) {
        if let Some((kind, _)) = TALLY_KEYS.iter().find(|(k, _)| *k == c.kind) {
            *self.counts.entry(kind).or_default() += c.n;
        }
    }

    fn add_closed(&mut self, c: &ClosedSum) {
        let side = if c.outcome == "won" { &mut self.won } else { &mut self.lost };
        side.0 += c.n;
        side.1.push((c.currency.clone(), c.total));
    }

    /// The counts on one line and the money on another (a phone line is short); `None` when nothing happened.
    fn lines(&self, lang: &str) -> Vec<Text> {
        let counts: Vec<Text> = TALLY_KEYS
            .iter()
            .filter_map(|(kind, key)| self.counts.get(kind).map(|n| Text::key(key).with("count", *n)))
            .collect();
        let mut money = Vec::new();
        for (key, (n, sums)) in [("digest-won", &self.won), ("digest-lost", &self.lost)] {
            if *n > 0 {
                let mut sums = sums.clone();
                sums.sort();
                money.push(Text::key(key).with("count", *n).with("amount", format_sums(&sums, lang)));
            }
        }
        [counts, money].into_iter().filter(|parts| !parts.is_empty()).map(joined).collect()
    }
}

/// Pieces joined with " · ".
fn joined(parts: Vec<Text>) -> Text {
    let mut out = Vec::with_capacity(parts.len() * 2);
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Text::Raw(" · ".into()));
        }
        out.push(part);
    }
    Text::Concat(out)
}

/// "• Max: 2 meetings · 1 call" and, indented below, "✅ won 1: 500.00 EUR"; "• Max: nothing logged".
fn member_lines(label: Option<&str>, tally: Option<&Tally>, lang: &str) -> Vec<Text> {
    let mut lines = tally.map(|t| t.lines(lang)).unwrap_or_default();
    if lines.is_empty() {
        lines.push(Text::key("digest-idle"));
    }
    let head = match label {
        Some(name) => format!("• {name}: "),
        None => "• ".to_string(),
    };
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| Text::Concat(vec![Text::Raw(if i == 0 { head.clone() } else { "   ".into() }), line]))
        .collect()
}

async fn yesterday(engine: &Engine, d: &mut Draft<'_>, team: &[DigestMember]) -> Result<(), StoreError> {
    let a = d.a;
    let s = &a.schedule;
    let today = s.local_date(d.now);
    let first = s.previous_day(today);
    let (from, to) = (s.midnight(first), s.midnight(today));
    let store = &engine.store;
    let mut tallies: HashMap<i64, Tally> = HashMap::new();
    let counts = store.digest_activity_counts(a.workspace_id, a.owner, from, to).await?;
    let moves = store.digest_deal_moves(a.workspace_id, a.owner, from, to).await?;
    for c in counts.iter().chain(&moves) {
        tallies.entry(c.member_id).or_default().add_count(c);
    }
    for c in store.digest_closed_deals(a.workspace_id, a.owner, from, to).await? {
        tallies.entry(c.member_id).or_default().add_closed(&c);
    }
    d.blank();
    let header = if first + Duration::days(1) == today { "digest-yesterday" } else { "digest-since" };
    d.lines.push(Text::key(header).with("date", d.time(from, TimeStyle::Date)));
    let lang = a.lang.clone();
    match a.owner {
        Some(me) => d.lines.extend(member_lines(None, tallies.get(&me), &lang)),
        None => {
            // Those who logged nothing share one line: a big team's digest stays short.
            let mut idle = Vec::new();
            for m in team {
                match tallies.get(&m.member_id).filter(|t| !t.lines(&lang).is_empty()) {
                    Some(t) => d.lines.extend(member_lines(Some(&m.display_name), Some(t), &lang)),
                    None => idle.push(m.display_name.as_str()),
                }
            }
            if !idle.is_empty() {
                d.lines.push(Text::key("digest-idle-members").with("names", idle.join(", ")));
            }
        }
    }
    Ok(())
}

/// The end of a target's period: a month or a quarter after its start.
fn period_end(t: &TargetRow) -> Option<NaiveDate> {
    let months = if t.period_kind == "quarter" { 3 } else { 1 };
    t.period_start.checked_add_months(Months::new(months))
}

async fn targets(engine: &Engine, d: &mut Draft<'_>) -> Result<(), StoreError> {
    let a = d.a;
    let s = &a.schedule;
    let today = s.local_date(d.now);
    // A quarter is at most 92 days long.
    let earliest = today - Duration::days(92);
    let rows = engine.store.digest_targets(a.workspace_id, earliest, today).await?;
    let mut lines = Vec::new();
    for t in rows {
        let visible = match a.owner {
            None => t.member_id == 0 || d.names.contains_key(&t.member_id),
            Some(me) => t.member_id == me,
        };
        let Some(end) = period_end(&t).filter(|end| visible && t.period_start <= today && today < *end) else {
            continue;
        };
        let who = (t.member_id != 0).then_some(t.member_id);
        let won = engine
            .store
            .won_total(a.workspace_id, who, &t.currency, s.midnight(t.period_start), s.midnight(end))
            .await?;
        let percent = i64::try_from(i128::from(won) * 100 / i128::from(t.amount_minor.max(1))).unwrap_or(i64::MAX);
        let line = Text::key(if who.is_none() { "digest-target-team" } else { "digest-target-member" })
            .with("name", who.and_then(|id| d.names.get(&id).cloned()).unwrap_or_default())
            .with("period", t.period_kind.clone())
            .with("done", format_money(won, &t.currency, &a.lang))
            .with("target", format_money(t.amount_minor, &t.currency, &a.lang))
            .with("percent", percent);
        lines.push(line);
    }
    if !lines.is_empty() {
        d.blank();
        d.lines.push(Text::key("digest-targets"));
        d.lines.extend(lines);
    }
    Ok(())
}

async fn agenda(engine: &Engine, d: &mut Draft<'_>) -> Result<(), StoreError> {
    let a = d.a;
    let s = &a.schedule;
    let today = s.local_date(d.now);
    let (from, to) = (s.midnight(today), s.midnight(today + Duration::days(1)));
    let (items, total) = engine.store.digest_agenda(a.workspace_id, a.owner, from, to, AGENDA).await?;
    d.blank();
    if items.is_empty() {
        d.lines.push(Text::key("digest-agenda-none"));
        return Ok(());
    }
    d.lines.push(Text::key("digest-agenda").with("count", total));
    for item in &items {
        let kind = if item.kind == ActivityKind::Call.as_str() { "call" } else { "meeting" };
        let line = Text::key("digest-agenda-line")
            .with("time", d.time(item.happens_at, TimeStyle::Time))
            .with("kind", kind)
            .with("client", item.client_name.clone());
        let line = d.by(line, item.member_id);
        d.lines.push(line);
        d.offer_client(item.client_id, &item.client_name);
    }
    d.more(total, items.len());
    Ok(())
}

async fn overdue(engine: &Engine, d: &mut Draft<'_>) -> Result<(), StoreError> {
    let a = d.a;
    let from = d.now - Duration::days(OVERDUE_DAYS);
    let (items, total) = engine.store.digest_overdue(a.workspace_id, a.owner, from, d.now, LIST).await?;
    if items.is_empty() {
        return Ok(());
    }
    d.blank();
    d.lines.push(Text::key("digest-overdue").with("count", total));
    for item in &items {
        let line = Text::key("digest-overdue-line")
            .with("when", d.time(item.due_at, TimeStyle::Date))
            .with("text", clip(&item.text, 60));
        let line = d.by(line, item.member_id);
        d.lines.push(line);
    }
    d.more(total, items.len());
    Ok(())
}

async fn stale(engine: &Engine, d: &mut Draft<'_>) -> Result<(), StoreError> {
    let a = d.a;
    if a.stale_days <= 0 {
        return Ok(());
    }
    let cutoff = d.now - Duration::days(i64::from(a.stale_days));
    let (items, total) = engine.store.stale_deals(a.workspace_id, a.owner, cutoff, LIST).await?;
    if items.is_empty() {
        return Ok(());
    }
    d.blank();
    let capped = total >= crate::store::STALE_COUNT_CAP;
    let count = if capped { format!("{}+", crate::store::STALE_COUNT_CAP) } else { total.to_string() };
    d.lines.push(Text::key("digest-stale").with("count", count).with("days", i64::from(a.stale_days)));
    for item in &items {
        let amount = match (item.amount_minor, &item.currency) {
            (Some(minor), Some(cur)) => format_money(minor, cur, &a.lang),
            _ => String::new(),
        };
        let line = Text::key("digest-stale-line")
            .with("title", clip(&item.title, 40))
            .with("client", item.client_name.clone())
            .with("amount", amount)
            .with("days", (d.now - item.quiet_since).num_days());
        let line = d.by(line, item.owner_member_id);
        d.lines.push(line);
        // A quiet deal is acted on from its card (move it, log a call on it).
        d.offer_deal(item.id, &item.title);
    }
    if !capped {
        d.more(total, items.len());
    }
    Ok(())
}

async fn new_clients(engine: &Engine, d: &mut Draft<'_>) -> Result<(), StoreError> {
    let a = d.a;
    let s = &a.schedule;
    let today = s.local_date(d.now);
    let (from, to) = (s.midnight(s.previous_day(today)), s.midnight(today));
    let sources = engine.store.digest_new_clients(a.workspace_id, a.owner, from, to).await?;
    let total: i64 = sources.iter().map(|s| s.n).sum();
    if total == 0 {
        return Ok(());
    }
    let mut parts = vec![Text::key("digest-new-clients").with("count", total), Text::Raw(" — ".into())];
    for (i, s) in sources.iter().take(LIST as usize).enumerate() {
        if i > 0 {
            parts.push(Text::Raw(", ".into()));
        }
        match s.source.as_deref().filter(|src| !src.trim().is_empty()) {
            Some(src) => parts.push(Text::Raw(format!("{} {}", clip(src, 30), s.n))),
            None => parts.push(Text::key("digest-no-source").with("count", s.n)),
        }
    }
    d.blank();
    d.lines.push(Text::Concat(parts));
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
