//! The team area's buttons, after the `T:` prefix. Every button that acts on a team carries that team's id, so a
//! button pressed after switching teams can never act on the team the member works in now.

use crate::core::callback::Area;
use crate::core::roles::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamButton {
    /// Revoke an invite.
    Revoke { ws: i64, invite: i64 },
    /// Make a member a lead or a manager.
    SetRole { ws: i64, member: i64, role: Role },
    /// Start removing a member: pick who takes over their work.
    AskRemove { ws: i64, member: i64 },
    /// Remove the member; `heir` takes over their clients and deals.
    Remove { ws: i64, member: i64, heir: i64 },
    /// Turn the shared base on or off (a value, not a toggle: pressing twice does the same thing).
    SharedBase { ws: i64, on: bool },
    /// Work in another team of one's own.
    Switch { ws: i64 },
    /// Pick who gets a client.
    AssignPick { ws: i64, client: i64 },
    /// Give the client to that member.
    Assign { ws: i64, client: i64, member: i64 },
    /// Do nothing after all.
    Cancel,
}

impl TeamButton {
    fn rest(self) -> String {
        match self {
            TeamButton::Revoke { ws, invite } => format!("v:{ws}:{invite}"),
            TeamButton::SetRole { ws, member, role } => {
                format!("r:{ws}:{member}:{}", if role == Role::Lead { "l" } else { "m" })
            }
            TeamButton::AskRemove { ws, member } => format!("x:{ws}:{member}"),
            TeamButton::Remove { ws, member, heir } => format!("h:{ws}:{member}:{heir}"),
            TeamButton::SharedBase { ws, on } => format!("b:{ws}:{}", u8::from(on)),
            TeamButton::Switch { ws } => format!("s:{ws}"),
            TeamButton::AssignPick { ws, client } => format!("w:{ws}:{client}"),
            TeamButton::Assign { ws, client, member } => format!("a:{ws}:{client}:{member}"),
            TeamButton::Cancel => "k".to_string(),
        }
    }

    /// The full callback payload, `T:<rest>`.
    pub fn encode(self) -> String {
        Area::Team.payload(&self.rest())
    }

    /// Strictly: exactly the shape `encode` writes, positive ids in plain digits; anything else is `None`.
    pub fn decode(rest: &str) -> Option<TeamButton> {
        let parts: Vec<&str> = rest.split(':').collect();
        let id = |i: usize| -> Option<i64> {
            let s = parts.get(i)?;
            if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            s.parse::<i64>().ok().filter(|n| *n > 0)
        };
        let button = match (parts[0], parts.len()) {
            ("v", 3) => TeamButton::Revoke { ws: id(1)?, invite: id(2)? },
            ("r", 4) => {
                let role = match parts[3] {
                    "l" => Role::Lead,
                    "m" => Role::Manager,
                    _ => return None,
                };
                TeamButton::SetRole { ws: id(1)?, member: id(2)?, role }
            }
            ("x", 3) => TeamButton::AskRemove { ws: id(1)?, member: id(2)? },
            ("h", 4) => TeamButton::Remove { ws: id(1)?, member: id(2)?, heir: id(3)? },
            ("b", 3) => {
                let on = match parts[2] {
                    "1" => true,
                    "0" => false,
                    _ => return None,
                };
                TeamButton::SharedBase { ws: id(1)?, on }
            }
            ("s", 2) => TeamButton::Switch { ws: id(1)? },
            ("w", 3) => TeamButton::AssignPick { ws: id(1)?, client: id(2)? },
            ("a", 4) => TeamButton::Assign { ws: id(1)?, client: id(2)?, member: id(3)? },
            ("k", 1) => TeamButton::Cancel,
            _ => return None,
        };
        Some(button)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::callback::Payload;

    #[test]
    fn every_team_button_round_trips_within_64_bytes() {
        let max = i64::MAX;
        let all = [
            TeamButton::Revoke { ws: max, invite: max },
            TeamButton::SetRole { ws: max, member: max, role: Role::Lead },
            TeamButton::SetRole { ws: 1, member: 2, role: Role::Manager },
            TeamButton::AskRemove { ws: max, member: max },
            TeamButton::Remove { ws: max, member: max, heir: max },
            TeamButton::SharedBase { ws: max, on: true },
            TeamButton::SharedBase { ws: 3, on: false },
            TeamButton::Switch { ws: max },
            TeamButton::AssignPick { ws: max, client: max },
            TeamButton::Assign { ws: max, client: max, member: max },
            TeamButton::Cancel,
        ];
        for button in all {
            let data = button.encode();
            assert!(data.len() <= 64, "{data} is {} bytes", data.len());
            let Some(Payload::Area(Area::Team, rest)) = Payload::decode(&data) else { panic!("{data}") };
            assert_eq!(TeamButton::decode(&rest), Some(button), "{data}");
        }
    }

    #[test]
    fn forged_team_buttons_are_refused() {
        for bad in [
            "",
            "v",
            "v:1",
            "v:1:2:3",
            "v:0:1",
            "v:1:-1",
            "v:+1:2",
            "v: 1:2",
            "r:1:2:o",
            "r:1:2:owner",
            "r:1:2",
            "x:1",
            "h:1:2",
            "h:1:2:3:4",
            "b:1:2",
            "b:1:yes",
            "s",
            "s:",
            "s:1:2",
            "w:1",
            "a:1:2",
            "a:1:2:x",
            "k:1",
            "q:1",
            "s:99999999999999999999",
            "S:1",
        ] {
            assert_eq!(TeamButton::decode(bad), None, "{bad:?}");
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

    fn button() -> impl Strategy<Value = TeamButton> {
        // Only leads and managers are appointed by button; the owner's role is never set this way.
        let role = prop::sample::select(vec![Role::Lead, Role::Manager]);
        prop_oneof![
            (id(), id()).prop_map(|(ws, invite)| TeamButton::Revoke { ws, invite }),
            (id(), id(), role).prop_map(|(ws, member, role)| TeamButton::SetRole { ws, member, role }),
            (id(), id()).prop_map(|(ws, member)| TeamButton::AskRemove { ws, member }),
            (id(), id(), id()).prop_map(|(ws, member, heir)| TeamButton::Remove { ws, member, heir }),
            (id(), any::<bool>()).prop_map(|(ws, on)| TeamButton::SharedBase { ws, on }),
            id().prop_map(|ws| TeamButton::Switch { ws }),
            (id(), id()).prop_map(|(ws, client)| TeamButton::AssignPick { ws, client }),
            (id(), id(), id()).prop_map(|(ws, client, member)| TeamButton::Assign { ws, client, member }),
            Just(TeamButton::Cancel),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_team_button_reads_back_as_written_within_64_bytes(b in button()) {
            let data = b.encode();
            prop_assert!(data.len() <= 64, "{}", data);
            let Some(Payload::Area(Area::Team, rest)) = Payload::decode(&data) else { panic!("{data}") };
            prop_assert_eq!(TeamButton::decode(&rest), Some(b));
        }

        #[test]
        fn any_team_button_data_decodes_without_panic(rest in prop_oneof![any::<String>(), "[a-z](:[-+0-9a-z]{0,20}){0,4}"]) {
            if let Some(b) = TeamButton::decode(&rest) {
                prop_assert_eq!(TeamButton::decode(b.encode().trim_start_matches("T:")), Some(b));
            }
        }
    }
}
