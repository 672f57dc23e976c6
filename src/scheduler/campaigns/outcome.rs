//! What a failed promotion send does to its row: each kind of failure has one answer (see the module above).

use chrono::{DateTime, Duration, Utc};

use crate::scheduler::{PromoError, retry_delay};
use crate::store::Setback;

/// The row's new state, and whether the whole campaign must stop (its photo is refused: every message would be).
pub(super) fn setback(error: &PromoError, attempts: i32, max_attempts: i32, now: DateTime<Utc>) -> (Setback, bool) {
    match error {
        // Nothing was sent: the row waits out the flood limit without losing an attempt.
        PromoError::RetryAfter(after) => {
            let wait = Duration::from_std(*after).unwrap_or(Duration::seconds(1));
            (
                Setback::Release { at: now + wait, reason: format!("flood limit: retry after {}s", after.as_secs()) },
                false,
            )
        }
        // Nothing was sent either; the row waits for the campaign to be resumed.
        PromoError::BadPhoto(reason) => (Setback::Release { at: now, reason: reason.clone() }, true),
        PromoError::Blocked(reason) => (Setback::Blocked { reason: reason.clone() }, false),
        PromoError::Refused(reason) => (Setback::Refused { reason: reason.clone() }, false),
        PromoError::Transient(reason) => {
            let attempt = attempts + 1;
            let retry_at = (attempt < max_attempts).then(|| now + retry_delay(attempt));
            (Setback::Retry { retry_at, reason: reason.clone() }, false)
        }
        PromoError::Unknown(reason) => (Setback::Unknown { reason: reason.clone() }, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 1, 10, 0, 0).unwrap()
    }

    #[test]
    fn a_flood_limit_costs_no_attempt_and_waits_its_retry_after() {
        let (s, pause) = setback(&PromoError::RetryAfter(std::time::Duration::from_secs(7)), 2, 3, now());
        assert!(!pause);
        assert!(matches!(s, Setback::Release { at, .. } if at == now() + Duration::seconds(7)));
    }

    #[test]
    fn passing_trouble_is_retried_with_backoff_then_given_up() {
        let (s, _) = setback(&PromoError::Transient("502".into()), 0, 3, now());
        assert!(matches!(s, Setback::Retry { retry_at: Some(at), .. } if at == now() + retry_delay(1)));
        let (s, _) = setback(&PromoError::Transient("502".into()), 2, 3, now());
        assert!(matches!(s, Setback::Retry { retry_at: None, .. }), "the third failure is the last");
    }

    #[test]
    fn a_refused_photo_stops_the_campaign_and_keeps_the_row() {
        let (s, pause) = setback(&PromoError::BadPhoto("wrong file id".into()), 0, 3, now());
        assert!(pause);
        assert!(matches!(s, Setback::Release { at, .. } if at == now()));
    }

    #[test]
    fn blocked_refused_and_unknown_are_final() {
        assert!(matches!(setback(&PromoError::Blocked("403".into()), 0, 3, now()).0, Setback::Blocked { .. }));
        assert!(matches!(setback(&PromoError::Refused("400".into()), 0, 3, now()).0, Setback::Refused { .. }));
        assert!(matches!(setback(&PromoError::Unknown("timeout".into()), 0, 3, now()).0, Setback::Unknown { .. }));
    }
}
