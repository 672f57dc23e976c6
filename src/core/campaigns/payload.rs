//! The buttons of segments and campaigns, after the `K:` prefix. Campaign buttons carry the campaign's id (the
//! handler checks it belongs to the member's team); segment-builder buttons carry only which condition, since
//! the filter being built lives in the member's session.

use crate::core::callback::Area;
use crate::i18n::LANGS;

/// A condition of the segment builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Tags,
    Source,
    Stage,
    Won,
    Lost,
    ActiveBefore,
    ActiveAfter,
    WonTotal,
    Purchases,
    BirthMonth,
    Lang,
    Subscribed,
}

impl Field {
    pub const ALL: [Field; 12] = [
        Field::Tags,
        Field::Source,
        Field::Stage,
        Field::Won,
        Field::Lost,
        Field::ActiveBefore,
        Field::ActiveAfter,
        Field::WonTotal,
        Field::Purchases,
        Field::BirthMonth,
        Field::Lang,
        Field::Subscribed,
    ];

    fn code(self) -> &'static str {
        match self {
            Field::Tags => "t",
            Field::Source => "s",
            Field::Stage => "g",
            Field::Won => "w",
            Field::Lost => "l",
            Field::ActiveBefore => "b",
            Field::ActiveAfter => "a",
            Field::WonTotal => "m",
            Field::Purchases => "n",
            Field::BirthMonth => "h",
            Field::Lang => "k",
            Field::Subscribed => "u",
        }
    }

    fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// Which code a campaign gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeChoice {
    None,
    Shared,
    Unique,
    Percent,
}

impl CodeChoice {
    const ALL: [CodeChoice; 4] = [CodeChoice::None, CodeChoice::Shared, CodeChoice::Unique, CodeChoice::Percent];

    fn code(self) -> &'static str {
        match self {
            CodeChoice::None => "n",
            CodeChoice::Shared => "s",
            CodeChoice::Unique => "u",
            CodeChoice::Percent => "p",
        }
    }
}

/// A step of the composer that can be skipped or finished with a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Done with the other languages: on to the photo.
    Languages,
    /// No photo.
    Photo,
    /// No link.
    Link,
    /// No follow-up: on to the summary.
    Followup,
}

impl Next {
    const ALL: [Next; 4] = [Next::Languages, Next::Photo, Next::Link, Next::Followup];

