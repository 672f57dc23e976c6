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
    DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Timelike, Utc, Weekday,
};
use chrono_tz::Tz;
use regex::{Captures, Regex};

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

// ---------------------------------------------------------------------------------------------------------------
// Word tables. Every phrase is written folded (lower case, ASCII digits); a space inside a phrase matches any run of
// white space and ZWNJ (U+200C), or none, so "پس فردا" also matches "پس‌فردا" and "پسفردا", and "thứ 2" matches "thứ2".
// ---------------------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Minute,
    Hour,
    Day,
    Week,
}

impl Unit {
    fn minutes(self) -> i64 {
        match self {
            Unit::Minute => 1,
            Unit::Hour => 60,
            Unit::Day => 24 * 60,
            Unit::Week => 7 * 24 * 60,
        }
    }
}

/// A part of the day that moves an hour: "3 pm", "7 вечера", "3 giờ chiều", "ساعت ۹ شب", "रात 10 बजे".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Am,
    Pm,
    /// "Night": 9–11 are evening hours, 12–5 are after midnight ("в 2 ночи" is 02:00, "در ۱۱ شب" is 23:00).
    Night,
}

use Period::{Am, Night, Pm};
use Unit::{Day, Hour, Minute, Week};

/// One language's words. Fields that do not apply are empty.
struct Vocab {
    /// Day words with their offset from today: today 0, tomorrow 1, yesterday -1.
    days: &'static [(&'static str, i64)],
    weekdays: &'static [(&'static str, Weekday)],
    /// Short weekday forms that are ordinary words in other languages ("thu" is Vietnamese for "collect", "sat" and
    /// "sun" are everywhere), so they count only for members of this very language.
    weekdays_own: &'static [(&'static str, Weekday)],
    /// Words that may stand before a weekday or a numeric date: "on", "в", "el", "ngày", "this", "next".
    date_pre: &'static [&'static str],
    /// Words that may follow a weekday or a numeric date: Hindi "को", Tamil "கிழமை".
    date_post: &'static [&'static str],
    /// Words that may follow a year: Russian "2026 г.".
    year_post: &'static [&'static str],
    /// Words before an hour: "at", "в", "a las", "lúc", "ساعت".
    at: &'static [&'static str],
    /// Words after an hour: "o'clock", "बजे", "giờ", "மணிக்கு".
    hour_post: &'static [&'static str],
    periods: &'static [(&'static str, Period)],
    /// Markers from `at`, `hour_post` and `periods` that are too ambiguous to make a bare number a time on their own
    /// ("в 2 раза", "2 дня"): with them a bare hour is read as a time only right next to a date ("завтра в 10").
    weak: &'static [&'static str],
    /// Words before a relative amount: "in", "через", "dentro de", "sau".
    rel_pre: &'static [&'static str],
    /// Words after a relative amount: "later", "में", "nữa", "دیگر".
    rel_post: &'static [&'static str],
    units: &'static [(&'static str, Unit)],
    /// Unit forms that already say "in" (Tamil locative: "நாளில்" = "in … days").
    units_in: &'static [(&'static str, Unit)],
    /// Words that stand for the number one: "an hour", "una hora", "یک هفته".
    one: &'static [&'static str],
    /// Words for half a unit: "half an hour", "полчаса", "media hora".
    half: &'static [&'static str],
    /// A unit after `rel_pre` without a number means one of it ("через час", "через неделю").
    bare_unit_is_one: bool,
}

#[rustfmt::skip]
static EN: Vocab = Vocab {
    days: &[("today", 0), ("tonight", 0), ("tomorrow", 1), ("tmrw", 1), ("tmr", 1), ("day after tomorrow", 2),
        ("the day after tomorrow", 2), ("yesterday", -1), ("day before yesterday", -2),
        ("the day before yesterday", -2)],
    weekdays: &[("monday", Mon), ("tuesday", Tue), ("wednesday", Wed), ("thursday", Thu), ("friday", Fri),
        ("saturday", Sat), ("sunday", Sun)],
    weekdays_own: &[("mon", Mon), ("tue", Tue), ("tues", Tue), ("wed", Wed), ("thu", Thu), ("thur", Thu),
        ("thurs", Thu), ("fri", Fri), ("sat", Sat), ("sun", Sun)],
    date_pre: &["on", "this", "next", "by"],
    date_post: &[],
    year_post: &[],
    at: &["at", "by"],
    hour_post: &["o'clock", "o’clock", "oclock"],
    periods: &[("am", Am), ("a.m.", Am), ("pm", Pm), ("p.m.", Pm)],
    weak: &["by"],
    rel_pre: &["in", "after"],
    rel_post: &["later", "from now"],
    units: &[("minutes", Minute), ("minute", Minute), ("mins", Minute), ("min", Minute), ("m", Minute),
        ("hours", Hour), ("hour", Hour), ("hrs", Hour), ("hr", Hour), ("h", Hour), ("days", Day), ("day", Day),
        ("d", Day), ("weeks", Week), ("week", Week), ("wks", Week), ("wk", Week), ("w", Week)],
    units_in: &[],
    one: &["a", "an", "one"],
    half: &["half an", "half a", "half"],
    bare_unit_is_one: false,
};

