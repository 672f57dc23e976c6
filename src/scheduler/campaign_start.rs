//! What makes campaigns start by themselves: scheduled campaigns (and follow-ups, scheduled when their parent
//! starts) whose time has come, and birthday greetings at 10:00 in each customer's zone. This job only creates
//! the `delivery` rows; the campaign worker sends them.
//!
//! Exactly once across instances: a scheduled campaign starts in `start_campaign`'s atomic state change (only
//! one instance's UPDATE matches), and a birthday greeting is one row per (campaign of the year, client) inserted
//! with `ON CONFLICT DO NOTHING`, so two instances (or two rounds) never greet anyone twice.

use std::sync::Mutex;

use async_trait::async_trait;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::{Job, Notifier};
use crate::core::Engine;
use crate::core::campaigns::dates::is_birthday;
use crate::store::StoreError;

/// Scheduled campaigns started per round; the loop goes on while rounds come back full.
const BATCH: i64 = 20;
/// Greetings go out from this local time on.
const GREETING_TIME: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};
/// Birthdays are looked for this often (a greeting may come up to this late after 10:00).
const BIRTHDAY_EVERY: Duration = Duration::minutes(5);

#[derive(Default)]
pub struct CampaignStartJob {
    /// When this instance last looked for birthdays.
    birthdays_at: Mutex<Option<DateTime<Utc>>>,
}

#[async_trait]
impl Job for CampaignStartJob {
    async fn run_due(&self, engine: &Engine, _notifier: &dyn Notifier, _instance: &str) -> Result<usize, StoreError> {
        let store = engine.store();
        let now = engine.clock().now();
        let mut handled = 0;
        for campaign in store.due_campaigns(now, BATCH).await? {
            // `None`: another instance started it first, or it was cancelled meanwhile.
            if let Some(rows) = store.start_campaign(campaign.id, now).await? {
                tracing::info!(campaign = campaign.id, rows, "scheduled campaign started");
                handled += 1;
            }
        }
        if self.birthdays_due(now) {
            handled += greet(engine, now).await?;
        }
        Ok(handled)
    }

    async fn next_due(&self, engine: &Engine) -> Result<Option<DateTime<Utc>>, StoreError> {
        let scheduled = engine.store().next_campaign_at().await?;
        let birthdays = self.birthdays_at.lock().map(|at| at.map(|t| t + BIRTHDAY_EVERY)).unwrap_or(None);
        Ok(match (scheduled, birthdays) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        })
    }
}

impl CampaignStartJob {
    /// Whether to look for birthdays now (and note that we do).
    fn birthdays_due(&self, now: DateTime<Utc>) -> bool {
        let Ok(mut last) = self.birthdays_at.lock() else { return true };
        match *last {
            Some(at) if now >= at && now - at < BIRTHDAY_EVERY => false,
            _ => {
                *last = Some(now);
                true
            }
        }
    }
}

/// The (month, day) pairs that are today somewhere on Earth, 29 February included in years without one.
pub fn birthdays_around(now: DateTime<Utc>) -> Vec<(i32, i32)> {
    let today = now.date_naive();
    let mut pairs: Vec<(i32, i32)> = Vec::new();
    for offset in [-1, 0, 1] {
        let Some(date) = today.checked_add_signed(Duration::days(offset)) else { continue };
        pairs.push((date.month() as i32, date.day() as i32));
        let leap = NaiveDate::from_ymd_opt(date.year(), 2, 29).is_some();
        if date.month() == 2 && date.day() == 28 && !leap {
            pairs.push((2, 29));
        }
    }
    pairs.sort();
    pairs.dedup();
    pairs
}

/// Each subscribed client whose birthday it is in their zone, from 10:00 there, gets this year's greeting.
async fn greet(engine: &Engine, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let store = engine.store();
    let candidates = store.birthday_candidates(&birthdays_around(now), now.year()).await?;
    let mut greeted = 0;
    for c in candidates {
        let tz: Tz = c.tz.parse().unwrap_or(Tz::UTC);
        let local = now.with_timezone(&tz).naive_local();
        let (Ok(month), Ok(day)) = (u32::try_from(c.birth_month), u32::try_from(c.birth_day)) else { continue };
        if !is_birthday(month, day, local.date()) || local.time() < GREETING_TIME {
            continue;
        }
        // One bad row must never stop the others.
        match store.add_birthday_delivery(c.workspace_id, c.client_id, local.year(), now).await {
            Ok(true) => greeted += 1,
            Ok(false) => {}
            Err(e) => tracing::error!(error = ?e, client = c.client_id, "adding a birthday greeting failed"),
        }
    }
    Ok(greeted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn birthdays_around_cover_every_zone_and_the_29th_of_february() {
        let at = Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0).unwrap();
        assert_eq!(birthdays_around(at), vec![(2, 27), (2, 28), (2, 29), (3, 1)]);
        let at = Utc.with_ymd_and_hms(2028, 2, 28, 12, 0, 0).unwrap();
        assert_eq!(birthdays_around(at), vec![(2, 27), (2, 28), (2, 29)]);
        let at = Utc.with_ymd_and_hms(2026, 12, 31, 23, 0, 0).unwrap();
        assert_eq!(birthdays_around(at), vec![(1, 1), (12, 30), (12, 31)]);
    }
}
