//! Reads "when" out of what a salesperson types on a phone: "завтра в 10", "next fri 3pm", "فردا ساعت ۱۰:۳۰",
//! "2 घंटे में", "thứ sáu 14h". Pure: the caller passes `now`, the member's zone and language.
//!
//! How it works:
//! 1. The input is folded (lower case, native digits to ASCII, ZWNJ to a space, Arabic letter forms to Persian ones)
//!    and every folded byte remembers where it came from, so the expression can be cut out of the original text.
//! 2. At each word start, in order, five anchored regexes built from the language's word tables (plus English) are
//!    tried: a day word, a weekday, a numeric date, a relative amount ("in 2 hours") and a time of day. The first
//!    word start where one of them matches begins the expression; the longest valid match there wins.
//! 3. A date may be followed by a time ("tomorrow 10:00") and a time by a date ("10:00 tomorrow").
//!
//! Word boundaries are checked by hand rather than with `\b`, because the digits rules need more than `\b` gives
//! ("v2.10", "+7 999 123-45-67", "1.2.3" and "12.5%" hold no date), and one helper keeps the combining marks of
//! Devanagari and Tamil inside their words.

use std::cmp::Reverse;
use std::sync::LazyLock;

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use chrono::{
    DateTime, Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Timelike, Utc,
    Weekday,
};
use chrono_tz::Tz;
use regex::{Captures, Regex};

mod vocab;
use vocab::*;

#[derive(Debug, Clone, PartialEq)]
pub struct When {
    pub at: DateTime<Utc>,
    /// The input with the date/time expression removed, trimmed (e.g. "call Ivan").
    pub rest: String,
    /// The member named a date (today/tomorrow/weekday/DD.MM/…/relative "in N …"); false for a bare time.
    pub has_date: bool,
    /// The member named a time of day (or a relative amount in minutes/hours).
    pub has_time: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhenError {
    /// No date or time expression found at all.
    NotFound,
    /// Something looked like a date/time but is impossible (31.02, 25:61, month 13 …).
    Invalid,
    /// A real date or amount, but further from now than `MAX_YEARS_AWAY` ("31.12.99999", "in 100000 weeks", year 0).
    OutOfRange,
}

/// How far from now a date may lie, either way. A salesperson plans a few years ahead at most (a renewal, the end
/// of a long lease) and looks back over the team's history in the CRM; the bot did not exist ten years ago.
/// Anything further is a typo, and storing it would be worse than asking: Postgres keeps year 0 as "1 BC", and
/// "in 100000 weeks" would be a reminder for the year 3943. So such dates are refused, with the span we accept.
pub const MAX_YEARS_AWAY: u32 = 10;

/// Whether `at` lies within `MAX_YEARS_AWAY` years of `now`, either way.
pub fn within_reach(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    let span = Months::new(12 * MAX_YEARS_AWAY);
    let earliest = now.checked_sub_months(span).unwrap_or(now);
    let latest = now.checked_add_months(span).unwrap_or(now);
    (earliest..=latest).contains(&at)
}

/// Find the first date/time expression in `input` (it may stand at the start, or after some words), in the
/// member's language `lang` (English words are always accepted as well), relative to `now`, in zone `tz`.
/// A date without a time takes `default_time` (e.g. 09:00). A bare time `HH:MM` means today at that time (the caller
/// decides whether a past result rolls to tomorrow — do not roll here). Weekday names mean the next such day
/// (today counts only if the resulting time is still ahead of now). `DD.MM` without a year means the next such date
/// that is not in the past (today counts); with a year, exactly that.
pub fn parse_when(
    input: &str,
    lang: &str,
    now: DateTime<Utc>,
    tz: Tz,
    default_time: NaiveTime,
) -> Result<When, WhenError> {
    let folded = Folded::new(input);
    let expr = grammar(lang).find(&folded.text)?;
    let ctx = Ctx { now, tz, default_time };
    Ok(When {
        at: ctx.resolve(expr.kind)?,
        rest: folded.cut(expr.start, expr.end),
        has_date: expr.kind.has_date(),
        has_time: expr.kind.has_time(),
    })
}

/// Resolve a local wall-clock time in `tz` to UTC, deliberately: in a daylight-saving gap (e.g. New York
/// 2026-03-08 02:30 does not exist) take the first valid instant after the gap (03:00 local, i.e. shift forward by
/// the gap); in an overlap (the hour that repeats) take the earlier instant.
///
/// Precisely, a time inside a gap is read with the UTC offset in force just before the gap, so it moves forward by
/// the length of the gap: New York 02:30 on 2026-03-08 is 02:30 EST = 07:30 UTC = 03:30 EDT (and 02:00 becomes
/// 03:00). This keeps the distance to the times around it, as most calendar software does.
pub fn local_to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    if let Some(instant) = tz.from_local_datetime(&local).earliest() {
        return instant.with_timezone(&Utc);
    }
    // Transitions are months apart and every offset is within ±14 h, so a day earlier the pre-gap offset applies.
    let before_gap = local.checked_sub_signed(TimeDelta::days(1)).unwrap_or(local);
    let offset = tz.offset_from_utc_datetime(&before_gap).fix();
    let utc = local.checked_sub_signed(TimeDelta::seconds(offset.local_minus_utc().into())).unwrap_or(local);
    Utc.from_utc_datetime(&utc)
}

