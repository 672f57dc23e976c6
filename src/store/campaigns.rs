//! Segments, campaigns, promo codes and redemptions, birthdays and follow-ups: everything a member composes.
//! The trait is the API; `impl_campaign_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).
//!
//! Starting a campaign is one transaction: the state change `draft|scheduled → sending` is made first and only
//! by the caller whose UPDATE matched (Postgres makes a concurrent starter wait on the row and then find it no
//! longer startable; SQLite serialises writers), and the same transaction materialises one `delivery` row per
//! recipient with a single `INSERT … SELECT`, so 100,000 rows are one statement, not 100,000 round trips.

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};

use super::{
    Audience, BirthdayCandidate, Campaign, CampaignRow, CampaignState, CampaignTally, NewCampaign, NewSegment,
    PromoPatch, Redeemed, Segment, SegmentCount, SegmentFilter, StoreResult, Workspace,
};

#[async_trait]
pub trait CampaignStore: Send + Sync {
    // --- campaigns ---

    async fn insert_campaign(&self, new: &NewCampaign) -> StoreResult<Campaign>;
    async fn get_campaign(&self, workspace_id: i64, campaign_id: i64) -> StoreResult<Option<Campaign>>;
    /// Replace what a draft says (texts, photo, link, code, segment and filter, name); false unless it is still a
    /// draft of that team.
    async fn update_draft(&self, campaign: &Campaign) -> StoreResult<bool>;
    /// Drop a draft (and its follow-up draft); false unless it is still a draft of that team.
    async fn delete_draft(&self, workspace_id: i64, campaign_id: i64) -> StoreResult<bool>;
    /// The draft's follow-up (kind `followup`, `parent_id`), if it has one.
    async fn followup_of(&self, workspace_id: i64, parent_id: i64) -> StoreResult<Option<Campaign>>;
    /// A draft becomes `scheduled` to start at `at`; false unless it was a draft of that team.
    async fn schedule_campaign(&self, workspace_id: i64, campaign_id: i64, at: DateTime<Utc>) -> StoreResult<bool>;
    /// Atomically move a draft or scheduled campaign to `sending` and insert its deliveries; the number of rows
    /// inserted, or `None` when it was not startable (someone else started it, or it was cancelled).
    /// Rows of `unique`/`percent` campaigns carry their own code (only those not held by the cap); a `shared`
    /// code is not copied to the rows (codes on rows are unique per team): the sender takes it from the campaign.
    async fn start_campaign(&self, campaign_id: i64, now: DateTime<Utc>) -> StoreResult<Option<usize>>;
    /// `sending → paused` or `paused → sending`; false if the campaign was not in `from`.
    async fn set_campaign_state(
        &self,
        workspace_id: i64,
        campaign_id: i64,
        from: CampaignState,
        to: CampaignState,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// Cancel a campaign that has not finished: its pending deliveries (and its follow-up) are cancelled too.
    async fn cancel_campaign(&self, workspace_id: i64, campaign_id: i64, now: DateTime<Utc>) -> StoreResult<bool>;
    /// The team's campaigns (drafts and follow-ups waiting for their parent aside), newest first.
    async fn recent_campaigns(&self, workspace_id: i64, limit: i64) -> StoreResult<Vec<CampaignRow>>;
    /// Scheduled campaigns whose time has come, earliest first.
    async fn due_campaigns(&self, now: DateTime<Utc>, limit: i64) -> StoreResult<Vec<Campaign>>;
    /// The earliest `send_at` of a scheduled campaign.
    async fn next_campaign_at(&self) -> StoreResult<Option<DateTime<Utc>>>;
    /// Deliveries by state, presses, redemptions and unsubscribes; all zero for an unknown campaign.
    async fn campaign_tally(&self, campaign_id: i64) -> StoreResult<CampaignTally>;

    // --- segments ---

    /// Save a segment; `None` if the team already has one of that name.
    async fn insert_segment(&self, new: &NewSegment, now: DateTime<Utc>) -> StoreResult<Option<Segment>>;
    async fn get_segment(&self, workspace_id: i64, segment_id: i64) -> StoreResult<Option<Segment>>;
    /// The team's segments by name.
    async fn segments(&self, workspace_id: i64) -> StoreResult<Vec<Segment>>;
    /// Clients the filter matches, only those owned by `owner` when given; `sample` names, newest first.
    async fn count_segment(
        &self,
        workspace_id: i64,
        filter: &SegmentFilter,
        owner: Option<i64>,
        sample: i64,
    ) -> StoreResult<SegmentCount>;
    /// Who a campaign over this filter would reach at `now`, under the team's weekly cap.
    async fn audience(
        &self,
        workspace_id: i64,
        filter: &SegmentFilter,
        default_lang: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Audience>;
    /// Every tag spelling used on the team's clients.
    async fn team_tags(&self, workspace_id: i64) -> StoreResult<Vec<String>>;

    // --- codes, settings, birthdays ---

    /// Mark a code redeemed (`code` upper case). A unique code names its customer; a shared one needs `client_id`.
    async fn redeem_code(
        &self,
        workspace_id: i64,
        code: &str,
        client_id: Option<i64>,
        member_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Redeemed>;
    async fn update_promo(&self, workspace_id: i64, patch: &PromoPatch) -> StoreResult<Option<Workspace>>;
    /// Set (or with `None` clear) a client's birthday; false if no such client in the team.
    async fn set_birthday(
        &self,
        workspace_id: i64,
        client_id: i64,
        birthday: Option<(i32, i32, Option<i32>)>,
    ) -> StoreResult<bool>;
    /// Subscribed clients of teams with a birthday greeting whose birthday is one of `month_days`, not yet greeted
    /// in `year`.
    async fn birthday_candidates(&self, month_days: &[(i32, i32)], year: i32) -> StoreResult<Vec<BirthdayCandidate>>;
    /// Give the client a delivery of the team's birthday campaign of `year` (created on demand); false if they
    /// have one already, are no longer subscribed, or the team has no greeting (or cancelled this year's).
    async fn add_birthday_delivery(
        &self,
        workspace_id: i64,
        client_id: i64,
        year: i32,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
}

/// Promo codes: 8 characters without the look-alikes 0/O and 1/I, easy to read out over a counter.
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
pub const CODE_LEN: usize = 8;

pub fn new_code() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..CODE_LEN).map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char).collect()
}

/// Rows whose codes are set by one statement (two binds each).
pub(crate) const CODE_BATCH: usize = 2000;
/// A batch whose random codes collide with existing ones is drawn again this many times.
pub(crate) const CODE_TRIES: usize = 5;

/// A time as stored: Postgres keeps microseconds and SQLite compares the stored text, so both get the same value
/// (a clock may have nanoseconds).
pub(crate) fn micros(t: DateTime<Utc>) -> DateTime<Utc> {
    use chrono::DurationRound;
    t.duration_trunc(chrono::TimeDelta::microseconds(1)).unwrap_or(t)
}

/// The cap counts promotions of the team sent (or on their way) in the last 7 days; birthdays do not count.
pub(crate) fn cap_window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(7)
}