#[rustfmt::skip]
static RU: Vocab = Vocab {
    days: &[("сегодня", 0), ("завтра", 1), ("послезавтра", 2), ("вчера", -1), ("позавчера", -2)],
    weekdays: &[("понедельник", Mon), ("понедельника", Mon), ("пн", Mon), ("пнд", Mon), ("вторник", Tue),
        ("вторника", Tue), ("вт", Tue), ("среда", Wed), ("среду", Wed), ("среды", Wed), ("ср", Wed), ("четверг", Thu),
        ("четверга", Thu), ("чт", Thu), ("пятница", Fri), ("пятницу", Fri), ("пятницы", Fri), ("пт", Fri),
        ("суббота", Sat), ("субботу", Sat), ("субботы", Sat), ("сб", Sat), ("воскресенье", Sun), ("воскресенья", Sun),
        ("вс", Sun), ("вск", Sun)],
    weekdays_own: &[],
    date_pre: &["в", "во", "на", "к", "до", "эту", "этот", "это", "следующий", "следующую", "следующее", "ближайший",
        "ближайшую", "ближайшее"],
    date_post: &[],
    year_post: &["года", "г.", "г"],
    at: &["в", "к", "на", "до"],
    hour_post: &["часов", "часа", "час", "ч"],
    periods: &[("утра", Am), ("дня", Pm), ("вечера", Pm), ("ночи", Night)],
    weak: &["в", "к", "на", "до", "дня", "часов", "часа", "час", "ч"],
    rel_pre: &["через", "спустя"],
    rel_post: &["спустя"],
    units: &[("минута", Minute), ("минуты", Minute), ("минут", Minute), ("минуту", Minute), ("мин", Minute),
        ("час", Hour), ("часа", Hour), ("часов", Hour), ("ч", Hour), ("день", Day), ("дня", Day), ("дней", Day),
        ("сутки", Day), ("суток", Day), ("неделя", Week), ("недели", Week), ("недель", Week), ("неделю", Week),
        ("нед", Week)],
    units_in: &[],
    one: &["один", "одна", "одну"],
    half: &["пол"],
    bare_unit_is_one: true,
};

#[rustfmt::skip]
static ES: Vocab = Vocab {
    days: &[("hoy", 0), ("mañana", 1), ("manana", 1), ("pasado mañana", 2), ("pasado manana", 2), ("ayer", -1),
        ("anteayer", -2), ("antier", -2)],
    weekdays: &[("lunes", Mon), ("martes", Tue), ("miércoles", Wed), ("miercoles", Wed), ("jueves", Thu),
        ("viernes", Fri), ("sábado", Sat), ("sabado", Sat), ("domingo", Sun)],
    // No "mar" (sea) and "dom": too common as words.
    weekdays_own: &[("lun", Mon), ("mié", Wed), ("mie", Wed), ("jue", Thu), ("vie", Fri), ("sáb", Sat), ("sab", Sat)],
    date_pre: &["el", "este", "próximo", "proximo", "para"],
    date_post: &["que viene"],
    year_post: &[],
    at: &["a las", "a la"],
    hour_post: &["h", "hs", "hrs", "horas"],
    periods: &[("de la mañana", Am), ("de la manana", Am), ("por la mañana", Am), ("por la manana", Am),
        ("de la madrugada", Am), ("del mediodía", Pm), ("del mediodia", Pm), ("de la tarde", Pm),
        ("por la tarde", Pm), ("de la noche", Night), ("por la noche", Night)],
    weak: &["horas"],
    rel_pre: &["en", "dentro de"],
    rel_post: &["después", "despues"],
    units: &[("minutos", Minute), ("minuto", Minute), ("mins", Minute), ("min", Minute), ("horas", Hour),
        ("hora", Hour), ("hrs", Hour), ("hr", Hour), ("h", Hour), ("días", Day), ("día", Day), ("dias", Day),
        ("dia", Day), ("semanas", Week), ("semana", Week)],
    units_in: &[],
    one: &["un", "una", "uno"],
    half: &["media", "medio"],
    bare_unit_is_one: false,
};

/// "हफ़्ता" (week) is typed with the nukta precomposed (U+095E) or combining (U+092B U+093C); both are listed.
#[rustfmt::skip]
static HI: Vocab = Vocab {
    // "कल" is both "tomorrow" and "yesterday"; a CRM plans ahead far more often than it logs, so it is tomorrow.
    days: &[("आज", 0), ("कल", 1), ("परसों", 2), ("परसो", 2), ("aaj", 0), ("kal", 1), ("parson", 2), ("parso", 2)],
    weekdays: &[("सोमवार", Mon), ("मंगलवार", Tue), ("बुधवार", Wed), ("गुरुवार", Thu), ("बृहस्पतिवार", Thu),
        ("वीरवार", Thu), ("शुक्रवार", Fri), ("शनिवार", Sat), ("रविवार", Sun), ("इतवार", Sun), ("somvar", Mon),
        ("mangalvar", Tue), ("budhvar", Wed), ("guruvar", Thu), ("shukravar", Fri), ("shanivar", Sat),
        ("ravivar", Sun)],
    weekdays_own: &[],
    date_pre: &["अगले", "इस"],
    date_post: &["को", "ko"],
    year_post: &[],
    at: &[],
    hour_post: &["बजे", "baje"],
    periods: &[("सुबह", Am), ("सवेरे", Am), ("दोपहर", Pm), ("शाम", Pm), ("रात", Night)],
    weak: &[],
    rel_pre: &[],
    rel_post: &["में", "के बाद", "बाद"],
    units: &[("मिनट", Minute), ("मिनटों", Minute), ("घंटा", Hour), ("घंटे", Hour), ("घंटों", Hour), ("घण्टा", Hour),
        ("घण्टे", Hour), ("दिन", Day), ("दिनों", Day), ("हफ्ता", Week), ("हफ्ते", Week), ("हफ्तों", Week),
        ("ह\u{095E}्ता", Week), ("ह\u{095E}्ते", Week), ("ह\u{095E}्तों", Week), ("हफ\u{093C}्ता", Week),
        ("हफ\u{093C}्ते", Week), ("हफ\u{093C}्तों", Week), ("सप्ताह", Week)],
    units_in: &[],
    one: &["एक"],
    half: &["आधे", "आधा"],
    bare_unit_is_one: false,
};

