//! Property tests of the readers of what people type and of the callback payload decoder: no input makes them
//! panic, what they accept is within their documented bounds, and what the bot writes reads back as it was.
//! (The area codecs behind `D:`, `T:`, `C:`, `K:`, `P:` are private; their round trips sit in their own files.)

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use pocketcrm::core::callback::{Area, Outcome, Payload};
use pocketcrm::core::campaigns::dates::parse_birthday;
use pocketcrm::i18n::LANGS;
use pocketcrm::parse::contact::{normalize_phone, parse_contact_line};
use pocketcrm::parse::money::{MAX_MAJOR_UNITS, Money, currency, format_money, parse_money, parse_money_prefix};
use pocketcrm::parse::tz::parse_tz;
use pocketcrm::parse::when::{WhenError, parse_when, within_reach};
use pocketcrm::store::ActivityKind;
use proptest::prelude::*;

/// Monday 2026-11-23 10:00 UTC, the tests' usual now.
fn now() -> DateTime<Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn nine() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).unwrap()
}

fn config(cases: u32) -> ProptestConfig {
    // Few enough to keep CI fast; failures are shrunk and printed with their seed.
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Any of our languages, or one we do not speak.
fn lang() -> impl Strategy<Value = &'static str> {
    prop::sample::select(LANGS.iter().copied().chain(["xx", ""]).collect::<Vec<_>>())
}

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![Tz::UTC, Tz::Europe__Moscow, Tz::America__New_York, Tz::Asia__Tehran, Tz::Asia__Kolkata])
}

/// ASCII digits written in another script sometimes: Persian, Devanagari, Tamil, Arabic-Indic.
fn local_digits(s: &str, script: usize) -> String {
    const ZEROS: [u32; 5] = [0x30, 0x06F0, 0x0966, 0x0BE6, 0x0660];
    let zero = ZEROS[script % ZEROS.len()];
    s.chars().map(|c| c.to_digit(10).and_then(|d| char::from_u32(zero + d)).unwrap_or(c)).collect()
}

/// Text that looks like what people type near dates, amounts and phones, or anything at all.
fn typed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "tomorrow",
        "in",
        "weeks",
        "days",
        "hours",
        "at",
        "pm",
        "завтра",
        "через",
        "недель",
        "mañana",
        "कल",
        "बजे",
        "ngày",
        "nữa",
        "فردا",
        "ساعت",
        "دیگر",
        "நாளை",
        "/",
        ".",
        ":",
        "-",
        ",",
        " ",
        "\u{200C}",
        "\u{200F}",
        "\u{0301}",
        "\u{0000}",
        "🙂",
        "EUR",
        "$",
        "₹",
        "+7",
        "#vip",
        "@Acme",
        "e",
        "1e309",
        "-1",
        "0000",
    ]);
    let token = prop_oneof![pieces.prop_map(str::to_string), "[0-9]{1,12}", "[0-9]{1,2}[./:][0-9]{1,2}"];
    prop_oneof![
        any::<String>(),
        (prop::collection::vec(token, 0..8), 0..5usize).prop_map(|(t, script)| local_digits(&t.join(" "), script)),
    ]
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn the_date_reader_never_panics_and_keeps_within_reach(text in typed(), lang in lang(), tz in zone()) {
        match parse_when(&text, lang, now(), tz, nine()) {
            Ok(w) => {
                prop_assert!(within_reach(w.at, now()), "{text:?} → {}", w.at);
                prop_assert!(w.rest.chars().count() <= text.chars().count(), "{text:?} → rest {:?}", w.rest);
            }
            Err(WhenError::NotFound | WhenError::Invalid | WhenError::OutOfRange) => {}
        }
    }

    #[test]
    fn a_written_date_is_read_exactly_or_refused_as_too_far(
        day in 1u32..=31, month in 1u32..=12, year in 0u32..=99_999, iso in any::<bool>(), lang in lang()
    ) {
        let Some(date) = i32::try_from(year).ok().and_then(|y| NaiveDate::from_ymd_opt(y, month, day)) else {
            return Ok(());
        };
        let text = if iso { format!("{year:04}-{month:02}-{day:02}") } else { format!("{day}.{month}.{year:04}") };
        let read = parse_when(&text, lang, now(), Tz::UTC, nine());
        if within_reach(date.and_time(nine()).and_utc(), now()) {
            prop_assert_eq!(read.map(|w| w.at.date_naive()), Ok(date), "{}", text);
        } else {
            prop_assert_eq!(read, Err(WhenError::OutOfRange), "{}", text);
        }
    }

    #[test]
    fn an_amount_of_weeks_ahead_is_kept_or_refused_by_its_distance(weeks in 0i64..1_000_000_000) {
        let read = parse_when(&format!("in {weeks} weeks"), "en", now(), Tz::UTC, nine());
        let days = weeks.saturating_mul(7);
        if days <= 3600 {
            let want = now().date_naive() + TimeDelta::days(days);
            prop_assert_eq!(read.map(|w| w.at.date_naive()), Ok(want));
        } else if days > 3660 {
            prop_assert_eq!(read, Err(WhenError::OutOfRange));
        }
    }

    #[test]
    fn the_money_reader_never_panics_and_keeps_its_bounds(text in typed(), default in prop::option::of("[A-Z]{3}")) {
        let read = [parse_money(&text, default.as_deref()), parse_money_prefix(&text, default.as_deref()).map(|m| m.0)];
        for m in read.into_iter().flatten() {
            let scale = 10_u64.pow(u32::from(m.currency.minor_digits));
            prop_assert!(m.minor.unsigned_abs() <= MAX_MAJOR_UNITS.unsigned_abs() * scale, "{text:?} → {m:?}");
            prop_assert_eq!(currency(m.code()), Some(m.currency));
        }
    }

    #[test]
    fn an_amount_the_bot_writes_reads_back(
        major in 0i64..=MAX_MAJOR_UNITS, cents in 0i64..100, code in prop::sample::select(vec!["EUR", "USD", "RUB", "INR", "VND", "IRR", "JPY", "KWD"]),
        lang in prop::sample::select(LANGS.to_vec()),
    ) {
        let currency = currency(code).unwrap();
        let scale = 10_i64.pow(u32::from(currency.minor_digits));
        let minor = major * scale + cents % scale;
        let written = format_money(minor, code, lang);
        prop_assert_eq!(parse_money(&written, None), Ok(Money { minor, currency }), "{} in {}", written, lang);
    }

    #[test]
    fn the_contact_reader_never_panics_and_its_phones_are_stable(
        text in typed(), region in prop::sample::select(vec![None, Some("RU"), Some("IN"), Some("IR"), Some("VN"), Some("ES"), Some("US"), Some("ZZ")])
    ) {
        if let Ok(line) = parse_contact_line(&text, region) {
            for phone in &line.phones {
                prop_assert!(phone.chars().all(|c| c.is_ascii_digit() || c == '+'), "{text:?} → {phone}");
                if phone.starts_with('+') {
                    let again = normalize_phone(phone, region);
                    prop_assert_eq!(again.as_ref(), Ok(phone), "{:?}", text);
                }
            }
        }
        let _ = normalize_phone(&text, region);
    }

    #[test]
    fn the_zone_reader_never_panics(text in typed()) {
        let _ = parse_tz(&text);
    }

    #[test]
    fn every_zone_name_reads_as_itself(index in 0..chrono_tz::TZ_VARIANTS.len()) {
        let tz = chrono_tz::TZ_VARIANTS[index];
        let read = parse_tz(tz.name());
        // Links (e.g. "US/Eastern") may read as their canonical zone: the same clock now is what matters.
        let offset = |z: Tz| now().with_timezone(&z).naive_local();
        prop_assert_eq!(read.map(offset), Some(offset(tz)), "{}", tz.name());
    }

    #[test]
    fn the_birthday_reader_never_panics_and_reads_real_birthdays(
        text in typed(), day in 1u32..=31, month in 1u32..=12, year in 1900i32..=2026
    ) {
        let today = now().date_naive();
        if let Some(b) = parse_birthday(&text, today) {
            prop_assert!(NaiveDate::from_ymd_opt(b.year.unwrap_or(2024), b.month, b.day).is_some(), "{text:?}");
        }
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day).filter(|d| *d <= today) {
            let read = parse_birthday(&format!("{day:02}.{month:02}.{year}"), today);
            prop_assert_eq!(read.map(|b| (b.day, b.month, b.year)), Some((date.day(), date.month(), Some(year))));
        }
    }
}

