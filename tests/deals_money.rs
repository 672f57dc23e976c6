//! The money parser and formatter, table by table: what people type → integer minor units, and back.

use pocketcrm::parse::money::{
    MAX_MAJOR_UNITS, MoneyError, currency, format_amount, format_money, parse_money, parse_money_prefix,
};

#[test]
fn amounts_people_type_become_exact_minor_units() {
    let cases: &[(&str, i64, &str)] = &[
        ("12000 EUR", 1_200_000, "EUR"),
        ("12 000,50 €", 1_200_050, "EUR"),
        ("€12,000.50", 1_200_050, "EUR"),
        ("12k USD", 1_200_000, "USD"),
        ("1.5m RUB", 150_000_000, "RUB"),
        ("₽ 5000", 500_000, "RUB"),
        ("₹ 2,50,000", 25_000_000, "INR"),
        ("$99.99", 9_999, "USD"),
        ("EUR 12000", 1_200_000, "EUR"),
        ("12000eur", 1_200_000, "EUR"),
        ("12.000,50 EUR", 1_200_050, "EUR"),
        ("1,000,000.01 USD", 100_000_001, "USD"),
        ("12,5 EUR", 1_250, "EUR"),
        ("12.500 EUR", 1_250_000, "EUR"),
        // One mark and three digits groups thousands; a real fraction of a dollar has at most two.
        ("99.999 USD", 9_999_900, "USD"),
        ("0.5 USD", 50, "USD"),
        ("99.90 USD", 9_990, "USD"),
        ("1000 JPY", 1_000, "JPY"),
        ("¥1,000", 1_000, "JPY"),
        ("1000.00 JPY", 1_000, "JPY"),
        ("1.250 KWD", 1_250, "KWD"),
        ("3 KWD", 3_000, "KWD"),
        ("1.2345k USD", 123_450, "USD"),
        ("2 lakh INR", 20_000_000, "INR"),
        ("1.5 млн руб", 150_000_000, "RUB"),
        ("5000 руб.", 500_000, "RUB"),
        ("Rs. 1,500", 150_000, "INR"),
        ("12 000 000 VND", 12_000_000, "VND"),
        ("500000đ", 500_000, "VND"),
        ("۱۲۰۰۰ ریال", 1_200_000, "IRR"),
        ("१२००० INR", 1_200_000, "INR"),
        ("1'000 CHF", 100_000, "CHF"),
        ("0 EUR", 0, "EUR"),
    ];
    for (typed, minor, code) in cases {
        let money = parse_money(typed, None).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!((money.minor, money.code()), (*minor, *code), "{typed}");
    }
}

#[test]
fn the_title_after_the_amount_is_kept_as_typed() {
    let cases: &[(&str, i64, &str, &str)] = &[
        ("12000 EUR Website redesign", 1_200_000, "EUR", "Website redesign"),
        ("12000 EUR — Website", 1_200_000, "EUR", "Website"),
        ("$99.99, hosting", 9_999, "USD", "hosting"),
        ("5000 try new plan", 500_000, "RUB", "try new plan"),
        ("12 000 Сайт под ключ", 1_200_000, "RUB", "Сайт под ключ"),
    ];
    for (typed, minor, code, rest) in cases {
        let (money, title) = parse_money_prefix(typed, Some("RUB")).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!((money.minor, money.code(), title.as_str()), (*minor, *code, *rest), "{typed}");
    }
}

