//! One contract suite for the `Store` trait, run against both backends.
//!
//! Each test is a generic `async fn(Arc<dyn Store>)`; `contract_tests!` instantiates it as `sqlite::<name>` (a fresh
//! temporary file) and `postgres::<name>` (a fresh database on `POCKETCRM_TEST_PG`, dropped afterwards).
//! Without a reachable Postgres the Postgres tests are skipped with a note, unless `CI` is set: then they fail.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use pocketcrm::store::{self, Member, MemberPatch, NewActivity, NewClient, NewReminder, Store, Workspace};
use pocketcrm::store::{ActivityKind, DueReminder, StoreError};

mod common;
use common::databases::{run_postgres, run_sqlite, with_database};

// --- backends ---

macro_rules! contract_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::run_sqlite(super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::run_postgres(super::$name).await;
                }
            )*
        }
    };
}

contract_tests!(
    member_is_created_once,
    workspace_is_created_once,
    update_member_sets_only_given_fields,
    client_round_trips_and_stays_in_its_workspace,
    update_client_replaces_editable_fields,
    find_follows_an_edited_client,
    find_clients_pages_newest_first_with_total,
    find_clients_treats_wildcards_literally,
    find_duplicates_matches_whole_entries_and_folded_name,
    activities_come_back_in_order_and_in_range,
    reminders_between_and_next_for_client,
    claim_returns_due_rows_only_and_only_once,
    claim_respects_limit_and_order,
    concurrent_claims_never_return_a_row_twice,
    mark_sent_and_mark_failed_with_and_without_retry,
    stale_claims_become_interrupted,
    next_pending_at_is_the_earliest_pending_attempt,
    reschedule_resets_the_reminder,
    set_reminder_state_is_scoped_to_the_workspace,
    first_time_update_is_true_once,
);

// --- helpers ---

/// Up to `limit` due reminders, claimed one at a time as the scheduler claims them.
async fn claim_due(s: &Arc<dyn Store>, now: DateTime<Utc>, instance: &str, limit: usize) -> Vec<DueReminder> {
    let mut claimed = Vec::new();
    while claimed.len() < limit {
        match s.claim_next_reminder(now, instance).await.unwrap() {
            Some(due) => claimed.push(due),
            None => break,
        }
    }
    claimed
}

fn at(day: u32, hour: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2030, 1, day, hour, min, 0).unwrap()
}

async fn team(s: &Arc<dyn Store>, tg_user_id: i64) -> (Member, Workspace) {
    let member = s.ensure_member(tg_user_id, "Ann", "en", "Europe/Berlin").await.unwrap();
    let workspace = s.ensure_workspace(member.id, "Ann's team").await.unwrap();
    let member = s.member_by_tg(tg_user_id).await.unwrap().unwrap();
    (member, workspace)
}

fn new_client(ws: &Workspace, owner: &Member, name: &str) -> NewClient {
    NewClient {
        workspace_id: ws.id,
        name: name.to_string(),
        name_folded: name.to_lowercase(),
        phones: vec![],
        emails: vec![],
        company: None,
        tags: vec![],
        source: None,
        owner_member_id: owner.id,
        search_text: name.to_lowercase(),
    }
}

fn new_reminder(
    ws: &Workspace,
    member: &Member,
    client_id: Option<i64>,
    text: &str,
    due_at: DateTime<Utc>,
) -> NewReminder {
    NewReminder {
        workspace_id: ws.id,
        member_id: member.id,
        client_id,
        activity_id: None,
        text: text.to_string(),
        due_at,
    }
}

fn ids<T>(rows: &[T], id: impl Fn(&T) -> i64) -> Vec<i64> {
    rows.iter().map(id).collect()
}

// --- members and workspaces ---

async fn member_is_created_once(s: Arc<dyn Store>) {
    assert_eq!(s.member_by_tg(42).await.unwrap(), None);
    let first = s.ensure_member(42, "Ann", "ru", "Europe/Moscow").await.unwrap();
    assert_eq!(first.tg_user_id, 42);
    assert_eq!(first.display_name, "Ann");
    assert_eq!(first.locale, "ru");
    assert_eq!(first.tz, "Europe/Moscow");
    assert_eq!(first.workspace_id, None);
    assert_eq!(first.focus_client_id, None);
    assert_eq!(first.dialog, None);

    let again = s.ensure_member(42, "Someone else", "en", "UTC").await.unwrap();
    assert_eq!(again, first, "an existing member is returned unchanged");
    assert_eq!(s.member_by_tg(42).await.unwrap(), Some(first.clone()));

    let other = s.ensure_member(43, "Bob", "en", "UTC").await.unwrap();
    assert_ne!(other.id, first.id);
}

