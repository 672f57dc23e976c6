//! The word tables of the date reader, one per language. Every phrase is written folded (lower case, ASCII
//! digits); a space inside a phrase matches any run of white space and ZWNJ (U+200C), or none.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
}

impl Unit {
    pub(super) fn minutes(self) -> i64 {
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
pub(super) enum Period {
    Am,
    Pm,
    /// "Night": 9–11 are evening hours, 12–5 are after midnight ("в 2 ночи" is 02:00, "در ۱۱ شب" is 23:00).
    Night,
}

pub(super) use Period::{Am, Night, Pm};
pub(super) use Unit::{Day, Hour, Minute, Week};

/// One language's words. Fields that do not apply are empty.
pub(super) struct Vocab {
    /// Day words with their offset from today: today 0, tomorrow 1, yesterday -1.
    pub(super) days: &'static [(&'static str, i64)],
    pub(super) weekdays: &'static [(&'static str, Weekday)],
    /// Short weekday forms that are ordinary words in other languages ("thu" is Vietnamese for "collect", "sat" and
    /// "sun" are everywhere), so they count only for members of this very language.
    pub(super) weekdays_own: &'static [(&'static str, Weekday)],
    /// Words that may stand before a weekday or a numeric date: "on", "в", "el", "ngày", "this", "next".
    pub(super) date_pre: &'static [&'static str],
    /// Words that may follow a weekday or a numeric date: Hindi "को", Tamil "கிழமை".
    pub(super) date_post: &'static [&'static str],
    /// Words that may follow a year: Russian "2026 г.".
    pub(super) year_post: &'static [&'static str],
    /// Words before an hour: "at", "в", "a las", "lúc", "ساعت".
    pub(super) at: &'static [&'static str],
    /// Words after an hour: "o'clock", "बजे", "giờ", "மணிக்கு".
    pub(super) hour_post: &'static [&'static str],
    pub(super) periods: &'static [(&'static str, Period)],
    /// Markers from `at`, `hour_post` and `periods` that are too ambiguous to make a bare number a time on their own
    /// ("в 2 раза", "2 дня"): with them a bare hour is read as a time only right next to a date ("завтра в 10").
    pub(super) weak: &'static [&'static str],
    /// Words before a relative amount: "in", "через", "dentro de", "sau".
    pub(super) rel_pre: &'static [&'static str],
    /// Words after a relative amount: "later", "में", "nữa", "دیگر".
    pub(super) rel_post: &'static [&'static str],
    pub(super) units: &'static [(&'static str, Unit)],
    /// Unit forms that already say "in" (Tamil locative: "நாளில்" = "in … days").
    pub(super) units_in: &'static [(&'static str, Unit)],
    /// Words that stand for the number one: "an hour", "una hora", "یک هفته".
    pub(super) one: &'static [&'static str],
    /// Words for half a unit: "half an hour", "полчаса", "media hora".
    pub(super) half: &'static [&'static str],
    /// A unit after `rel_pre` without a number means one of it ("через час", "через неделю").
    pub(super) bare_unit_is_one: bool,
}

#[rustfmt::skip]
pub(super) static EN: Vocab = Vocab {
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
pub(super) static RU: Vocab = Vocab {
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
pub(super) static ES: Vocab = Vocab {
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
pub(super) static HI: Vocab = Vocab {
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
pub(super) static VI: Vocab = Vocab {
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
pub(super) static FA: Vocab = Vocab {
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
pub(super) static TA: Vocab = Vocab {
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
pub(super) static LANGS: [(&str, &Vocab); 7] =
    [("en", &EN), ("ru", &RU), ("es", &ES), ("hi", &HI), ("vi", &VI), ("fa", &FA), ("ta", &TA)];
