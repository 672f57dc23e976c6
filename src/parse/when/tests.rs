//! Table-driven tests of the date reader: one table per language, plus daylight saving, bad dates and
//! numbers that must not read as dates.

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
                [v.date_pre, v.date_post, v.year_post, v.at, v.hour_post, v.weak, v.rel_pre, v.rel_post, v.one, v.half]
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

/// Years and amounts no salesperson means are refused as too far, never stored (year 0 became "1 BC" on Postgres,
/// "in 100000 weeks" a reminder for 3943, "31.12.99999" was skipped and the text read another way).
#[test]
fn dates_beyond_ten_years_either_way_are_refused_as_too_far() {
    use WhenError::OutOfRange;
    check_errors(&[
        ("en", "31.12.99999 call", OutOfRange),
        ("en", "call 31.12.99999", OutOfRange),
        ("en", "31.12.0000", OutOfRange),
        ("en", "0000-01-01", OutOfRange),
        ("en", "99999-01-01", OutOfRange),
        ("en", "1.1.999999999", OutOfRange),
        ("en", "in 100000 weeks", OutOfRange),
        ("en", "in 999999999 weeks", OutOfRange),
        ("en", "in 999999999.9 hours", OutOfRange),
        ("ru", "через 100000 недель", OutOfRange),
        ("fa", "۱۰۰۰۰۰ هفته دیگر", OutOfRange),
        ("en", "01.01.2037", OutOfRange),
        ("en", "22.11.2016", OutOfRange),
        ("en", "31.12.99", OutOfRange),
    ]);
}

#[test]
fn dates_within_ten_years_are_kept() {
    check(
        "en",
        Tz::Europe__Moscow,
        &[
            ("01.11.2036", "2036-11-01 09:00", ""),
            ("24.11.2016", "2016-11-24 09:00", ""),
            ("in 500 weeks", "2036-06-23 09:00", ""),
            ("in 99999 minutes", "2027-02-01 02:39", ""),
        ],
    );
    assert!(within_reach(now() + TimeDelta::days(3650), now()));
    assert!(!within_reach(now() + TimeDelta::days(3660), now()));
    assert!(!within_reach(now() - TimeDelta::days(3660), now()));
}

/// The examples the "too far" explanation gives are read in their own language.
#[test]
fn the_examples_of_the_too_far_explanation_are_dates() {
    for (lang, examples) in [
        ("en", ["25.12 10:00", "next friday", "in 3 weeks"]),
        ("ru", ["25.12 10:00", "в пятницу", "через 3 недели"]),
        ("es", ["25.12 10:00", "el viernes", "en 3 semanas"]),
        ("hi", ["25.12 10:00", "शुक्रवार", "3 हफ्ते में"]),
        ("vi", ["25.12 10:00", "thứ sáu", "3 tuần nữa"]),
        ("fa", ["25.12 10:00", "جمعه", "۳ هفته دیگر"]),
        ("ta", ["25.12 10:00", "வெள்ளி", "3 வாரத்தில்"]),
    ] {
        for example in examples {
            let read = parse_when(example, lang, now(), Tz::UTC, nine());
            assert!(read.as_ref().is_ok_and(|w| w.rest.is_empty()), "{lang} {example}: {read:?}");
        }
    }
}
