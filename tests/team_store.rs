//! The `TeamStore` contract on both backends: invites (accepted once, even under a race), memberships, roles,
//! switching teams, removing a member with the hand-over of their work, reassigning a client.
//!
//! Each test is an `async fn(Arc<dyn Store>, Raw)`; `Raw` reaches the same database directly to set up and check
//! rows the store API does not expose (deals and their history). Postgres runs on `POCKETCRM_TEST_PG` (default
//! local trust auth); without it the Postgres tests are skipped with a note, unless `CI` is set.

use std::future::Future;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use pocketcrm::store::{
    self, InviteRefusal, Member, NewActivity, NewClient, NewInvite, NewReminder, RemoveRefusal, Store, TeamPatch,
    Workspace,
};
use pocketcrm::store::{ActivityKind, Client};

mod common;
use common::databases::{fresh_sqlite, with_fresh_postgres};

// --- backends ---

/// Direct access to the test database, for rows outside the team API.
#[derive(Clone)]
enum Raw {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

macro_rules! on_raw {
    ($raw:expr, |$pool:ident| $body:expr) => {
        match $raw {
            Raw::Sqlite($pool) => $body,
            Raw::Pg($pool) => $body,
        }
    };
}

impl Raw {
    /// A stage and a deal of `client` owned by `owner`; returns the deal id.
    async fn deal(&self, ws: i64, client: i64, owner: i64) -> i64 {
        let now = t0();
        on_raw!(self, |pool| {
            let stage: i64 = sqlx::query_scalar(
                "INSERT INTO stage (workspace_id, position, kind, probability, created_at, updated_at) \
                 VALUES ($1, 1, 'open', 10, $2, $2) RETURNING id",
            )
            .bind(ws)
            .bind(now)
            .fetch_one(pool)
            .await
            .unwrap();
            sqlx::query_scalar(
                "INSERT INTO deal (workspace_id, client_id, title, amount_minor, currency, stage_id, \
                 owner_member_id, last_activity_at, created_at, updated_at) \
                 VALUES ($1, $2, 'Website', 120000, 'EUR', $3, $4, $5, $5, $5) RETURNING id",
            )
            .bind(ws)
            .bind(client)
            .bind(stage)
            .bind(owner)
            .bind(now)
            .fetch_one(pool)
            .await
            .unwrap()
        })
    }

    /// (owner, version) of a deal.
    async fn deal_owner(&self, deal: i64) -> (i64, i64) {
        on_raw!(self, |pool| {
            sqlx::query_as::<_, (i64, i64)>("SELECT owner_member_id, CAST(version AS BIGINT) FROM deal WHERE id = $1")
                .bind(deal)
                .fetch_one(pool)
                .await
                .unwrap()
        })
    }

    /// (member_id, note) of a deal's `reassigned` events.
    async fn reassignments(&self, deal: i64) -> Vec<(i64, Option<String>)> {
        on_raw!(self, |pool| {
            sqlx::query_as::<_, (i64, Option<String>)>(
                "SELECT member_id, note FROM deal_event WHERE deal_id = $1 AND kind = 'reassigned' ORDER BY id",
            )
            .bind(deal)
            .fetch_all(pool)
            .await
            .unwrap()
        })
    }
}

async fn run_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut,
    Fut: Future<Output = ()>,
{
    let (url, _dir) = fresh_sqlite();
    let store = store::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    let raw = sqlx::SqlitePool::connect(&url).await.expect("raw sqlite");
    test(store, Raw::Sqlite(raw)).await;
}

async fn run_postgres<F, Fut>(test: F)
where
    F: FnOnce(Arc<dyn Store>, Raw) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    with_fresh_postgres(|url| async move {
        let store = store::connect(&url).await.expect("open postgres");
        store.migrate().await.expect("migrate postgres");
        let raw = sqlx::PgPool::connect(&url).await.expect("raw postgres");
        test(store, Raw::Pg(raw.clone())).await;
        raw.close().await;
    })
    .await;
}

