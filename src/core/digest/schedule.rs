//! When a daily digest (or stale sweep) falls due, in the member's own zone: one slot per local date, on the
//! chosen ISO weekdays, at the chosen local time. The local date is the key, so a daylight-saving change never
//! skips or doubles a day: a time in the spring gap moves to the first valid instant after it, a time in the
//! autumn overlap takes the earlier instant (`parse::when::local_to_utc`).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use crate::parse::when::local_to_utc;

/// A set of ISO weekdays (bit 0 = Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Days(u8);

impl Days {
    pub const ALL: Days = Days(0b111_1111);
    pub const WORKDAYS: Days = Days(0b001_1111);

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn with(self, day: Weekday) -> Days {
        Days(self.0 | (1 << day.num_days_from_monday()))
    }

    pub fn union(self, other: Days) -> Days {
        Days(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The days in order, Monday first, as ISO numbers 1–7.
    pub fn iso(self) -> Vec<u32> {
        (1..=7).filter(|n| self.0 & (1 << (n - 1)) != 0).collect()
    }

    /// The stored form, "1,2,3,4,5"; anything unreadable in it is ignored.
    pub fn parse_stored(s: &str) -> Days {
        s.split(',').filter_map(|p| p.trim().parse::<u32>().ok()).filter_map(iso_weekday).fold(Days(0), Days::with)
    }

    pub fn to_stored(self) -> String {
        self.iso().iter().map(u32::to_string).collect::<Vec<_>>().join(",")
    }
}

/// ISO weekday number (1 = Monday) to a weekday.
pub fn iso_weekday(n: u32) -> Option<Weekday> {
    use Weekday::*;
    Some(match n {
        1 => Mon,
        2 => Tue,
        3 => Wed,
        4 => Thu,
        5 => Fri,
        6 => Sat,
        7 => Sun,
        _ => return None,
    })
}

/// "HH:MM" (or "H:MM", "H.MM"), 00:00–23:59.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.split_once([':', '.'])?;
    let digits = |p: &str, max: usize| !p.is_empty() && p.len() <= max && p.bytes().all(|c| c.is_ascii_digit());
    if !digits(h, 2) || !digits(m, 2) || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// The stored "HH:MM", or 09:00 if it does not read.
pub fn stored_time(s: &str) -> NaiveTime {
    parse_time(s).unwrap_or_else(default_time)
}

pub fn default_time() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).expect("09:00 is a valid time")
}

/// What a schedule needs: where, when, which days; slots up to `since` do not count (settings changed later).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Schedule {
    pub tz: Tz,
    pub time: NaiveTime,
    pub days: Days,
    pub since: Option<DateTime<Utc>>,
}

