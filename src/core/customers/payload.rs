//! The customers area's buttons, after the `C:` prefix. Most are pressed by customers (answered by `intercept`
//! before anyone is loaded as a member); `PersonalLink`, `Reply`, `RenewAsk`, `Renew` and `MemberCancel` are
//! pressed by members and routed like any member's button.
//!
//! Promotions carry `L<delivery>` and `U<delivery>` (built in `promo.rs`); delivery 0 is the sender's preview.

use crate::core::callback::Area;
use crate::i18n::LANGS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomerButton {
    /// A promotion's link button.
    Link { delivery: i64 },
    /// A promotion's Unsubscribe button.
    Unsubscribe { delivery: i64 },
    /// Show the opt-in offer of this link in another language.
    Offer { lang: String, code: String },
    /// Agree to the promotions of this link's team, in this language.
    Agree { lang: String, code: String },
    /// Subscribe again to a team's promotions.
    Resume { ws: i64 },
    /// Stop one team's promotions.
    Stop { ws: i64 },
    /// Stop every team's promotions.
    StopAll,
    /// Erase what one team stores about the customer.
    Forget { ws: i64 },
    /// Erase it in every team.
    ForgetAll,
    /// The customer's language.
    Lang(String),
    /// The customer changed their mind.
    Cancel,
    /// A member asks for a client's personal opt-in link.
    PersonalLink { client: i64 },
    /// A member answers a customer's message.
    Reply { client: i64 },
    /// A member asks to replace the team's opt-in link.
    RenewAsk { ws: i64 },
    /// …and confirms.
    Renew { ws: i64 },
    /// A member changed their mind.
    MemberCancel,
}

impl CustomerButton {
    /// Buttons only customers get: answered before the presser is loaded as a member.
    pub fn customer_side(&self) -> bool {
        !matches!(
            self,
            CustomerButton::PersonalLink { .. }
                | CustomerButton::Reply { .. }
                | CustomerButton::RenewAsk { .. }
                | CustomerButton::Renew { .. }
                | CustomerButton::MemberCancel
        )
    }

    fn rest(&self) -> String {
        match self {
            CustomerButton::Link { delivery } => format!("L{delivery}"),
            CustomerButton::Unsubscribe { delivery } => format!("U{delivery}"),
            CustomerButton::Offer { lang, code } => format!("O{lang}:{code}"),
            CustomerButton::Agree { lang, code } => format!("A{lang}:{code}"),
            CustomerButton::Resume { ws } => format!("S{ws}"),
            CustomerButton::Stop { ws } => format!("X{ws}"),
            CustomerButton::StopAll => "Z".into(),
            CustomerButton::Forget { ws } => format!("F{ws}"),
            CustomerButton::ForgetAll => "W".into(),
            CustomerButton::Lang(lang) => format!("N{lang}"),
            CustomerButton::Cancel => "Q".into(),
            CustomerButton::PersonalLink { client } => format!("P{client}"),
            CustomerButton::Reply { client } => format!("R{client}"),
            CustomerButton::RenewAsk { ws } => format!("Y{ws}"),
            CustomerButton::Renew { ws } => format!("V{ws}"),
            CustomerButton::MemberCancel => "K".into(),
        }
    }

    /// The full callback payload, `C:<rest>`.
    pub fn encode(&self) -> String {
        Area::Customer.payload(&self.rest())
    }

    /// Strictly: exactly the shape `encode` writes (plain digits, known languages, link-alphabet codes).
    pub fn decode(rest: &str) -> Option<CustomerButton> {
        let mut chars = rest.chars();
        let tag = chars.next()?;
        let body = chars.as_str();
        let button = match tag {
            'L' => CustomerButton::Link { delivery: number(body)? },
            'U' => CustomerButton::Unsubscribe { delivery: number(body)? },
            'O' | 'A' => {
                let (lang, code) = body.split_once(':')?;
                let (lang, code) = (known_lang(lang)?, link_code(code)?);
                if tag == 'O' { CustomerButton::Offer { lang, code } } else { CustomerButton::Agree { lang, code } }
            }
            'S' => CustomerButton::Resume { ws: id(body)? },
            'X' => CustomerButton::Stop { ws: id(body)? },
            'Z' if body.is_empty() => CustomerButton::StopAll,
            'F' => CustomerButton::Forget { ws: id(body)? },
            'W' if body.is_empty() => CustomerButton::ForgetAll,
            'N' => CustomerButton::Lang(known_lang(body)?),
            'Q' if body.is_empty() => CustomerButton::Cancel,
            'P' => CustomerButton::PersonalLink { client: id(body)? },
            'R' => CustomerButton::Reply { client: id(body)? },
            'Y' => CustomerButton::RenewAsk { ws: id(body)? },
            'V' => CustomerButton::Renew { ws: id(body)? },
            'K' if body.is_empty() => CustomerButton::MemberCancel,
            _ => return None,
        };
        Some(button)
    }
}