    fn code(self) -> &'static str {
        match self {
            Next::Languages => "l",
            Next::Photo => "p",
            Next::Link => "k",
            Next::Followup => "f",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CampButton {
    // --- the segment builder ---
    /// Set or change a condition (a value is typed or picked next; won/lost toggle).
    Field(Field),
    /// A source from the team's list, by its place in it.
    Source(usize),
    Stage(i64),
    Month(u32),
    Lang(String),
    /// Subscribed: yes, no or either.
    Subscribed(Option<bool>),
    /// Start over with no conditions.
    Clear,
    /// Save: the name is typed next.
    Save,
    /// Start a campaign for this saved segment.
    UseSegment(i64),

    // --- composing a campaign ---
    /// Write a version in this language.
    Version {
        campaign: i64,
        lang: String,
    },
    Next {
        campaign: i64,
        step: Next,
    },
    Code {
        campaign: i64,
        choice: CodeChoice,
    },
    /// Add a follow-up (its days and text are typed next).
    AddFollowup(i64),
    Preview(i64),
    SendNow(i64),
    Schedule(i64),
    /// Throw the draft away.
    Drop(i64),

    // --- a started campaign ---
    Open(i64),
    Pause(i64),
    Resume(i64),
    Cancel(i64),

    // --- /promo ---
    Paid {
        ws: i64,
        on: bool,
    },
}

impl CampButton {
    fn rest(&self) -> String {
        match self {
            CampButton::Field(f) => format!("f:{}", f.code()),
            CampButton::Source(i) => format!("so:{i}"),
            CampButton::Stage(id) => format!("st:{id}"),
            CampButton::Month(m) => format!("mo:{m}"),
            CampButton::Lang(l) => format!("la:{l}"),
            CampButton::Subscribed(v) => format!("su:{}", tri(*v)),
            CampButton::Clear => "x".into(),
            CampButton::Save => "v".into(),
            CampButton::UseSegment(id) => format!("p:{id}"),
            CampButton::Version { campaign, lang } => format!("l:{campaign}:{lang}"),
            CampButton::Next { campaign, step } => format!("n:{campaign}:{}", step.code()),
            CampButton::Code { campaign, choice } => format!("c:{campaign}:{}", choice.code()),
            CampButton::AddFollowup(id) => format!("fu:{id}"),
            CampButton::Preview(id) => format!("pv:{id}"),
            CampButton::SendNow(id) => format!("go:{id}"),
            CampButton::Schedule(id) => format!("sc:{id}"),
            CampButton::Drop(id) => format!("dr:{id}"),
            CampButton::Open(id) => format!("o:{id}"),
            CampButton::Pause(id) => format!("pa:{id}"),
            CampButton::Resume(id) => format!("re:{id}"),
            CampButton::Cancel(id) => format!("ca:{id}"),
            CampButton::Paid { ws, on } => format!("pb:{ws}:{}", u8::from(*on)),
        }
    }

    /// The full callback payload, `K:<rest>`.
    pub fn encode(&self) -> String {
        Area::Campaign.payload(&self.rest())
    }

    /// Strictly: exactly the shape `encode` writes, positive ids in plain digits; anything else is `None`.
    pub fn decode(rest: &str) -> Option<CampButton> {
        let parts: Vec<&str> = rest.split(':').collect();
        let num = |i: usize| -> Option<i64> {
            let s = parts.get(i)?;
            if s.is_empty() || s.len() > 19 || !s.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            s.parse::<i64>().ok()
        };
        let id = |i: usize| num(i).filter(|n| *n > 0);
        let button = match (parts[0], parts.len()) {
            ("f", 2) => CampButton::Field(Field::from_code(parts[1])?),
            ("so", 2) => CampButton::Source(usize::try_from(num(1)?).ok()?),
            ("st", 2) => CampButton::Stage(id(1)?),
            ("mo", 2) => CampButton::Month(u32::try_from(id(1)?).ok().filter(|m| (1..=12).contains(m))?),
            ("la", 2) if LANGS.contains(&parts[1]) => CampButton::Lang(parts[1].to_string()),
            ("su", 2) => CampButton::Subscribed(untri(parts[1])?),
            ("x", 1) => CampButton::Clear,
            ("v", 1) => CampButton::Save,
            ("p", 2) => CampButton::UseSegment(id(1)?),
            ("l", 3) if LANGS.contains(&parts[2]) => {
                CampButton::Version { campaign: id(1)?, lang: parts[2].to_string() }
            }
            ("n", 3) => {
                let step = Next::ALL.into_iter().find(|n| n.code() == parts[2])?;
                CampButton::Next { campaign: id(1)?, step }
            }
            ("c", 3) => {
                let choice = CodeChoice::ALL.into_iter().find(|c| c.code() == parts[2])?;
                CampButton::Code { campaign: id(1)?, choice }
            }
            ("fu", 2) => CampButton::AddFollowup(id(1)?),
            ("pv", 2) => CampButton::Preview(id(1)?),
            ("go", 2) => CampButton::SendNow(id(1)?),
            ("sc", 2) => CampButton::Schedule(id(1)?),
            ("dr", 2) => CampButton::Drop(id(1)?),
            ("o", 2) => CampButton::Open(id(1)?),
            ("pa", 2) => CampButton::Pause(id(1)?),
            ("re", 2) => CampButton::Resume(id(1)?),
            ("ca", 2) => CampButton::Cancel(id(1)?),
            ("pb", 3) => {
                let on = match parts[2] {
                    "1" => true,
                    "0" => false,
                    _ => return None,
                };
                CampButton::Paid { ws: id(1)?, on }
            }
            _ => return None,
        };
        Some(button)
    }
}

fn tri(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "y",
        Some(false) => "n",
        None => "a",
    }
}

fn untri(s: &str) -> Option<Option<bool>> {
    Some(match s {
        "y" => Some(true),
        "n" => Some(false),
        "a" => None,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::callback::Payload;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let max = i64::MAX;
        let mut all: Vec<CampButton> = Field::ALL.into_iter().map(CampButton::Field).collect();
        all.extend([
            CampButton::Source(0),
            CampButton::Source(31),
            CampButton::Stage(max),
            CampButton::Month(1),
            CampButton::Month(12),
            CampButton::Lang("fa".into()),
            CampButton::Subscribed(Some(true)),
            CampButton::Subscribed(Some(false)),
            CampButton::Subscribed(None),
            CampButton::Clear,
            CampButton::Save,
            CampButton::UseSegment(max),
            CampButton::Version { campaign: max, lang: "ta".into() },
            CampButton::AddFollowup(max),
            CampButton::Preview(max),
            CampButton::SendNow(max),
            CampButton::Schedule(max),
            CampButton::Drop(max),
            CampButton::Open(max),
            CampButton::Pause(max),
            CampButton::Resume(max),
            CampButton::Cancel(max),
            CampButton::Paid { ws: max, on: true },
            CampButton::Paid { ws: 1, on: false },
        ]);
        all.extend(Next::ALL.into_iter().map(|step| CampButton::Next { campaign: max, step }));
        all.extend(CodeChoice::ALL.into_iter().map(|choice| CampButton::Code { campaign: max, choice }));
        for button in all {
            let data = button.encode();
            assert!(data.len() <= 64, "{data} is {} bytes", data.len());
            let Some(Payload::Area(Area::Campaign, rest)) = Payload::decode(&data) else { panic!("{data}") };
            assert_eq!(CampButton::decode(&rest), Some(button), "{data}");
        }
    }

    #[test]
    fn forged_buttons_are_refused() {
        for bad in [
            "",
            "f",
            "f:z",
            "f:t:1",
            "so",
            "so:-1",
            "so:+1",
            "st:0",
            "st:x",
            "mo:0",
            "mo:13",
            "la:xx",
            "la:EN",
            "su:maybe",
            "x:1",
            "v:1",
            "p:0",
            "p:1:2",
            "l:1:xx",
            "l:1",
            "n:1:z",
            "n:0:l",
            "c:1:q",
            "c:1",
            "go:0",
            "go: 1",
            "go:1x",
            "pa:99999999999999999999",
            "pb:1:2",
            "pb:1",
            "q:1",
            "GO:1",
        ] {
            assert_eq!(CampButton::decode(bad), None, "{bad:?}");
        }
    }
}

/// Property tests: every button the bot can write reads back as written, and no data makes the decoder panic.
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::core::callback::Payload;
    use crate::core::callback::strategies::{id, lang};

    fn button() -> impl Strategy<Value = CampButton> {
        let builder = prop_oneof![
            prop::sample::select(Field::ALL.to_vec()).prop_map(CampButton::Field),
            (0usize..10_000).prop_map(CampButton::Source),
            id().prop_map(CampButton::Stage),
            (1u32..=12).prop_map(CampButton::Month),
            lang().prop_map(CampButton::Lang),
            prop::option::of(any::<bool>()).prop_map(CampButton::Subscribed),
            Just(CampButton::Clear),
            Just(CampButton::Save),
            id().prop_map(CampButton::UseSegment),
        ];
        let compose = prop_oneof![
            (id(), lang()).prop_map(|(campaign, lang)| CampButton::Version { campaign, lang }),
            (id(), prop::sample::select(Next::ALL.to_vec()))
                .prop_map(|(campaign, step)| CampButton::Next { campaign, step }),
            (id(), prop::sample::select(CodeChoice::ALL.to_vec()))
                .prop_map(|(campaign, choice)| CampButton::Code { campaign, choice }),
            id().prop_map(CampButton::AddFollowup),
            id().prop_map(CampButton::Preview),
            id().prop_map(CampButton::SendNow),
            id().prop_map(CampButton::Schedule),
            id().prop_map(CampButton::Drop),
        ];
        let started = prop_oneof![
            id().prop_map(CampButton::Open),
            id().prop_map(CampButton::Pause),
            id().prop_map(CampButton::Resume),
            id().prop_map(CampButton::Cancel),
            (id(), any::<bool>()).prop_map(|(ws, on)| CampButton::Paid { ws, on }),
        ];
        prop_oneof![builder, compose, started]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_campaign_button_reads_back_as_written_within_64_bytes(b in button()) {
            let data = b.encode();
            prop_assert!(data.len() <= 64, "{}", data);
            let Some(Payload::Area(Area::Campaign, rest)) = Payload::decode(&data) else { panic!("{data}") };
            prop_assert_eq!(CampButton::decode(&rest), Some(b));
        }

        #[test]
        fn any_campaign_button_data_decodes_without_panic(rest in prop_oneof![any::<String>(), "[a-z]{1,2}(:[-+0-9a-z]{0,20}){0,3}"]) {
            if let Some(b) = CampButton::decode(&rest) {
                prop_assert_eq!(CampButton::decode(b.encode().trim_start_matches("K:")), Some(b));
            }
        }
    }
}