fn kind() -> impl Strategy<Value = ActivityKind> {
    prop::sample::select(vec![ActivityKind::Meeting, ActivityKind::Call, ActivityKind::Note])
}

fn id() -> impl Strategy<Value = i64> {
    prop_oneof![1i64..1000, 1i64..=i64::MAX]
}

/// Every core payload the bot can write.
fn payload() -> impl Strategy<Value = Payload> {
    prop_oneof![
        prop::sample::select(LANGS.to_vec()).prop_map(|l| Payload::Lang(l.to_string())),
        (0usize..1000).prop_map(Payload::Zone),
        id().prop_map(Payload::OpenClient),
        (0i64..=i64::MAX).prop_map(Payload::FindPage),
        (kind(), id()).prop_map(|(k, i)| Payload::Log(k, i)),
        id().prop_map(Payload::RemindFor),
        id().prop_map(Payload::Edit),
        id().prop_map(Payload::ReminderDone),
        id().prop_map(Payload::ReminderHour),
        id().prop_map(Payload::ReminderTomorrow),
        (id(), prop::sample::select(Outcome::ALL.to_vec())).prop_map(|(i, o)| Payload::Outcome(i, o)),
        Just(Payload::SaveNote),
        Just(Payload::DropNote),
        Just(Payload::AddAnyway),
        Just(Payload::AddCancel),
        (
            prop::sample::select(vec![
                Area::Team,
                Area::Deal,
                Area::Report,
                Area::Digest,
                Area::Customer,
                Area::Campaign
            ]),
            "[a-zA-Z0-9:_-]{0,40}"
        )
            .prop_map(|(a, rest)| Payload::Area(a, rest)),
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn a_payload_reads_back_as_written_within_64_bytes(p in payload()) {
        let data = p.encode();
        prop_assert!(data.len() <= 64, "{}", data);
        prop_assert_eq!(Payload::decode(&data), Some(p));
    }

    #[test]
    fn any_button_data_decodes_without_panic(data in prop_oneof![any::<String>(), "[a-zA-Z]{1,2}(:[-+0-9a-z ]{0,22}){0,3}"]) {
        if let Some(p) = Payload::decode(&data) {
            prop_assert!(data.len() <= 64);
            // What decodes is exactly one of ours: re-encoding names the same thing.
            prop_assert_eq!(Payload::decode(&p.encode()), Some(p));
        }
    }
}