static GRAMMARS: LazyLock<Vec<Grammar>> = LazyLock::new(|| {
    LANGS
        .iter()
        .map(|&(_, own)| {
            let vocabs = if std::ptr::eq(own, &EN) { vec![own] } else { vec![own, &EN] };
            Grammar::new(vocabs)
        })
        .collect()
});

/// The grammar for a language code such as "ru" or "es-MX"; English for anything unknown.
fn grammar(lang: &str) -> &'static Grammar {
    let primary = lang.split(['-', '_']).next().unwrap_or_default();
    let index = LANGS.iter().position(|(code, _)| code.eq_ignore_ascii_case(primary)).unwrap_or(0);
    &GRAMMARS[index]
}

// ---------------------------------------------------------------------------------------------------------------
// Folding
// ---------------------------------------------------------------------------------------------------------------

/// Maps a character typed in several ways to one form: native digits (Arabic-Indic, Persian, Devanagari, Tamil) to
/// ASCII, and Arabic ي/ى/ك to Persian ی/ک (phones with an Arabic keyboard). Lower-casing is separate.
pub(crate) fn canonical_char(c: char) -> char {
    const DIGIT_ZEROS: [u32; 4] = [0x0660, 0x06F0, 0x0966, 0x0BE6];
    let code = c as u32;
    if let Some(zero) = DIGIT_ZEROS.iter().find(|&&z| (z..z + 10).contains(&code)) {
        return char::from_digit(code - zero, 10).unwrap_or(c);
    }
    match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        _ => c,
    }
}

/// The input folded for matching, and for each folded byte the byte of the original it came from.
struct Folded<'a> {
    original: &'a str,
    text: String,
    origin: Vec<usize>,
}

impl<'a> Folded<'a> {
    fn new(original: &'a str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            for folded in canonical_char(c).to_lowercase() {
                text.push(folded);
                origin.extend(std::iter::repeat_n(at, folded.len_utf8()));
            }
        }
        origin.push(original.len());
        Folded { original, text, origin }
    }

    /// The original text without the folded span `start..end`, single-spaced, with no separator, empty bracket or
    /// stray punctuation left behind ("call Ivan, tomorrow 10:00, re invoice" → "call Ivan, re invoice").
    fn cut(&self, start: usize, end: usize) -> String {
        let is_sep = |c: char| matches!(c, ',' | '،' | ';' | ':' | '-' | '–' | '—');
        let mut left = self.original[..self.origin[start]].trim_end();
        let mut right = self.original[self.origin[end]..].trim_start();
        // Of the commas around the expression one is enough.
        if left.ends_with(is_sep) {
            right = right.strip_prefix(is_sep).unwrap_or(right).trim_start();
        }
        for (open, close) in [('(', ')'), ('[', ']'), ('«', '»')] {
            if let (Some(l), Some(r)) = (left.strip_suffix(open), right.strip_prefix(close)) {
                (left, right) = (l, r);
            }
        }
        // "meet 3pm." → "meet.": the punctuation closes what came before the expression.
        let glue = if right.starts_with(|c: char| ".,!?;:)]»".contains(c)) { "" } else { " " };
        let rest = format!("{left}{glue}{right}");
        if !rest.chars().any(char::is_alphanumeric) {
            return String::new();
        }
        let rest = rest.trim_matches(|c: char| c.is_whitespace() || is_sep(c));
        rest.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Word boundaries
// ---------------------------------------------------------------------------------------------------------------

/// A character that belongs to a word. Besides letters and digits this keeps the combining marks of Latin (decomposed
/// Vietnamese), Arabic, Devanagari and Tamil and the zero-width (non-)joiners inside their words: the virama "्" is
/// not alphabetic, yet "कलम" is one word.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0900}'..='\u{0963}'
            | '\u{0966}'..='\u{097F}'
            | '\u{0B80}'..='\u{0BFF}'
            | '\u{200C}'..='\u{200D}')
}