async fn workspace_is_created_once(s: Arc<dyn Store>) {
    let member = s.ensure_member(7, "Ann", "en", "UTC").await.unwrap();
    let ws = s.ensure_workspace(member.id, "First").await.unwrap();
    assert_eq!(ws.name, "First");
    assert_eq!(ws.owner_member_id, member.id);
    let member = s.member_by_tg(7).await.unwrap().unwrap();
    assert_eq!(member.workspace_id, Some(ws.id));

    let again = s.ensure_workspace(member.id, "Second").await.unwrap();
    assert_eq!(again, ws, "an existing workspace is returned unchanged");

    let bob = s.ensure_member(8, "Bob", "en", "UTC").await.unwrap();
    let bobs = s.ensure_workspace(bob.id, "Bob's").await.unwrap();
    assert_ne!(bobs.id, ws.id);

    assert!(s.ensure_workspace(999_999, "Nobody's").await.is_err(), "unknown member");
}

async fn update_member_sets_only_given_fields(s: Arc<dyn Store>) {
    let (member, ws) = team(&s, 1).await;
    let client = s.insert_client(&new_client(&ws, &member, "Acme")).await.unwrap();

    let m = s
        .update_member(member.id, &MemberPatch { display_name: Some("Anna".into()), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(m.display_name, "Anna");
    assert_eq!((m.locale.as_str(), m.tz.as_str()), ("en", "Europe/Berlin"));
    assert_eq!(m.remind_before_min, member.remind_before_min);
    assert_eq!(m.workspace_id, Some(ws.id));

    let m = s
        .update_member(
            member.id,
            &MemberPatch {
                locale: Some("de".into()),
                tz: Some("Asia/Tokyo".into()),
                remind_before_min: Some(42),
                focus_client_id: Some(Some(client.id)),
                dialog: Some(Some(r#"{"step":1}"#.into())),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(m.display_name, "Anna");
    assert_eq!((m.locale.as_str(), m.tz.as_str()), ("de", "Asia/Tokyo"));
    assert_eq!(m.remind_before_min, 42);
    assert_eq!(m.focus_client_id, Some(client.id));
    assert_eq!(m.dialog.as_deref(), Some(r#"{"step":1}"#));

    // None leaves focus and dialogue alone.
    let m = s.update_member(member.id, &MemberPatch::default()).await.unwrap();
    assert_eq!(m.focus_client_id, Some(client.id));
    assert_eq!(m.dialog.as_deref(), Some(r#"{"step":1}"#));
    assert_eq!(m.remind_before_min, 42);

    // Some(None) clears them.
    let m = s
        .update_member(
            member.id,
            &MemberPatch { focus_client_id: Some(None), dialog: Some(None), ..Default::default() },
        )
        .await
        .unwrap();
    assert_eq!(m.focus_client_id, None);
    assert_eq!(m.dialog, None);
    assert_eq!(m.locale, "de");
    assert_eq!(s.member_by_tg(1).await.unwrap(), Some(m));
}

// --- clients ---

async fn client_round_trips_and_stays_in_its_workspace(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (_bob, other_ws) = team(&s, 2).await;
    let new = NewClient {
        phones: vec!["+4915112345678".into(), "+4930123456".into()],
        emails: vec!["ivan@acme.test".into()],
        company: Some("Acme".into()),
        tags: vec!["vip".into(), "berlin".into()],
        source: Some("fair".into()),
        search_text: "ivan petrov acme ivan@acme.test vip berlin 4915112345678".into(),
        ..new_client(&ws, &ann, "Ivan Petrov")
    };
    let client = s.insert_client(&new).await.unwrap();
    assert_eq!(client.workspace_id, ws.id);
    assert_eq!(client.name, "Ivan Petrov");
    assert_eq!(client.name_folded, "ivan petrov");
    assert_eq!(client.phones, "+4915112345678\n+4930123456");
    assert_eq!(client.phone_list(), vec!["+4915112345678", "+4930123456"]);
    assert_eq!(client.email_list(), vec!["ivan@acme.test"]);
    assert_eq!(client.tag_list(), vec!["vip", "berlin"]);
    assert_eq!(client.company.as_deref(), Some("Acme"));
    assert_eq!(client.source.as_deref(), Some("fair"));
    assert_eq!(client.owner_member_id, ann.id);
    assert_eq!(client.search_text, new.search_text);

    assert_eq!(s.get_client(ws.id, client.id).await.unwrap(), Some(client.clone()));
    assert_eq!(s.get_client(other_ws.id, client.id).await.unwrap(), None, "another workspace sees nothing");
    assert_eq!(s.get_client(ws.id, client.id + 1000).await.unwrap(), None);
}

async fn update_client_replaces_editable_fields(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (_bob, other_ws) = team(&s, 2).await;
    let client = s.insert_client(&new_client(&ws, &ann, "Ivan")).await.unwrap();

    let mut edited = client.clone();
    edited.name = "Ivan Petrov".into();
    edited.name_folded = "ivan petrov".into();
    edited.phones = "+111\n+222".into();
    edited.emails = "i@p.test".into();
    edited.company = Some("Petrov LLC".into());
    edited.tags = "vip".into();
    edited.source = None;
    edited.search_text = "ivan petrov petrov llc".into();
    let updated = s.update_client(&edited).await.unwrap();
    assert_eq!(updated.id, client.id);
    assert_eq!(updated.name, "Ivan Petrov");
    assert_eq!(updated.phone_list(), vec!["+111", "+222"]);
    assert_eq!(updated.company.as_deref(), Some("Petrov LLC"));
    assert_eq!(updated.created_at, client.created_at);
    assert!(updated.updated_at >= client.updated_at);
    assert_eq!(s.get_client(ws.id, client.id).await.unwrap(), Some(updated.clone()));

    let mut foreign = updated.clone();
    foreign.workspace_id = other_ws.id;
    foreign.name = "Hijacked".into();
    assert!(s.update_client(&foreign).await.is_err(), "a client of another workspace is not found");
    assert_eq!(s.get_client(ws.id, client.id).await.unwrap().unwrap().name, "Ivan Petrov");
}

/// The substring index behind `/find` (FTS5 on SQLite, pg_trgm on Postgres) follows edits: the old words no
/// longer find the client, the new ones do.
async fn find_follows_an_edited_client(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let mut new = new_client(&ws, &ann, "Alpha");
    new.search_text = "alpha trading 79991234567".into();
    let client = s.insert_client(&new).await.unwrap();
    assert_eq!(s.find_clients(ws.id, None, "trading", 10, 0).await.unwrap().1, 1);
    let mut edited = client.clone();
    edited.search_text = "omega shipping 79991234567".into();
    s.update_client(&edited).await.unwrap();
    assert_eq!(s.find_clients(ws.id, None, "trading", 10, 0).await.unwrap().1, 0);
    let (page, total) = s.find_clients(ws.id, None, "shipping", 10, 0).await.unwrap();
    assert_eq!((page.len(), total), (1, 1));
    assert_eq!(s.find_clients(ws.id, None, "9991234", 10, 0).await.unwrap().1, 1);
}

async fn find_clients_pages_newest_first_with_total(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (bob, other_ws) = team(&s, 2).await;
    let mut acme = Vec::new();
    for i in 0..5 {
        let mut c = new_client(&ws, &ann, &format!("Client {i}"));
        c.search_text = format!("client {i} acme corp");
        acme.push(s.insert_client(&c).await.unwrap().id);
    }
    s.insert_client(&new_client(&ws, &ann, "Globex")).await.unwrap();
    let mut foreign = new_client(&other_ws, &bob, "Other acme");
    foreign.search_text = "other acme".into();
    s.insert_client(&foreign).await.unwrap();

    let newest_first: Vec<i64> = acme.iter().rev().copied().collect();
    let (page, total) = s.find_clients(ws.id, None, "acme", 2, 0).await.unwrap();
    assert_eq!(total, 5);
    assert_eq!(ids(&page, |c| c.id), newest_first[..2]);
    let (page, total) = s.find_clients(ws.id, None, "acme", 2, 2).await.unwrap();
    assert_eq!(total, 5);
    assert_eq!(ids(&page, |c| c.id), newest_first[2..4]);
    let (page, total) = s.find_clients(ws.id, None, "acme", 2, 4).await.unwrap();
    assert_eq!((ids(&page, |c| c.id), total), (newest_first[4..].to_vec(), 5));
    let (page, total) = s.find_clients(ws.id, None, "acme", 2, 10).await.unwrap();
    assert!(page.is_empty());
    assert_eq!(total, 5, "the total does not depend on the page");

    // Substring, not prefix.
    let (page, total) = s.find_clients(ws.id, None, "me co", 10, 0).await.unwrap();
    assert_eq!((page.len(), total), (5, 5));
    let (page, total) = s.find_clients(ws.id, None, "nothing like it", 10, 0).await.unwrap();
    assert_eq!((page.len(), total), (0, 0));
    // Empty needle lists the whole workspace.
    let (_, total) = s.find_clients(ws.id, None, "", 10, 0).await.unwrap();
    assert_eq!(total, 6);

    // Editing a client makes it the newest.
    let mut oldest = s.get_client(ws.id, acme[0]).await.unwrap().unwrap();
    oldest.company = Some("Acme".into());
    s.update_client(&oldest).await.unwrap();
    let (page, _) = s.find_clients(ws.id, None, "acme", 1, 0).await.unwrap();
    assert_eq!(page[0].id, acme[0]);
}

async fn find_clients_treats_wildcards_literally(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let insert = async |search_text: &str| {
        let mut c = new_client(&ws, &ann, search_text);
        c.search_text = search_text.to_string();
        s.insert_client(&c).await.unwrap().id
    };
    let percent = insert("100% sure").await;
    let _digits = insert("1000 sure").await;
    let underscore = insert("a_b").await;
    let _axb = insert("axb").await;
    let backslash = insert(r"back\slash").await;
    let _plain = insert("backxslash").await;

    let (page, total) = s.find_clients(ws.id, None, "100%", 10, 0).await.unwrap();
    assert_eq!((ids(&page, |c| c.id), total), (vec![percent], 1));
    let (page, total) = s.find_clients(ws.id, None, "a_b", 10, 0).await.unwrap();
    assert_eq!((ids(&page, |c| c.id), total), (vec![underscore], 1));
    let (page, total) = s.find_clients(ws.id, None, r"k\s", 10, 0).await.unwrap();
    assert_eq!((ids(&page, |c| c.id), total), (vec![backslash], 1));
    let (page, total) = s.find_clients(ws.id, None, "%", 10, 0).await.unwrap();
    assert_eq!((ids(&page, |c| c.id), total), (vec![percent], 1));
    let (_, total) = s.find_clients(ws.id, None, "_", 10, 0).await.unwrap();
    assert_eq!(total, 1);
}

async fn find_duplicates_matches_whole_entries_and_folded_name(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (bob, other_ws) = team(&s, 2).await;
    let ivan = s
        .insert_client(&NewClient {
            phones: vec!["+4915112345678".into(), "+4930123456".into()],
            emails: vec!["ivan@acme.test".into(), "i.petrov@mail.test".into()],
            ..new_client(&ws, &ann, "Ivan Petrov")
        })
        .await
        .unwrap();
    let maria = s
        .insert_client(&NewClient { phones: vec!["+79001234567".into()], ..new_client(&ws, &ann, "Maria") })
        .await
        .unwrap();
    let wild = s
        .insert_client(&NewClient { emails: vec!["a_b@x.test".into()], ..new_client(&ws, &ann, "Wild") })
        .await
        .unwrap();
    // The same phone, e-mail and name in another workspace never match.
    s.insert_client(&NewClient {
        phones: vec!["+4930123456".into()],
        emails: vec!["ivan@acme.test".into()],
        ..new_client(&other_ws, &bob, "Ivan Petrov")
    })
    .await
    .unwrap();

    let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let dup = |phones: Vec<String>, emails: Vec<String>, name: &'static str| {
        let s = s.clone();
        async move { ids(&s.find_duplicates(ws.id, &phones, &emails, name).await.unwrap(), |c| c.id) }
    };

    // A phone that is the second entry of the list.
    assert_eq!(dup(strs(&["+4930123456"]), vec![], "nobody").await, vec![ivan.id]);
    // The first entry, among other values that match nothing.
    assert_eq!(dup(strs(&["+100", "+4915112345678"]), vec![], "nobody").await, vec![ivan.id]);
    // Part of an entry is not a match.
    assert!(dup(strs(&["+49301"]), vec![], "nobody").await.is_empty());
    assert!(dup(strs(&["4930123456"]), vec![], "nobody").await.is_empty());
    // E-mail, exact entry only.
    assert_eq!(dup(vec![], strs(&["i.petrov@mail.test"]), "nobody").await, vec![ivan.id]);
    assert!(dup(vec![], strs(&["petrov@mail.test"]), "nobody").await.is_empty());
    // LIKE wildcards in a value are literal.
    assert!(dup(vec![], strs(&["a%b@x.test"]), "nobody").await.is_empty());
    assert!(dup(vec![], strs(&["axb@x.test"]), "nobody").await.is_empty());
    assert_eq!(dup(vec![], strs(&["a_b@x.test"]), "nobody").await, vec![wild.id]);
    assert!(dup(strs(&["%"]), strs(&["%"]), "%").await.is_empty());
    // Folded name.
    assert_eq!(dup(vec![], vec![], "ivan petrov").await, vec![ivan.id]);
    assert!(dup(vec![], vec![], "ivan").await.is_empty());
    // Several reasons, each client once, newest first.
    assert_eq!(
        dup(strs(&["+79001234567", "+4930123456"]), strs(&["ivan@acme.test"]), "ivan petrov").await,
        vec![maria.id, ivan.id]
    );
    // Empty values match nothing (clients without phones have an empty list).
    assert!(dup(strs(&[""]), strs(&[""]), "").await.is_empty());
}

// --- activities ---

async fn activities_come_back_in_order_and_in_range(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (bob, _) = team(&s, 2).await;
    let (carl, other_ws) = team(&s, 3).await;
    let client = s.insert_client(&new_client(&ws, &ann, "Acme")).await.unwrap();
    let other_client = s.insert_client(&new_client(&ws, &ann, "Globex")).await.unwrap();
    let foreign_client = s.insert_client(&new_client(&other_ws, &carl, "Initech")).await.unwrap();

    let add = |client_id: i64, author: i64, kind: ActivityKind, happens_at: DateTime<Utc>, summary: &str| NewActivity {
        workspace_id: ws.id,
        client_id,
        kind,
        happens_at,
        done: happens_at < at(10, 0, 0),
        summary: summary.to_string(),
        outcome: None,
        author_member_id: author,
        deal_id: None,
    };
    let mut made = Vec::new();
    for new in [
        add(client.id, ann.id, ActivityKind::Meeting, at(2, 10, 0), "kick-off"),
        add(client.id, ann.id, ActivityKind::Call, at(5, 9, 30), "follow-up"),
        add(client.id, bob.id, ActivityKind::Note, at(3, 12, 0), "bob's note"),
        add(client.id, ann.id, ActivityKind::Message, at(12, 8, 0), "planned"),
        add(other_client.id, ann.id, ActivityKind::Note, at(4, 0, 0), "other client"),
    ] {
        made.push(s.insert_activity(&new).await.unwrap());
    }
    let first = &made[0];
    assert_eq!(first.kind, "meeting");
    assert_eq!(first.happens_at, at(2, 10, 0));
    assert!(first.done);
    assert!(!made[3].done);
    assert_eq!(first.summary, "kick-off");
    assert_eq!(first.outcome, None);
    assert_eq!(first.author_member_id, ann.id);

    let recent = s.recent_activities(ws.id, client.id, 10).await.unwrap();
    assert_eq!(ids(&recent, |a| a.id), vec![made[3].id, made[1].id, made[2].id, made[0].id]);
    let recent = s.recent_activities(ws.id, client.id, 2).await.unwrap();
    assert_eq!(ids(&recent, |a| a.id), vec![made[3].id, made[1].id]);
    assert!(s.recent_activities(other_ws.id, client.id, 10).await.unwrap().is_empty());

    // [from, to): from is included, to is not; only the author's, oldest first.
    let between = s.activities_between(ws.id, ann.id, at(2, 10, 0), at(12, 8, 0)).await.unwrap();
    assert_eq!(ids(&between, |a| a.id), vec![made[0].id, made[4].id, made[1].id]);
    let between = s.activities_between(ws.id, bob.id, at(1, 0, 0), at(31, 0, 0)).await.unwrap();
    assert_eq!(ids(&between, |a| a.id), vec![made[2].id]);
    assert!(s.activities_between(other_ws.id, ann.id, at(1, 0, 0), at(31, 0, 0)).await.unwrap().is_empty());

    // An activity cannot point at a client of another workspace.
    let cross =
        NewActivity { client_id: foreign_client.id, ..add(client.id, ann.id, ActivityKind::Note, at(6, 0, 0), "x") };
    assert!(s.insert_activity(&cross).await.is_err());
}

// --- reminders ---

async fn reminders_between_and_next_for_client(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (bob, _) = team(&s, 2).await;
    let client = s.insert_client(&new_client(&ws, &ann, "Acme")).await.unwrap();
    let r1 = s.insert_reminder(&new_reminder(&ws, &ann, Some(client.id), "one", at(2, 9, 0))).await.unwrap();
    let r2 = s.insert_reminder(&new_reminder(&ws, &ann, Some(client.id), "two", at(3, 9, 0))).await.unwrap();
    let r3 = s.insert_reminder(&new_reminder(&ws, &ann, None, "three", at(4, 9, 0))).await.unwrap();
    let r4 = s.insert_reminder(&new_reminder(&ws, &ann, Some(client.id), "four", at(5, 9, 0))).await.unwrap();
    s.insert_reminder(&new_reminder(&ws, &bob, Some(client.id), "bob's", at(3, 10, 0))).await.unwrap();

    assert_eq!(r1.state, "pending");
    assert_eq!(r1.attempts, 0);
    assert_eq!(r1.due_at, at(2, 9, 0));
    assert_eq!(r1.next_attempt_at, r1.due_at);
    assert_eq!((r1.claimed_by.clone(), r1.claimed_at, r1.sent_at, r1.last_error.clone()), (None, None, None, None));
    assert_eq!(s.get_reminder(ws.id, r1.id).await.unwrap(), Some(r1.clone()));

    assert!(s.set_reminder_state(ws.id, r2.id, "cancelled").await.unwrap());
    assert!(s.set_reminder_state(ws.id, r3.id, "done").await.unwrap());
    let between = s.reminders_between(ws.id, ann.id, at(2, 9, 0), at(5, 9, 0)).await.unwrap();
    assert_eq!(ids(&between, |r| r.id), vec![r1.id, r3.id], "cancelled is hidden, `to` is excluded");

    // The earliest *pending* one strictly after `after`.
    let next = s.next_reminder_for_client(ws.id, client.id, at(2, 9, 0)).await.unwrap().unwrap();
    assert_eq!(next.text, "bob's");
    let next = s.next_reminder_for_client(ws.id, client.id, at(1, 0, 0)).await.unwrap().unwrap();
    assert_eq!(next.id, r1.id);
    let next = s.next_reminder_for_client(ws.id, client.id, at(3, 10, 0)).await.unwrap().unwrap();
    assert_eq!(next.id, r4.id);
    assert_eq!(s.next_reminder_for_client(ws.id, client.id, at(5, 9, 0)).await.unwrap(), None);
}

async fn claim_returns_due_rows_only_and_only_once(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let client = s.insert_client(&new_client(&ws, &ann, "Acme Corp")).await.unwrap();
    let now = at(10, 12, 0);
    let with_client =
        s.insert_reminder(&new_reminder(&ws, &ann, Some(client.id), "call", now - Duration::hours(1))).await.unwrap();
    let exactly_now = s.insert_reminder(&new_reminder(&ws, &ann, None, "plain", now)).await.unwrap();
    let future = s.insert_reminder(&new_reminder(&ws, &ann, None, "later", now + Duration::seconds(1))).await.unwrap();
    let done = s.insert_reminder(&new_reminder(&ws, &ann, None, "done", now - Duration::hours(2))).await.unwrap();
    assert!(s.set_reminder_state(ws.id, done.id, "done").await.unwrap());

    let claimed = claim_due(&s, now, "instance-a", 10).await;
    assert_eq!(ids(&claimed, |d| d.reminder.id), vec![with_client.id, exactly_now.id]);
    let first = &claimed[0];
    assert_eq!(first.reminder.state, "sending");
    assert_eq!(first.reminder.claimed_by.as_deref(), Some("instance-a"));
    assert_eq!(first.reminder.claimed_at, Some(now));
    assert_eq!(first.reminder.text, "call");
    assert_eq!((first.tg_user_id, first.locale.as_str(), first.tz.as_str()), (1, "en", "Europe/Berlin"));
    assert_eq!(first.client_name.as_deref(), Some("Acme Corp"));
    assert_eq!(claimed[1].client_name, None);

    assert!(claim_due(&s, now, "instance-b", 10).await.is_empty(), "claimed once");
    assert_eq!(s.get_reminder(ws.id, exactly_now.id).await.unwrap().unwrap().state, "sending");
    assert_eq!(s.get_reminder(ws.id, future.id).await.unwrap().unwrap().state, "pending");
    assert_eq!(s.get_reminder(ws.id, done.id).await.unwrap().unwrap().state, "done");

    let later = claim_due(&s, now + Duration::seconds(1), "instance-b", 10).await;
    assert_eq!(ids(&later, |d| d.reminder.id), vec![future.id]);
    assert!(claim_due(&s, now, "instance-a", 0).await.is_empty());
}

async fn claim_respects_limit_and_order(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let now = at(10, 12, 0);
    let mut made = Vec::new();
    for minutes in [5, 50, 20, 40, 10] {
        made.push(
            s.insert_reminder(&new_reminder(&ws, &ann, None, "r", now - Duration::minutes(minutes))).await.unwrap(),
        );
    }
    // Oldest first: 50, 40, 20 min ago; then 10, 5.
    let first = claim_due(&s, now, "a", 3).await;
    assert_eq!(ids(&first, |d| d.reminder.id), vec![made[1].id, made[3].id, made[2].id]);
    let second = claim_due(&s, now, "a", 3).await;
    assert_eq!(ids(&second, |d| d.reminder.id), vec![made[4].id, made[0].id]);
}

async fn concurrent_claims_never_return_a_row_twice(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let now = at(10, 12, 0);
    let mut all = HashSet::new();
    for i in 0..50 {
        let r = s
            .insert_reminder(&new_reminder(&ws, &ann, None, &format!("r{i}"), now - Duration::seconds(i)))
            .await
            .unwrap();
        all.insert(r.id);
    }
    let claimer = |instance: &'static str| {
        let s = s.clone();
        tokio::spawn(async move {
            let mut got = Vec::new();
            loop {
                let batch = claim_due(&s, now, instance, 5).await;
                if batch.is_empty() {
                    break got;
                }
                assert!(batch.iter().all(|d| d.reminder.claimed_by.as_deref() == Some(instance)));
                got.extend(batch.into_iter().map(|d| d.reminder.id));
                tokio::task::yield_now().await;
            }
        })
    };
    let (a, b) = (claimer("a"), claimer("b"));
    let (a, b) = (a.await.unwrap(), b.await.unwrap());
    let mut seen = HashSet::new();
    for id in a.iter().chain(&b) {
        assert!(seen.insert(*id), "reminder {id} was claimed twice");
    }
    assert_eq!(seen, all, "together the claimers took every due reminder");
    assert!(claim_due(&s, now, "c", 100).await.is_empty());
}

async fn mark_sent_and_mark_failed_with_and_without_retry(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let now = at(10, 12, 0);
    let ok = s.insert_reminder(&new_reminder(&ws, &ann, None, "ok", now)).await.unwrap();
    let flaky = s.insert_reminder(&new_reminder(&ws, &ann, None, "flaky", now)).await.unwrap();
    assert_eq!(claim_due(&s, now, "a", 10).await.len(), 2);

    s.mark_reminder_sent(ok.id, now + Duration::seconds(3)).await.unwrap();
    let sent = s.get_reminder(ws.id, ok.id).await.unwrap().unwrap();
    assert_eq!(sent.state, "sent");
    assert_eq!(sent.sent_at, Some(now + Duration::seconds(3)));

    let retry_at = now + Duration::minutes(5);
    s.mark_reminder_failed(flaky.id, "429 Too Many Requests", Some(retry_at)).await.unwrap();
    let r = s.get_reminder(ws.id, flaky.id).await.unwrap().unwrap();
    assert_eq!(r.state, "pending");
    assert_eq!(r.attempts, 1);
    assert_eq!(r.last_error.as_deref(), Some("429 Too Many Requests"));
    assert_eq!(r.next_attempt_at, retry_at);
    assert_eq!(r.due_at, now, "retries never move due_at");

    assert!(claim_due(&s, retry_at - Duration::seconds(1), "a", 10).await.is_empty());
    let again = claim_due(&s, retry_at, "b", 10).await;
    assert_eq!(ids(&again, |d| d.reminder.id), vec![flaky.id]);
    assert_eq!(again[0].reminder.attempts, 1);

    s.mark_reminder_failed(flaky.id, "403 Forbidden: bot was blocked", None).await.unwrap();
    let r = s.get_reminder(ws.id, flaky.id).await.unwrap().unwrap();
    assert_eq!(r.state, "failed");
    assert_eq!(r.attempts, 2);
    assert_eq!(r.last_error.as_deref(), Some("403 Forbidden: bot was blocked"));
    assert!(claim_due(&s, now + Duration::days(1), "a", 10).await.is_empty());

    // Only a `sending` row is marked: a sent one stays sent.
    s.mark_reminder_failed(ok.id, "late", Some(retry_at)).await.unwrap();
    assert_eq!(s.get_reminder(ws.id, ok.id).await.unwrap().unwrap(), sent);
}

async fn stale_claims_become_interrupted(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let t0 = at(10, 12, 0);
    let stuck = s.insert_reminder(&new_reminder(&ws, &ann, None, "stuck", t0)).await.unwrap();
    let fresh = s.insert_reminder(&new_reminder(&ws, &ann, None, "fresh", t0 + Duration::minutes(3))).await.unwrap();
    let pending = s.insert_reminder(&new_reminder(&ws, &ann, None, "pending", t0 + Duration::hours(1))).await.unwrap();
    assert_eq!(claim_due(&s, t0, "a", 10).await.len(), 1);
    let t1 = t0 + Duration::minutes(3);
    assert_eq!(claim_due(&s, t1, "a", 10).await.len(), 1);

    assert_eq!(s.expire_stale_claims(t0).await.unwrap(), 0, "claimed_at == older_than is not stale");
    assert_eq!(s.expire_stale_claims(t0 + Duration::minutes(2)).await.unwrap(), 1);
    assert_eq!(s.get_reminder(ws.id, stuck.id).await.unwrap().unwrap().state, "interrupted");
    assert_eq!(s.get_reminder(ws.id, fresh.id).await.unwrap().unwrap().state, "sending");
    assert_eq!(s.get_reminder(ws.id, pending.id).await.unwrap().unwrap().state, "pending");
    assert_eq!(s.expire_stale_claims(t0 + Duration::minutes(2)).await.unwrap(), 0);

    // Never sent again, but still in the agenda.
    assert!(claim_due(&s, t0 + Duration::minutes(30), "b", 10).await.is_empty());
    let agenda = s.reminders_between(ws.id, ann.id, t0, t0 + Duration::minutes(10)).await.unwrap();
    assert_eq!(ids(&agenda, |r| r.id), vec![stuck.id, fresh.id]);
}

async fn next_pending_at_is_the_earliest_pending_attempt(s: Arc<dyn Store>) {
    assert_eq!(s.next_pending_at().await.unwrap(), None);
    let (ann, ws) = team(&s, 1).await;
    let (bob, bobs) = team(&s, 2).await;
    let a = s.insert_reminder(&new_reminder(&ws, &ann, None, "a", at(5, 9, 0))).await.unwrap();
    s.insert_reminder(&new_reminder(&bobs, &bob, None, "b", at(6, 9, 0))).await.unwrap();
    let c = s.insert_reminder(&new_reminder(&ws, &ann, None, "c", at(4, 9, 0))).await.unwrap();
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(4, 9, 0)), "across all workspaces");

    assert!(s.set_reminder_state(ws.id, c.id, "cancelled").await.unwrap());
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(5, 9, 0)));

    // A failed attempt moves the next try later.
    assert_eq!(claim_due(&s, at(5, 9, 0), "a", 10).await.len(), 1);
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(6, 9, 0)), "a sending row is not pending");
    s.mark_reminder_failed(a.id, "timeout", Some(at(7, 0, 0))).await.unwrap();
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(6, 9, 0)));
    s.mark_reminder_failed(a.id, "not sending any more: ignored", Some(at(1, 0, 0))).await.unwrap();
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(6, 9, 0)));
}

