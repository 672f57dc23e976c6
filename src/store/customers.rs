//! Customers' side: opt-in links, subscriptions, consent records, do-not-contact, promotion presses, forgetting.
//! The trait is the API; `impl_customer_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).
//!
//! A customer is a client row with `tg_user_id` set: one per Telegram user and team. Every change of consent is
//! recorded in the same transaction as the change itself, so the trail never disagrees with the state.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::{
    Client, Consent, CustomerDelivery, CustomerLink, CustomerRedemption, NewSubscription, OptinLink, PromoPress,
    Relinked, Standing, StoreResult, SubjectKeys, Subscribed, SubscriptionChange,
};

#[async_trait]
pub trait CustomerStore: Send + Sync {
    /// Whether the Telegram user belongs to a team, and whether they are a customer of one.
    async fn standing(&self, tg_user_id: i64) -> StoreResult<Standing>;

    // --- opt-in links ---
    async fn optin_link(&self, code: &str) -> StoreResult<Option<OptinLink>>;
    /// The team's link (`client_id` None) or a client's personal one; created with `code` if there is none yet.
    async fn ensure_optin_link(
        &self,
        workspace_id: i64,
        client_id: Option<i64>,
        created_by: i64,
        code: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<OptinLink>;
    /// Replace the team's link with one of a new code: the old code stops working at once.
    async fn renew_team_optin_link(
        &self,
        workspace_id: i64,
        created_by: i64,
        code: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<OptinLink>;

    // --- the customer ---
    /// The user's client rows in every team, the team they dealt with last first.
    async fn customer_links(&self, tg_user_id: i64) -> StoreResult<Vec<CustomerLink>>;
    async fn customer_in_team(&self, workspace_id: i64, tg_user_id: i64) -> StoreResult<Option<Client>>;
    /// In one transaction: pick the client (the personal link's, the one already linked, or a new one), link and
    /// subscribe it, record the consent, lift a do-not-contact. A client subscribed already changes nothing.
    async fn subscribe_customer(&self, sub: &NewSubscription<'_>) -> StoreResult<Subscribed>;
    /// Stop or resume the team's promotions, recording the consent; `None` if the user is not its customer. The
    /// flag says whether anything changed (stopping a stopped customer does not).
    async fn change_subscription(&self, change: &SubscriptionChange<'_>) -> StoreResult<Option<(Client, bool)>>;
    /// The customer dealt with this team now (their messages go to the team they dealt with last).
    async fn touch_customer(&self, workspace_id: i64, client_id: i64, now: DateTime<Utc>) -> StoreResult<()>;
    /// The customer's language, in every team. Returns how many client rows changed.
    async fn set_customer_lang(&self, tg_user_id: i64, lang: &str, now: DateTime<Utc>) -> StoreResult<u64>;
    /// Move the customer's Telegram link (with language, subscription and consent trail, and their messages) onto
    /// another client of the team that has none, deleting the client they had if nothing else refers to it.
    async fn relink_customer(
        &self,
        workspace_id: i64,
        tg_user_id: i64,
        to_client_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Relinked>;
    /// In one transaction, everything the team holds about the person goes: the client row with its contact
    /// data, tags, birthday, source and search text; every note, meeting, call and message; reminders; deals with
    /// their history (the team's totals lose them too) and stale alerts; personal links; the consent trail;
    /// promotions sent to them and their codes and redemptions. What remains is an anonymous `forget` consent
    /// (that someone was forgotten, and when) and the do-not-contact key. Then the backend scrubs what it can of
    /// the deleted bytes (`scrub_erased`). False if the user is not a customer of the team.
    async fn forget_customer(
        &self,
        workspace_id: i64,
        tg_user_id: i64,
        keys: &SubjectKeys,
        text_version: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// Whether the user is on the team's do-not-contact list, by either key. A row with the old unkeyed key is
    /// rewritten to the keyed one when it matches.
    async fn is_do_not_contact(&self, workspace_id: i64, keys: &SubjectKeys) -> StoreResult<bool>;

    // --- what the customer may see of themself ---
    async fn consent_trail(&self, workspace_id: i64, client_id: i64) -> StoreResult<Vec<Consent>>;
    /// Promotions sent to the client, newest first.
    async fn customer_deliveries(
        &self,
        workspace_id: i64,
        client_id: i64,
        limit: i64,
    ) -> StoreResult<Vec<CustomerDelivery>>;
    async fn customer_redemptions(&self, workspace_id: i64, client_id: i64) -> StoreResult<Vec<CustomerRedemption>>;

    // --- promotion buttons ---
    async fn promo_press(&self, delivery_id: i64) -> StoreResult<Option<PromoPress>>;
    /// The first press of the promotion's link by its own customer; false if pressed before or not theirs.
    async fn record_promo_press(&self, delivery_id: i64, tg_user_id: i64, now: DateTime<Utc>) -> StoreResult<bool>;
}

/// A time as bound: Postgres keeps microseconds and SQLite compares the stored text, so both get the same value.
pub(super) fn micros(t: DateTime<Utc>) -> DateTime<Utc> {
    use chrono::{DurationRound, TimeDelta};
    t.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(t)
}

pub(super) mod sql {
    pub const STANDING: &str = "SELECT \
         EXISTS (SELECT 1 FROM member m JOIN membership ms ON ms.member_id = m.id WHERE m.tg_user_id = $1) AS member, \
         EXISTS (SELECT 1 FROM client WHERE tg_user_id = $1) AS customer";

    pub const LINK_BY_CODE: &str = "SELECT * FROM optin_link WHERE code = $1";
    pub const INSERT_LINK: &str = "INSERT INTO optin_link (code, workspace_id, client_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
    pub const TEAM_LINK: &str = "SELECT * FROM optin_link WHERE workspace_id = $1 AND client_id IS NULL";
    pub const CLIENT_LINK: &str = "SELECT * FROM optin_link WHERE workspace_id = $1 AND client_id = $2";
    pub const DROP_TEAM_LINK: &str = "DELETE FROM optin_link WHERE workspace_id = $1 AND client_id IS NULL";

    pub const LINKS: &str = "SELECT c.*, w.name AS team_name, w.promo_cap_week, c.customer_seen_at AS seen_at \
         FROM client c JOIN workspace w ON w.id = c.workspace_id WHERE c.tg_user_id = $1 \
         ORDER BY COALESCE(c.customer_seen_at, c.created_at) DESC, c.id DESC";
    pub const IN_TEAM: &str = "SELECT * FROM client WHERE workspace_id = $1 AND tg_user_id = $2";
    pub const CLIENT: &str = "SELECT * FROM client WHERE workspace_id = $1 AND id = $2";

    pub const INSERT_CLIENT: &str = "INSERT INTO client (workspace_id, name, name_folded, phones, emails, company, \
         tags, source, owner_member_id, search_text, tg_user_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) ON CONFLICT DO NOTHING RETURNING *";
    pub const SUBSCRIBE: &str = "UPDATE client SET tg_user_id = $3, lang = $4, promo_state = 'subscribed', \
         promo_since = $5, customer_seen_at = $5, updated_at = $5 WHERE workspace_id = $1 AND id = $2 RETURNING *";
    pub const SET_STATE: &str = "UPDATE client SET promo_state = $3, promo_since = $4, customer_seen_at = $4, \
         updated_at = $4 WHERE workspace_id = $1 AND id = $2 RETURNING *";
    pub const CONSENT: &str = "INSERT INTO consent (workspace_id, client_id, action, text_version, link_code, at) \
         VALUES ($1, $2, $3, $4, $5, $6)";
    /// Both keys: an opt-in lifts an old unkeyed row too.
    pub const LIFT_DNC: &str = "DELETE FROM do_not_contact WHERE workspace_id = $1 AND subject_hash IN ($2, $3)";
    pub const CREDIT_UNSUBSCRIBE: &str = "UPDATE delivery SET unsubscribed_at = $4 \
         WHERE id = $1 AND workspace_id = $2 AND tg_user_id = $3 AND unsubscribed_at IS NULL";
    pub const TOUCH: &str = "UPDATE client SET customer_seen_at = $3 WHERE workspace_id = $1 AND id = $2";
    pub const SET_LANG: &str = "UPDATE client SET lang = $2, updated_at = $3 WHERE tg_user_id = $1";

    // Moving a link: the old row lets go first, so the (team, Telegram user) index never sees two.
    pub const RELEASE: &str = "UPDATE client SET tg_user_id = NULL, promo_state = 'none', promo_since = NULL, \
         customer_seen_at = NULL, updated_at = $3 WHERE workspace_id = $1 AND id = $2";
    pub const TAKE_OVER: &str = "UPDATE client SET tg_user_id = $3, lang = COALESCE($4, lang), promo_state = $5, \
         promo_since = $6, customer_seen_at = $7, updated_at = $8 WHERE workspace_id = $1 AND id = $2 RETURNING *";
    pub const MOVE_CONSENTS: &str = "UPDATE consent SET client_id = $3 WHERE workspace_id = $1 AND client_id = $2";
    pub const MOVE_MESSAGES: &str =
        "UPDATE activity SET client_id = $3 WHERE workspace_id = $1 AND client_id = $2 AND kind = 'message'";
    /// Deletes the client only if nothing of the team's work refers to it.
    pub const DROP_UNUSED: &str = "DELETE FROM client WHERE workspace_id = $1 AND id = $2 \
         AND NOT EXISTS (SELECT 1 FROM deal WHERE workspace_id = $1 AND client_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM activity WHERE workspace_id = $1 AND client_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM reminder WHERE workspace_id = $1 AND client_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM delivery WHERE client_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM redemption WHERE client_id = $2) \
         AND NOT EXISTS (SELECT 1 FROM optin_link WHERE client_id = $2)";

    // Forgetting: every table that can hold something about the client ($2) of the team ($1), children first, so
    // nothing depends on the foreign keys' cascades (or on `PRAGMA foreign_keys` being on).
    pub const FORGET_STALE_ALERTS: &str = "DELETE FROM stale_alert WHERE workspace_id = $1 \
         AND ((subject_kind = 'client' AND subject_id = $2) OR (subject_kind = 'deal' AND subject_id IN \
         (SELECT id FROM deal WHERE workspace_id = $1 AND client_id = $2)))";
    pub const FORGET_DEAL_EVENTS: &str = "DELETE FROM deal_event WHERE workspace_id = $1 \
         AND deal_id IN (SELECT id FROM deal WHERE workspace_id = $1 AND client_id = $2)";
    pub const FORGET_REMINDERS: &str = "DELETE FROM reminder WHERE workspace_id = $1 AND (client_id = $2 \
         OR activity_id IN (SELECT id FROM activity WHERE workspace_id = $1 AND client_id = $2))";
    pub const FORGET_ACTIVITIES: &str = "DELETE FROM activity WHERE workspace_id = $1 AND client_id = $2";
    pub const FORGET_DEALS: &str = "DELETE FROM deal WHERE workspace_id = $1 AND client_id = $2";
    pub const FORGET_CONSENTS: &str = "DELETE FROM consent WHERE workspace_id = $1 AND client_id = $2";
    pub const FORGET_LINKS: &str = "DELETE FROM optin_link WHERE workspace_id = $1 AND client_id = $2";
    // Personal codes are unique per delivery (delivery_code_idx), so a redemption of one of theirs is theirs.
    pub const FORGET_REDEMPTIONS: &str = "DELETE FROM redemption WHERE workspace_id = $1 AND (client_id = $2 \
         OR code IN (SELECT code FROM delivery WHERE workspace_id = $1 AND code IS NOT NULL \
         AND (client_id = $2 OR tg_user_id = $3)))";
    // Also the ones sent to an earlier client row of theirs (a moved link): they carry the Telegram id.
    pub const FORGET_DELIVERIES: &str =
        "DELETE FROM delivery WHERE workspace_id = $1 AND (client_id = $2 OR tg_user_id = $3)";
    /// A member's dialog beside that focus is about the client too (a note typed for it, waiting to be saved).
    pub const FORGET_FOCUS: &str = "UPDATE member SET focus_client_id = NULL, dialog = NULL \
         WHERE focus_client_id = $2 AND EXISTS (SELECT 1 FROM client WHERE workspace_id = $1 AND id = $2)";
    pub const FORGET_CLIENT: &str = "DELETE FROM client WHERE workspace_id = $1 AND id = $2";
    /// The log of what the team did on the client goes too: its lines (a deal's amount, when they were called)
    /// are about the person, even without their name.
    pub const FORGET_AUDIT: &str = "DELETE FROM audit_event WHERE workspace_id = $1 AND client_id = $2";
    pub const DNC: &str = "INSERT INTO do_not_contact (workspace_id, subject_hash, at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING";
    pub const DROP_LEGACY_DNC: &str = "DELETE FROM do_not_contact WHERE workspace_id = $1 AND subject_hash = $2";
    /// An old unkeyed row becomes keyed (unless the keyed one exists: then `DROP_LEGACY_DNC` removes it).
    pub const REKEY_DNC: &str = "UPDATE do_not_contact SET subject_hash = $3 WHERE workspace_id = $1 \
         AND subject_hash = $2 AND NOT EXISTS \
         (SELECT 1 FROM do_not_contact k WHERE k.workspace_id = $1 AND k.subject_hash = $3)";
    pub const IS_DNC: &str = "SELECT COUNT(*) FROM do_not_contact WHERE workspace_id = $1 AND subject_hash = $2";

    pub const TRAIL: &str = "SELECT * FROM consent WHERE workspace_id = $1 AND client_id = $2 ORDER BY at, id";
    pub const DELIVERIES: &str = "SELECT d.id AS delivery_id, c.name AS campaign_name, c.kind, d.sent_at, d.code, \
         d.pressed_at FROM delivery d JOIN campaign c ON c.id = d.campaign_id \
         WHERE d.workspace_id = $1 AND d.client_id = $2 AND d.state IN ('sent', 'unconfirmed') \
         ORDER BY d.sent_at DESC, d.id DESC LIMIT $3";
    pub const REDEMPTIONS: &str =
        "SELECT code, at FROM redemption WHERE workspace_id = $1 AND client_id = $2 ORDER BY at, id";

    pub const PRESS: &str = "SELECT d.id AS delivery_id, d.workspace_id, d.campaign_id, d.client_id, d.tg_user_id, \
         d.pressed_at, c.link_url, c.link_label, w.name AS team_name \
         FROM delivery d JOIN campaign c ON c.id = d.campaign_id JOIN workspace w ON w.id = d.workspace_id \
         WHERE d.id = $1";
    pub const RECORD_PRESS: &str =
        "UPDATE delivery SET pressed_at = $3 WHERE id = $1 AND tg_user_id = $2 AND pressed_at IS NULL";
}

/// Expands to `impl CustomerStore for $store` over `self.pool: sqlx::Pool<$db>`; `begin` opens a write
/// transaction (see `impl_store!`); `scrub` is an `async fn(&Pool<$db>)` run after a forget has committed, to
/// remove what the backend still keeps of the deleted bytes (it logs, never fails: the forget is done).
macro_rules! impl_customer_store {
    (store = $store:ty, db = $db:ty, begin = $begin:expr, scrub = $scrub:path $(,)?) => {
        impl $store {
            /// Move the Telegram link of `from` onto `to` inside `tx`; returns `to` as it is now and whether `from`
            /// was deleted.
            async fn customer_move_link(
                tx: &mut sqlx::Transaction<'static, $db>,
                from: &$crate::store::Client,
                to: &$crate::store::Client,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<($crate::store::Client, bool)> {
                use $crate::store::customers::sql;
                let ws = from.workspace_id;
                sqlx::query::<$db>(sql::RELEASE)
                    .bind(ws)
                    .bind(from.id)
                    .bind($crate::store::customers::micros(now))
                    .execute(&mut **tx)
                    .await?;
                let moved = sqlx::query_as::<$db, $crate::store::Client>(sql::TAKE_OVER)
                    .bind(ws)
                    .bind(to.id)
                    .bind(from.tg_user_id)
                    .bind(from.lang.as_deref())
                    .bind(&from.promo_state)
                    .bind(from.promo_since)
                    .bind($crate::store::customers::micros(now))
                    .bind($crate::store::customers::micros(now))
                    .fetch_one(&mut **tx)
                    .await?;
                sqlx::query::<$db>(sql::MOVE_CONSENTS).bind(ws).bind(from.id).bind(to.id).execute(&mut **tx).await?;
                sqlx::query::<$db>(sql::MOVE_MESSAGES).bind(ws).bind(from.id).bind(to.id).execute(&mut **tx).await?;
                let dropped = sqlx::query::<$db>(sql::DROP_UNUSED).bind(ws).bind(from.id).execute(&mut **tx).await?;
                Ok((moved, dropped.rows_affected() > 0))
            }
        }

        #[async_trait::async_trait]
        impl $crate::store::CustomerStore for $store {
            async fn standing(&self, tg_user_id: i64) -> $crate::store::StoreResult<$crate::store::Standing> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::Standing>(sql::STANDING)
                    .bind(tg_user_id)
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn optin_link(&self, code: &str) -> $crate::store::StoreResult<Option<$crate::store::OptinLink>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::OptinLink>(sql::LINK_BY_CODE)
                    .bind(code)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn ensure_optin_link(
                &self,
                workspace_id: i64,
                client_id: Option<i64>,
                created_by: i64,
                code: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::OptinLink> {
                use $crate::store::customers::sql;
                // The unique indexes of migration 0010 keep one link per team and per client, even under a race.
                sqlx::query::<$db>(sql::INSERT_LINK)
                    .bind(code)
                    .bind(workspace_id)
                    .bind(client_id)
                    .bind(created_by)
                    .bind($crate::store::customers::micros(now))
                    .execute(&self.pool)
                    .await?;
                let found = match client_id {
                    None => {
                        sqlx::query_as::<$db, $crate::store::OptinLink>(sql::TEAM_LINK)
                            .bind(workspace_id)
                            .fetch_one(&self.pool)
                            .await?
                    }
                    Some(client_id) => {
                        sqlx::query_as::<$db, $crate::store::OptinLink>(sql::CLIENT_LINK)
                            .bind(workspace_id)
                            .bind(client_id)
                            .fetch_one(&self.pool)
                            .await?
                    }
                };
                Ok(found)
            }

            async fn renew_team_optin_link(
                &self,
                workspace_id: i64,
                created_by: i64,
                code: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::OptinLink> {
                use $crate::store::customers::sql;
                let mut tx = self.pool.begin_with($begin).await?;
                sqlx::query::<$db>(sql::DROP_TEAM_LINK).bind(workspace_id).execute(&mut *tx).await?;
                sqlx::query::<$db>(sql::INSERT_LINK)
                    .bind(code)
                    .bind(workspace_id)
                    .bind(Option::<i64>::None)
                    .bind(created_by)
                    .bind($crate::store::customers::micros(now))
                    .execute(&mut *tx)
                    .await?;
                let link = sqlx::query_as::<$db, $crate::store::OptinLink>(sql::TEAM_LINK)
                    .bind(workspace_id)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(link)
            }

            async fn customer_links(
                &self,
                tg_user_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::CustomerLink>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::CustomerLink>(sql::LINKS)
                    .bind(tg_user_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn customer_in_team(
                &self,
                workspace_id: i64,
                tg_user_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Client>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::Client>(sql::IN_TEAM)
                    .bind(workspace_id)
                    .bind(tg_user_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn subscribe_customer(
                &self,
                sub: &$crate::store::NewSubscription<'_>,
            ) -> $crate::store::StoreResult<$crate::store::Subscribed> {
                use $crate::store::customers::sql;
                use $crate::store::{Client, ConsentAction, PromoState, Subscribed};
                let ws = sub.workspace_id;
                let tg = sub.tg_user_id;
                let mut tx = self.pool.begin_with($begin).await?;
                let linked =
                    sqlx::query_as::<$db, Client>(sql::IN_TEAM).bind(ws).bind(tg).fetch_optional(&mut *tx).await?;
                let mut created = false;
                // A customer subscribed by the team's link who agrees on a personal one moves onto that client:
                // a new consent, through that link.
                let mut moved = false;
                let target = match sub.client_id {
                    Some(id) => {
                        let found = sqlx::query_as::<$db, Client>(sql::CLIENT)
                            .bind(ws)
                            .bind(id)
                            .fetch_optional(&mut *tx)
                            .await?;
                        let Some(personal) = found.filter(|c| c.tg_user_id.is_none_or(|t| t == tg)) else {
                            return Ok(Subscribed::Taken);
                        };
                        match linked.filter(|l| l.id != personal.id) {
                            Some(other) => {
                                moved = true;
                                Self::customer_move_link(&mut tx, &other, &personal, sub.now).await?.0
                            }
                            None => personal,
                        }
                    }
                    None => match linked {
                        Some(client) => client,
                        None => {
                            let new = sub.new_client;
                            let inserted = sqlx::query_as::<$db, Client>(sql::INSERT_CLIENT)
                                .bind(ws)
                                .bind(&new.name)
                                .bind(&new.name_folded)
                                .bind(new.phones.join("\n"))
                                .bind(new.emails.join("\n"))
                                .bind(new.company.as_deref())
                                .bind(new.tags.join("\n"))
                                .bind(new.source.as_deref())
                                .bind(new.owner_member_id)
                                .bind(&new.search_text)
                                .bind(tg)
                                .bind($crate::store::customers::micros(sub.now))
                                .fetch_optional(&mut *tx)
                                .await?;
                            match inserted {
                                Some(client) => {
                                    created = true;
                                    client
                                }
                                // A concurrent opt-in of the same person won the insert: use its row.
                                None => {
                                    sqlx::query_as::<$db, Client>(sql::IN_TEAM)
                                        .bind(ws)
                                        .bind(tg)
                                        .fetch_one(&mut *tx)
                                        .await?
                                }
                            }
                        }
                    },
                };
                if target.tg_user_id == Some(tg) && target.subscribed() && !moved {
                    tx.rollback().await?;
                    return Ok(Subscribed::Already(target));
                }
                let was_theirs = target.tg_user_id == Some(tg) && !created && !moved;
                let lapsed =
                    matches!(PromoState::parse(&target.promo_state), Some(PromoState::Stopped | PromoState::Blocked));
                let action = if was_theirs && lapsed { ConsentAction::Resume } else { ConsentAction::Optin };
                let client = sqlx::query_as::<$db, Client>(sql::SUBSCRIBE)
                    .bind(ws)
                    .bind(target.id)
                    .bind(tg)
                    .bind(sub.lang)
                    .bind($crate::store::customers::micros(sub.now))
                    .fetch_one(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::CONSENT)
                    .bind(ws)
                    .bind(client.id)
                    .bind(action.as_str())
                    .bind(sub.text_version)
                    .bind(sub.link_code)
                    .bind($crate::store::customers::micros(sub.now))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::LIFT_DNC)
                    .bind(ws)
                    .bind(&sub.subject.keyed)
                    .bind(&sub.subject.legacy)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(Subscribed::Done { client, action, created })
            }

            async fn change_subscription(
                &self,
                change: &$crate::store::SubscriptionChange<'_>,
            ) -> $crate::store::StoreResult<Option<($crate::store::Client, bool)>> {
                use $crate::store::customers::sql;
                use $crate::store::{Client, ConsentAction, PromoState};
                let ws = change.workspace_id;
                let mut tx = self.pool.begin_with($begin).await?;
                let Some(client) = sqlx::query_as::<$db, Client>(sql::IN_TEAM)
                    .bind(ws)
                    .bind(change.tg_user_id)
                    .fetch_optional(&mut *tx)
                    .await?
                else {
                    return Ok(None);
                };
                let stopping = change.to == PromoState::Stopped;
                // Stopping needs a subscription; resuming needs none (stopped, blocked, or never).
                if client.subscribed() != stopping {
                    tx.rollback().await?;
                    return Ok(Some((client, false)));
                }
                let (state, action) = if stopping {
                    (PromoState::Stopped, ConsentAction::Stop)
                } else {
                    (PromoState::Subscribed, ConsentAction::Resume)
                };
                let client = sqlx::query_as::<$db, Client>(sql::SET_STATE)
                    .bind(ws)
                    .bind(client.id)
                    .bind(state.as_str())
                    .bind($crate::store::customers::micros(change.now))
                    .fetch_one(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::CONSENT)
                    .bind(ws)
                    .bind(client.id)
                    .bind(action.as_str())
                    .bind(change.text_version)
                    .bind(Option::<&str>::None)
                    .bind($crate::store::customers::micros(change.now))
                    .execute(&mut *tx)
                    .await?;
                if let (true, Some(delivery_id)) = (stopping, change.delivery_id) {
                    sqlx::query::<$db>(sql::CREDIT_UNSUBSCRIBE)
                        .bind(delivery_id)
                        .bind(ws)
                        .bind(change.tg_user_id)
                        .bind($crate::store::customers::micros(change.now))
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(Some((client, true)))
            }

            async fn touch_customer(
                &self,
                workspace_id: i64,
                client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<()> {
                use $crate::store::customers::sql;
                sqlx::query::<$db>(sql::TOUCH)
                    .bind(workspace_id)
                    .bind(client_id)
                    .bind($crate::store::customers::micros(now))
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }

            async fn set_customer_lang(
                &self,
                tg_user_id: i64,
                lang: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<u64> {
                use $crate::store::customers::sql;
                let done = sqlx::query::<$db>(sql::SET_LANG)
                    .bind(tg_user_id)
                    .bind(lang)
                    .bind($crate::store::customers::micros(now))
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected())
            }

            async fn relink_customer(
                &self,
                workspace_id: i64,
                tg_user_id: i64,
                to_client_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::Relinked> {
                use $crate::store::customers::sql;
                use $crate::store::{Client, Relinked};
                let mut tx = self.pool.begin_with($begin).await?;
                let Some(from) = sqlx::query_as::<$db, Client>(sql::IN_TEAM)
                    .bind(workspace_id)
                    .bind(tg_user_id)
                    .fetch_optional(&mut *tx)
                    .await?
                else {
                    return Ok(Relinked::NotCustomer);
                };
                if from.id == to_client_id {
                    return Ok(Relinked::Same(from));
                }
                let to = sqlx::query_as::<$db, Client>(sql::CLIENT)
                    .bind(workspace_id)
                    .bind(to_client_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                let Some(to) = to.filter(|c| c.tg_user_id.is_none()) else {
                    return Ok(Relinked::Taken);
                };
                let (client, removed_old) = Self::customer_move_link(&mut tx, &from, &to, now).await?;
                tx.commit().await?;
                Ok(Relinked::Moved { client, removed_old })
            }

            async fn forget_customer(
                &self,
                workspace_id: i64,
                tg_user_id: i64,
                keys: &$crate::store::SubjectKeys,
                text_version: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::customers::sql;
                use $crate::store::{Client, ConsentAction};
                let ws = workspace_id;
                let mut tx = self.pool.begin_with($begin).await?;
                let Some(client) = sqlx::query_as::<$db, Client>(sql::IN_TEAM)
                    .bind(ws)
                    .bind(tg_user_id)
                    .fetch_optional(&mut *tx)
                    .await?
                else {
                    return Ok(false);
                };
                let id = client.id;
                // Children before parents; redemptions before the deliveries whose codes find them.
                for statement in [
                    sql::FORGET_AUDIT,
                    sql::FORGET_STALE_ALERTS,
                    sql::FORGET_DEAL_EVENTS,
                    sql::FORGET_REMINDERS,
                    sql::FORGET_ACTIVITIES,
                    sql::FORGET_DEALS,
                    sql::FORGET_CONSENTS,
                    sql::FORGET_LINKS,
                ] {
                    sqlx::query::<$db>(statement).bind(ws).bind(id).execute(&mut *tx).await?;
                }
                for statement in [sql::FORGET_REDEMPTIONS, sql::FORGET_DELIVERIES] {
                    sqlx::query::<$db>(statement).bind(ws).bind(id).bind(tg_user_id).execute(&mut *tx).await?;
                }
                sqlx::query::<$db>(sql::FORGET_FOCUS).bind(ws).bind(id).execute(&mut *tx).await?;
                sqlx::query::<$db>(sql::FORGET_CLIENT).bind(ws).bind(id).execute(&mut *tx).await?;
                // That someone was forgotten, and when, is kept as proof; whom, is not.
                sqlx::query::<$db>(sql::CONSENT)
                    .bind(ws)
                    .bind(Option::<i64>::None)
                    .bind(ConsentAction::Forget.as_str())
                    .bind(text_version)
                    .bind(Option::<&str>::None)
                    .bind($crate::store::customers::micros(now))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::DNC)
                    .bind(ws)
                    .bind(&keys.keyed)
                    .bind($crate::store::customers::micros(now))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::DROP_LEGACY_DNC).bind(ws).bind(&keys.legacy).execute(&mut *tx).await?;
                tx.commit().await?;
                $scrub(&self.pool).await;
                Ok(true)
            }

            async fn is_do_not_contact(
                &self,
                workspace_id: i64,
                keys: &$crate::store::SubjectKeys,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::customers::sql;
                let mut tx = self.pool.begin_with($begin).await?;
                sqlx::query::<$db>(sql::REKEY_DNC)
                    .bind(workspace_id)
                    .bind(&keys.legacy)
                    .bind(&keys.keyed)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>(sql::DROP_LEGACY_DNC)
                    .bind(workspace_id)
                    .bind(&keys.legacy)
                    .execute(&mut *tx)
                    .await?;
                let n: i64 = sqlx::query_scalar::<$db, i64>(sql::IS_DNC)
                    .bind(workspace_id)
                    .bind(&keys.keyed)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(n > 0)
            }

            async fn consent_trail(
                &self,
                workspace_id: i64,
                client_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Consent>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::Consent>(sql::TRAIL)
                    .bind(workspace_id)
                    .bind(client_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn customer_deliveries(
                &self,
                workspace_id: i64,
                client_id: i64,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::CustomerDelivery>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::CustomerDelivery>(sql::DELIVERIES)
                    .bind(workspace_id)
                    .bind(client_id)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn customer_redemptions(
                &self,
                workspace_id: i64,
                client_id: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::CustomerRedemption>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::CustomerRedemption>(sql::REDEMPTIONS)
                    .bind(workspace_id)
                    .bind(client_id)
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn promo_press(
                &self,
                delivery_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::PromoPress>> {
                use $crate::store::customers::sql;
                Ok(sqlx::query_as::<$db, $crate::store::PromoPress>(sql::PRESS)
                    .bind(delivery_id)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn record_promo_press(
                &self,
                delivery_id: i64,
                tg_user_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                use $crate::store::customers::sql;
                let done = sqlx::query::<$db>(sql::RECORD_PRESS)
                    .bind(delivery_id)
                    .bind(tg_user_id)
                    .bind($crate::store::customers::micros(now))
                    .execute(&self.pool)
                    .await?;
                Ok(done.rows_affected() > 0)
            }
        }
    };
}
pub(crate) use impl_customer_store;
