//! Button payloads: compact (Telegram allows 64 bytes), ids only, never user text. Anything that does not
//! decode exactly is treated as a stale or forged button.

use crate::store::ActivityKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Lang(String),
    /// An index into `parse::tz::common_zones(lang)`.
    Zone(usize),
    OpenClient(i64),
    /// The next page of the member's last search, from this offset.
    FindPage(i64),
    Log(ActivityKind, i64),
    RemindFor(i64),
    Edit(i64),
    ReminderDone(i64),
    ReminderHour(i64),
    ReminderTomorrow(i64),
    Outcome(i64, Outcome),
    SaveNote,
    DropNote,
    AddAnyway,
    AddCancel,
    /// A button of one of the feature areas; the area decodes the rest itself (strictly).
    Area(Area, String),
}

/// Feature areas with buttons of their own, each under an upper-case prefix no core payload uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Team,
    Deal,
    Report,
    Digest,
    /// Buttons a customer presses (opt-in, language, Unsubscribe, a promotion's link).
    Customer,
    /// A member's buttons for segments and campaigns.
    Campaign,
    /// The audit log's pages.
    Audit,
}

impl Area {
    const ALL: [Area; 7] =
        [Area::Team, Area::Deal, Area::Report, Area::Digest, Area::Customer, Area::Campaign, Area::Audit];

    fn prefix(self) -> &'static str {
        match self {
            Area::Team => "T",
            Area::Deal => "D",
            Area::Report => "P",
            Area::Digest => "G",
            Area::Customer => "C",
            Area::Campaign => "K",
            Area::Audit => "A",
        }
    }

    /// The payload of one of this area's buttons: `T:<rest>`.
    pub fn payload(self, rest: &str) -> String {
        Payload::Area(self, rest.to_string()).encode()
    }
}

/// What came of a meeting or call; codes are stored, words come from the locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    NextStep,
    Won,
    Undecided,
    Lost,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::NextStep, Outcome::Won, Outcome::Undecided, Outcome::Lost];

    pub fn code(self) -> &'static str {
        match self {
            Outcome::NextStep => "next",
            Outcome::Won => "won",
            Outcome::Undecided => "open",
            Outcome::Lost => "lost",
        }
    }
    pub fn from_code(s: &str) -> Option<Self> {
        Outcome::ALL.into_iter().find(|o| o.code() == s)
    }
    /// The Fluent key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::NextStep => "outcome-next",
            Outcome::Won => "outcome-won",
            Outcome::Undecided => "outcome-open",
            Outcome::Lost => "outcome-lost",
        }
    }
}

fn kind_code(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Meeting => "m",
        ActivityKind::Call => "k",
        ActivityKind::Note => "n",
        ActivityKind::Message => "g",
    }
}

impl Payload {
    pub fn encode(&self) -> String {
        match self {
            Payload::Lang(l) => format!("l:{l}"),
            Payload::Zone(i) => format!("z:{i}"),
            Payload::OpenClient(id) => format!("c:{id}"),
            Payload::FindPage(off) => format!("f:{off}"),
            Payload::Log(kind, id) => format!("{}:{id}", kind_code(*kind)),
            Payload::RemindFor(id) => format!("rn:{id}"),
            Payload::Edit(id) => format!("e:{id}"),
            Payload::ReminderDone(id) => format!("rd:{id}"),
            Payload::ReminderHour(id) => format!("rh:{id}"),
            Payload::ReminderTomorrow(id) => format!("rt:{id}"),
            Payload::Outcome(id, o) => format!("o:{id}:{}", o.code()),
            Payload::SaveNote => "ns".into(),
            Payload::DropNote => "nx".into(),
            Payload::AddAnyway => "ay".into(),
            Payload::AddCancel => "ax".into(),
            Payload::Area(area, rest) => format!("{}:{rest}", area.prefix()),
        }
    }