async fn reschedule_resets_the_reminder(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (_bob, other_ws) = team(&s, 2).await;
    let r = s.insert_reminder(&new_reminder(&ws, &ann, None, "r", at(5, 9, 0))).await.unwrap();
    claim_due(&s, at(5, 9, 0), "a", 10).await;
    s.mark_reminder_failed(r.id, "boom", None).await.unwrap();
    assert_eq!(s.get_reminder(ws.id, r.id).await.unwrap().unwrap().state, "failed");

    assert!(!s.reschedule_reminder(other_ws.id, r.id, at(9, 9, 0)).await.unwrap());
    assert_eq!(s.get_reminder(ws.id, r.id).await.unwrap().unwrap().due_at, at(5, 9, 0));

    assert!(s.reschedule_reminder(ws.id, r.id, at(8, 9, 0)).await.unwrap());
    let r = s.get_reminder(ws.id, r.id).await.unwrap().unwrap();
    assert_eq!(r.state, "pending");
    assert_eq!(r.attempts, 0);
    assert_eq!(r.due_at, at(8, 9, 0));
    assert_eq!(r.next_attempt_at, at(8, 9, 0));
    assert_eq!(r.last_error, None);
    assert_eq!(s.next_pending_at().await.unwrap(), Some(at(8, 9, 0)));
    let due = claim_due(&s, at(8, 9, 0), "a", 10).await;
    assert_eq!(ids(&due, |d| d.reminder.id), vec![r.id]);
    assert!(!s.reschedule_reminder(ws.id, r.id + 1000, at(9, 9, 0)).await.unwrap());
}