/// Plain digits, zero allowed (the preview's delivery id).
fn number(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn id(s: &str) -> Option<i64> {
    number(s).filter(|n| *n > 0)
}

fn known_lang(s: &str) -> Option<String> {
    LANGS.contains(&s).then(|| s.to_string())
}

fn link_code(s: &str) -> Option<String> {
    crate::core::team::code::looks_like_code(s).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::callback::Payload;

    #[test]
    fn every_customer_button_round_trips_within_64_bytes() {
        let max = i64::MAX;
        let code = "AbCdEfGhIjKlMnOpQrStUv-_".to_string();
        let all = [
            CustomerButton::Link { delivery: max },
            CustomerButton::Link { delivery: 0 },
            CustomerButton::Unsubscribe { delivery: max },
            CustomerButton::Unsubscribe { delivery: 0 },
            CustomerButton::Offer { lang: "fa".into(), code: code.clone() },
            CustomerButton::Agree { lang: "ta".into(), code },
            CustomerButton::Resume { ws: max },
            CustomerButton::Stop { ws: max },
            CustomerButton::StopAll,
            CustomerButton::Forget { ws: max },
            CustomerButton::ForgetAll,
            CustomerButton::Lang("vi".into()),
            CustomerButton::Cancel,
            CustomerButton::PersonalLink { client: max },
            CustomerButton::Reply { client: max },
            CustomerButton::RenewAsk { ws: max },
            CustomerButton::Renew { ws: max },
            CustomerButton::MemberCancel,
        ];
        for button in all {
            let data = button.encode();
            assert!(data.len() <= 64, "{data} is {} bytes", data.len());
            let Some(Payload::Area(Area::Customer, rest)) = Payload::decode(&data) else { panic!("{data}") };
            assert_eq!(CustomerButton::decode(&rest), Some(button), "{data}");
        }
    }

    #[test]
    fn the_promotion_buttons_decode_as_written_by_promo() {
        assert_eq!(CustomerButton::decode("L17"), Some(CustomerButton::Link { delivery: 17 }));
        assert_eq!(CustomerButton::decode("U0"), Some(CustomerButton::Unsubscribe { delivery: 0 }));
    }

    #[test]
    fn forged_customer_buttons_are_refused() {
        for bad in [
            "",
            "L",
            "L-1",
            "L+1",
            "L 1",
            "L1x",
            "U",
            "U99999999999999999999",
            "S0",
            "S",
            "X0",
            "X-3",
            "Z1",
            "W1",
            "Q1",
            "K1",
            "F0",
            "Nxx",
            "N",
            "Nen1",
            "Aen",
            "Aen:",
            "Axx:abc",
            "Aen:a b",
            "Aen:a/b",
            "Oen",
            "P0",
            "R0",
            "Rx",
            "Y",
            "V0",
            "s1",
            "l1",
            "?",
        ] {
            assert_eq!(CustomerButton::decode(bad), None, "{bad:?}");
        }
        let long = format!("Aen:{}", "a".repeat(65));
        assert_eq!(CustomerButton::decode(&long), None);
    }
}

/// Property tests: every button the bot can write reads back as written, and no data makes the decoder panic.
#[cfg(test)]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::core::callback::Payload;
    use crate::core::callback::strategies::{id, lang};

    fn button() -> impl Strategy<Value = CustomerButton> {
        // Opt-in codes as `team::code::new_code` writes them: 24 link-safe characters.
        let code = "[A-Za-z0-9_-]{24}";
        prop_oneof![
            (0i64..=i64::MAX).prop_map(|delivery| CustomerButton::Link { delivery }),
            (0i64..=i64::MAX).prop_map(|delivery| CustomerButton::Unsubscribe { delivery }),
            (lang(), code).prop_map(|(lang, code)| CustomerButton::Offer { lang, code }),
            (lang(), code).prop_map(|(lang, code)| CustomerButton::Agree { lang, code }),
            id().prop_map(|ws| CustomerButton::Resume { ws }),
            id().prop_map(|ws| CustomerButton::Stop { ws }),
            Just(CustomerButton::StopAll),
            id().prop_map(|ws| CustomerButton::Forget { ws }),
            Just(CustomerButton::ForgetAll),
            lang().prop_map(CustomerButton::Lang),
            Just(CustomerButton::Cancel),
            id().prop_map(|client| CustomerButton::PersonalLink { client }),
            id().prop_map(|client| CustomerButton::Reply { client }),
            id().prop_map(|ws| CustomerButton::RenewAsk { ws }),
            id().prop_map(|ws| CustomerButton::Renew { ws }),
            Just(CustomerButton::MemberCancel),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_customer_button_reads_back_as_written_within_64_bytes(b in button()) {
            let data = b.encode();
            prop_assert!(data.len() <= 64, "{}", data);
            let Some(Payload::Area(Area::Customer, rest)) = Payload::decode(&data) else { panic!("{data}") };
            prop_assert_eq!(CustomerButton::decode(&rest), Some(b));
        }

        #[test]
        fn any_customer_button_data_decodes_without_panic(rest in prop_oneof![any::<String>(), "[A-Z][-+0-9a-z:_A-Z]{0,40}"]) {
            if let Some(b) = CustomerButton::decode(&rest) {
                prop_assert_eq!(CustomerButton::decode(b.encode().trim_start_matches("C:")), Some(b));
            }
        }
    }
}