macro_rules! team_tests {
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

team_tests!(
    an_invite_is_accepted_once_and_makes_the_team_current,
    two_concurrent_accepts_of_one_code_let_exactly_one_member_in,
    one_member_accepting_one_code_twice_at_once_joins_once,
    expired_revoked_and_unknown_codes_are_refused_and_change_nothing,
    an_already_member_or_a_busy_owner_is_refused_and_the_invite_stays_open,
    active_invites_and_revoking_stay_within_the_team,
    teams_and_members_are_listed_with_roles_and_counts,
    switching_works_only_into_a_team_of_ones_own,
    roles_change_but_never_the_owners,
    team_settings_change_only_what_is_given,
    removing_a_member_hands_over_clients_and_deals_and_cancels_their_reminders,
    a_removed_member_without_another_team_has_none,
    a_refused_removal_changes_nothing,
    a_client_is_reassigned_only_to_a_member_of_its_team,
);

// --- helpers ---

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2030, 1, 7, 9, 0, 0).unwrap()
}

/// A member with a team of their own.
async fn owner(s: &Arc<dyn Store>, tg: i64, name: &str) -> (Member, Workspace) {
    let m = s.ensure_member(tg, name, "en", "UTC").await.unwrap();
    let ws = s.ensure_workspace(m.id, &format!("{name}'s team")).await.unwrap();
    (s.get_member(m.id).await.unwrap().unwrap(), ws)
}

/// A member who never created a team.
async fn newcomer(s: &Arc<dyn Store>, tg: i64, name: &str) -> Member {
    s.ensure_member(tg, name, "en", "UTC").await.unwrap()
}

async fn invite(s: &Arc<dyn Store>, ws: &Workspace, role: &str, code: &str) -> i64 {
    let new = NewInvite {
        workspace_id: ws.id,
        code: code.to_string(),
        role: role.to_string(),
        created_by: ws.owner_member_id,
        expires_at: t0() + Duration::days(7),
    };
    s.create_invite(&new, t0()).await.unwrap().id
}

/// Invite and accept: `who` joins `ws` with `role`.
async fn join(s: &Arc<dyn Store>, ws: &Workspace, who: &Member, role: &str) {
    let code = format!("code-{}-{}", ws.id, who.id);
    invite(s, ws, role, &code).await;
    s.accept_invite(&code, who.id, t0()).await.unwrap().unwrap();
}

async fn client(s: &Arc<dyn Store>, ws: &Workspace, owner: &Member, name: &str) -> Client {
    let new = NewClient {
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
    };
    s.insert_client(&new).await.unwrap()
}

async fn reminder(s: &Arc<dyn Store>, ws: &Workspace, member: &Member, text: &str) -> i64 {
    let new = NewReminder {
        workspace_id: ws.id,
        member_id: member.id,
        client_id: None,
        activity_id: None,
        text: text.to_string(),
        due_at: t0() + Duration::days(1),
    };
    s.insert_reminder(&new).await.unwrap().id
}

async fn current(s: &Arc<dyn Store>, m: &Member) -> Option<i64> {
    s.get_member(m.id).await.unwrap().unwrap().workspace_id
}

// --- invites ---