async fn set_reminder_state_is_scoped_to_the_workspace(s: Arc<dyn Store>) {
    let (ann, ws) = team(&s, 1).await;
    let (_bob, other_ws) = team(&s, 2).await;
    let r = s.insert_reminder(&new_reminder(&ws, &ann, None, "r", at(5, 9, 0))).await.unwrap();

    assert!(!s.set_reminder_state(other_ws.id, r.id, "cancelled").await.unwrap());
    assert_eq!(s.get_reminder(other_ws.id, r.id).await.unwrap(), None);
    assert_eq!(s.get_reminder(ws.id, r.id).await.unwrap().unwrap().state, "pending");
    assert!(!s.set_reminder_state(ws.id, r.id + 1000, "done").await.unwrap());

    assert!(s.set_reminder_state(ws.id, r.id, "done").await.unwrap());
    assert_eq!(s.get_reminder(ws.id, r.id).await.unwrap().unwrap().state, "done");
    assert!(claim_due(&s, at(6, 0, 0), "a", 10).await.is_empty());
    // The schema refuses states that do not exist.
    assert!(s.set_reminder_state(ws.id, r.id, "snoozed").await.is_err());
}

async fn first_time_update_is_true_once(s: Arc<dyn Store>) {
    assert!(s.first_time_update(1001).await.unwrap());
    assert!(!s.first_time_update(1001).await.unwrap());
    assert!(s.first_time_update(1002).await.unwrap());
    assert!(!s.first_time_update(1001).await.unwrap());
    // Every thousandth update also prunes week-old ids; recent ones are still remembered.
    assert!(s.first_time_update(2000).await.unwrap());
    assert!(!s.first_time_update(2000).await.unwrap());
    assert!(!s.first_time_update(1002).await.unwrap());
}

