//! The log's Older/Newer buttons, after the `A:` prefix. A button carries everything its page needs (team,
//! cursor, filters), so paging never depends on what the member did in between. Numbers are written in base 36
//! so that even the largest ids and dates fit Telegram's 64 bytes:
//! `A:<o|n>:<team>:<cursor>:<member?>:<group letter?>:<from day?>:<to day?>`.

use chrono::NaiveDate;

use super::action::Group;
use crate::core::callback::Area;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Older,
    Newer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditButton {
    pub ws: i64,
    pub dir: Direction,
    /// The id of the last (Older) or first (Newer) event on the page the button was on.
    pub cursor: i64,
    pub member: Option<i64>,
    pub group: Option<Group>,
    /// Local days `[from, to)`.
    pub period: Option<(NaiveDate, NaiveDate)>,
}

fn b36(mut n: i64) -> String {
    let negative = n < 0;
    let mut digits = Vec::new();
    loop {
        let d = (n % 36).unsigned_abs() as u32;
        digits.push(char::from_digit(d, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    if negative {
        digits.push('-');
    }
    digits.iter().rev().collect()
}

fn from_b36(s: &str) -> Option<i64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit() || c.is_ascii_lowercase()) {
        return None;
    }
    let n = i64::from_str_radix(digits, 36).ok()?;
    Some(if negative { -n } else { n })
}

fn day_code(d: NaiveDate) -> String {
    b36(i64::from(chrono::Datelike::num_days_from_ce(&d)))
}

fn day_from(s: &str) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(from_b36(s)?).ok()?)
}

impl AuditButton {
    fn rest(&self) -> String {
        let dir = match self.dir {
            Direction::Older => "o",
            Direction::Newer => "n",
        };
        let member = self.member.map(b36).unwrap_or_default();
        let group = self.group.map(|g| g.letter().to_string()).unwrap_or_default();
        let (from, to) = self.period.map(|(f, t)| (day_code(f), day_code(t))).unwrap_or_default();
        format!("{dir}:{}:{}:{member}:{group}:{from}:{to}", b36(self.ws), b36(self.cursor))
    }

    /// The full callback payload, `A:<rest>`.
    pub fn encode(&self) -> String {
        Area::Audit.payload(&self.rest())
    }

    /// Strictly: only what `encode` writes (positive ids, canonical digits); anything else is `None`.
    pub fn decode(rest: &str) -> Option<AuditButton> {
        let parts: Vec<&str> = rest.split(':').collect();
        let [dir, ws, cursor, member, group, from, to] = parts.as_slice() else { return None };
        let dir = match *dir {
            "o" => Direction::Older,
            "n" => Direction::Newer,
            _ => return None,
        };
        let id = |s: &str| from_b36(s).filter(|n| *n > 0);
        let optional = |s: &str| if s.is_empty() { Some(None) } else { id(s).map(Some) };
        let mut letters = group.chars();
        let group = match (letters.next(), letters.next()) {
            (None, _) => None,
            (Some(c), None) => Some(Group::from_letter(c)?),
            _ => return None,
        };
        let period = match (from.is_empty(), to.is_empty()) {
            (true, true) => None,
            (false, false) => Some(Some((day_from(from)?, day_from(to)?)).filter(|(f, t)| f < t)?),
            _ => return None,
        };
        let button = AuditButton { ws: id(ws)?, dir, cursor: id(cursor)?, member: optional(member)?, group, period };
        // Leading zeros and other spellings of the same numbers are not ours.
        (button.rest() == rest).then_some(button)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_round_trip_within_64_bytes_even_at_the_extremes() {
        let far = NaiveDate::MAX.pred_opt().unwrap();
        let all = [
            AuditButton { ws: 1, dir: Direction::Older, cursor: 9, member: None, group: None, period: None },
            AuditButton {
                ws: i64::MAX,
                dir: Direction::Newer,
                cursor: i64::MAX,
                member: Some(i64::MAX),
                group: Some(Group::Customers),
                period: Some((NaiveDate::MIN, far)),
            },
            AuditButton {
                ws: 42,
                dir: Direction::Older,
                cursor: 1000,
                member: Some(7),
                group: Some(Group::Deals),
                period: NaiveDate::from_ymd_opt(2026, 11, 1).zip(NaiveDate::from_ymd_opt(2026, 12, 1)),
            },
        ];
        for b in all {
            let data = b.encode();
            assert!(data.len() <= 64, "{} bytes: {data}", data.len());
            let rest = data.strip_prefix("A:").unwrap();
            assert_eq!(AuditButton::decode(rest), Some(b), "{data}");
        }
    }

    #[test]
    fn forged_buttons_are_refused() {
        for bad in [
            "",
            "o",
            "o:1:2:::",
            "o:1:2::::::",
            "x:1:2:::::",
            "o:0:2:::::",
            "o:1:0:::::",
            "o:-1:2:::::",
            "o:01:2:::::",
            "o:1:2:0::::",
            "o:1:2::z:::",
            "o:1:2::dd:::",
            "o:1:2:::abc:",
            "o:1:2:::b:a",
            "o:1:2:::A:B",
            "o:1:2:::+1:2",
            "o:zzzzzzzzzzzzzzzzz:2:::::",
        ] {
            assert_eq!(AuditButton::decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn any_garbled_button_either_fails_or_decodes_to_exactly_what_it_says() {
        let valid = AuditButton {
            ws: 77,
            dir: Direction::Newer,
            cursor: 123_456,
            member: Some(5),
            group: Some(Group::Team),
            period: NaiveDate::from_ymd_opt(2026, 11, 1).zip(NaiveDate::from_ymd_opt(2026, 11, 8)),
        }
        .encode();
        let rest = valid.strip_prefix("A:").unwrap().to_string();
        let alphabet: Vec<char> = "0123456789abcxyzAZ:-+ éд\u{0}".chars().collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let mut chars: Vec<char> = rest.chars().collect();
            for _ in 0..1 + next() % 3 {
                let at = (next() as usize) % (chars.len() + 1);
                let c = alphabet[(next() as usize) % alphabet.len()];
                match next() % 3 {
                    0 if at < chars.len() => chars[at] = c,
                    1 if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ => chars.insert(at, c),
                }
            }
            let garbled: String = chars.into_iter().collect();
            if let Some(b) = AuditButton::decode(&garbled) {
                assert_eq!(b.rest(), garbled, "a decoded button says exactly what it carries");
                assert!(b.ws > 0 && b.cursor > 0 && b.member.is_none_or(|m| m > 0));
            }
        }
    }
}