async fn an_invite_is_accepted_once_and_makes_the_team_current(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    let bob = newcomer(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    invite(&s, &team, "lead", "abc").await;

    let joined = s.accept_invite("abc", bob.id, t0()).await.unwrap().unwrap();
    assert_eq!((joined.workspace_id, joined.member_id, joined.role.as_str()), (team.id, bob.id, "lead"));
    assert_eq!(joined.joined_at, t0());
    assert_eq!(current(&s, &bob).await, Some(team.id));
    let used = s.invite_by_code("abc").await.unwrap().unwrap();
    assert_eq!((used.used_by, used.used_at), (Some(bob.id), Some(t0())));

    assert_eq!(s.accept_invite("abc", carl.id, t0()).await.unwrap(), Err(InviteRefusal::Used));
    assert_eq!(s.membership(team.id, carl.id).await.unwrap(), None);
    assert_eq!(current(&s, &carl).await, None);
}

async fn two_concurrent_accepts_of_one_code_let_exactly_one_member_in(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    for round in 0..8 {
        let code = format!("race-{round}");
        invite(&s, &team, "manager", &code).await;
        let a = newcomer(&s, 100 + round * 2, "A").await;
        let b = newcomer(&s, 101 + round * 2, "B").await;
        let (s1, s2, c1, c2) = (s.clone(), s.clone(), code.clone(), code.clone());
        let first = tokio::spawn(async move { s1.accept_invite(&c1, a.id, t0()).await.unwrap() });
        let second = tokio::spawn(async move { s2.accept_invite(&c2, b.id, t0()).await.unwrap() });
        let results = [first.await.unwrap(), second.await.unwrap()];
        let wins = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(wins, 1, "round {round}: {results:?}");
        assert!(results.contains(&Err(InviteRefusal::Used)), "round {round}: {results:?}");
        let members = s.team_members(team.id).await.unwrap();
        assert_eq!(members.len(), 2 + round as usize, "owner plus one winner per round");
    }
}

async fn one_member_accepting_one_code_twice_at_once_joins_once(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    let bob = newcomer(&s, 2, "Bob").await;
    invite(&s, &team, "manager", "twice").await;
    let (s1, s2) = (s.clone(), s.clone());
    let first = tokio::spawn(async move { s1.accept_invite("twice", bob.id, t0()).await.unwrap() });
    let second = tokio::spawn(async move { s2.accept_invite("twice", bob.id, t0()).await.unwrap() });
    let results = [first.await.unwrap(), second.await.unwrap()];
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert_eq!(s.team_members(team.id).await.unwrap().len(), 2);
}

async fn expired_revoked_and_unknown_codes_are_refused_and_change_nothing(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    let (bob, bobs) = owner(&s, 2, "Bob").await;
    invite(&s, &team, "manager", "old").await;
    let revoked = invite(&s, &team, "manager", "gone").await;
    assert!(s.revoke_invite(team.id, revoked, t0()).await.unwrap());

    let expiry = t0() + Duration::days(7);
    assert_eq!(s.accept_invite("old", bob.id, expiry).await.unwrap(), Err(InviteRefusal::Expired));
    assert_eq!(s.accept_invite("gone", bob.id, t0()).await.unwrap(), Err(InviteRefusal::Revoked));
    assert_eq!(s.accept_invite("nope", bob.id, t0()).await.unwrap(), Err(InviteRefusal::Unknown));
    assert_eq!(s.membership(team.id, bob.id).await.unwrap(), None);
    assert_eq!(current(&s, &bob).await, Some(bobs.id));
    let old = s.invite_by_code("old").await.unwrap().unwrap();
    assert_eq!((old.used_at, old.used_by), (None, None));
    // A second before expiry it still works.
    assert!(s.accept_invite("old", bob.id, expiry - Duration::seconds(1)).await.unwrap().is_ok());
}

async fn an_already_member_or_a_busy_owner_is_refused_and_the_invite_stays_open(s: Arc<dyn Store>, _raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (bob, bobs) = owner(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    join(&s, &bobs, &carl, "manager").await;

    invite(&s, &team, "lead", "to-ann").await;
    // Ann is in her own team already.
    assert_eq!(s.accept_invite("to-ann", ann.id, t0()).await.unwrap(), Err(InviteRefusal::AlreadyMember));
    // Bob owns a team Carl works in: he may not leave it to work elsewhere.
    assert_eq!(s.accept_invite("to-ann", bob.id, t0()).await.unwrap(), Err(InviteRefusal::OwnsTeam));
    assert_eq!(s.membership(team.id, bob.id).await.unwrap(), None);
    assert_eq!(current(&s, &bob).await, Some(bobs.id));
    let open = s.invite_by_code("to-ann").await.unwrap().unwrap();
    assert_eq!(open.used_at, None, "a refusal does not use the invite up");
    // Carl owns nothing: he may join a second team and keeps the first.
    assert!(s.accept_invite("to-ann", carl.id, t0()).await.unwrap().is_ok());
    assert!(s.membership(bobs.id, carl.id).await.unwrap().is_some());
    assert_eq!(current(&s, &carl).await, Some(team.id));
}

async fn active_invites_and_revoking_stay_within_the_team(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    let (_bob, bobs) = owner(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    let first = invite(&s, &team, "manager", "a1").await;
    let second = invite(&s, &team, "lead", "a2").await;
    let used = invite(&s, &team, "manager", "a3").await;
    let theirs = invite(&s, &bobs, "manager", "b1").await;
    s.accept_invite("a3", carl.id, t0()).await.unwrap().unwrap();

    let open: Vec<i64> = s.active_invites(team.id, t0()).await.unwrap().iter().map(|i| i.id).collect();
    assert_eq!(open.len(), 2);
    assert!(open.contains(&first) && open.contains(&second) && !open.contains(&used));
    assert!(s.active_invites(team.id, t0() + Duration::days(7)).await.unwrap().is_empty(), "expired");

    assert!(!s.revoke_invite(team.id, theirs, t0()).await.unwrap(), "another team's invite");
    assert!(s.invite_by_code("b1").await.unwrap().unwrap().revoked_at.is_none());
    assert!(!s.revoke_invite(team.id, used, t0()).await.unwrap(), "a used invite");
    assert!(s.revoke_invite(team.id, first, t0()).await.unwrap());
    assert!(!s.revoke_invite(team.id, first, t0()).await.unwrap(), "only once");
    let open: Vec<i64> = s.active_invites(team.id, t0()).await.unwrap().iter().map(|i| i.id).collect();
    assert_eq!(open, vec![second]);
}

// --- teams, roles, settings ---

async fn teams_and_members_are_listed_with_roles_and_counts(s: Arc<dyn Store>, _raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (bob, bobs) = owner(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    join(&s, &team, &carl, "manager").await;
    join(&s, &team, &bob, "lead").await;
    client(&s, &team, &carl, "One").await;
    client(&s, &team, &carl, "Two").await;
    client(&s, &bobs, &bob, "Bob's own").await;

    let members = s.team_members(team.id).await.unwrap();
    let rows: Vec<(i64, &str, &str, i64)> =
        members.iter().map(|m| (m.member_id, m.display_name.as_str(), m.role.as_str(), m.clients)).collect();
    assert_eq!(
        rows,
        vec![(ann.id, "Ann", "owner", 0), (bob.id, "Bob", "lead", 0), (carl.id, "Carl", "manager", 2)],
        "owner, then leads, then managers; clients counted in this team only"
    );

    let teams = s.member_teams(bob.id).await.unwrap();
    let rows: Vec<(i64, &str, i64)> = teams.iter().map(|t| (t.workspace_id, t.role.as_str(), t.members)).collect();
    assert_eq!(rows, vec![(bobs.id, "owner", 1), (team.id, "lead", 3)]);
    assert_eq!(teams[1].name, "Ann's team");
    assert!(s.member_teams(999).await.unwrap().is_empty());
}

async fn switching_works_only_into_a_team_of_ones_own(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    let (bob, bobs) = owner(&s, 2, "Bob").await;
    let (_dan, dans) = owner(&s, 4, "Dan").await;
    let mine = client(&s, &bobs, &bob, "Mine").await;
    s.update_member(
        bob.id,
        &pocketcrm::store::MemberPatch { focus_client_id: Some(Some(mine.id)), ..Default::default() },
    )
    .await
    .unwrap();
    join(&s, &team, &bob, "manager").await;
    assert_eq!(current(&s, &bob).await, Some(team.id));
    assert!(!s.switch_team(bob.id, dans.id).await.unwrap(), "not his team");
    assert_eq!(current(&s, &bob).await, Some(team.id));
    assert!(s.switch_team(bob.id, bobs.id).await.unwrap());
    let bob_now = s.get_member(bob.id).await.unwrap().unwrap();
    assert_eq!((bob_now.workspace_id, bob_now.focus_client_id), (Some(bobs.id), None));
}

async fn roles_change_but_never_the_owners(s: Arc<dyn Store>, _raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (_bob, bobs) = owner(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    join(&s, &team, &carl, "manager").await;
    assert!(s.set_member_role(team.id, carl.id, "lead").await.unwrap());
    assert_eq!(s.membership(team.id, carl.id).await.unwrap().unwrap().role, "lead");
    assert!(!s.set_member_role(team.id, ann.id, "manager").await.unwrap(), "the owner stays owner");
    assert!(!s.set_member_role(team.id, carl.id, "owner").await.unwrap(), "nobody becomes a second owner");
    assert!(!s.set_member_role(bobs.id, carl.id, "lead").await.unwrap(), "not a member there");
    assert_eq!(s.membership(team.id, ann.id).await.unwrap().unwrap().role, "owner");
    assert_eq!(s.membership(team.id, carl.id).await.unwrap().unwrap().role, "lead");
}

async fn team_settings_change_only_what_is_given(s: Arc<dyn Store>, _raw: Raw) {
    let (_ann, team) = owner(&s, 1, "Ann").await;
    assert!(team.shared_base);
    assert_eq!(team.stale_days, 14);
    let renamed = s.update_team(team.id, &TeamPatch { name: Some("Acme".into()), ..Default::default() }).await;
    let renamed = renamed.unwrap().unwrap();
    assert_eq!((renamed.name.as_str(), renamed.shared_base, renamed.stale_days), ("Acme", true, 14));
    let patch = TeamPatch { shared_base: Some(false), stale_days: Some(30), name: None };
    let changed = s.update_team(team.id, &patch).await.unwrap().unwrap();
    assert_eq!((changed.name.as_str(), changed.shared_base, changed.stale_days), ("Acme", false, 30));
    assert_eq!(s.get_workspace(team.id).await.unwrap(), Some(changed));
    assert_eq!(s.update_team(999, &patch).await.unwrap(), None);
}

// --- removing a member, reassigning ---

async fn removing_a_member_hands_over_clients_and_deals_and_cancels_their_reminders(s: Arc<dyn Store>, raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (bob, bobs) = owner(&s, 2, "Bob").await;
    let carl = newcomer(&s, 3, "Carl").await;
    join(&s, &team, &bob, "manager").await;
    join(&s, &team, &carl, "lead").await;

    let theirs = client(&s, &team, &bob, "Ivan").await;
    let also = client(&s, &team, &bob, "Olga").await;
    let kept = client(&s, &team, &carl, "Carl's").await;
    let private = client(&s, &bobs, &bob, "Private").await;
    let deal = raw.deal(team.id, theirs.id, bob.id).await;
    let carls_deal = raw.deal(team.id, kept.id, carl.id).await;
    let private_deal = raw.deal(bobs.id, private.id, bob.id).await;
    let activity = s
        .insert_activity(&NewActivity {
            workspace_id: team.id,
            client_id: theirs.id,
            kind: ActivityKind::Call,
            happens_at: t0(),
            done: true,
            summary: "called".into(),
            outcome: None,
            author_member_id: bob.id,
            deal_id: Some(deal),
        })
        .await
        .unwrap();
    let pending = reminder(&s, &team, &bob, "call Ivan").await;
    let sent = reminder(&s, &team, &bob, "already sent").await;
    s.set_reminder_state(team.id, sent, "sent").await.unwrap();
    let private_reminder = reminder(&s, &bobs, &bob, "my own").await;
    let carls_reminder = reminder(&s, &team, &carl, "Carl's").await;

    let handover = s.remove_member(team.id, bob.id, carl.id, ann.id, t0()).await.unwrap().unwrap();
    assert_eq!((handover.clients, handover.deals, handover.reminders_cancelled), (2, 1, 1));
    assert_eq!(handover.their_team_now, Some(bobs.id));

    for c in [&theirs, &also] {
        assert_eq!(s.get_client(team.id, c.id).await.unwrap().unwrap().owner_member_id, carl.id);
    }
    assert_eq!(s.get_client(bobs.id, private.id).await.unwrap().unwrap().owner_member_id, bob.id);
    assert_eq!(raw.deal_owner(deal).await, (carl.id, 2), "new owner, version bumped");
    assert_eq!(raw.deal_owner(carls_deal).await, (carl.id, 1));
    assert_eq!(raw.deal_owner(private_deal).await, (bob.id, 1), "his own team's deal stays his");
    let events = raw.reassignments(deal).await;
    assert_eq!(events, vec![(ann.id, Some(format!("{{\"from\":{},\"to\":{}}}", bob.id, carl.id)))]);
    assert!(raw.reassignments(carls_deal).await.is_empty());
    assert_eq!(s.get_activity(team.id, activity.id).await.unwrap().unwrap().author_member_id, bob.id);

    let (own_ws, team_ws) = (bobs.id, team.id);
    let state = |id| {
        let s = s.clone();
        async move { s.get_reminder(if id == private_reminder { own_ws } else { team_ws }, id).await.unwrap() }
    };
    assert_eq!(state(pending).await.unwrap().state, "cancelled");
    assert_eq!(state(sent).await.unwrap().state, "sent");
    assert_eq!(state(private_reminder).await.unwrap().state, "pending");
    assert_eq!(state(carls_reminder).await.unwrap().state, "pending");

    assert_eq!(s.membership(team.id, bob.id).await.unwrap(), None);
    assert!(s.membership(bobs.id, bob.id).await.unwrap().is_some(), "his own team stays his");
    let bob_now = s.get_member(bob.id).await.unwrap().unwrap();
    assert_eq!((bob_now.workspace_id, bob_now.focus_client_id, bob_now.dialog), (Some(bobs.id), None, None));
    assert_eq!(s.remove_member(team.id, bob.id, carl.id, ann.id, t0()).await.unwrap(), Err(RemoveRefusal::NotMember));
}

async fn a_removed_member_without_another_team_has_none(s: Arc<dyn Store>, _raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let bob = newcomer(&s, 2, "Bob").await;
    join(&s, &team, &bob, "manager").await;
    let c = client(&s, &team, &bob, "Ivan").await;
    let handover = s.remove_member(team.id, bob.id, ann.id, ann.id, t0()).await.unwrap().unwrap();
    assert_eq!(handover.their_team_now, None);
    assert_eq!(current(&s, &bob).await, None);
    assert_eq!(s.get_client(team.id, c.id).await.unwrap().unwrap().owner_member_id, ann.id);
    assert!(s.member_teams(bob.id).await.unwrap().is_empty());
}

async fn a_refused_removal_changes_nothing(s: Arc<dyn Store>, raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (dan, _dans) = owner(&s, 4, "Dan").await;
    let bob = newcomer(&s, 2, "Bob").await;
    join(&s, &team, &bob, "manager").await;
    let c = client(&s, &team, &bob, "Ivan").await;
    let deal = raw.deal(team.id, c.id, bob.id).await;
    let r = reminder(&s, &team, &bob, "call").await;

    let (ws, by) = (team.id, ann.id);
    let refuse = |member: i64, heir: i64| {
        let s = s.clone();
        async move { s.remove_member(ws, member, heir, by, t0()).await.unwrap() }
    };
    assert_eq!(refuse(bob.id, dan.id).await, Err(RemoveRefusal::BadHeir), "the heir is in another team");
    assert_eq!(refuse(bob.id, bob.id).await, Err(RemoveRefusal::BadHeir), "the heir is the member");
    assert_eq!(refuse(bob.id, 999).await, Err(RemoveRefusal::BadHeir));
    assert_eq!(refuse(ann.id, bob.id).await, Err(RemoveRefusal::Owner));
    assert_eq!(refuse(dan.id, ann.id).await, Err(RemoveRefusal::NotMember));

    assert!(s.membership(team.id, bob.id).await.unwrap().is_some());
    assert_eq!(current(&s, &bob).await, Some(team.id));
    assert_eq!(s.get_client(team.id, c.id).await.unwrap().unwrap().owner_member_id, bob.id);
    assert_eq!(raw.deal_owner(deal).await, (bob.id, 1));
    assert!(raw.reassignments(deal).await.is_empty());
    assert_eq!(s.get_reminder(team.id, r).await.unwrap().unwrap().state, "pending");
}

async fn a_client_is_reassigned_only_to_a_member_of_its_team(s: Arc<dyn Store>, _raw: Raw) {
    let (ann, team) = owner(&s, 1, "Ann").await;
    let (dan, dans) = owner(&s, 4, "Dan").await;
    let bob = newcomer(&s, 2, "Bob").await;
    join(&s, &team, &bob, "manager").await;
    let c = client(&s, &team, &ann, "Ivan").await;
    let danc = client(&s, &dans, &dan, "Dan's").await;
    assert!(!s.reassign_client(team.id, c.id, dan.id, t0()).await.unwrap(), "not a member of the team");
    assert!(!s.reassign_client(team.id, danc.id, bob.id, t0()).await.unwrap(), "another team's client");
    assert_eq!(s.get_client(team.id, c.id).await.unwrap().unwrap().owner_member_id, ann.id);
    assert_eq!(s.get_client(dans.id, danc.id).await.unwrap().unwrap().owner_member_id, dan.id);
    assert!(s.reassign_client(team.id, c.id, bob.id, t0()).await.unwrap());
    assert_eq!(s.get_client(team.id, c.id).await.unwrap().unwrap().owner_member_id, bob.id);
}
