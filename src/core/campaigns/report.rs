//! A campaign's figures in words: the progress message the delivery worker keeps editing while it sends, and the
//! report shown when it is over (and in `/campaigns`).

use chrono::{DateTime, Utc};

use crate::core::reply::Text;
use crate::store::CampaignTally;

/// Sent, failed, blocked, remaining, and the time left at the rate so far.
pub fn progress_text(tally: &CampaignTally, now: DateTime<Utc>) -> Text {
    let mut lines = vec![
        Text::key("camp-progress")
            .with("sent", tally.sent)
            .with("failed", tally.failed)
            .with("blocked", tally.blocked)
            .with("remaining", tally.remaining()),
    ];
    if tally.state == "paused" {
        lines.push(Text::key("camp-progress-paused"));
    } else if tally.remaining() > 0 {
        lines.push(time_left(tally, now));
    }
    Text::Lines(lines)
}

/// Delivered, blocked, failed, held by the cap, unconfirmed, presses, redemptions, unsubscribes.
pub fn report_text(tally: &CampaignTally) -> Text {
    let mut lines = vec![
        Text::key("camp-report-delivered").with("n", tally.sent),
        Text::key("camp-report-blocked").with("n", tally.blocked),
        Text::key("camp-report-failed").with("n", tally.failed),
    ];
    if tally.held > 0 {
        lines.push(Text::key("camp-report-held").with("n", tally.held));
    }
    if tally.unconfirmed > 0 {
        lines.push(Text::key("camp-report-unconfirmed").with("n", tally.unconfirmed));
    }
    if tally.remaining() > 0 {
        lines.push(Text::key("camp-report-remaining").with("n", tally.remaining()));
    }
    lines.push(Text::key("camp-report-presses").with("n", tally.presses));
    lines.push(Text::key("camp-report-redeemed").with("n", tally.redeemed));
    lines.push(Text::key("camp-report-unsubscribes").with("n", tally.unsubscribes));
    Text::Lines(lines)
}

/// The rows still to send divided by the rate of the rows settled since the start.
fn time_left(tally: &CampaignTally, now: DateTime<Utc>) -> Text {
    let elapsed_ms = tally.started_at.map_or(0, |start| (now - start).num_milliseconds());
    let settled = tally.settled();
    if settled <= 0 || elapsed_ms <= 0 {
        return Text::key("camp-eta-unknown");
    }
    // remaining / (settled / elapsed), rounded up to whole seconds.
    let (num, den) = (tally.remaining() as i128 * elapsed_ms as i128, settled as i128 * 1000);
    let secs = (num + den - 1) / den;
    let secs = i64::try_from(secs).unwrap_or(i64::MAX);
    if secs < 90 {
        Text::key("camp-eta-seconds").with("seconds", secs.max(1))
    } else if secs < 90 * 60 {
        Text::key("camp-eta-minutes").with("minutes", (secs + 30) / 60)
    } else {
        let minutes = (secs + 30) / 60;
        Text::key("camp-eta-hours").with("hours", minutes / 60).with("minutes", minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn tally(sent: i64, pending: i64, started: DateTime<Utc>) -> CampaignTally {
        CampaignTally { state: "sending".into(), sent, pending, started_at: Some(started), ..Default::default() }
    }

    fn key_args(text: &Text) -> Vec<(&'static str, Vec<(&'static str, crate::core::reply::Arg)>)> {
        match text {
            Text::Lines(parts) => parts.iter().flat_map(key_args).collect(),
            Text::Msg { key, args } => vec![(*key, args.clone())],
            _ => vec![],
        }
    }

    #[test]
    fn time_left_follows_the_rate_so_far() {
        let start = Utc.with_ymd_and_hms(2026, 5, 1, 10, 0, 0).unwrap();
        // 3,000 sent in 100 s: 30/s; 27,000 left is 900 s = 15 min.
        let text = progress_text(&tally(3000, 27_000, start), start + Duration::seconds(100));
        let parts = key_args(&text);
        assert_eq!(parts[1].0, "camp-eta-minutes");
        assert_eq!(parts[1].1, vec![("minutes", crate::core::reply::Arg::Num(15))]);
        // Nothing settled yet: no rate to go by.
        let parts = key_args(&progress_text(&tally(0, 10, start), start + Duration::seconds(5)));
        assert_eq!(parts[1].0, "camp-eta-unknown");
        // 10 left at 1/s.
        let parts = key_args(&progress_text(&tally(20, 10, start), start + Duration::seconds(20)));
        assert_eq!(parts[1], ("camp-eta-seconds", vec![("seconds", crate::core::reply::Arg::Num(10))]));
        // Hours and minutes: 100,000 left at 10/s is 2 h 47 min.
        let parts = key_args(&progress_text(&tally(100, 100_000, start), start + Duration::seconds(10)));
        assert_eq!(parts[1].0, "camp-eta-hours");
        assert_eq!(
            parts[1].1,
            vec![("hours", crate::core::reply::Arg::Num(2)), ("minutes", crate::core::reply::Arg::Num(47))]
        );
    }

    #[test]
    fn the_report_shows_held_and_unconfirmed_only_when_there_are_some() {
        let t = CampaignTally { sent: 5, presses: 2, redeemed: 1, unsubscribes: 1, ..Default::default() };
        let keys = report_text(&t).keys();
        assert!(!keys.contains(&"camp-report-held") && !keys.contains(&"camp-report-unconfirmed"));
        let t = CampaignTally { held: 3, unconfirmed: 1, ..t };
        let keys = report_text(&t).keys();
        assert!(keys.contains(&"camp-report-held") && keys.contains(&"camp-report-unconfirmed"));
    }
}