/// `birthday_code` of a team (`none`, `unique`, `percent:N`) as a campaign's (code_kind, code_value).
pub(crate) fn birthday_code(setting: &str) -> (&'static str, Option<String>) {
    match setting.split_once(':') {
        Some(("percent", n)) => ("percent", Some(n.to_string())),
        _ if setting == "unique" => ("unique", None),
        _ => ("none", None),
    }
}

/// Pushes ` c.workspace_id = … AND …`: the filter's conditions over `client c`, every value bound.
macro_rules! push_segment_filter {
    ($qb:ident, $workspace_id:expr, $filter:expr, $owner:expr) => {{
        let f: &$crate::store::SegmentFilter = $filter;
        $qb.push(" c.workspace_id = ").push_bind($workspace_id);
        if let Some(owner) = $owner {
            $qb.push(" AND c.owner_member_id = ").push_bind(owner);
        }
        if !f.tags.is_empty() {
            $qb.push(" AND (");
            for (i, tag) in f.tags.iter().enumerate() {
                if i > 0 {
                    $qb.push(" OR ");
                }
                // The list is '\n'-joined: wrapped in '\n', an exact entry is '%\n<tag>\n%'.
                $qb.push("('\n' || c.tags || '\n') LIKE ")
                    .push_bind($crate::store::shared::list_entry_pattern(tag))
                    .push(" ESCAPE '\\'");
            }
            $qb.push(")");
        }
        if let Some(source) = &f.source {
            $qb.push(" AND c.source = ").push_bind(source.clone());
        }
        if let Some(stage) = f.stage_id {
            $qb.push(
                " AND EXISTS (SELECT 1 FROM deal d WHERE d.workspace_id = c.workspace_id AND d.client_id = c.id \
                 AND d.won_at IS NULL AND d.lost_at IS NULL AND d.stage_id = ",
            )
            .push_bind(stage)
            .push(")");
        }
        if f.won {
            $qb.push(
                " AND EXISTS (SELECT 1 FROM deal d WHERE d.workspace_id = c.workspace_id AND d.client_id = c.id \
                 AND d.won_at IS NOT NULL)",
            );
        }
        if f.lost {
            $qb.push(
                " AND EXISTS (SELECT 1 FROM deal d WHERE d.workspace_id = c.workspace_id AND d.client_id = c.id \
                 AND d.lost_at IS NOT NULL)",
            );
        }
        if let Some(before) = f.active_before {
            $qb.push(" AND COALESCE(c.last_activity_at, c.created_at) < ").push_bind(before);
        }
        if let Some(after) = f.active_after {
            $qb.push(" AND c.last_activity_at >= ").push_bind(after);
        }
        if let Some(min) = &f.won_total_min {
            $qb.push(
                " AND (SELECT COALESCE(SUM(d.amount_minor), 0) FROM deal d WHERE d.workspace_id = c.workspace_id \
                 AND d.client_id = c.id AND d.won_at IS NOT NULL AND d.currency = ",
            )
            .push_bind(min.currency.clone())
            .push(") >= ")
            .push_bind(min.minor);
        }
        if let Some(n) = f.purchases_min {
            $qb.push(
                " AND (SELECT COUNT(*) FROM deal d WHERE d.workspace_id = c.workspace_id AND d.client_id = c.id \
                 AND d.won_at IS NOT NULL) >= ",
            )
            .push_bind(n);
        }
        if let Some(month) = f.birth_month {
            $qb.push(" AND c.birth_month = ").push_bind(month);
        }
        if let Some(lang) = &f.lang {
            $qb.push(" AND c.lang = ").push_bind(lang.clone());
        }
        match f.subscribed {
            Some(true) => {
                $qb.push(" AND c.promo_state = 'subscribed'");
            }
            Some(false) => {
                $qb.push(" AND c.promo_state <> 'subscribed'");
            }
            None => {}
        }
    }};
}
pub(crate) use push_segment_filter;