// --- SQLite-only: the URL forms ---

#[tokio::test]
async fn sqlite_in_memory_is_one_database() {
    let s = store::connect("sqlite::memory:").await.unwrap();
    s.migrate().await.unwrap();
    let (member, ws) = team(&s, 5).await;
    assert_eq!(member.workspace_id, Some(ws.id));
    assert!(s.first_time_update(1).await.unwrap());
    assert!(!s.first_time_update(1).await.unwrap());
}

#[tokio::test]
async fn sqlite_file_is_created_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested.db");
    let url = format!("sqlite://{}", path.display());
    {
        let s = store::connect(&url).await.unwrap();
        s.migrate().await.unwrap();
        s.ensure_member(9, "Ann", "en", "UTC").await.unwrap();
    }
    assert!(path.exists());
    let s = store::connect(&url).await.unwrap();
    s.migrate().await.unwrap();
    assert_eq!(s.member_by_tg(9).await.unwrap().unwrap().display_name, "Ann");
}

#[tokio::test]
async fn unknown_url_scheme_is_refused() {
    assert!(matches!(store::connect("mysql://localhost/crm").await, Err(StoreError::UnsupportedUrl)));
}

#[test]
fn test_database_url_keeps_host_and_query() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
        "postgres://postgres@127.0.0.1:5432/x"
    );
    assert_eq!(with_database("postgres://u:p@h/db?sslmode=disable", "y"), "postgres://u:p@h/y?sslmode=disable");
    assert_eq!(with_database("postgres://h:5432", "z"), "postgres://h:5432/z");
}