    pub fn decode(data: &str) -> Option<Payload> {
        if data.len() > 64 {
            return None;
        }
        for area in Area::ALL {
            if let Some(rest) = data.strip_prefix(area.prefix()).and_then(|r| r.strip_prefix(':')) {
                return Some(Payload::Area(area, rest.to_string()));
            }
        }
        let mut parts = data.split(':');
        let tag = parts.next()?;
        let a = parts.next();
        let b = parts.next();
        if parts.next().is_some() {
            return None;
        }
        // Digits only: "+5" or " 5" are not numbers we ever wrote.
        let index = |s: Option<&str>| -> Option<i64> {
            let s = s?;
            if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            s.parse::<i64>().ok()
        };
        let id = |s: Option<&str>| index(s).filter(|n| *n > 0);
        let payload = match (tag, a, b) {
            ("l", Some(l), None) if crate::i18n::LANGS.contains(&l) => Payload::Lang(l.to_string()),
            ("z", _, None) => Payload::Zone(usize::try_from(index(a)?).ok()?),
            ("c", _, None) => Payload::OpenClient(id(a)?),
            ("f", _, None) => Payload::FindPage(index(a)?),
            ("m", _, None) => Payload::Log(ActivityKind::Meeting, id(a)?),
            ("k", _, None) => Payload::Log(ActivityKind::Call, id(a)?),
            ("n", _, None) => Payload::Log(ActivityKind::Note, id(a)?),
            ("rn", _, None) => Payload::RemindFor(id(a)?),
            ("e", _, None) => Payload::Edit(id(a)?),
            ("rd", _, None) => Payload::ReminderDone(id(a)?),
            ("rh", _, None) => Payload::ReminderHour(id(a)?),
            ("rt", _, None) => Payload::ReminderTomorrow(id(a)?),
            ("o", _, Some(code)) => Payload::Outcome(id(a)?, Outcome::from_code(code)?),
            ("ns", None, None) => Payload::SaveNote,
            ("nx", None, None) => Payload::DropNote,
            ("ay", None, None) => Payload::AddAnyway,
            ("ax", None, None) => Payload::AddCancel,
            _ => return None,
        };
        Some(payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_payload_round_trips_within_64_bytes() {
        let all = vec![
            Payload::Lang("fa".into()),
            Payload::Zone(0),
            Payload::Zone(5),
            Payload::OpenClient(i64::MAX),
            Payload::FindPage(0),
            Payload::FindPage(40),
            Payload::Log(ActivityKind::Meeting, 7),
            Payload::Log(ActivityKind::Call, 7),
            Payload::Log(ActivityKind::Note, 7),
            Payload::RemindFor(3),
            Payload::Edit(3),
            Payload::ReminderDone(9),
            Payload::ReminderHour(9),
            Payload::ReminderTomorrow(9),
            Payload::Outcome(i64::MAX, Outcome::Lost),
            Payload::SaveNote,
            Payload::DropNote,
            Payload::AddAnyway,
            Payload::AddCancel,
            Payload::Area(Area::Deal, "m:12:3:4".into()),
        ];
        for p in all {
            let data = p.encode();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Payload::decode(&data), Some(p), "{data}");
        }
    }

    #[test]
    fn forged_payloads_are_refused() {
        for bad in [
            "",
            "c",
            "c:",
            "c:-1",
            "c:+1",
            "c: 1",
            "c:0",
            "c:1:2",
            "c:99999999999999999999",
            "l:xx",
            "o:1:maybe",
            "o:1",
            "ns:1",
            "zz:1",
            "c:1x",
            "f:-5",
            &"c:1".repeat(30),
        ] {
            assert_eq!(Payload::decode(bad), None, "{bad:?}");
        }
    }
}

/// What the button codecs' property tests (`props` in each area's `payload.rs`) draw from.
#[cfg(test)]
pub(crate) mod strategies {
    use proptest::prelude::*;

    /// Row ids: small ones, as in a young database, and any up to the largest.
    pub fn id() -> impl Strategy<Value = i64> {
        prop_oneof![1i64..100, 1i64..=i64::MAX]
    }

    /// One of the languages we speak.
    pub fn lang() -> impl Strategy<Value = String> {
        prop::sample::select(crate::i18n::LANGS.to_vec()).prop_map(str::to_string)
    }
}
