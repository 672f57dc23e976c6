//! What follows `/digest`: nothing (show it now), `here` (the team group), or settings in any order —
//! a time (`08:30`), days (`mon-fri`, `mon,wed,fri`, `1-5`, weekday words of every language we speak), `on`/`off`.

use chrono::{NaiveTime, Weekday};

use super::schedule::{Days, iso_weekday, parse_time};
use crate::parse::fold::fold;

#[derive(Debug, Clone, PartialEq)]
pub enum DigestArgs {
    Show,
    /// `/digest here` (bind the group) or `/digest here off` (unbind it).
    Here {
        off: bool,
    },
    Set(Settings),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub on: Option<bool>,
    pub time: Option<NaiveTime>,
    pub days: Option<Days>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgsError {
    /// A word that is no time, day or on/off.
    Unknown(String),
    /// Looked like a time but is none (25:00, 8:7).
    BadTime(String),
}

/// Weekday words, written as typed; compared after `fold` (so accents, case and ZWNJ do not matter).
const WEEKDAYS: [(Weekday, &[&str]); 7] = [
    (Weekday::Mon, &["mon", "monday", "пн", "понедельник", "lun", "lunes", "सोम", "सोमवार", "t2", "دوشنبه", "திங்கள்"]),
    (
        Weekday::Tue,
        &["tue", "tues", "tuesday", "вт", "вторник", "mar", "martes", "मंगल", "मंगलवार", "t3", "سه‌شنبه", "செவ்வாய்"],
    ),
    (Weekday::Wed, &["wed", "wednesday", "ср", "среда", "mié", "miércoles", "बुध", "बुधवार", "t4", "چهارشنبه", "புதன்"]),
    (
        Weekday::Thu,
        &[
            "thu",
            "thur",
            "thurs",
            "thursday",
            "чт",
            "четверг",
            "jue",
            "jueves",
            "गुरु",
            "गुरुवार",
            "t5",
            "پنجشنبه",
            "வியாழன்",
        ],
    ),
    (Weekday::Fri, &["fri", "friday", "пт", "пятница", "vie", "viernes", "शुक्र", "शुक्रवार", "t6", "جمعه", "வெள்ளி"]),
    (Weekday::Sat, &["sat", "saturday", "сб", "суббота", "sáb", "sábado", "शनि", "शनिवार", "t7", "شنبه", "சனி"]),
    (Weekday::Sun, &["sun", "sunday", "вс", "воскресенье", "dom", "domingo", "रवि", "रविवार", "cn", "یکشنبه", "ஞாயிறு"]),
];

const ON: &[&str] = &["on", "вкл", "включить", "sí", "activar", "चालू", "bật", "روشن", "ஆன்"];
const OFF: &[&str] = &["off", "выкл", "выключить", "no", "desactivar", "बंद", "tắt", "خاموش", "ஆஃப்"];
const EVERY_DAY: &[&str] = &["daily", "everyday", "ежедневно", "diario", "रोज़", "hàng ngày", "هرروز", "தினமும்"];
const WORKDAYS: &[&str] =
    &["weekdays", "workdays", "будни", "laborables", "कार्यदिवस", "ngày thường", "روزکاری", "வாரநாட்கள்"];
const HERE: &[&str] = &["here", "здесь", "aquí", "यहाँ", "đây", "اینجا", "இங்கே"];

fn is_word(list: &[&str], token: &str) -> bool {
    list.iter().any(|w| fold(w) == token)
}

fn weekday(token: &str) -> Option<Weekday> {
    if let Ok(n) = token.parse::<u32>() {
        return iso_weekday(n);
    }
    WEEKDAYS.iter().find(|(_, words)| is_word(words, token)).map(|(day, _)| *day)
}

/// `mon`, `mon-fri` (a range may wrap: `sat-mon`), `1-5`.
fn day_item(item: &str) -> Option<Days> {
    match item.split_once(['-', '–', '—']) {
        None => weekday(item).map(|d| Days::default().with(d)),
        Some((a, b)) => {
            let (mut day, last) = (weekday(a)?, weekday(b)?);
            let mut days = Days::default().with(day);
            while day != last {
                day = day.succ();
                days = days.with(day);
            }
            Some(days)
        }
    }
}

/// Days written as a comma list of days and ranges; `None` if any part is not a day.
fn days_token(token: &str) -> Option<Days> {
    if is_word(EVERY_DAY, token) {
        return Some(Days::ALL);
    }
    if is_word(WORKDAYS, token) {
        return Some(Days::WORKDAYS);
    }
    token.split(',').filter(|p| !p.is_empty()).try_fold(Days::default(), |acc, item| {
        let days = day_item(item)?;
        Some(acc.union(days))
    })
}

/// Folded, with the spaces around `-` and `,` taken out ("mon - fri" is one token), phrases of two words joined.
fn tokens(args: &str) -> Vec<String> {
    let folded = fold(args);
    let tight = tighten(&folded);
    let mut out: Vec<String> = Vec::new();
    let words: Vec<&str> = tight.split(' ').filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < words.len() {
        // "hàng ngày", "ngày thường" are single words to a Vietnamese speaker.
        if i + 1 < words.len() {
            let pair = format!("{} {}", words[i], words[i + 1]);
            if is_word(EVERY_DAY, &pair) || is_word(WORKDAYS, &pair) {
                out.push(pair);
                i += 2;
                continue;
            }
        }
        out.push(words[i].to_string());
        i += 1;
    }
    out
}

fn tighten(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '-' | '–' | '—' | ',') {
            while out.ends_with(' ') {
                out.pop();
            }
            out.push(c);
        } else if c == ' ' && out.ends_with(['-', '–', '—', ',']) {
            continue;
        } else {
            out.push(c);
        }
    }
    out
}

