//! The deal area's buttons, after the `D:` prefix: ids only, decoded strictly (exactly the shape `encode`
//! writes, positive ids in plain digits). A stage move carries the deal's version, so a move made from an old
//! card is recognised as such.

use crate::core::callback::Area;
use crate::store::ActivityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DealButton {
    /// Show the deal card.
    Open(i64),
    /// Move the deal to a stage; applied only if the deal is still at `version`.
    Move {
        deal: i64,
        stage: i64,
        version: i32,
    },
    /// Move to a lost stage for one of the common reasons.
    Lost {
        deal: i64,
        stage: i64,
        version: i32,
        reason: LostReason,
    },
    /// Keep the amount a deal was won with.
    WonAsIs(i64),
    /// Log a meeting, call or note about the deal.
    Log(ActivityKind, i64),
    /// Ask for the expected close date.
    Close(i64),
    /// Pick who takes the deal over.
    Reassign(i64),
    /// Give the deal to that member, if it is still at `version`.
    ReassignTo {
        deal: i64,
        member: i64,
        version: i32,
    },
    /// A new deal for this client.
    New(i64),
    /// All deals of this client.
    ClientDeals(i64),
    /// Stop the question being asked.
    Cancel,
    Stages(StageOp),
}

/// What `/stages` buttons do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageOp {
    List,
    Rename(i64),
    Up(i64),
    Down(i64),
    Hide(i64),
    Show(i64),
    Add,
}

/// The common reasons a deal is lost: codes are stored (for analysis), words come from the locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LostReason {
    Price,
    Competitor,
    NoBudget,
    NoResponse,
    Timing,
}

impl LostReason {
    pub const ALL: [LostReason; 5] =
        [LostReason::Price, LostReason::Competitor, LostReason::NoBudget, LostReason::NoResponse, LostReason::Timing];

    /// What `deal.lost_reason` keeps.
    pub fn code(self) -> &'static str {
        match self {
            LostReason::Price => "price",
            LostReason::Competitor => "competitor",
            LostReason::NoBudget => "no_budget",
            LostReason::NoResponse => "no_response",
            LostReason::Timing => "timing",
        }
    }

    pub fn from_code(code: &str) -> Option<LostReason> {
        LostReason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// One letter in a button payload.
    fn short(self) -> &'static str {
        match self {
            LostReason::Price => "p",
            LostReason::Competitor => "c",
            LostReason::NoBudget => "b",
            LostReason::NoResponse => "r",
            LostReason::Timing => "t",
        }
    }
}

fn kind_letter(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Meeting => "m",
        ActivityKind::Call => "k",
        _ => "n",
    }
}

impl DealButton {
    fn rest(self) -> String {
        match self {
            DealButton::Open(deal) => format!("v:{deal}"),
            DealButton::Move { deal, stage, version } => format!("mv:{deal}:{stage}:{version}"),
            DealButton::Lost { deal, stage, version, reason } => {
                format!("lr:{deal}:{stage}:{version}:{}", reason.short())
            }
            DealButton::WonAsIs(deal) => format!("wa:{deal}"),
            DealButton::Log(kind, deal) => format!("a:{deal}:{}", kind_letter(kind)),
            DealButton::Close(deal) => format!("c:{deal}"),
            DealButton::Reassign(deal) => format!("r:{deal}"),
            DealButton::ReassignTo { deal, member, version } => format!("ro:{deal}:{member}:{version}"),
            DealButton::New(client) => format!("n:{client}"),
            DealButton::ClientDeals(client) => format!("cl:{client}"),
            DealButton::Cancel => "x".to_string(),
            DealButton::Stages(op) => match op {
                StageOp::List => "s:l".to_string(),
                StageOp::Rename(id) => format!("s:r:{id}"),
                StageOp::Up(id) => format!("s:u:{id}"),
                StageOp::Down(id) => format!("s:d:{id}"),
                StageOp::Hide(id) => format!("s:h:{id}"),
                StageOp::Show(id) => format!("s:v:{id}"),
                StageOp::Add => "s:a".to_string(),
            },
        }
    }

    /// The full callback payload, `D:<rest>`.
    pub fn encode(self) -> String {
        Area::Deal.payload(&self.rest())
    }

    /// Exactly the shape `encode` writes; anything else (a forged or truncated payload) is `None`.
    pub fn decode(rest: &str) -> Option<DealButton> {
        let parts: Vec<&str> = rest.split(':').collect();
        let id = |i: usize| -> Option<i64> { number(parts.get(i)?).filter(|n| *n > 0) };
        let version = |i: usize| -> Option<i32> { i32::try_from(id(i)?).ok() };
        let button = match (parts[0], parts.len()) {
            ("v", 2) => DealButton::Open(id(1)?),
            ("mv", 4) => DealButton::Move { deal: id(1)?, stage: id(2)?, version: version(3)? },
            ("lr", 5) => {
                let reason = LostReason::ALL.into_iter().find(|r| r.short() == parts[4])?;
                DealButton::Lost { deal: id(1)?, stage: id(2)?, version: version(3)?, reason }
            }
            ("wa", 2) => DealButton::WonAsIs(id(1)?),
            ("a", 3) => {
                let kind = [ActivityKind::Meeting, ActivityKind::Call, ActivityKind::Note]
                    .into_iter()
                    .find(|k| kind_letter(*k) == parts[2])?;
                DealButton::Log(kind, id(1)?)
            }
            ("c", 2) => DealButton::Close(id(1)?),
            ("r", 2) => DealButton::Reassign(id(1)?),
            ("ro", 4) => DealButton::ReassignTo { deal: id(1)?, member: id(2)?, version: version(3)? },
            ("n", 2) => DealButton::New(id(1)?),
            ("cl", 2) => DealButton::ClientDeals(id(1)?),
            ("x", 1) => DealButton::Cancel,
            ("s", 2) => DealButton::Stages(match parts[1] {
                "l" => StageOp::List,
                "a" => StageOp::Add,
                _ => return None,
            }),
            ("s", 3) => DealButton::Stages(match parts[1] {
                "r" => StageOp::Rename(id(2)?),
                "u" => StageOp::Up(id(2)?),
                "d" => StageOp::Down(id(2)?),
                "h" => StageOp::Hide(id(2)?),
                "v" => StageOp::Show(id(2)?),
                _ => return None,
            }),
            _ => return None,
        };
        Some(button)
    }
}