/// Byte offsets where a word begins.
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev_is_word = false;
    text.char_indices().filter_map(move |(at, c)| {
        let starts = is_word(c) && !prev_is_word;
        prev_is_word = is_word(c);
        starts.then_some(at)
    })
}

/// Whether `start..end` stands alone in `text`: not glued to a word, and, where it starts or ends with a digit, not
/// part of a longer number ("1.2.3", "v2.10", "+7 999", "12.5%", "$12.50").
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let (prev, next) = (before.next(), after.next());
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    if prev.is_some_and(is_word) || (last.is_some_and(is_word) && next.is_some_and(is_word)) {
        return false;
    }
    const MONEY: &str = "%$€£¥₽₹₫﷼";
    let digit_behind = before.next().is_some_and(|c| c.is_ascii_digit());
    let digit_ahead = after.next().is_some_and(|c| c.is_ascii_digit());
    let glued_before = prev.is_some_and(|c| c == '+' || MONEY.contains(c) || (".:/-,".contains(c) && digit_behind));
    let glued_after = next.is_some_and(|c| MONEY.contains(c) || (".:/".contains(c) && digit_ahead));
    !(first.is_some_and(|c| c.is_ascii_digit()) && glued_before
        || last.is_some_and(|c| c.is_ascii_digit()) && glued_after)
}

/// Skips what may stand between a date and its time: spaces and commas.
fn skip_separators(text: &str, pos: usize) -> usize {
    let tail = &text[pos..];
    pos + tail.len() - tail.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '،').len()
}

// ---------------------------------------------------------------------------------------------------------------
// Grammar: the regexes for one language and the reading of their matches
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq)]
enum DatePart {
    /// Days from today ("tomorrow", "in 3 days").
    Offset(i64),
    Weekday(Weekday),
    /// Day and month without a year: the next such date.
    DayMonth(u32, u32),
    Ymd(NaiveDate),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    Date(DatePart),
    Time(NaiveTime),
    /// "in 2 hours": an exact amount from now.
    After(TimeDelta),
    /// Looked like a date or time but cannot be one (31.02, 25:00).
    Invalid,
    /// A date or amount too far away for any calendar we keep ("31.12.99999", "in 999999999 weeks").
    Far,
}

/// A piece found at `start..end` of the folded text. `strong` is false for a time that counts only next to a date.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    piece: Piece,
    strong: bool,
}

impl Span {
    fn new(start: usize, end: usize, piece: Piece) -> Self {
        Span { start, end, piece, strong: true }
    }

    fn valid(&self) -> bool {
        self.piece != Piece::Invalid
    }

    /// At one word start: a valid reading beats an invalid one ("в 15.30" is a time, not the 15th of month 30),
    /// then the longer one ("2 giờ nữa" beats "2 giờ"); on a tie the earlier tried kind stays.
    fn beats(&self, other: &Span) -> bool {
        (self.valid(), self.end) > (other.valid(), other.end)
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    At { date: Option<DatePart>, time: Option<NaiveTime> },
    After(TimeDelta),
}

impl Kind {
    fn has_date(self) -> bool {
        !matches!(self, Kind::At { date: None, .. })
    }