/// Pushes the SELECT of a campaign's recipients as rows `(workspace_id, id, tg_user_id, lang, held, rn)`:
/// subscribed customers with a chat, in the campaign's segment (a promotion) or among those who got its parent
/// and did not press (a follow-up); `held` by the weekly cap; `rn` numbers them from 1.
macro_rules! push_recipients {
    ($qb:ident, $campaign:expr, $filter:expr, $cap:expr, $since:expr) => {{
        let c: &$crate::store::Campaign = $campaign;
        let filter: Option<&$crate::store::SegmentFilter> = $filter;
        $qb.push("SELECT c.workspace_id, c.id, c.tg_user_id, COALESCE(c.lang, ")
            .push_bind(c.default_lang.clone())
            .push(") AS lang, ");
        $crate::store::campaigns::push_capped!($qb, $cap, $since, c.id);
        $qb.push(" AS held, ROW_NUMBER() OVER (ORDER BY c.id) AS rn");
        match (c.kind.as_str(), c.parent_id, filter) {
            ("followup", Some(parent), _) => {
                $qb.push(" FROM delivery par JOIN client c ON c.id = par.client_id WHERE par.campaign_id = ")
                    .push_bind(parent)
                    .push(" AND par.state = 'sent' AND par.pressed_at IS NULL");
            }
            ("promo", _, Some(filter)) => {
                $qb.push(" FROM client c WHERE");
                $crate::store::campaigns::push_segment_filter!($qb, c.workspace_id, filter, None::<i64>);
            }
            // Birthdays get their rows one by one on the day; a filter that no longer reads selects nobody.
            _ => {
                $qb.push(" FROM client c WHERE 1 = 0");
            }
        }
        $qb.push(" AND c.promo_state = 'subscribed' AND c.tg_user_id IS NOT NULL");
    }};
}
pub(crate) use push_recipients;

/// `n` distinct fresh codes as a JSON array.
pub(crate) fn code_array(n: usize) -> String {
    let mut codes = std::collections::HashSet::with_capacity(n);
    while codes.len() < n {
        codes.insert(new_code());
    }
    serde_json::to_string(&codes.into_iter().collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into())
}

/// Pushes a boolean expression: the client `c` has had `cap` promotions of the team (other than campaign
/// `$except`) sent or on their way since `$since`. With no cap, nobody is held.
macro_rules! push_capped {
    ($qb:ident, $cap:expr, $since:expr, $except:expr) => {{
        let cap: i64 = $cap;
        if cap <= 0 {
            $qb.push(" (1 = 0) ");
        } else {
            $qb.push(
                " ((SELECT COUNT(*) FROM delivery pd JOIN campaign pk ON pk.id = pd.campaign_id \
                 WHERE pd.client_id = c.id AND pd.workspace_id = c.workspace_id AND pk.kind <> 'birthday' \
                 AND pd.state IN ('pending', 'sending', 'sent', 'unconfirmed') AND pd.campaign_id <> ",
            )
            .push_bind($except)
            .push(" AND COALESCE(pd.sent_at, pd.next_attempt_at) >= ")
            .push_bind($since)
            .push(") >= ")
            .push_bind(cap)
            .push(") ");
        }
    }};
}
pub(crate) use push_capped;