/// Plain digits only: "+5", " 5" and "05x" are not numbers we ever wrote.
fn number(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let big = i64::MAX;
        let all = [
            DealButton::Open(big),
            DealButton::Move { deal: big, stage: big, version: i32::MAX },
            DealButton::Lost { deal: big, stage: big, version: i32::MAX, reason: LostReason::NoResponse },
            DealButton::WonAsIs(3),
            DealButton::Log(ActivityKind::Meeting, 3),
            DealButton::Log(ActivityKind::Call, 3),
            DealButton::Log(ActivityKind::Note, 3),
            DealButton::Close(3),
            DealButton::Reassign(3),
            DealButton::ReassignTo { deal: big, member: big, version: i32::MAX },
            DealButton::New(4),
            DealButton::ClientDeals(4),
            DealButton::Cancel,
            DealButton::Stages(StageOp::List),
            DealButton::Stages(StageOp::Rename(5)),
            DealButton::Stages(StageOp::Up(5)),
            DealButton::Stages(StageOp::Down(5)),
            DealButton::Stages(StageOp::Hide(5)),
            DealButton::Stages(StageOp::Show(5)),
            DealButton::Stages(StageOp::Add),
        ];
        for button in all {
            let data = button.encode();
            assert!(data.len() <= 64, "{data}");
            let rest = data.strip_prefix("D:").expect("area prefix");
            assert_eq!(DealButton::decode(rest), Some(button), "{data}");
        }
    }

    #[test]
    fn forged_buttons_are_refused() {
        for bad in [
            "",
            "v",
            "v:",
            "v:0",
            "v:-1",
            "v:+1",
            "v:1:2",
            "mv:1:2",
            "mv:1:2:0",
            "mv:1:2:3:4",
            "mv:1:2:99999999999",
            "lr:1:2:3:z",
            "lr:1:2:3",
            "a:1:g",
            "a:1",
            "x:1",
            "s",
            "s:q",
            "s:r",
            "s:r:0",
            "s:l:1",
            "ro:1:2",
            "wa:",
            "n:1x",
            "cl: 1",
        ] {
            assert_eq!(DealButton::decode(bad), None, "{bad:?}");
        }
    }
}

/// Property tests: every button the bot can write reads back as written, and no data makes the decoder panic.
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::core::callback::Payload;
    use crate::core::callback::strategies::id;

    fn version() -> impl Strategy<Value = i32> {
        1i32..=i32::MAX
    }

    fn button() -> impl Strategy<Value = DealButton> {
        let reason = prop::sample::select(LostReason::ALL.to_vec());
        // Only meetings, calls and notes are logged from a deal (a message comes from the customer).
        let kind = prop::sample::select(vec![ActivityKind::Meeting, ActivityKind::Call, ActivityKind::Note]);
        let op = prop_oneof![
            Just(StageOp::List),
            Just(StageOp::Add),
            id().prop_map(StageOp::Rename),
            id().prop_map(StageOp::Up),
            id().prop_map(StageOp::Down),
            id().prop_map(StageOp::Hide),
            id().prop_map(StageOp::Show),
        ];
        prop_oneof![
            id().prop_map(DealButton::Open),
            (id(), id(), version()).prop_map(|(deal, stage, version)| DealButton::Move { deal, stage, version }),
            (id(), id(), version(), reason).prop_map(|(deal, stage, version, reason)| DealButton::Lost {
                deal,
                stage,
                version,
                reason
            }),
            id().prop_map(DealButton::WonAsIs),
            (kind, id()).prop_map(|(k, d)| DealButton::Log(k, d)),
            id().prop_map(DealButton::Close),
            id().prop_map(DealButton::Reassign),
            (id(), id(), version()).prop_map(|(deal, member, version)| DealButton::ReassignTo {
                deal,
                member,
                version
            }),
            id().prop_map(DealButton::New),
            id().prop_map(DealButton::ClientDeals),
            Just(DealButton::Cancel),
            op.prop_map(DealButton::Stages),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_deal_button_reads_back_as_written_within_64_bytes(b in button()) {
            let data = b.encode();
            prop_assert!(data.len() <= 64, "{}", data);
            let Some(Payload::Area(Area::Deal, rest)) = Payload::decode(&data) else { panic!("{data}") };
            prop_assert_eq!(DealButton::decode(&rest), Some(b));
        }

        #[test]
        fn any_deal_button_data_decodes_without_panic(rest in prop_oneof![any::<String>(), "[a-z]{1,2}(:[-+0-9a-z]{0,20}){0,5}"]) {
            if let Some(b) = DealButton::decode(&rest) {
                prop_assert_eq!(DealButton::decode(b.encode().trim_start_matches("D:")), Some(b));
            }
        }
    }
}