    fn has_time(self) -> bool {
        !matches!(self, Kind::At { time: None, .. })
    }
}

/// The whole expression found, as a folded span.
struct Expr {
    start: usize,
    end: usize,
    kind: Kind,
}

impl Expr {
    fn new(start: usize, end: usize, kind: Kind) -> Self {
        Expr { start, end, kind }
    }
}

struct Grammar {
    vocabs: Vec<&'static Vocab>,
    day: Regex,
    weekday: Regex,
    date: Regex,
    rel: Regex,
    time: Regex,
    bare_unit_is_one: bool,
}

/// The best of the pieces found at one word start (see `Span::beats`).
fn best<const N: usize>(spans: [Option<Span>; N]) -> Option<Span> {
    spans.into_iter().flatten().reduce(|best, next| if next.beats(&best) { next } else { best })
}

/// A pattern that never matches, for an empty word list.
const NEVER: &str = r"\b\B";

/// An alternation of phrases, longest first: the regex takes the first alternative that matches, and "pasado
/// mañana" must win over "pasado", "часа" over "час".
fn alternation<'a>(phrases: impl IntoIterator<Item = &'a str>) -> String {
    let mut phrases: Vec<&str> = phrases.into_iter().collect();
    phrases.sort_by_key(|p| (Reverse(p.chars().count()), *p));
    phrases.dedup();
    if phrases.is_empty() {
        return NEVER.to_string();
    }
    let patterns: Vec<String> =
        phrases.iter().map(|p| p.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"[\s\x{200C}]*")).collect();
    patterns.join("|")
}

/// Removes white space and ZWNJ, so a matched phrase can be compared with a table entry however it was spaced.
fn squash(s: &str) -> String {
    s.chars().filter(|&c| !c.is_whitespace() && c != '\u{200C}').collect()
}

/// The captured text of a named group.
fn group<'t>(caps: &Captures<'t>, name: &str) -> Option<&'t str> {
    caps.name(name).map(|m| m.as_str())
}

/// Matches the anchored `re` at `pos`, if the match stands alone there; gives the captures and the end offset.
fn match_at<'t>(re: &Regex, text: &'t str, pos: usize) -> Option<(Captures<'t>, usize)> {
    let caps = re.captures(&text[pos..])?;
    let end = pos + caps.get(0)?.end();
    (end > pos && stands_alone(text, pos, end)).then_some((caps, end))
}

