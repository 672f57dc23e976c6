//! This area's button payloads (after the `P:` prefix): ids and fixed codes only, decoded strictly.
//!
//! - `p:<w|m|q>[:<member>]` — the pipeline for this week, month or quarter (of one member);
//! - `s:<lw|tw|lm|tm|nm>[:<member>]` — meeting statistics for last/this week, last/this/next month;
//! - `w:<client>` — `/when` for one of several clients that matched.

use super::period::Unit;
use crate::core::callback::Area;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatsPick {
    LastWeek,
    ThisWeek,
    LastMonth,
    ThisMonth,
    NextMonth,
}

impl StatsPick {
    pub const ALL: [StatsPick; 5] =
        [StatsPick::LastWeek, StatsPick::ThisWeek, StatsPick::LastMonth, StatsPick::ThisMonth, StatsPick::NextMonth];

    fn code(self) -> &'static str {
        match self {
            StatsPick::LastWeek => "lw",
            StatsPick::ThisWeek => "tw",
            StatsPick::LastMonth => "lm",
            StatsPick::ThisMonth => "tm",
            StatsPick::NextMonth => "nm",
        }
    }

    /// The unit and how many of them from the current one.
    pub fn unit_and_steps(self) -> (Unit, i32) {
        match self {
            StatsPick::LastWeek => (Unit::Week, -1),
            StatsPick::ThisWeek => (Unit::Week, 0),
            StatsPick::LastMonth => (Unit::Month, -1),
            StatsPick::ThisMonth => (Unit::Month, 0),
            StatsPick::NextMonth => (Unit::Month, 1),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportButton {
    Pipeline(Unit, Option<i64>),
    Stats(StatsPick, Option<i64>),
    When(i64),
}

fn unit_code(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "w",
        Unit::Month => "m",
        Unit::Quarter => "q",
    }
}

/// A positive id written only with ASCII digits.
fn id(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse::<i64>().ok().filter(|n| *n > 0)
}

impl ReportButton {
    pub fn payload(self) -> String {
        let member = |m: Option<i64>| m.map(|id| format!(":{id}")).unwrap_or_default();
        let rest = match self {
            ReportButton::Pipeline(unit, m) => format!("p:{}{}", unit_code(unit), member(m)),
            ReportButton::Stats(pick, m) => format!("s:{}{}", pick.code(), member(m)),
            ReportButton::When(client) => format!("w:{client}"),
        };
        Area::Report.payload(&rest)
    }

    pub fn decode(data: &str) -> Option<ReportButton> {
        let parts: Vec<&str> = data.split(':').collect();
        let member = |rest: &[&str]| -> Option<Option<i64>> {
            match rest {
                [] => Some(None),
                [m] => id(m).map(Some),
                _ => None,
            }
        };
        match parts.as_slice() {
            ["p", unit, rest @ ..] => {
                let unit = [Unit::Week, Unit::Month, Unit::Quarter].into_iter().find(|u| unit_code(*u) == *unit)?;
                Some(ReportButton::Pipeline(unit, member(rest)?))
            }
            ["s", code, rest @ ..] => {
                let pick = StatsPick::ALL.into_iter().find(|p| p.code() == *code)?;
                Some(ReportButton::Stats(pick, member(rest)?))
            }
            ["w", client] => Some(ReportButton::When(id(client)?)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::callback::Payload;

    #[test]
    fn every_button_round_trips_within_64_bytes() {
        let all = [
            ReportButton::Pipeline(Unit::Quarter, None),
            ReportButton::Pipeline(Unit::Week, Some(i64::MAX)),
            ReportButton::Stats(StatsPick::NextMonth, Some(7)),
            ReportButton::Stats(StatsPick::LastWeek, None),
            ReportButton::When(i64::MAX),
        ];
        for b in all {
            let data = b.payload();
            assert!(data.len() <= 64, "{data}");
            let Some(Payload::Area(Area::Report, rest)) = Payload::decode(&data) else { panic!("{data}") };
            assert_eq!(ReportButton::decode(&rest), Some(b), "{data}");
        }
    }

    #[test]
    fn forged_buttons_are_refused() {
        for bad in [
            "",
            "p",
            "p:",
            "p:y",
            "p:m:",
            "p:m:0",
            "p:m:-1",
            "p:m:+1",
            "p:m:1:2",
            "s:xx",
            "s:lw:a",
            "w",
            "w:",
            "w:0",
            "w:1:2",
            "w: 1",
            "x:1",
            "p:m:99999999999999999999",
        ] {
            assert_eq!(ReportButton::decode(bad), None, "{bad:?}");
        }
    }
}

/// Property tests: every button the bot can write reads back as written, and no data makes the decoder panic.
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::core::callback::Payload;

    fn button() -> impl Strategy<Value = ReportButton> {
        let member = prop::option::of(1i64..=i64::MAX);
        let unit = prop::sample::select(vec![Unit::Week, Unit::Month, Unit::Quarter]);
        prop_oneof![
            (unit, member.clone()).prop_map(|(u, m)| ReportButton::Pipeline(u, m)),
            (prop::sample::select(StatsPick::ALL.to_vec()), member).prop_map(|(p, m)| ReportButton::Stats(p, m)),
            (1i64..=i64::MAX).prop_map(ReportButton::When),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_report_button_reads_back_as_written_within_64_bytes(b in button()) {
            let data = b.payload();
            prop_assert!(data.len() <= 64, "{}", data);
            let Some(Payload::Area(Area::Report, rest)) = Payload::decode(&data) else { panic!("{data}") };
            prop_assert_eq!(ReportButton::decode(&rest), Some(b));
        }

        #[test]
        fn any_report_button_data_decodes_without_panic(rest in prop_oneof![any::<String>(), "[a-z](:[-+0-9a-z]{0,20}){0,3}"]) {
            if let Some(b) = ReportButton::decode(&rest) {
                prop_assert_eq!(ReportButton::decode(b.payload().trim_start_matches("P:")), Some(b));
            }
        }
    }
}