#[test]
fn bad_amounts_are_refused_with_the_reason() {
    let cases: &[(&str, MoneyError)] = &[
        ("-5 EUR", MoneyError::Negative),
        ("−5 EUR", MoneyError::Negative),
        ("€-5", MoneyError::Negative),
        ("2000000000000 EUR", MoneyError::TooLarge),
        ("1000000000000.01 EUR", MoneyError::TooLarge),
        ("99999999999999999999999999999999999 EUR", MoneyError::TooLarge),
        ("12000 EUX", MoneyError::UnknownCurrency("EUX".into())),
        ("EUX 12000", MoneyError::UnknownCurrency("EUX".into())),
        ("99.9999 USD", MoneyError::TooManyDecimals { currency: "USD", max: 2 }),
        ("1,000.999 USD", MoneyError::TooManyDecimals { currency: "USD", max: 2 }),
        ("10.5 JPY", MoneyError::TooManyDecimals { currency: "JPY", max: 0 }),
        ("1.2345 KWD", MoneyError::TooManyDecimals { currency: "KWD", max: 3 }),
        ("Website", MoneyError::NotFound),
        ("", MoneyError::NotFound),
        ("12000", MoneyError::NoCurrency),
        ("1,2,3 EUR", MoneyError::Malformed("1,2,3".into())),
        ("12000abc EUR", MoneyError::Malformed("abc".into())),
        ("12000 EUR extra", MoneyError::Malformed("extra".into())),
        ("50% EUR", MoneyError::Malformed("%".into())),
    ];
    for (typed, expected) in cases {
        assert_eq!(parse_money(typed, None).as_ref().err(), Some(expected), "{typed}");
    }
}

#[test]
fn exactly_the_limit_is_accepted_and_zero_can_be_refused() {
    let max = format!("{MAX_MAJOR_UNITS} USD");
    assert_eq!(parse_money(&max, None).unwrap().minor, MAX_MAJOR_UNITS * 100);
    assert_eq!(parse_money("0 EUR", None).unwrap().positive(), Err(MoneyError::Zero));
    assert!(parse_money("0.01 EUR", None).unwrap().positive().is_ok());
}

#[test]
fn a_default_currency_fills_in_only_when_none_is_written() {
    assert_eq!(parse_money("12000", Some("EUR")).unwrap().code(), "EUR");
    assert_eq!(parse_money("12000 USD", Some("EUR")).unwrap().code(), "USD");
    assert_eq!(parse_money("12000", Some("XXX")), Err(MoneyError::NoCurrency));
}

#[test]
fn the_table_knows_minor_digits_of_real_currencies() {
    let cases: &[(&str, Option<u8>)] = &[
        ("EUR", Some(2)),
        ("USD", Some(2)),
        ("JPY", Some(0)),
        ("KRW", Some(0)),
        ("VND", Some(0)),
        ("KWD", Some(3)),
        ("BHD", Some(3)),
        ("CLF", Some(4)),
        ("RUB", Some(2)),
        ("INR", Some(2)),
        ("IRR", Some(2)),
        ("EUX", None),
        ("eur", None),
    ];
    for (code, digits) in cases {
        assert_eq!(currency(code).map(|c| c.minor_digits), *digits, "{code}");
    }
}

#[test]
fn money_is_formatted_for_each_language() {
    let cases: &[(i64, &str, &str, &str)] = &[
        (1_200_050, "EUR", "en", "12,000.50 EUR"),
        (1_200_050, "EUR", "ru", "12\u{a0}000,50 EUR"),
        (1_200_050, "EUR", "es", "12.000,50 EUR"),
        (1_200_000, "EUR", "vi", "12.000 EUR"),
        (25_000_000, "INR", "hi", "2,50,000 INR"),
        (1_000_000_000, "INR", "ta", "1,00,00,000 INR"),
        (1_000, "JPY", "en", "1,000 JPY"),
        (1_250, "KWD", "en", "1.250 KWD"),
        (5, "USD", "en", "0.05 USD"),
        (99_900, "USD", "fa", "999 USD"),
        (0, "EUR", "en", "0 EUR"),
    ];
    for (minor, code, lang, shown) in cases {
        assert_eq!(format_money(*minor, code, lang), *shown, "{minor} {code} {lang}");
    }
    assert_eq!(format_amount(123_456_789, "USD", "en"), "1,234,567.89");
}

#[test]
fn formatting_and_parsing_agree() {
    for (minor, code) in [(1_200_050, "EUR"), (99, "USD"), (1_000, "JPY"), (1_250, "KWD"), (25_000_000, "INR")] {
        for lang in ["en", "ru", "es", "hi"] {
            let shown = format_money(minor, code, lang);
            let back = parse_money(&shown, None).unwrap_or_else(|e| panic!("{shown}: {e:?}"));
            assert_eq!(back.minor, minor, "{shown}");
        }
    }
}