pub fn parse(args: &str) -> Result<DigestArgs, ArgsError> {
    let tokens = tokens(args);
    match tokens.as_slice() {
        [] => return Ok(DigestArgs::Show),
        [here] if is_word(HERE, here) => return Ok(DigestArgs::Here { off: false }),
        [here, off] if is_word(HERE, here) && is_word(OFF, off) => return Ok(DigestArgs::Here { off: true }),
        _ => {}
    }
    let mut settings = Settings::default();
    for token in &tokens {
        if is_word(ON, token) {
            settings.on = Some(true);
        } else if is_word(OFF, token) {
            settings.on = Some(false);
        } else if token.contains([':', '.']) && token.starts_with(|c: char| c.is_ascii_digit()) {
            settings.time = Some(parse_time(token).ok_or_else(|| ArgsError::BadTime(token.clone()))?);
        } else if let Some(days) = days_token(token) {
            settings.days = Some(settings.days.map_or(days, |d| d.union(days)));
        } else {
            return Err(ArgsError::Unknown(token.clone()));
        }
    }
    Ok(DigestArgs::Set(settings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(args: &str) -> Settings {
        match parse(args) {
            Ok(DigestArgs::Set(s)) => s,
            other => panic!("{args}: {other:?}"),
        }
    }

    fn days(iso: &str) -> Option<Days> {
        Some(Days::parse_stored(iso))
    }

    #[test]
    fn times_days_and_switches_in_any_order() {
        assert_eq!(set("08:30").time, NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(set("mon-fri").days, days("1,2,3,4,5"));
        assert_eq!(set("mon,wed,fri").days, days("1,3,5"));
        assert_eq!(set("Mon - Fri").days, days("1,2,3,4,5"));
        assert_eq!(set("mon, wed , fri").days, days("1,3,5"));
        assert_eq!(set("1-5").days, days("1,2,3,4,5"));
        assert_eq!(set("sat-mon").days, days("6,7,1"));
        assert_eq!(set("daily").days, Some(Days::ALL));
        let all = set("off 7:45 sat,sun");
        assert_eq!((all.on, all.time, all.days), (Some(false), NaiveTime::from_hms_opt(7, 45, 0), days("6,7")));
        assert_eq!(set("on").on, Some(true));
    }

    #[test]
    fn weekday_words_of_every_language_we_speak() {
        assert_eq!(set("пн-пт").days, days("1,2,3,4,5"));
        assert_eq!(set("lunes,miercoles,viernes").days, days("1,3,5"));
        assert_eq!(set("सोमवार-शुक्रवार").days, days("1,2,3,4,5"));
        assert_eq!(set("t2-t6").days, days("1,2,3,4,5"));
        assert_eq!(set("شنبه-چهارشنبه").days, days("6,7,1,2,3"));
        assert_eq!(set("سه‌شنبه").days, days("2"));
        assert_eq!(set("திங்கள்-வெள்ளி").days, days("1,2,3,4,5"));
        assert_eq!(set("hàng ngày").days, Some(Days::ALL));
        assert_eq!(set("۰۸:۳۰").time, NaiveTime::from_hms_opt(8, 30, 0));
        assert_eq!(set("выкл").on, Some(false));
    }

    #[test]
    fn here_and_show() {
        assert_eq!(parse(""), Ok(DigestArgs::Show));
        assert_eq!(parse("here"), Ok(DigestArgs::Here { off: false }));
        assert_eq!(parse("HERE off"), Ok(DigestArgs::Here { off: true }));
    }

    #[test]
    fn anything_else_is_refused_with_the_word() {
        assert_eq!(parse("25:00"), Err(ArgsError::BadTime("25:00".into())));
        assert_eq!(parse("8:7"), Err(ArgsError::BadTime("8:7".into())));
        assert_eq!(parse("mon-funday"), Err(ArgsError::Unknown("mon-funday".into())));
        assert_eq!(parse("tomorrow"), Err(ArgsError::Unknown("tomorrow".into())));
        assert_eq!(parse("8"), Err(ArgsError::Unknown("8".into())));
        assert_eq!(parse("here now"), Err(ArgsError::Unknown("here".into())));
    }
}