/// Expands to `impl CampaignStore for $store` over `self.pool: sqlx::Pool<$db>`.
///
/// - `begin`: the statement that opens a write transaction (see `impl_store!`);
/// - `code_rows`: `Some((before, after))`, the SQL around one bound JSON array of codes that yields its elements
///   as `(rn, code)` counting from 1, so unique codes are given in the INSERT itself (Postgres: a hash join);
///   `None` sets them afterwards in batches by row id (SQLite, whose planner would scan the codes per row).
macro_rules! impl_campaign_store {
    (
        store = $store:ty,
        db = $db:ty,
        begin = $begin:expr,
        code_rows = $code_rows:expr $(,)?
    ) => {
        #[async_trait::async_trait]
        impl $crate::store::CampaignStore for $store {
            async fn insert_campaign(
                &self,
                new: &$crate::store::NewCampaign,
            ) -> $crate::store::StoreResult<$crate::store::Campaign> {
                let now = $crate::store::shared::now();
                Ok(sqlx::query_as::<$db, $crate::store::Campaign>(
                    "INSERT INTO campaign (workspace_id, created_by, kind, name, filter, segment_id, texts, \
                     default_lang, photo_file_id, link_url, link_label, code_kind, code_value, state, send_at, \
                     parent_id, followup_days, year, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) \
                     RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(new.created_by)
                .bind(&new.kind)
                .bind(&new.name)
                .bind(new.filter.as_deref())
                .bind(new.segment_id)
                .bind(&new.texts)
                .bind(&new.default_lang)
                .bind(new.photo_file_id.as_deref())
                .bind(new.link_url.as_deref())
                .bind(new.link_label.as_deref())
                .bind(&new.code_kind)
                .bind(new.code_value.as_deref())
                .bind(new.state.as_str())
                .bind(new.send_at)
                .bind(new.parent_id)
                .bind(new.followup_days)
                .bind(new.year)
                .bind(now)
                .fetch_one(&self.pool)
                .await?)
            }

            async fn get_campaign(
                &self,
                workspace_id: i64,
                campaign_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Campaign>> {
                Ok(sqlx::query_as::<$db, $crate::store::Campaign>(
                    "SELECT * FROM campaign WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(campaign_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn update_draft(&self, c: &$crate::store::Campaign) -> $crate::store::StoreResult<bool> {
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET name = $3, filter = $4, segment_id = $5, texts = $6, default_lang = $7, \
                     photo_file_id = $8, link_url = $9, link_label = $10, code_kind = $11, code_value = $12, \
                     followup_days = $13, updated_at = $14 \
                     WHERE workspace_id = $1 AND id = $2 AND state = 'draft'",
                )
                .bind(c.workspace_id)
                .bind(c.id)
                .bind(&c.name)
                .bind(c.filter.as_deref())
                .bind(c.segment_id)
                .bind(&c.texts)
                .bind(&c.default_lang)
                .bind(c.photo_file_id.as_deref())
                .bind(c.link_url.as_deref())
                .bind(c.link_label.as_deref())
                .bind(&c.code_kind)
                .bind(c.code_value.as_deref())
                .bind(c.followup_days)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn delete_draft(&self, workspace_id: i64, campaign_id: i64) -> $crate::store::StoreResult<bool> {
                // The follow-up goes with it (ON DELETE CASCADE on parent_id).
                let done = sqlx::query::<$db>(
                    "DELETE FROM campaign WHERE workspace_id = $1 AND id = $2 AND state = 'draft'",
                )
                .bind(workspace_id)
                .bind(campaign_id)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn followup_of(
                &self,
                workspace_id: i64,
                parent_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Campaign>> {
                Ok(sqlx::query_as::<$db, $crate::store::Campaign>(
                    "SELECT * FROM campaign WHERE workspace_id = $1 AND parent_id = $2 AND kind = 'followup'",
                )
                .bind(workspace_id)
                .bind(parent_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn schedule_campaign(
                &self,
                workspace_id: i64,
                campaign_id: i64,
                at: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let at = $crate::store::campaigns::micros(at);
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET state = 'scheduled', send_at = $3, updated_at = $4 \
                     WHERE workspace_id = $1 AND id = $2 AND state = 'draft'",
                )
                .bind(workspace_id)
                .bind(campaign_id)
                .bind(at)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn start_campaign(
                &self,
                campaign_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<usize>> {
                let now = $crate::store::campaigns::micros(now);
                use sqlx::Acquire;
                let mut tx = self.pool.begin_with($begin).await?;
                // The state change comes first: of two starters only the one whose UPDATE matches goes on.
                let Some(c) = sqlx::query_as::<$db, $crate::store::Campaign>(
                    "UPDATE campaign SET state = 'sending', started_at = $2, updated_at = $2 \
                     WHERE id = $1 AND state IN ('draft', 'scheduled') RETURNING *",
                )
                .bind(campaign_id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?
                else {
                    tx.rollback().await?;
                    return Ok(None);
                };
                let cap: i32 = sqlx::query_scalar::<$db, i32>("SELECT promo_cap_week FROM workspace WHERE id = $1")
                    .bind(c.workspace_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let since = $crate::store::campaigns::cap_window_start(now);
                let filter = c.filter.as_deref().and_then($crate::store::SegmentFilter::from_json);
                let cap = i64::from(cap);
                let needs_codes = matches!(c.code_kind.as_str(), "unique" | "percent");
                let code_rows: Option<(&str, &str)> = $code_rows;
                let insert = |codes: Option<&str>| {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO delivery (campaign_id, workspace_id, client_id, tg_user_id, lang, code, state, \
                         next_attempt_at) SELECT ",
                    );
                    // A shared code stays on the campaign (codes on rows are unique per team); the sender adds it.
                    qb.push_bind(c.id).push(", r.workspace_id, r.id, r.tg_user_id, r.lang, ");
                    qb.push(if codes.is_some() { "CASE WHEN r.held THEN NULL ELSE k.code END" } else { "NULL" });
                    qb.push(", CASE WHEN r.held THEN 'held' ELSE 'pending' END, ").push_bind(now).push(" FROM (");
                    $crate::store::campaigns::push_recipients!(qb, &c, filter.as_ref(), cap, since);
                    qb.push(") AS r");
                    if let (Some(codes), Some((before, after))) = (codes, code_rows) {
                        // One code per row by its number: the codes come as one JSON array, not 100,000 binds.
                        qb.push(" LEFT JOIN (").push(before).push_bind(codes.to_string()).push(after);
                        qb.push(") AS k ON k.rn = r.rn");
                    }
                    qb
                };
                let inserted = if needs_codes && code_rows.is_some() {
                    let mut count = sqlx::QueryBuilder::<$db>::new("SELECT COUNT(*) FROM (");
                    $crate::store::campaigns::push_recipients!(count, &c, filter.as_ref(), cap, since);
                    count.push(") AS r");
                    let n = count.build_query_scalar::<i64>().fetch_one(&mut *tx).await?;
                    // A few spare codes for customers who subscribe between the count and the insert.
                    let wanted = usize::try_from(n).unwrap_or(0) + usize::try_from(n / 100).unwrap_or(0) + 16;
                    let mut tries = 0;
                    loop {
                        tries += 1;
                        let codes = $crate::store::campaigns::code_array(wanted);
                        // A savepoint, so codes that hit existing ones are drawn again, not the start lost.
                        let mut sp = (&mut tx).begin().await?;
                        match insert(Some(&codes)).build().execute(&mut *sp).await {
                            Ok(done) => {
                                sp.commit().await?;
                                break done.rows_affected() as usize;
                            }
                            Err(sqlx::Error::Database(e))
                                if e.is_unique_violation() && tries < $crate::store::campaigns::CODE_TRIES =>
                            {
                                sp.rollback().await?;
                            }
                            Err(e) => return Err(e.into()),
                        }
                    }
                } else {
                    insert(None).build().execute(&mut *tx).await?.rows_affected() as usize
                };

                if needs_codes {
                    // Rows still without a code get theirs here: all of them where codes are not given in the
                    // INSERT, else only those beyond the spare codes (many subscribed meanwhile), normally none.
                    let ids: Vec<i64> = sqlx::query_scalar::<$db, i64>(
                        "SELECT id FROM delivery WHERE campaign_id = $1 AND state = 'pending' AND code IS NULL \
                         ORDER BY id",
                    )
                    .bind(c.id)
                    .fetch_all(&mut *tx)
                    .await?;
                    for chunk in ids.chunks($crate::store::campaigns::CODE_BATCH) {
                        let mut tries = 0;
                        loop {
                            tries += 1;
                            let mut drawn = std::collections::HashSet::with_capacity(chunk.len());
                            while drawn.len() < chunk.len() {
                                drawn.insert($crate::store::campaigns::new_code());
                            }
                            let mut qb = sqlx::QueryBuilder::<$db>::new("UPDATE delivery SET code = v.column2 FROM (");
                            qb.push_values(chunk.iter().zip(drawn), |mut row, (id, code)| {
                                row.push_bind(*id).push_bind(code);
                            });
                            qb.push(") AS v WHERE delivery.id = v.column1");
                            let mut sp = (&mut tx).begin().await?;
                            match qb.build().execute(&mut *sp).await {
                                Ok(_) => {
                                    sp.commit().await?;
                                    break;
                                }
                                Err(sqlx::Error::Database(e))
                                    if e.is_unique_violation() && tries < $crate::store::campaigns::CODE_TRIES =>
                                {
                                    sp.rollback().await?;
                                }
                                Err(e) => return Err(e.into()),
                            }
                        }
                    }
                }

                // Its follow-up (if any) is due so many days after this start.
                if let Some(f) = sqlx::query_as::<$db, $crate::store::Campaign>(
                    "SELECT * FROM campaign WHERE parent_id = $1 AND kind = 'followup' AND state = 'draft'",
                )
                .bind(c.id)
                .fetch_optional(&mut *tx)
                .await?
                {
                    let at = now + chrono::Duration::days(i64::from(f.followup_days.unwrap_or(1)));
                    sqlx::query::<$db>(
                        "UPDATE campaign SET state = 'scheduled', send_at = $2, updated_at = $3 WHERE id = $1",
                    )
                    .bind(f.id)
                    .bind(at)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(Some(inserted))
            }

            async fn set_campaign_state(
                &self,
                workspace_id: i64,
                campaign_id: i64,
                from: $crate::store::CampaignState,
                to: $crate::store::CampaignState,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let now = $crate::store::campaigns::micros(now);
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET state = $4, updated_at = $5 \
                     WHERE workspace_id = $1 AND id = $2 AND state = $3",
                )
                .bind(workspace_id)
                .bind(campaign_id)
                .bind(from.as_str())
                .bind(to.as_str())
                .bind(now)
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn cancel_campaign(
                &self,
                workspace_id: i64,
                campaign_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let now = $crate::store::campaigns::micros(now);
                let mut tx = self.pool.begin_with($begin).await?;
                let done = sqlx::query::<$db>(
                    "UPDATE campaign SET state = 'cancelled', finished_at = $3, updated_at = $3 \
                     WHERE workspace_id = $1 AND id = $2 AND state IN ('scheduled', 'sending', 'paused')",
                )
                .bind(workspace_id)
                .bind(campaign_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    tx.rollback().await?;
                    return Ok(false);
                }
                // Rows being sent right now finish as they are; only those not yet taken are cancelled.
                sqlx::query::<$db>("UPDATE delivery SET state = 'cancelled' WHERE campaign_id = $1 AND state = 'pending'")
                    .bind(campaign_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query::<$db>(
                    "UPDATE campaign SET state = 'cancelled', finished_at = $2, updated_at = $2 \
                     WHERE parent_id = $1 AND kind = 'followup' AND state IN ('draft', 'scheduled')",
                )
                .bind(campaign_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn recent_campaigns(
                &self,
                workspace_id: i64,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::CampaignRow>> {
                Ok(sqlx::query_as::<$db, $crate::store::CampaignRow>(
                    "SELECT k.*, s.name AS segment_name FROM campaign k \
                     LEFT JOIN segment s ON s.id = k.segment_id \
                     WHERE k.workspace_id = $1 AND k.state <> 'draft' \
                     ORDER BY COALESCE(k.started_at, k.send_at, k.created_at) DESC, k.id DESC LIMIT $2",
                )
                .bind(workspace_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn due_campaigns(
                &self,
                now: chrono::DateTime<chrono::Utc>,
                limit: i64,
            ) -> $crate::store::StoreResult<Vec<$crate::store::Campaign>> {
                let now = $crate::store::campaigns::micros(now);
                Ok(sqlx::query_as::<$db, $crate::store::Campaign>(
                    "SELECT * FROM campaign WHERE state = 'scheduled' AND send_at <= $1 ORDER BY send_at, id LIMIT $2",
                )
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn next_campaign_at(&self) -> $crate::store::StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
                Ok(sqlx::query_scalar::<$db, chrono::DateTime<chrono::Utc>>(
                    "SELECT send_at FROM campaign WHERE state = 'scheduled' AND send_at IS NOT NULL \
                     ORDER BY send_at LIMIT 1",
                )
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn campaign_tally(&self, campaign_id: i64) -> $crate::store::StoreResult<$crate::store::CampaignTally> {
                let Some((state, started_at, finished_at)) = sqlx::query_as::<
                    $db,
                    (String, Option<chrono::DateTime<chrono::Utc>>, Option<chrono::DateTime<chrono::Utc>>),
                >("SELECT state, started_at, finished_at FROM campaign WHERE id = $1")
                .bind(campaign_id)
                .fetch_optional(&self.pool)
                .await?
                else {
                    return Ok($crate::store::CampaignTally { campaign_id, ..Default::default() });
                };
                let by_state: Vec<(String, i64)> = sqlx::query_as::<$db, (String, i64)>(
                    "SELECT state, COUNT(*) FROM delivery WHERE campaign_id = $1 GROUP BY state",
                )
                .bind(campaign_id)
                .fetch_all(&self.pool)
                .await?;
                let (presses, unsubscribes): (i64, i64) = sqlx::query_as::<$db, (i64, i64)>(
                    "SELECT COUNT(pressed_at), COUNT(unsubscribed_at) FROM delivery WHERE campaign_id = $1",
                )
                .bind(campaign_id)
                .fetch_one(&self.pool)
                .await?;
                let redeemed: i64 =
                    sqlx::query_scalar::<$db, i64>("SELECT COUNT(*) FROM redemption WHERE campaign_id = $1")
                        .bind(campaign_id)
                        .fetch_one(&self.pool)
                        .await?;
                let mut t = $crate::store::CampaignTally {
                    campaign_id,
                    state,
                    presses,
                    redeemed,
                    unsubscribes,
                    started_at,
                    finished_at,
                    ..Default::default()
                };
                for (state, n) in by_state {
                    match state.as_str() {
                        "pending" => t.pending = n,
                        "sending" => t.sending = n,
                        "sent" => t.sent = n,
                        "failed" => t.failed = n,
                        "blocked" => t.blocked = n,
                        "held" => t.held = n,
                        "cancelled" => t.cancelled = n,
                        "unconfirmed" => t.unconfirmed = n,
                        _ => {}
                    }
                }
                Ok(t)
            }

            // --- segments ---

            async fn insert_segment(
                &self,
                new: &$crate::store::NewSegment,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<Option<$crate::store::Segment>> {
                let now = $crate::store::campaigns::micros(now);
                Ok(sqlx::query_as::<$db, $crate::store::Segment>(
                    "INSERT INTO segment (workspace_id, name, filter, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (workspace_id, name) DO NOTHING RETURNING *",
                )
                .bind(new.workspace_id)
                .bind(&new.name)
                .bind(new.filter.to_json())
                .bind(new.created_by)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn get_segment(
                &self,
                workspace_id: i64,
                segment_id: i64,
            ) -> $crate::store::StoreResult<Option<$crate::store::Segment>> {
                Ok(sqlx::query_as::<$db, $crate::store::Segment>(
                    "SELECT * FROM segment WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(segment_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn segments(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<$crate::store::Segment>> {
                Ok(sqlx::query_as::<$db, $crate::store::Segment>(
                    "SELECT * FROM segment WHERE workspace_id = $1 ORDER BY name, id",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn count_segment(
                &self,
                workspace_id: i64,
                filter: &$crate::store::SegmentFilter,
                owner: Option<i64>,
                sample: i64,
            ) -> $crate::store::StoreResult<$crate::store::SegmentCount> {
                let mut qb = sqlx::QueryBuilder::<$db>::new(
                    "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN c.promo_state = 'subscribed' \
                     AND c.tg_user_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) FROM client c WHERE",
                );
                $crate::store::campaigns::push_segment_filter!(qb, workspace_id, filter, owner);
                let (total, subscribed): (i64, i64) = qb.build_query_as::<(i64, i64)>().fetch_one(&self.pool).await?;
                let mut qb = sqlx::QueryBuilder::<$db>::new("SELECT c.name FROM client c WHERE");
                $crate::store::campaigns::push_segment_filter!(qb, workspace_id, filter, owner);
                qb.push(" ORDER BY c.id DESC LIMIT ").push_bind(sample);
                let sample: Vec<String> = qb.build_query_scalar::<String>().fetch_all(&self.pool).await?;
                Ok($crate::store::SegmentCount { total, subscribed, sample })
            }

            async fn audience(
                &self,
                workspace_id: i64,
                filter: &$crate::store::SegmentFilter,
                default_lang: &str,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::Audience> {
                let now = $crate::store::campaigns::micros(now);
                let cap: i32 = sqlx::query_scalar::<$db, i32>("SELECT promo_cap_week FROM workspace WHERE id = $1")
                    .bind(workspace_id)
                    .fetch_optional(&self.pool)
                    .await?
                    .unwrap_or(0);
                let since = $crate::store::campaigns::cap_window_start(now);
                let mut qb = sqlx::QueryBuilder::<$db>::new("SELECT COALESCE(c.lang, ");
                qb.push_bind(default_lang.to_string())
                    .push("), COUNT(*), CAST(COALESCE(SUM(CASE WHEN ");
                // No campaign exists yet: 0 is never a campaign id, so every promotion counts.
                $crate::store::campaigns::push_capped!(qb, i64::from(cap), since, 0_i64);
                qb.push(" THEN 1 ELSE 0 END), 0) AS BIGINT) FROM client c WHERE");
                $crate::store::campaigns::push_segment_filter!(qb, workspace_id, filter, None::<i64>);
                qb.push(" AND c.promo_state = 'subscribed' AND c.tg_user_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1");
                let rows: Vec<(String, i64, i64)> =
                    qb.build_query_as::<(String, i64, i64)>().fetch_all(&self.pool).await?;
                let mut a = $crate::store::Audience::default();
                for (lang, n, held) in rows {
                    a.subscribed += n;
                    a.held += held;
                    a.langs.push((lang, n));
                }
                Ok(a)
            }

            async fn team_tags(&self, workspace_id: i64) -> $crate::store::StoreResult<Vec<String>> {
                let lists: Vec<String> = sqlx::query_scalar::<$db, String>(
                    "SELECT DISTINCT tags FROM client WHERE workspace_id = $1 AND tags <> ''",
                )
                .bind(workspace_id)
                .fetch_all(&self.pool)
                .await?;
                let mut tags: Vec<String> =
                    lists.iter().flat_map(|l| l.split('\n')).filter(|t| !t.is_empty()).map(str::to_string).collect();
                tags.sort();
                tags.dedup();
                Ok(tags)
            }

            // --- codes ---

            async fn redeem_code(
                &self,
                workspace_id: i64,
                code: &str,
                client_id: Option<i64>,
                member_id: i64,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<$crate::store::Redeemed> {
                let now = $crate::store::campaigns::micros(now);
                use $crate::store::Redeemed;
                let mut tx = self.pool.begin_with($begin).await?;
                let earlier = "SELECT r.at, m.display_name FROM redemption r JOIN member m ON m.id = r.member_id \
                     WHERE r.workspace_id = $1 AND r.code = $2 AND ($3 IS NULL OR r.client_id = $3) \
                     ORDER BY r.at LIMIT 1";
                // A unique code: the no-op write locks its delivery, so two salespeople redeeming it at once
                // take turns.
                let unique = sqlx::query_as::<$db, (i64, Option<i64>, i64)>(
                    "UPDATE delivery SET redeemed_at = redeemed_at WHERE workspace_id = $1 AND code = $2 \
                     RETURNING id, client_id, campaign_id",
                )
                .bind(workspace_id)
                .bind(code)
                .fetch_optional(&mut *tx)
                .await?;
                let outcome = if let Some((delivery_id, owner, campaign_id)) = unique {
                    if let Some((at, member_name)) = sqlx::query_as::<$db, (chrono::DateTime<chrono::Utc>, String)>(earlier)
                        .bind(workspace_id)
                        .bind(code)
                        .bind(None::<i64>)
                        .fetch_optional(&mut *tx)
                        .await?
                    {
                        Redeemed::Already { at, member_name }
                    } else {
                        sqlx::query::<$db>(
                            "INSERT INTO redemption (workspace_id, code, client_id, campaign_id, member_id, at) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(workspace_id)
                        .bind(code)
                        .bind(owner)
                        .bind(campaign_id)
                        .bind(member_id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                        sqlx::query::<$db>("UPDATE delivery SET redeemed_at = $2 WHERE id = $1")
                            .bind(delivery_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                        Redeemed::Done { client_id: owner, campaign_id: Some(campaign_id) }
                    }
                } else {
                    let shared = sqlx::query_scalar::<$db, i64>(
                        "SELECT id FROM campaign WHERE workspace_id = $1 AND code_kind = 'shared' AND code_value = $2 \
                         AND state <> 'draft' ORDER BY created_at DESC, id DESC LIMIT 1",
                    )
                    .bind(workspace_id)
                    .bind(code)
                    .fetch_optional(&mut *tx)
                    .await?;
                    match (shared, client_id) {
                        (None, _) => Redeemed::Unknown,
                        (Some(campaign_id), None) => Redeemed::NeedsClient { campaign_id },
                        (Some(campaign_id), Some(client)) => {
                            let inserted = sqlx::query::<$db>(
                                "INSERT INTO redemption (workspace_id, code, client_id, campaign_id, member_id, at) \
                                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (workspace_id, code, client_id) DO NOTHING",
                            )
                            .bind(workspace_id)
                            .bind(code)
                            .bind(client)
                            .bind(campaign_id)
                            .bind(member_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?
                            .rows_affected();
                            if inserted == 0 {
                                let (at, member_name) =
                                    sqlx::query_as::<$db, (chrono::DateTime<chrono::Utc>, String)>(earlier)
                                        .bind(workspace_id)
                                        .bind(code)
                                        .bind(Some(client))
                                        .fetch_one(&mut *tx)
                                        .await?;
                                Redeemed::Already { at, member_name }
                            } else {
                                sqlx::query::<$db>(
                                    "UPDATE delivery SET redeemed_at = $3 \
                                     WHERE campaign_id = $1 AND client_id = $2 AND redeemed_at IS NULL",
                                )
                                .bind(campaign_id)
                                .bind(client)
                                .bind(now)
                                .execute(&mut *tx)
                                .await?;
                                Redeemed::Done { client_id: Some(client), campaign_id: Some(campaign_id) }
                            }
                        }
                    }
                };
                tx.commit().await?;
                Ok(outcome)
            }

            // --- settings and birthdays ---

            async fn update_promo(
                &self,
                workspace_id: i64,
                patch: &$crate::store::PromoPatch,
            ) -> $crate::store::StoreResult<Option<$crate::store::Workspace>> {
                Ok(sqlx::query_as::<$db, $crate::store::Workspace>(
                    "UPDATE workspace SET \
                     promo_cap_week = COALESCE($2, promo_cap_week), \
                     paid_broadcast = COALESCE($3, paid_broadcast), \
                     birthday_text = CASE WHEN $4 THEN $5 ELSE birthday_text END, \
                     birthday_code = COALESCE($6, birthday_code), \
                     updated_at = $7 \
                     WHERE id = $1 RETURNING *",
                )
                .bind(workspace_id)
                .bind(patch.cap_week)
                .bind(patch.paid_broadcast)
                .bind(patch.birthday_text.is_some())
                .bind(patch.birthday_text.clone().flatten())
                .bind(patch.birthday_code.as_deref())
                .bind($crate::store::shared::now())
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn set_birthday(
                &self,
                workspace_id: i64,
                client_id: i64,
                birthday: Option<(i32, i32, Option<i32>)>,
            ) -> $crate::store::StoreResult<bool> {
                let (month, day, year) = match birthday {
                    Some((m, d, y)) => (Some(m), Some(d), y),
                    None => (None, None, None),
                };
                let done = sqlx::query::<$db>(
                    "UPDATE client SET birth_month = $3, birth_day = $4, birth_year = $5, updated_at = $6 \
                     WHERE workspace_id = $1 AND id = $2",
                )
                .bind(workspace_id)
                .bind(client_id)
                .bind(month)
                .bind(day)
                .bind(year)
                .bind($crate::store::shared::now())
                .execute(&self.pool)
                .await?;
                Ok(done.rows_affected() > 0)
            }

            async fn birthday_candidates(
                &self,
                month_days: &[(i32, i32)],
                year: i32,
            ) -> $crate::store::StoreResult<Vec<$crate::store::BirthdayCandidate>> {
                if month_days.is_empty() {
                    return Ok(Vec::new());
                }
                let mut qb = sqlx::QueryBuilder::<$db>::new(
                    "SELECT c.workspace_id, c.id AS client_id, c.birth_month, c.birth_day, COALESCE(c.tz, m.tz) AS tz \
                     FROM client c JOIN workspace w ON w.id = c.workspace_id \
                     JOIN member m ON m.id = w.owner_member_id \
                     WHERE c.promo_state = 'subscribed' AND c.tg_user_id IS NOT NULL \
                     AND w.birthday_text IS NOT NULL AND (",
                );
                for (i, (month, day)) in month_days.iter().enumerate() {
                    if i > 0 {
                        qb.push(" OR ");
                    }
                    qb.push("(c.birth_month = ").push_bind(*month).push(" AND c.birth_day = ").push_bind(*day).push(")");
                }
                qb.push(
                    ") AND NOT EXISTS (SELECT 1 FROM campaign k JOIN delivery d ON d.campaign_id = k.id \
                     WHERE k.workspace_id = c.workspace_id AND k.kind = 'birthday' AND d.client_id = c.id \
                     AND k.year = ",
                )
                .push_bind(year)
                .push(") ORDER BY c.workspace_id, c.id");
                Ok(qb.build_query_as::<$crate::store::BirthdayCandidate>().fetch_all(&self.pool).await?)
            }

            async fn add_birthday_delivery(
                &self,
                workspace_id: i64,
                client_id: i64,
                year: i32,
                now: chrono::DateTime<chrono::Utc>,
            ) -> $crate::store::StoreResult<bool> {
                let now = $crate::store::campaigns::micros(now);
                use sqlx::Acquire;
                let mut tx = self.pool.begin_with($begin).await?;
                let Some((text, code_setting, owner, lang)) = sqlx::query_as::<$db, (String, String, i64, String)>(
                    "SELECT w.birthday_text, w.birthday_code, w.owner_member_id, m.locale FROM workspace w \
                     JOIN member m ON m.id = w.owner_member_id WHERE w.id = $1 AND w.birthday_text IS NOT NULL",
                )
                .bind(workspace_id)
                .fetch_optional(&mut *tx)
                .await?
                else {
                    tx.rollback().await?;
                    return Ok(false);
                };
                let (code_kind, code_value) = $crate::store::campaigns::birthday_code(&code_setting);
                let texts = serde_json::to_string(&std::collections::BTreeMap::from([(lang.clone(), text)]))
                    .unwrap_or_else(|_| "{}".into());
                sqlx::query::<$db>(
                    "INSERT INTO campaign (workspace_id, created_by, kind, name, texts, default_lang, code_kind, \
                     code_value, state, started_at, year, created_at, updated_at) \
                     VALUES ($1, $2, 'birthday', '', $3, $4, $5, $6, 'sending', $7, $8, $7, $7) ON CONFLICT DO NOTHING",
                )
                .bind(workspace_id)
                .bind(owner)
                .bind(&texts)
                .bind(&lang)
                .bind(code_kind)
                .bind(code_value.as_deref())
                .bind(now)
                .bind(year)
                .execute(&mut *tx)
                .await?;
                // The greeting in force today is the one sent; a campaign the worker finished is taken up again.
                let campaign = sqlx::query_scalar::<$db, i64>(
                    "UPDATE campaign SET texts = $3, default_lang = $4, code_kind = $5, code_value = $6, \
                     state = CASE WHEN state = 'done' THEN 'sending' ELSE state END, \
                     finished_at = CASE WHEN state = 'done' THEN NULL ELSE finished_at END, updated_at = $7 \
                     WHERE workspace_id = $1 AND kind = 'birthday' AND year = $2 AND state IN ('sending', 'done') \
                     RETURNING id",
                )
                .bind(workspace_id)
                .bind(year)
                .bind(&texts)
                .bind(&lang)
                .bind(code_kind)
                .bind(code_value.as_deref())
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(campaign) = campaign else {
                    // Paused or cancelled for this year by the team.
                    tx.rollback().await?;
                    return Ok(false);
                };
                let mut tries = 0;
                let inserted = loop {
                    tries += 1;
                    let code = (code_kind != "none").then($crate::store::campaigns::new_code);
                    let mut sp = (&mut tx).begin().await?;
                    let result = sqlx::query::<$db>(
                        "INSERT INTO delivery (campaign_id, workspace_id, client_id, tg_user_id, lang, code, state, \
                         next_attempt_at) \
                         SELECT $1, c.workspace_id, c.id, c.tg_user_id, COALESCE(c.lang, $2), $3, 'pending', $4 \
                         FROM client c WHERE c.workspace_id = $5 AND c.id = $6 AND c.promo_state = 'subscribed' \
                         AND c.tg_user_id IS NOT NULL \
                         ON CONFLICT (campaign_id, client_id) DO NOTHING",
                    )
                    .bind(campaign)
                    .bind(&lang)
                    .bind(code)
                    .bind(now)
                    .bind(workspace_id)
                    .bind(client_id)
                    .execute(&mut *sp)
                    .await;
                    match result {
                        Ok(done) => {
                            sp.commit().await?;
                            break done.rows_affected() > 0;
                        }
                        Err(sqlx::Error::Database(e))
                            if e.is_unique_violation() && tries < $crate::store::campaigns::CODE_TRIES =>
                        {
                            sp.rollback().await?;
                        }
                        Err(e) => return Err(e.into()),
                    }
                };
                tx.commit().await?;
                Ok(inserted)
            }
        }
    };
}
pub(crate) use impl_campaign_store;