impl Grammar {
    /// `vocabs[0]` is the member's language; its own-only weekday forms are accepted, those of the others are not.
    fn new(vocabs: Vec<&'static Vocab>) -> Self {
        let words = |pick: fn(&'static Vocab) -> &'static [&'static str]| {
            alternation(vocabs.iter().copied().flat_map(|v| pick(v).iter().copied()))
        };
        let keys = |pick: fn(&'static Vocab) -> Vec<&'static str>| alternation(vocabs.iter().copied().flat_map(pick));
        let weekdays = alternation(
            vocabs
                .iter()
                .flat_map(|v| v.weekdays.iter().map(|w| w.0))
                .chain(vocabs[0].weekdays_own.iter().map(|w| w.0)),
        );
        let days = keys(|v| v.days.iter().map(|d| d.0).collect());
        let periods = keys(|v| v.periods.iter().map(|p| p.0).collect());
        let units = keys(|v| v.units.iter().map(|u| u.0).collect());
        let units_in = keys(|v| v.units_in.iter().map(|u| u.0).collect());
        let (date_pre, date_post) = (words(|v| v.date_pre), words(|v| v.date_post));
        let regex = |pattern: String| Regex::new(&pattern).expect("the word tables build valid regexes");
        Grammar {
            day: regex(format!("^(?:{days})")),
            weekday: regex(format!(r"^(?:(?:{date_pre})\s+)*(?P<w>{weekdays})(?:\s*(?:{date_post}))*")),
            date: regex(format!(
                r"^(?:(?:{date_pre})\s+)*(?:(?P<iy>[0-9]{{5,9}}|[0-9]{{4}})-(?P<im>[0-9]{{1,2}})-(?P<id>[0-9]{{1,2}})|(?P<d>[0-9]{{1,2}})[./](?P<m>[0-9]{{1,2}})(?:[./](?P<y>[0-9]{{5,9}}|[0-9]{{4}}|[0-9]{{2}}))?)(?:\s*(?:{year_post}))?(?:\s*(?:{date_post}))*",
                year_post = words(|v| v.year_post),
            )),
            rel: regex(format!(
                r"^(?:(?P<pre>{pre})\s+)?(?:(?P<n>[0-9]{{1,9}})(?:[.,](?P<tenth>[0-9]))?\s*|(?P<one>{one})\s+|(?P<half>{half})\s*)?(?:(?P<fused>{units_in})|(?P<unit>{units}))(?:\s*(?P<post>{post}))?",
                pre = words(|v| v.rel_pre),
                post = words(|v| v.rel_post),
                one = words(|v| v.one),
                half = words(|v| v.half),
            )),
            time: regex(format!(
                r"^(?:(?P<p1>{periods})\s*)?(?:(?P<at>{at})\s*)?(?:(?P<p2>{periods})\s*)?(?P<h>[0-9]{{1,2}})(?:(?P<sep>[:.h])(?P<mi>[0-9]{{2}})(?::[0-9]{{2}})?)?(?:\s*(?P<suf>{suffix}))?(?:\s*(?P<p3>{periods}))?",
                at = words(|v| v.at),
                suffix = words(|v| v.hour_post),
            )),
            bare_unit_is_one: vocabs.iter().any(|v| v.bare_unit_is_one),
            vocabs,
        }
    }

    /// The value of a matched phrase in one of the tables.
    fn lookup<T: Copy>(&self, found: &str, table: fn(&'static Vocab) -> &'static [(&'static str, T)]) -> Option<T> {
        let key = squash(found);
        self.vocabs.iter().copied().flat_map(table).find(|entry| squash(entry.0) == key).map(|entry| entry.1)
    }

    fn is_weak(&self, found: &str) -> bool {
        let key = squash(found);
        self.vocabs.iter().flat_map(|v| v.weak).any(|w| squash(w) == key)
    }

    /// The first expression in the folded `text`.
    fn find(&self, text: &str) -> Result<Expr, WhenError> {
        // The last weak time passed over ("в 10"): it joins a date that follows it ("в 10 завтра").
        let mut weak_time: Option<Span> = None;
        for pos in word_starts(text) {
            if let Some(first) = self.first_at(text, pos) {
                let before = weak_time.filter(|t| skip_separators(text, t.end) == pos);
                return self.complete(text, first, before);
            }
            if let Some(time) = self.time_at(text, pos) {
                weak_time = Some(time);
            }
        }
        Err(WhenError::NotFound)
    }

    /// The best piece that can begin an expression at `pos`: any date, relative amount or strong time.
    fn first_at(&self, text: &str, pos: usize) -> Option<Span> {
        let time = self.time_at(text, pos).filter(|t| t.strong);
        best([self.date_at(text, pos), self.rel_at(text, pos), time])
    }

    /// The best date-like piece at `pos`: a day word, a weekday, a numeric date or "in N days".
    fn date_at(&self, text: &str, pos: usize) -> Option<Span> {
        best([self.day_at(text, pos), self.weekday_at(text, pos), self.numeric_at(text, pos)])
    }

    /// Joins a time after a date (or right `before` it), or a date after a time, into one expression.
    fn complete(&self, text: &str, first: Span, before: Option<Span>) -> Result<Expr, WhenError> {
        match first.piece {
            Piece::Invalid => Err(WhenError::Invalid),
            Piece::Far => Err(WhenError::OutOfRange),
            Piece::After(delta) => Ok(Expr::new(first.start, first.end, Kind::After(delta))),
            Piece::Date(date) => self.date_and_time(text, first, date, before),
            Piece::Time(time) => self.time_and_date(text, first, time),
        }
    }

    /// A date with the time that follows it or, failing that, the weak time just before it ("в 10 завтра").
    fn date_and_time(&self, text: &str, span: Span, date: DatePart, before: Option<Span>) -> Result<Expr, WhenError> {
        let date = Some(date);
        let after = self.time_at(text, skip_separators(text, span.end));
        match after.map(|t| (t.end, t.piece, t.strong)) {
            Some((end, Piece::Time(time), _)) => {
                return Ok(Expr::new(span.start, end, Kind::At { date, time: Some(time) }));
            }
            // "завтра в 25:00" is wrong, but a weak "31.12" after a date is just not a time.
            Some((_, Piece::Invalid, true)) => return Err(WhenError::Invalid),
            _ => {}
        }
        Ok(match before.map(|t| (t.start, t.piece)) {
            Some((start, Piece::Time(time))) => Expr::new(start, span.end, Kind::At { date, time: Some(time) }),
            _ => Expr::new(span.start, span.end, Kind::At { date, time: None }),
        })
    }

    /// A time with the date that follows it, if any ("10:00 tomorrow").
    fn time_and_date(&self, text: &str, span: Span, time: NaiveTime) -> Result<Expr, WhenError> {
        let next = skip_separators(text, span.end);
        let time = Some(time);
        match best([self.date_at(text, next), self.rel_at(text, next)]).map(|d| (d.end, d.piece)) {
            Some((end, Piece::Date(date))) => Ok(Expr::new(span.start, end, Kind::At { date: Some(date), time })),
            Some((_, Piece::Invalid)) => Err(WhenError::Invalid),
            Some((_, Piece::Far)) => Err(WhenError::OutOfRange),
            _ => Ok(Expr::new(span.start, span.end, Kind::At { date: None, time })),
        }
    }

    fn day_at(&self, text: &str, pos: usize) -> Option<Span> {
        let (caps, end) = match_at(&self.day, text, pos)?;
        let days = self.lookup(&caps[0], |v| v.days)?;
        Some(Span::new(pos, end, Piece::Date(DatePart::Offset(days))))
    }

    fn weekday_at(&self, text: &str, pos: usize) -> Option<Span> {
        let (caps, end) = match_at(&self.weekday, text, pos)?;
        let name = &caps["w"];
        let weekday = self.lookup(name, |v| v.weekdays).or_else(|| self.lookup(name, |v| v.weekdays_own))?;
        Some(Span::new(pos, end, Piece::Date(DatePart::Weekday(weekday))))
    }

    /// DD.MM, DD.MM.YY(YY), DD/MM[/YYYY] and YYYY-MM-DD.
    fn numeric_at(&self, text: &str, pos: usize) -> Option<Span> {
        let (caps, end) = match_at(&self.date, text, pos)?;
        let number = |name| group(&caps, name).and_then(|n| n.parse::<u32>().ok());
        let piece = match (number("iy"), group(&caps, "y")) {
            (Some(year), _) => exact_date(year, number("im")?, number("id")?),
            (None, Some(year)) => {
                // Two-digit years are this century's: "01.02.27" is 2027.
                let year = year.parse::<u32>().ok()? + if year.len() == 2 { 2000 } else { 0 };
                exact_date(year, number("m")?, number("d")?)
            }
            (None, None) => day_month(number("d")?, number("m")?),
        };
        Some(Span::new(pos, end, piece))
    }

    /// "in 2 hours", "через час", "2 घंटे में", "3 ngày nữa", "۲ ساعت دیگر", "2 நாளில்".
    fn rel_at(&self, text: &str, pos: usize) -> Option<Span> {
        let (caps, end) = match_at(&self.rel, text, pos)?;
        let has = |name| caps.name(name).is_some();
        // A bare "2 hours" is not relative: it may be a duration ("call took 2 hours").
        if !(has("pre") || has("post") || has("fused")) {
            return None;
        }
        let unit_word = group(&caps, "fused").or_else(|| group(&caps, "unit"))?;
        let unit = self.lookup(unit_word, |v| v.units).or_else(|| self.lookup(unit_word, |v| v.units_in))?;
        let count = if let Some(n) = group(&caps, "n") {
            let whole = n.parse::<i64>().ok()?;
            // "через 1,5 часа", "in 2.5 days": a fraction makes the amount exact.
            if let Some(tenth) = group(&caps, "tenth").and_then(|t| t.parse::<i64>().ok()) {
                let minutes = (whole * 10 + tenth) * unit.minutes() / 10;
                let piece = TimeDelta::try_minutes(minutes).map_or(Piece::Far, Piece::After);
                return Some(Span::new(pos, end, piece));
            }
            whole
        } else if has("half") {
            let half = TimeDelta::minutes(unit.minutes() / 2);
            return Some(Span::new(pos, end, Piece::After(half)));
        } else if has("one") || (self.bare_unit_is_one && has("pre")) {
            1
        } else {
            return None;
        };
        // Days and weeks are calendar days (the time comes from the default or from a time given with them);
        // minutes and hours are exact.
        let piece = match unit {
            Day | Week => Piece::Date(DatePart::Offset(count * unit.minutes() / Day.minutes())),
            Minute | Hour => TimeDelta::try_minutes(count * unit.minutes()).map_or(Piece::Far, Piece::After),
        };
        Some(Span::new(pos, end, piece))
    }

    /// A time of day. Strong when it cannot be anything else (10:30, 10h30, 3 pm, at 3, 10 बजे, ساعت ۱۰); weak when
    /// it needs a date next to it to be a time ("10.30", "в 10", "2 дня"); none for a bare number.
    fn time_at(&self, text: &str, pos: usize) -> Option<Span> {
        let (caps, end) = match_at(&self.time, text, pos)?;
        let marker = |name| group(&caps, name).map(|w| !self.is_weak(w));
        let period_word = group(&caps, "p1").or_else(|| group(&caps, "p2")).or_else(|| group(&caps, "p3"));
        let sep = group(&caps, "sep");
        let at = marker("at");
        let strong = matches!(sep, Some(":" | "h"))
            || at == Some(true)
            || marker("suf") == Some(true)
            || period_word.is_some_and(|w| !self.is_weak(w))
            || (sep == Some(".") && at.is_some());
        let weak = sep.is_some() || at.is_some() || caps.name("suf").is_some() || period_word.is_some();
        if !strong && !weak {
            return None;
        }
        let period = period_word.and_then(|w| self.lookup(w, |v| v.periods));
        let hour = group(&caps, "h")?.parse().ok()?;
        let minute = group(&caps, "mi").map_or(Some(0), |m| m.parse().ok())?;
        let piece = clock(hour, minute, period).map_or(Piece::Invalid, Piece::Time);
        Some(Span { strong, ..Span::new(pos, end, piece) })
    }
}

/// A wall-clock time from an hour, minute and part of the day ("12 am" is midnight, "12 pm" noon).
fn clock(hour: u32, minute: u32, period: Option<Period>) -> Option<NaiveTime> {
    let hour = match (period, hour) {
        (_, 0) | (None, _) => hour,
        (Some(Am), 12) | (Some(Night), 12) => 0,
        (Some(Am), 1..=11) | (Some(Pm), 12) => hour,
        (Some(Am), _) => return None,
        (Some(Pm), 1..=11) => hour + 12,
        (Some(Night), 6..=11) => hour + 12,
        // "17 вечера", "2 ночи": already unambiguous.
        (Some(Pm | Night), _) => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

fn exact_date(year: u32, month: u32, day: u32) -> Piece {
    match i32::try_from(year).ok().and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) {
        Some(date) => Piece::Date(DatePart::Ymd(date)),
        // A day that exists, in a year too far for the calendar: far away rather than impossible.
        None if year > 9999 && NaiveDate::from_ymd_opt(2000, month, day).is_some() => Piece::Far,
        None => Piece::Invalid,
    }
}

/// A day and month that exist in some year (29.02 does, in leap years).
fn day_month(day: u32, month: u32) -> Piece {
    match NaiveDate::from_ymd_opt(2000, month, day) {
        Some(_) => Piece::Date(DatePart::DayMonth(day, month)),
        None => Piece::Invalid,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution to an instant
// ---------------------------------------------------------------------------------------------------------------

struct Ctx {
    now: DateTime<Utc>,
    tz: Tz,
    default_time: NaiveTime,
}

impl Ctx {
    fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }

    fn at(&self, day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        local_to_utc(self.tz, day.and_time(time))
    }

    /// The instant meant, if it lies within reach of now (see `MAX_YEARS_AWAY`).
    fn resolve(&self, kind: Kind) -> Result<DateTime<Utc>, WhenError> {
        let at = match kind {
            Kind::After(delta) => {
                let minute = self.now.with_second(0).and_then(|t| t.with_nanosecond(0));
                minute.and_then(|m| m.checked_add_signed(delta)).ok_or(WhenError::OutOfRange)?
            }
            Kind::At { date, time } => {
                let time = time.unwrap_or(self.default_time);
                let day = match date {
                    None => self.today(),
                    // Only an amount of days beyond the calendar fails here.
                    Some(date) => self.day(date, time).ok_or(WhenError::OutOfRange)?,
                };
                self.at(day, time)
            }
        };
        if within_reach(at, self.now) { Ok(at) } else { Err(WhenError::OutOfRange) }
    }

    /// The local date a date part names, given the time of day it goes with.
    fn day(&self, date: DatePart, time: NaiveTime) -> Option<NaiveDate> {
        let today = self.today();
        match date {
            DatePart::Offset(days) => today.checked_add_signed(TimeDelta::try_days(days)?),
            DatePart::Ymd(day) => Some(day),
            DatePart::DayMonth(day, month) => (today.year()..=today.year() + 8)
                .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
                .find(|candidate| *candidate >= today),
            DatePart::Weekday(weekday) => {
                let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
                let day = today.checked_add_signed(TimeDelta::days(ahead.into()))?;
                if ahead == 0 && self.at(day, time) <= self.now {
                    day.checked_add_signed(TimeDelta::days(7))
                } else {
                    Some(day)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