/// Vietnamese is often typed without diacritics, so the common words are listed both ways, except where the bare form
/// is another word ("sang" = go over, "dem" = bring, "toi" = I). Bare "nua" is read as "nữa" (more), not "nửa" (half).
#[rustfmt::skip]
static VI: Vocab = Vocab {
    days: &[("hôm nay", 0), ("hom nay", 0), ("ngày mai", 1), ("ngay mai", 1), ("mai", 1), ("ngày kia", 2),
        ("ngay kia", 2), ("ngày mốt", 2), ("ngay mot", 2), ("hôm qua", -1), ("hom qua", -1)],
    weekdays: &[("thứ hai", Mon), ("thứ 2", Mon), ("thu hai", Mon), ("thu 2", Mon), ("t2", Mon), ("thứ ba", Tue),
        ("thứ 3", Tue), ("thu ba", Tue), ("thu 3", Tue), ("t3", Tue), ("thứ tư", Wed), ("thứ 4", Wed),
        ("thu tu", Wed), ("thu 4", Wed), ("t4", Wed), ("thứ năm", Thu), ("thứ 5", Thu), ("thu nam", Thu),
        ("thu 5", Thu), ("t5", Thu), ("thứ sáu", Fri), ("thứ 6", Fri), ("thu sau", Fri), ("thu 6", Fri), ("t6", Fri),
        ("thứ bảy", Sat), ("thứ 7", Sat), ("thu bay", Sat), ("thu 7", Sat), ("t7", Sat), ("chủ nhật", Sun),
        ("chu nhat", Sun), ("cn", Sun)],
    weekdays_own: &[],
    date_pre: &["vào", "vao", "ngày", "ngay"],
    date_post: &[],
    year_post: &[],
    at: &["lúc", "luc", "vào lúc", "vao luc", "vào", "vao"],
    hour_post: &["giờ", "gio", "h"],
    periods: &[("sáng", Am), ("trưa", Pm), ("trua", Pm), ("chiều", Pm), ("chieu", Pm), ("tối", Pm), ("đêm", Night)],
    weak: &[],
    rel_pre: &["sau", "trong", "trong vòng", "trong vong"],
    rel_post: &["nữa", "nua", "sau"],
    units: &[("phút", Minute), ("phut", Minute), ("p", Minute), ("giờ", Hour), ("gio", Hour), ("tiếng", Hour),
        ("tieng", Hour), ("h", Hour), ("ngày", Day), ("ngay", Day), ("tuần", Week), ("tuan", Week)],
    units_in: &[],
    one: &["một", "mot"],
    half: &["nửa"],
    bare_unit_is_one: false,
};

/// Persian. Weekday names are compounds of "شنبه"; the longest phrase is tried first, and "شنبه" must stand as a whole
/// word (ZWNJ counts as part of a word, so "شنبه‌ها", "Saturdays", is not a date).
#[rustfmt::skip]
static FA: Vocab = Vocab {
    days: &[("امروز", 0), ("فردا", 1), ("پس فردا", 2), ("دیروز", -1), ("پریروز", -2)],
    weekdays: &[("شنبه", Sat), ("یک شنبه", Sun), ("دو شنبه", Mon), ("سه شنبه", Tue), ("چهار شنبه", Wed),
        ("پنج شنبه", Thu), ("جمعه", Fri)],
    weekdays_own: &[],
    date_pre: &["روز", "این"],
    date_post: &["آینده"],
    year_post: &[],
    at: &["ساعت"],
    hour_post: &[],
    periods: &[("صبح", Am), ("ظهر", Pm), ("بعد از ظهر", Pm), ("عصر", Pm), ("شب", Night)],
    weak: &[],
    rel_pre: &[],
    rel_post: &["دیگر", "دیگه", "بعد"],
    units: &[("دقیقه", Minute), ("ساعت", Hour), ("روز", Day), ("هفته", Week)],
    units_in: &[],
    one: &["یک", "یه"],
    half: &["نیم"],
    bare_unit_is_one: false,
};