impl Schedule {
    /// The instant of the slot on a local date (whether or not that date is a digest day).
    pub fn slot_on(&self, date: NaiveDate) -> DateTime<Utc> {
        local_to_utc(self.tz, date.and_time(self.time))
    }

    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }

    /// Today's slot (local date and instant) if today is a digest day and the slot is not before `since`;
    /// it may still be ahead of `now` or already past.
    pub fn today(&self, now: DateTime<Utc>) -> Option<(NaiveDate, DateTime<Utc>)> {
        let date = self.local_date(now);
        if !self.days.contains(date.weekday()) {
            return None;
        }
        let slot = self.slot_on(date);
        match self.since {
            // A slot at the very moment of the change is not missed either (`/digest here` just showed it).
            Some(since) if slot <= since => None,
            _ => Some((date, slot)),
        }
    }

    /// The first slot strictly after `now`: today's if still ahead, else the next digest day's.
    pub fn next_after(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let today = self.local_date(now);
        (0..=7)
            .map(|d| today + Duration::days(d))
            .filter(|date| self.days.contains(date.weekday()))
            .map(|date| self.slot_on(date))
            .find(|slot| *slot > now)
    }

    /// The digest day before `today` (what "yesterday" means on a Monday after a free weekend: since Friday);
    /// plain yesterday when no day is chosen.
    pub fn previous_day(&self, today: NaiveDate) -> NaiveDate {
        (1..=7)
            .map(|d| today - Duration::days(d))
            .find(|date| self.days.contains(date.weekday()))
            .unwrap_or(today - Duration::days(1))
    }

    /// Local midnight of a date, as an instant.
    pub fn midnight(&self, date: NaiveDate) -> DateTime<Utc> {
        local_to_utc(self.tz, date.and_time(NaiveTime::MIN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn ny(days: Days, time: &str) -> Schedule {
        Schedule { tz: Tz::America__New_York, time: parse_time(time).unwrap(), days, since: None }
    }

    #[test]
    fn days_round_trip_and_ignore_junk() {
        assert_eq!(Days::parse_stored("1,2,3,4,5"), Days::WORKDAYS);
        assert_eq!(Days::parse_stored("7, 1,x,9"), Days::default().with(Weekday::Mon).with(Weekday::Sun));
        assert_eq!(Days::ALL.to_stored(), "1,2,3,4,5,6,7");
        assert!(Days::parse_stored("").is_empty());
    }

    #[test]
    fn times_read_strictly() {
        assert_eq!(parse_time("8:30"), NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(parse_time("08.30"), NaiveTime::from_hms_opt(8, 30, 0));
        for bad in ["24:00", "8:3", "8", ":30", "8:300", "a:30", "-1:30", "12:60"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn slots_keep_local_time_across_daylight_saving() {
        let s = ny(Days::ALL, "09:00");
        // EST is UTC-5, EDT UTC-4.
        let spring = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        assert_eq!(s.slot_on(spring), Utc.with_ymd_and_hms(2026, 3, 8, 13, 0, 0).unwrap());
        assert_eq!(s.slot_on(spring.pred_opt().unwrap()), Utc.with_ymd_and_hms(2026, 3, 7, 14, 0, 0).unwrap());
        let autumn = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert_eq!(s.slot_on(autumn), Utc.with_ymd_and_hms(2026, 11, 1, 14, 0, 0).unwrap());
        // 02:30 does not exist on 8 March: the first valid instant after the gap, 03:30 EDT.
        let gap = ny(Days::ALL, "02:30").slot_on(spring);
        assert_eq!(gap.with_timezone(&Tz::America__New_York).format("%H:%M").to_string(), "03:30");
        // 01:30 happens twice on 1 November: the earlier one (EDT).
        assert_eq!(ny(Days::ALL, "01:30").slot_on(autumn), Utc.with_ymd_and_hms(2026, 11, 1, 5, 30, 0).unwrap());
    }

    #[test]
    fn the_next_slot_skips_days_off_and_passed_slots() {
        let s = ny(Days::WORKDAYS, "09:00");
        // Friday 2026-11-27 10:00 EST: today's slot has passed; the next is Monday's.
        let friday = Utc.with_ymd_and_hms(2026, 11, 27, 15, 0, 0).unwrap();
        assert_eq!(s.next_after(friday), Some(Utc.with_ymd_and_hms(2026, 11, 30, 14, 0, 0).unwrap()));
        assert_eq!(s.today(friday).map(|t| t.0), NaiveDate::from_ymd_opt(2026, 11, 27));
        let saturday = friday + Duration::days(1);
        assert_eq!(s.today(saturday), None);
        assert_eq!(ny(Days::default(), "09:00").next_after(friday), None);
    }

    #[test]
    fn a_slot_before_the_settings_changed_is_not_due() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap();
        let mut s = ny(Days::ALL, "08:30");
        s.since = Some(now - Duration::minutes(1));
        assert_eq!(s.today(now), None);
        s.since = Some(now - Duration::hours(5));
        assert!(s.today(now).is_some());
    }

    #[test]
    fn yesterday_after_a_weekend_means_since_friday() {
        let s = ny(Days::WORKDAYS, "09:00");
        let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(s.previous_day(monday), NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let tuesday = monday.succ_opt().unwrap();
        assert_eq!(s.previous_day(tuesday), monday);
    }
}