/// Tamil writes weekday + "கிழமை" (day) either apart or joined with a sound change ("திங்கட்கிழமை"); the joined
/// forms are listed, the apart ones come from `date_post`.
#[rustfmt::skip]
static TA: Vocab = Vocab {
    days: &[("இன்று", 0), ("இன்னைக்கு", 0), ("நாளை", 1), ("நாளைக்கு", 1), ("நாளை மறுநாள்", 2), ("நேற்று", -1),
        ("நேத்து", -1)],
    weekdays: &[("திங்கள்", Mon), ("திங்கட்கிழமை", Mon), ("செவ்வாய்", Tue), ("செவ்வாய்க்கிழமை", Tue), ("புதன்", Wed),
        ("வியாழன்", Thu), ("வியாழக்கிழமை", Thu), ("வெள்ளி", Fri), ("வெள்ளிக்கிழமை", Fri), ("சனி", Sat),
        ("சனிக்கிழமை", Sat), ("ஞாயிறு", Sun), ("ஞாயிற்றுக்கிழமை", Sun)],
    weekdays_own: &[],
    date_pre: &["அடுத்த", "இந்த"],
    date_post: &["கிழமை", "அன்று"],
    year_post: &[],
    at: &[],
    hour_post: &["மணிக்கு", "மணி"],
    periods: &[("காலை", Am), ("மதியம்", Pm), ("மாலை", Pm), ("சாயங்காலம்", Pm), ("இரவு", Night)],
    weak: &[],
    rel_pre: &[],
    rel_post: &["கழித்து", "பிறகு"],
    units: &[("நிமிடம்", Minute), ("நிமிடங்கள்", Minute), ("நிமிஷம்", Minute), ("மணி நேரம்", Hour), ("நாள்", Day),
        ("நாட்கள்", Day), ("வாரம்", Week), ("வாரங்கள்", Week)],
    units_in: &[("நிமிடத்தில்", Minute), ("நிமிடங்களில்", Minute), ("நிமிஷத்தில்", Minute), ("மணி நேரத்தில்", Hour),
        ("நாளில்", Day), ("நாட்களில்", Day), ("வாரத்தில்", Week), ("வாரங்களில்", Week)],
    one: &["ஒரு"],
    half: &["அரை"],
    bare_unit_is_one: false,
};

/// The languages by code; the first one is the fallback for codes we do not know.
static LANGS: [(&str, &Vocab); 7] =
    [("en", &EN), ("ru", &RU), ("es", &ES), ("hi", &HI), ("vi", &VI), ("fa", &FA), ("ta", &TA)];

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
                r"^(?:(?:{date_pre})\s+)*(?:(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})-(?P<id>[0-9]{{1,2}})|(?P<d>[0-9]{{1,2}})[./](?P<m>[0-9]{{1,2}})(?:[./](?P<y>[0-9]{{4}}|[0-9]{{2}}))?)(?:\s*(?:{year_post}))?(?:\s*(?:{date_post}))*",
                year_post = words(|v| v.year_post),
            )),
            rel: regex(format!(
                r"^(?:(?P<pre>{pre})\s+)?(?:(?P<n>[0-9]{{1,6}})(?:[.,](?P<tenth>[0-9]))?\s*|(?P<one>{one})\s+|(?P<half>{half})\s*)?(?:(?P<fused>{units_in})|(?P<unit>{units}))(?:\s*(?P<post>{post}))?",
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
                return Some(Span::new(pos, end, Piece::After(TimeDelta::minutes(minutes))));
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
            Minute | Hour => Piece::After(TimeDelta::minutes(count * unit.minutes())),
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
    i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .map_or(Piece::Invalid, |d| Piece::Date(DatePart::Ymd(d)))
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

    fn resolve(&self, kind: Kind) -> Result<DateTime<Utc>, WhenError> {
        match kind {
            Kind::After(delta) => {
                let minute = self.now.with_second(0).and_then(|t| t.with_nanosecond(0));
                minute.and_then(|m| m.checked_add_signed(delta)).ok_or(WhenError::Invalid)
            }
            Kind::At { date, time } => {
                let time = time.unwrap_or(self.default_time);
                let day = match date {
                    None => self.today(),
                    Some(date) => self.day(date, time).ok_or(WhenError::Invalid)?,
                };
                Ok(self.at(day, time))
            }
        }
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
mod tests {
    use super::*;

    /// 2026-11-23 13:00 UTC, a Monday.
    fn now() -> DateTime<Utc> {
        "2026-11-23T13:00:00Z".parse().unwrap()
    }

    fn nine() -> NaiveTime {
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    }

    /// (input, expected local date-time in the zone, expected rest)
    type Row = (&'static str, &'static str, &'static str);

    /// Checks every row and reports all failures at once.
    fn check(lang: &str, tz: Tz, rows: &[Row]) {
        check_at(lang, tz, now(), rows);
    }

    fn check_at(lang: &str, tz: Tz, now: DateTime<Utc>, rows: &[Row]) {
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|&(input, want_at, want_rest)| match parse_when(input, lang, now, tz, nine()) {
                Ok(w) => {
                    let got = w.at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
                    (got != want_at || w.rest != want_rest)
                        .then(|| format!("{input:?}: got {got} {:?}, want {want_at} {want_rest:?}", w.rest))
                }
                Err(e) => Some(format!("{input:?}: got {e:?}, want {want_at} {want_rest:?}")),
            })
            .collect();
        assert!(failures.is_empty(), "{lang}:\n{}", failures.join("\n"));
    }

    /// (language, input, expected error)
    fn check_errors(rows: &[(&str, &str, WhenError)]) {
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|(lang, input, want)| {
                let got = parse_when(input, lang, now(), Tz::Europe__Moscow, nine());
                (got.as_ref().err() != Some(want)).then(|| format!("{lang} {input:?}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    // Local "now" in New York is Monday 2026-11-23 08:00 (EST).
    #[test]
    fn english() {
        check(
            "en",
            Tz::America__New_York,
            &[
                ("call Ivan tomorrow at 10", "2026-11-24 10:00", "call Ivan"),
                ("tomorrow", "2026-11-24 09:00", ""),
                ("TOMORROW 9:15", "2026-11-24 09:15", ""),
                ("today 3pm send offer", "2026-11-23 15:00", "send offer"),
                ("10:30", "2026-11-23 10:30", ""),
                ("meet at 3:30pm", "2026-11-23 15:30", "meet"),
                ("12am", "2026-11-23 00:00", ""),
                ("12pm lunch", "2026-11-23 12:00", "lunch"),
                ("11am demo", "2026-11-23 11:00", "demo"),
                ("3 pm", "2026-11-23 15:00", ""),
                ("at 5", "2026-11-23 05:00", ""),
                ("day after tomorrow", "2026-11-25 09:00", ""),
                ("yesterday met Bob", "2026-11-22 09:00", "met Bob"),
                ("Friday", "2026-11-27 09:00", ""),
                ("on friday 16:00 demo", "2026-11-27 16:00", "demo"),
                ("next fri 10am", "2026-11-27 10:00", ""),
                // Today is Monday: 09:00 is still ahead of 08:00, 07:00 is not.
                ("monday", "2026-11-23 09:00", ""),
                ("monday 7:00", "2026-11-30 07:00", ""),
                ("in 2h", "2026-11-23 10:00", ""),
                ("in 30 min call back", "2026-11-23 08:30", "call back"),
                ("in 2 hours", "2026-11-23 10:00", ""),
                ("in an hour", "2026-11-23 09:00", ""),
                ("in half an hour", "2026-11-23 08:30", ""),
                ("2 hours later", "2026-11-23 10:00", ""),
                ("in 1 day", "2026-11-24 09:00", ""),
                ("in a week", "2026-11-30 09:00", ""),
                ("in 3 weeks", "2026-12-14 09:00", ""),
                ("in 2 days at 14:00", "2026-11-25 14:00", ""),
                ("25.12", "2026-12-25 09:00", ""),
                ("23.11", "2026-11-23 09:00", ""),
                ("15.03 10:00", "2027-03-15 10:00", ""),
                ("2026-12-01 18:30 review", "2026-12-01 18:30", "review"),
                ("01/12/2026", "2026-12-01 09:00", ""),
                ("29.02", "2028-02-29 09:00", ""),
                ("10:00 tomorrow", "2026-11-24 10:00", ""),
                ("at 10 tomorrow", "2026-11-24 10:00", ""),
                ("10h30", "2026-11-23 10:30", ""),
                ("call +7 999 123-45-67 tomorrow", "2026-11-24 09:00", "call +7 999 123-45-67"),
                ("update to v2.10 on friday", "2026-11-27 09:00", "update to v2.10"),
                ("tomorrow, 10:00, call Ivan", "2026-11-24 10:00", "call Ivan"),
                ("call Ivan, tomorrow at 10, re invoice", "2026-11-24 10:00", "call Ivan, re invoice"),
                ("meet Ann 3pm.", "2026-11-23 15:00", "meet Ann."),
                ("demo (tomorrow) for Acme", "2026-11-24 09:00", "demo for Acme"),
                ("send it by 5pm", "2026-11-23 17:00", "send it"),
                ("in 2.5 hours", "2026-11-23 10:30", ""),
            ],
        );
    }

    // Local "now" in Moscow is Monday 2026-11-23 16:00.
    #[test]
    fn russian() {
        check(
            "ru",
            Tz::Europe__Moscow,
            &[
                ("позвонить Ивану завтра в 10", "2026-11-24 10:00", "позвонить Ивану"),
                ("сегодня в 18:30", "2026-11-23 18:30", ""),
                ("Завтра", "2026-11-24 09:00", ""),
                ("послезавтра встреча", "2026-11-25 09:00", "встреча"),
                ("вчера была встреча", "2026-11-22 09:00", "была встреча"),
                ("в пятницу", "2026-11-27 09:00", ""),
                ("во вторник в 15:00 демо", "2026-11-24 15:00", "демо"),
                ("в среду", "2026-11-25 09:00", ""),
                ("в следующую среду", "2026-11-25 09:00", ""),
                ("до пятницы", "2026-11-27 09:00", ""),
                ("пн 10:00", "2026-11-30 10:00", ""),
                ("понедельник 18:00", "2026-11-23 18:00", ""),
                ("сб", "2026-11-28 09:00", ""),
                ("вс", "2026-11-29 09:00", ""),
                ("через 2 часа", "2026-11-23 18:00", ""),
                ("через 30 минут", "2026-11-23 16:30", ""),
                ("через час перезвонить", "2026-11-23 17:00", "перезвонить"),
                ("через 5 мин", "2026-11-23 16:05", ""),
                ("через полчаса", "2026-11-23 16:30", ""),
                ("через 2 дня", "2026-11-25 09:00", ""),
                ("через неделю", "2026-11-30 09:00", ""),
                ("через 3 недели", "2026-12-14 09:00", ""),
                ("через 2 дня в 15:00", "2026-11-25 15:00", ""),
                ("15.12 в 14:00 отправить КП", "2026-12-15 14:00", "отправить КП"),
                ("01.02.2027", "2027-02-01 09:00", ""),
                ("01.02.27 10.30", "2027-02-01 10:30", ""),
                ("встреча 12.12.2026 г.", "2026-12-12 09:00", "встреча"),
                ("завтра в 10.30", "2026-11-24 10:30", ""),
                ("завтра в 3 дня", "2026-11-24 15:00", ""),
                ("в 9 утра", "2026-11-23 09:00", ""),
                ("в 7 вечера", "2026-11-23 19:00", ""),
                ("в 2 ночи", "2026-11-23 02:00", ""),
                ("в 15.30", "2026-11-23 15:30", ""),
                ("10:00 завтра", "2026-11-24 10:00", ""),
                ("встреча в 10 завтра", "2026-11-24 10:00", "встреча"),
                ("через 1,5 часа", "2026-11-23 17:30", ""),
                ("отчёт до 20:00", "2026-11-23 20:00", "отчёт"),
                ("позвонить +7 999 123-45-67 завтра", "2026-11-24 09:00", "позвонить +7 999 123-45-67"),
            ],
        );
    }

    // Local "now" in Madrid is Monday 2026-11-23 14:00.
    #[test]
    fn spanish() {
        check(
            "es",
            Tz::Europe__Madrid,
            &[
                ("hoy a las 17:00", "2026-11-23 17:00", ""),
                ("mañana", "2026-11-24 09:00", ""),
                ("Manana llamar", "2026-11-24 09:00", "llamar"),
                ("pasado mañana", "2026-11-25 09:00", ""),
                ("ayer reunión", "2026-11-22 09:00", "reunión"),
                ("el lunes", "2026-11-30 09:00", ""),
                ("el viernes a las 10", "2026-11-27 10:00", ""),
                ("miércoles", "2026-11-25 09:00", ""),
                ("miercoles 16:00", "2026-11-25 16:00", ""),
                ("jueves", "2026-11-26 09:00", ""),
                ("sábado", "2026-11-28 09:00", ""),
                ("sabado", "2026-11-28 09:00", ""),
                ("domingo", "2026-11-29 09:00", ""),
                ("mañana a las 9:30", "2026-11-24 09:30", ""),
                ("mañana a las 9 de la mañana", "2026-11-24 09:00", ""),
                ("a las 5 de la tarde", "2026-11-23 17:00", ""),
                ("en 2 horas", "2026-11-23 16:00", ""),
                ("dentro de 30 minutos", "2026-11-23 14:30", ""),
                ("en una hora", "2026-11-23 15:00", ""),
                ("en media hora", "2026-11-23 14:30", ""),
                ("en 3 días", "2026-11-26 09:00", ""),
                ("en 2 semanas", "2026-12-07 09:00", ""),
                ("llamar a Juan el 15/12 a las 11", "2026-12-15 11:00", "llamar a Juan"),
                ("25/12/2026 10:00", "2026-12-25 10:00", ""),
                ("10h30 mañana", "2026-11-24 10:30", ""),
            ],
        );
    }

    // Local "now" in Kolkata is Monday 2026-11-23 18:30.
    #[test]
    fn hindi() {
        check(
            "hi",
            Tz::Asia__Kolkata,
            &[
                ("आज शाम 5 बजे", "2026-11-23 17:00", ""),
                ("कल", "2026-11-24 09:00", ""),
                ("कल 10 बजे कॉल", "2026-11-24 10:00", "कॉल"),
                ("परसों मीटिंग", "2026-11-25 09:00", "मीटिंग"),
                ("सोमवार", "2026-11-30 09:00", ""),
                ("मंगलवार", "2026-11-24 09:00", ""),
                ("बुधवार", "2026-11-25 09:00", ""),
                ("गुरुवार", "2026-11-26 09:00", ""),
                ("बृहस्पतिवार", "2026-11-26 09:00", ""),
                ("शुक्रवार को 11:00", "2026-11-27 11:00", ""),
                ("शनिवार", "2026-11-28 09:00", ""),
                ("रविवार", "2026-11-29 09:00", ""),
                ("2 घंटे में", "2026-11-23 20:30", ""),
                ("30 मिनट में", "2026-11-23 19:00", ""),
                ("2 दिन में", "2026-11-25 09:00", ""),
                ("1 हफ्ते में", "2026-11-30 09:00", ""),
                ("1 ह\u{095E}्ते में", "2026-11-30 09:00", ""),
                ("1 हफ\u{093C}्ते में", "2026-11-30 09:00", ""),
                ("एक घंटे में", "2026-11-23 19:30", ""),
                ("aaj 7 baje", "2026-11-23 07:00", ""),
                ("kal 10:00", "2026-11-24 10:00", ""),
                ("१० बजे", "2026-11-23 10:00", ""),
                ("रात 9 बजे", "2026-11-23 21:00", ""),
                ("सुबह 10 बजे राम को कॉल", "2026-11-23 10:00", "राम को कॉल"),
                ("१५.१२ को", "2026-12-15 09:00", ""),
            ],
        );
    }

    // Local "now" in Ho Chi Minh City is Monday 2026-11-23 20:00.
    #[test]
    fn vietnamese() {
        check(
            "vi",
            Tz::Asia__Ho_Chi_Minh,
            &[
                ("hôm nay 21:00", "2026-11-23 21:00", ""),
                ("ngày mai", "2026-11-24 09:00", ""),
                ("gọi khách ngày mai lúc 9:30", "2026-11-24 09:30", "gọi khách"),
                ("mai 9h", "2026-11-24 09:00", ""),
                ("Ngày kia", "2026-11-25 09:00", ""),
                ("ngày mốt", "2026-11-25 09:00", ""),
                ("hôm qua gặp anh Nam", "2026-11-22 09:00", "gặp anh Nam"),
                ("thứ hai", "2026-11-30 09:00", ""),
                ("thứ 3", "2026-11-24 09:00", ""),
                ("thứ tư", "2026-11-25 09:00", ""),
                ("thứ năm", "2026-11-26 09:00", ""),
                ("thứ sáu 14h", "2026-11-27 14:00", ""),
                ("thứ bảy", "2026-11-28 09:00", ""),
                ("chủ nhật", "2026-11-29 09:00", ""),
                ("CN", "2026-11-29 09:00", ""),
                ("T6", "2026-11-27 09:00", ""),
                ("2 giờ nữa", "2026-11-23 22:00", ""),
                ("sau 2 giờ", "2026-11-23 22:00", ""),
                ("trong 30 phút", "2026-11-23 20:30", ""),
                ("15p nữa", "2026-11-23 20:15", ""),
                ("3 ngày nữa", "2026-11-26 09:00", ""),
                ("1 tuần nữa", "2026-11-30 09:00", ""),
                ("3 giờ chiều mai", "2026-11-24 15:00", ""),
                ("ngày 15/12", "2026-12-15 09:00", ""),
                ("9h30 ngày mai", "2026-11-24 09:30", ""),
                ("hom nay 21h", "2026-11-23 21:00", ""),
            ],
        );
    }

    // Local "now" in Tehran is Monday 2026-11-23 16:30 (UTC+3:30, no daylight saving since 2022).
    #[test]
    fn persian() {
        check(
            "fa",
            Tz::Asia__Tehran,
            &[
                ("امروز ساعت ۱۸", "2026-11-23 18:00", ""),
                ("فردا", "2026-11-24 09:00", ""),
                ("فردا ساعت ۱۰:۳۰ جلسه", "2026-11-24 10:30", "جلسه"),
                ("پس\u{200C}فردا", "2026-11-25 09:00", ""),
                ("پس فردا", "2026-11-25 09:00", ""),
                ("پسفردا", "2026-11-25 09:00", ""),
                ("دیروز", "2026-11-22 09:00", ""),
                ("دوشنبه", "2026-11-30 09:00", ""),
                ("سه\u{200C}شنبه", "2026-11-24 09:00", ""),
                ("سه شنبه", "2026-11-24 09:00", ""),
                ("چهارشنبه", "2026-11-25 09:00", ""),
                ("پنجشنبه", "2026-11-26 09:00", ""),
                ("جمعه", "2026-11-27 09:00", ""),
                ("شنبه", "2026-11-28 09:00", ""),
                ("یکشنبه", "2026-11-29 09:00", ""),
                ("۲ ساعت دیگر", "2026-11-23 18:30", ""),
                ("30 دقیقه دیگر", "2026-11-23 17:00", ""),
                ("2 روز دیگر", "2026-11-25 09:00", ""),
                ("یک هفته دیگر", "2026-11-30 09:00", ""),
                ("ساعت ۹ شب", "2026-11-23 21:00", ""),
                ("تماس با علی فردا ساعت ۱۰", "2026-11-24 10:00", "تماس با علی"),
                ("۱۵/۱۲", "2026-12-15 09:00", ""),
                // Arabic-keyboard yeh in "دیگر".
                ("٢ ساعت ديگر", "2026-11-23 18:30", ""),
            ],
        );
    }

    // Local "now" in Kolkata is Monday 2026-11-23 18:30.
    #[test]
    fn tamil() {
        check(
            "ta",
            Tz::Asia__Kolkata,
            &[
                ("இன்று மாலை 7 மணிக்கு", "2026-11-23 19:00", ""),
                ("நாளை", "2026-11-24 09:00", ""),
                ("நாளை 10:00 அழைக்க", "2026-11-24 10:00", "அழைக்க"),
                ("நாளை மறுநாள்", "2026-11-25 09:00", ""),
                ("நேற்று", "2026-11-22 09:00", ""),
                ("திங்கள்", "2026-11-30 09:00", ""),
                ("செவ்வாய்", "2026-11-24 09:00", ""),
                ("புதன்கிழமை", "2026-11-25 09:00", ""),
                ("வியாழன்", "2026-11-26 09:00", ""),
                ("வெள்ளிக்கிழமை 11 மணிக்கு", "2026-11-27 11:00", ""),
                ("சனி", "2026-11-28 09:00", ""),
                ("ஞாயிறு கிழமை", "2026-11-29 09:00", ""),
                ("2 மணி நேரத்தில்", "2026-11-23 20:30", ""),
                ("30 நிமிடத்தில்", "2026-11-23 19:00", ""),
                ("2 நாளில்", "2026-11-25 09:00", ""),
                ("1 வாரத்தில்", "2026-11-30 09:00", ""),
                ("௧௦ மணிக்கு", "2026-11-23 10:00", ""),
                ("காலை 9 மணிக்கு", "2026-11-23 09:00", ""),
                ("ராமுவை நாளை அழைக்க", "2026-11-24 09:00", "ராமுவை அழைக்க"),
            ],
        );
    }

    /// Words of another language are not read, except English.
    #[test]
    fn english_is_accepted_in_every_language() {
        for (lang, _) in LANGS {
            let got = parse_when("tomorrow 10:00", lang, now(), Tz::UTC, nine()).unwrap();
            assert_eq!(got.at, "2026-11-24T10:00:00Z".parse::<DateTime<Utc>>().unwrap(), "{lang}");
        }
        let got = parse_when("завтра", "en", now(), Tz::UTC, nine());
        assert_eq!(got, Err(WhenError::NotFound));
    }

    #[test]
    fn errors() {
        use WhenError::{Invalid, NotFound};
        check_errors(&[
            ("en", "hello", NotFound),
            ("en", "", NotFound),
            ("en", "call +7 999 123-45-67", NotFound),
            ("en", "update to v2.10", NotFound),
            ("en", "version 1.2.3", NotFound),
            ("en", "discount 12.5%", NotFound),
            ("en", "2 hours call", NotFound),
            ("ru", "перенести на 2 дня", NotFound),
            ("hi", "कलम खरीदो", NotFound),
            ("vi", "thu tiền khách", NotFound),
            ("fa", "شنبه‌ها", NotFound),
            ("en", "31.02", Invalid),
            ("en", "30.02.2026", Invalid),
            ("en", "29.02.2027", Invalid),
            ("en", "15.13", Invalid),
            ("en", "2026-13-01", Invalid),
            ("en", "25:00", Invalid),
            ("en", "25:61", Invalid),
            ("en", "10:75", Invalid),
            ("ru", "завтра в 25:00", Invalid),
            ("ru", "10:00 31.02", Invalid),
        ]);
    }

    #[test]
    fn flags() {
        let rows = [
            ("10:30", false, true),
            ("tomorrow", true, false),
            ("tomorrow 10:30", true, true),
            ("friday", true, false),
            ("in 2 hours", true, true),
            ("in 2 days", true, false),
            ("in 2 days at 10", true, true),
        ];
        for (input, has_date, has_time) in rows {
            let w = parse_when(input, "en", now(), Tz::UTC, nine()).unwrap();
            assert_eq!((w.has_date, w.has_time), (has_date, has_time), "{input}");
        }
    }

    #[test]
    fn relative_time_keeps_the_minute_and_drops_seconds() {
        let now = "2026-11-23T13:07:42.5Z".parse().unwrap();
        let w = parse_when("in 2 hours", "en", now, Tz::UTC, nine()).unwrap();
        assert_eq!(w.at, "2026-11-23T15:07:00Z".parse::<DateTime<Utc>>().unwrap());
    }

    fn ny(local: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    /// New York: 2026-03-08 02:00 EST jumps to 03:00 EDT; 2026-11-01 02:00 EDT falls back to 01:00 EST.
    #[test]
    fn local_to_utc_across_daylight_saving() {
        let tz = Tz::America__New_York;
        let rows = [
            ("2026-03-08 01:59", "2026-03-08T06:59:00Z"),
            // In the gap: read with the pre-gap offset (EST), i.e. 03:30 EDT.
            ("2026-03-08 02:30", "2026-03-08T07:30:00Z"),
            ("2026-03-08 02:00", "2026-03-08T07:00:00Z"),
            ("2026-03-08 03:00", "2026-03-08T07:00:00Z"),
            // In the overlap: the earlier instant (still EDT).
            ("2026-11-01 01:30", "2026-11-01T05:30:00Z"),
            ("2026-11-01 02:00", "2026-11-01T07:00:00Z"),
            ("2026-07-01 12:00", "2026-07-01T16:00:00Z"),
        ];
        for (local, want) in rows {
            assert_eq!(local_to_utc(tz, ny(local)), utc(want), "{local}");
        }
        let shown = local_to_utc(tz, ny("2026-03-08 02:30")).with_timezone(&tz);
        assert_eq!(shown.format("%H:%M %Z").to_string(), "03:30 EDT");
    }

    /// Saturday 2026-03-07 10:00 EST; the clocks spring forward that night.
    #[test]
    fn parse_when_across_daylight_saving() {
        let tz = Tz::America__New_York;
        let now = utc("2026-03-07T15:00:00Z");
        check_at(
            "en",
            tz,
            now,
            &[
                ("tomorrow 10:00", "2026-03-08 10:00", ""),
                ("tomorrow 02:30", "2026-03-08 03:30", ""),
                ("in 1 day", "2026-03-08 09:00", ""),
                // 24 exact hours cross the lost hour.
                ("in 24 hours", "2026-03-08 11:00", ""),
                ("monday", "2026-03-09 09:00", ""),
            ],
        );
        let fall = utc("2026-10-31T14:00:00Z");
        let w = parse_when("tomorrow 1:30", "en", fall, tz, nine()).unwrap();
        assert_eq!(w.at, utc("2026-11-01T05:30:00Z"));
    }

    /// Every table word must already be folded, or it could never match.
    #[test]
    fn word_tables_are_folded() {
        for (code, v) in LANGS {
            let phrases = v
                .days
                .iter()
                .map(|d| d.0)
                .chain(v.weekdays.iter().chain(v.weekdays_own).map(|w| w.0))
                .chain(v.periods.iter().map(|p| p.0))
                .chain(v.units.iter().chain(v.units_in).map(|u| u.0))
                .chain(
                    [
                        v.date_pre,
                        v.date_post,
                        v.year_post,
                        v.at,
                        v.hour_post,
                        v.weak,
                        v.rel_pre,
                        v.rel_post,
                        v.one,
                        v.half,
                    ]
                    .concat(),
                );
            for phrase in phrases {
                assert_eq!(Folded::new(phrase).text, phrase, "{code}: {phrase}");
            }
        }
    }

    #[test]
    fn language_codes_with_regions_and_unknown_ones() {
        let at = |lang| parse_when("завтра", lang, now(), Tz::UTC, nine()).map(|w| w.at);
        assert!(at("ru-RU").is_ok());
        assert!(at("RU").is_ok());
        assert_eq!(at("de"), Err(WhenError::NotFound));
        assert!(parse_when("tomorrow", "de", now(), Tz::UTC, nine()).is_ok());
    }
}
