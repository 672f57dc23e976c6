//! Time zones the way people name them: "Москва", "new york", "تهران", "UTC+3", "+05:30", "europe/moscow".
//! Pure: no I/O.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Offset, TimeZone, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};
use regex::Regex;

use super::when::canonical_char;

/// Read a time zone the way a person types it: an IANA name in any case ("europe/moscow"), a city in any of the
/// seven languages or in English ("Moscow", "Москва", "new york", "Tehran", "تهران", "दिल्ली", "Chennai", "சென்னை",
/// "Hà Nội", "Ho Chi Minh", "Madrid", "Buenos Aires", "London", …; at least the ~60 most common business cities, plus
/// any IANA zone's city part, e.g. "Kolkata" → Asia/Kolkata, "los angeles" → America/Los_Angeles), or a UTC offset
/// ("+3", "UTC+3", "GMT-4", "+05:30", "UTC+3:30"). Whole-hour offsets map to "Etc/GMT-3"-style zones (note the sign
/// inversion of Etc zones); half- and quarter-hour offsets map to a representative real zone with that standard
/// offset (+5:30 Asia/Kolkata, +3:30 Asia/Tehran, +5:45 Asia/Kathmandu, +9:30 Australia/Darwin, -3:30 America/St_Johns,
/// +6:30 Asia/Yangon, +4:30 Asia/Kabul, +10:30 Australia/Adelaide, +8:45 Australia/Eucla, +12:45 Pacific/Chatham).
/// None if unreadable or out of range (beyond -12..+14).
pub fn parse_tz(input: &str) -> Option<Tz> {
    let text: String = input.chars().map(canonical_char).collect::<String>().to_lowercase();
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Some(offset) = parse_offset(text) {
        return offset;
    }
    NAMES.get(&key(text)).copied().or_else(|| iana(text))
}

/// The zone buttons shown at /start and /tz for a language: 6 common zones for that language's users, the likeliest
/// first (ru: Europe/Moscow, Europe/Kaliningrad, Asia/Yekaterinburg, Asia/Novosibirsk, Europe/Kyiv, Asia/Almaty;
/// hi/ta: Asia/Kolkata…; fa: Asia/Tehran…; vi: Asia/Ho_Chi_Minh…; es: Europe/Madrid, America/Mexico_City,
/// America/Bogota, America/Argentina/Buenos_Aires…; en and any other: Europe/London, America/New_York,
/// America/Chicago, America/Denver, America/Los_Angeles, Australia/Sydney), as IANA names. Kyiv is spelt the current
/// IANA way (Europe/Kiev is only an alias now).
pub fn common_zones(lang: &str) -> &'static [&'static str] {
    match primary_subtag(lang).as_str() {
        "ru" => &[
            "Europe/Moscow",
            "Europe/Kaliningrad",
            "Asia/Yekaterinburg",
            "Asia/Novosibirsk",
            "Europe/Kyiv",
            "Asia/Almaty",
        ],
        "es" => &[
            "Europe/Madrid",
            "America/Mexico_City",
            "America/Bogota",
            "America/Argentina/Buenos_Aires",
            "America/Lima",
            "America/Santiago",
        ],
        "hi" => {
            &["Asia/Kolkata", "Asia/Dubai", "Asia/Kathmandu", "Asia/Singapore", "Europe/London", "America/New_York"]
        }
        "ta" => &["Asia/Kolkata", "Asia/Colombo", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Dubai", "Europe/London"],
        "vi" => &[
            "Asia/Ho_Chi_Minh",
            "Asia/Bangkok",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Australia/Sydney",
            "America/Los_Angeles",
        ],
        "fa" => &["Asia/Tehran", "Asia/Kabul", "Asia/Dushanbe", "Asia/Dubai", "Europe/Istanbul", "America/Toronto"],
        _ => &[
            "Europe/London",
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "Australia/Sydney",
        ],
    }
}

/// A short, human label for a zone: its city part with underscores as spaces plus the current UTC offset, e.g.
/// "Moscow (UTC+3)", "Kolkata (UTC+5:30)". Zones that are only an offset ("UTC", "Etc/GMT-3") show just the offset.
pub fn zone_label(tz: Tz, now: DateTime<Utc>) -> String {
    let seconds = tz.offset_from_utc_datetime(&now.naive_utc()).fix().local_minus_utc();
    let offset = format_offset(seconds);
    match city_part(tz.name()) {
        Some(city) => format!("{city} ({offset})"),
        None => offset,
    }
}

/// A first guess of the zone from Telegram's language_code (e.g. "ru" → Europe/Moscow, "fa" → Asia/Tehran,
/// "hi"/"ta" → Asia/Kolkata, "vi" → Asia/Ho_Chi_Minh, "es" → Europe/Madrid, "en"/other → "UTC").
pub fn guess_zone(lang: &str) -> &'static str {
    match primary_subtag(lang).as_str() {
        "ru" => "Europe/Moscow",
        "fa" => "Asia/Tehran",
        "hi" | "ta" => "Asia/Kolkata",
        "vi" => "Asia/Ho_Chi_Minh",
        "es" => "Europe/Madrid",
        _ => "UTC",
    }
}

/// "pt-BR" → "pt".
fn primary_subtag(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

// ---------------------------------------------------------------------------------------------------------------
// Offsets
// ---------------------------------------------------------------------------------------------------------------

/// "utc", "gmt", "+3", "UTC+3", "gmt -4", "+05:30", "+0530", "utc+3.5"… (lower-cased input).
static OFFSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:utc|gmt)?\s*(?:(?P<sign>[+\-−–])\s*(?P<h>[0-9]{1,2})(?:[:.]?(?P<m>[0-9]{2}))?)?$")
        .expect("valid regex")
});

/// Offsets that are not whole hours, in minutes east of UTC, with a real zone that keeps them. +10:30 is Adelaide's
/// summer time: the people who type it are far more likely there than on Lord Howe Island, the only place where it is
/// standard time.
const FRACTIONAL: [(i32, &str); 11] = [
    (-9 * 60 - 30, "Pacific/Marquesas"),
    (-3 * 60 - 30, "America/St_Johns"),
    (3 * 60 + 30, "Asia/Tehran"),
    (4 * 60 + 30, "Asia/Kabul"),
    (5 * 60 + 30, "Asia/Kolkata"),
    (5 * 60 + 45, "Asia/Kathmandu"),
    (6 * 60 + 30, "Asia/Yangon"),
    (8 * 60 + 45, "Australia/Eucla"),
    (9 * 60 + 30, "Australia/Darwin"),
    (10 * 60 + 30, "Australia/Adelaide"),
    (12 * 60 + 45, "Pacific/Chatham"),
];

/// `Some(zone or None)` when `text` is an offset (None when out of range), `None` when it is not one at all.
fn parse_offset(text: &str) -> Option<Option<Tz>> {
    let caps = OFFSET.captures(text)?;
    let Some(sign) = caps.name("sign") else {
        return Some(Some(Tz::UTC)); // "utc" or "gmt" alone
    };
    let hours: i32 = caps["h"].parse().ok()?;
    let minutes: i32 = caps.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
    let sign = if sign.as_str() == "+" { 1 } else { -1 };
    Some(offset_zone(sign * (hours * 60 + minutes)))
}

/// The zone for a fixed offset in minutes east of UTC.
fn offset_zone(minutes: i32) -> Option<Tz> {
    if !(-12 * 60..=14 * 60).contains(&minutes) {
        return None;
    }
    if minutes == 0 {
        return Some(Tz::UTC);
    }
    if minutes % 60 == 0 {
        // Etc zones follow the POSIX sign: Etc/GMT-3 is three hours *ahead* of UTC.
        return format!("Etc/GMT{:+}", -minutes / 60).parse().ok();
    }
    FRACTIONAL.iter().find(|(m, _)| *m == minutes).and_then(|(_, name)| name.parse().ok())
}

fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    match minutes % 60 {
        0 => format!("UTC{sign}{}", minutes / 60),
        m => format!("UTC{sign}{}:{m:02}", minutes / 60),
    }
}

/// "America/Argentina/Buenos_Aires" → "Buenos Aires"; None for zones that are only an offset.
fn city_part(name: &str) -> Option<String> {
    let offset_only = name.starts_with("Etc/")
        || ["UTC", "UCT", "GMT", "Zulu", "Universal", "Greenwich"].iter().any(|p| name.starts_with(p));
    if offset_only {
        return None;
    }
    name.rsplit('/').next().map(|city| city.replace('_', " "))
}

// ---------------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------------

/// The form names are compared in: lower case, Latin accents and Cyrillic "ё" dropped, and no spaces, underscores,
/// hyphens, dots, apostrophes or ZWNJ, so "Hà Nội", "ha noi" and "Hanoi", or "Нью-Йорк" and "нью йорк", are one key.
fn key(name: &str) -> String {
    name.chars()
        .map(canonical_char)
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.' | '\'' | '’' | ',' | '\u{200C}') && !c.is_whitespace())
        .map(plain_letter)
        .collect()
}

/// The letter without its accent, for Latin letters used by Spanish and Vietnamese (and a few more), and "ё".
fn plain_letter(c: char) -> char {
    const ACCENTED: [(char, &str); 11] = [
        ('a', "àáâãäåāăạảấầẩẫậắằẳẵặ"),
        ('e', "èéêëēẹẻẽếềểễệ"),
        ('i', "ìíîïīịỉĩ"),
        ('o', "òóôõöøōọỏốồổỗộơớờởỡợ"),
        ('u', "ùúûüūụủũưứừửữự"),
        ('y', "ýÿỳỵỷỹ"),
        ('n', "ñ"),
        ('c', "ç"),
        ('d', "đ"),
        ('s', "şš"),
        ('е', "ё"),
    ];
    ACCENTED.iter().find(|(_, accented)| accented.contains(c)).map_or(c, |&(plain, _)| plain)
}

/// Cities (and a few one-zone countries) people do business in, by zone, in English and the seven languages. Names
/// are written naturally; `key` folds them. IANA city parts need no entry here: they are added automatically.
#[rustfmt::skip]
const CITIES: &[(&str, &[&str])] = &[
    // Russia and neighbours
    ("Europe/Moscow", &["Moscow", "Москва", "Moscú", "मॉस्को", "Mát-xcơ-va", "مسکو", "மாஸ்கோ", "Saint Petersburg",
        "St Petersburg", "Санкт-Петербург", "Петербург", "Питер", "СПб", "Kazan", "Казань", "Nizhny Novgorod",
        "Нижний Новгород", "Rostov-on-Don", "Ростов-на-Дону", "Voronezh", "Воронеж", "Krasnodar", "Краснодар",
        "Sochi", "Сочи"]),
    ("Europe/Minsk", &["Minsk", "Минск", "Belarus", "Беларусь"]),
    ("Europe/Kaliningrad", &["Kaliningrad", "Калининград"]),
    ("Europe/Samara", &["Samara", "Самара", "Izhevsk", "Ижевск"]),
    ("Asia/Yekaterinburg", &["Yekaterinburg", "Ekaterinburg", "Екатеринбург", "Екб", "Chelyabinsk", "Челябинск",
        "Perm", "Пермь", "Ufa", "Уфа", "Tyumen", "Тюмень"]),
    ("Asia/Omsk", &["Omsk", "Омск"]),
    ("Asia/Novosibirsk", &["Novosibirsk", "Новосибирск", "Новосиб"]),
    ("Asia/Krasnoyarsk", &["Krasnoyarsk", "Красноярск"]),
    ("Asia/Irkutsk", &["Irkutsk", "Иркутск"]),
    ("Asia/Vladivostok", &["Vladivostok", "Владивосток", "Khabarovsk", "Хабаровск"]),
    ("Europe/Kyiv", &["Kyiv", "Kiev", "Киев", "Київ", "Odesa", "Odessa", "Одесса", "Kharkiv", "Харьков", "Ukraine",
        "Украина"]),
    ("Asia/Almaty", &["Almaty", "Алматы", "Алма-Ата", "Astana", "Астана", "Kazakhstan", "Казахстан"]),
    ("Asia/Tashkent", &["Tashkent", "Ташкент", "Uzbekistan", "Узбекистан"]),
    ("Asia/Bishkek", &["Bishkek", "Бишкек"]),
    ("Asia/Tbilisi", &["Tbilisi", "Тбилиси"]),
    ("Asia/Yerevan", &["Yerevan", "Ереван"]),
    ("Asia/Baku", &["Baku", "Баку"]),
    // Iran and the Persian-speaking world
    ("Asia/Tehran", &["Tehran", "Teheran", "Teherán", "تهران", "Тегеран", "तेहरान", "Mashhad", "مشهد", "Isfahan",
        "اصفهان", "Shiraz", "شیراز", "Tabriz", "تبریز", "Karaj", "کرج", "Iran", "ایران", "Иран"]),
    ("Asia/Kabul", &["Kabul", "کابل", "Кабул", "Herat", "هرات", "Afghanistan", "افغانستان"]),
    ("Asia/Dushanbe", &["Dushanbe", "Душанбе", "دوشنبه", "Tajikistan", "تاجیکستان"]),
    ("Asia/Dubai", &["Dubai", "Дубай", "دبی", "दुबई", "துபாய்", "Dubái", "Abu Dhabi", "Абу-Даби", "UAE", "ОАЭ"]),
    ("Europe/Istanbul", &["Istanbul", "Стамбул", "استانبول", "Estambul", "Ankara", "Анкара", "Turkey", "Турция"]),
    ("Asia/Riyadh", &["Riyadh", "Эр-Рияд", "ریاض", "Jeddah"]),
    ("Asia/Qatar", &["Doha", "Доха"]),
    ("Asia/Baghdad", &["Baghdad", "بغداد", "Багдад"]),
    ("Asia/Jerusalem", &["Jerusalem", "Tel Aviv", "Тель-Авив", "Иерусалим"]),
    ("Africa/Cairo", &["Cairo", "Каир", "El Cairo", "قاهره", "Egypt"]),
    // South Asia
    ("Asia/Kolkata", &["Kolkata", "Calcutta", "कोलकाता", "கொல்கத்தா", "Delhi", "New Delhi", "दिल्ली", "नई दिल्ली",
        "டெல்லி", "Дели", "Mumbai", "Bombay", "मुंबई", "मुम्बई", "மும்பை", "Мумбаи", "Bangalore", "Bengaluru",
        "बेंगलुरु", "பெங்களூரு", "Chennai", "Madras", "சென்னை", "चेन्नई", "Hyderabad", "हैदराबाद", "ஹைதராபாத்",
        "Pune", "पुणे", "Ahmedabad", "अहमदाबाद", "Jaipur", "जयपुर", "Lucknow", "लखनऊ", "Coimbatore",
        "கோயம்புத்தூர்", "கோவை", "Madurai", "மதுரை", "Tiruchirappalli", "திருச்சி", "India", "भारत", "இந்தியா",
        "Индия"]),
    ("Asia/Colombo", &["Colombo", "கொழும்பு", "Sri Lanka", "இலங்கை", "श्रीलंका", "Jaffna", "யாழ்ப்பாணம்"]),
    ("Asia/Kathmandu", &["Kathmandu", "काठमाडौं", "काठमांडू", "Nepal", "नेपाल"]),
    ("Asia/Karachi", &["Karachi", "Lahore", "Islamabad", "Pakistan"]),
    ("Asia/Dhaka", &["Dhaka", "ढाका", "Bangladesh"]),
    // South-east and east Asia
    ("Asia/Ho_Chi_Minh", &["Ho Chi Minh", "Hồ Chí Minh", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "TP HCM",
        "TP.HCM", "HCM", "HCMC", "Saigon", "Sài Gòn", "Hanoi", "Hà Nội", "Đà Nẵng", "Da Nang", "Hải Phòng",
        "Cần Thơ", "Nha Trang", "Vietnam", "Việt Nam", "Вьетнам", "Ханой", "Хошимин"]),
    ("Asia/Bangkok", &["Bangkok", "Бангкок", "Băng Cốc", "Thailand", "Thái Lan", "Phuket", "Пхукет"]),
    ("Asia/Phnom_Penh", &["Phnom Penh", "Phnôm Pênh", "Campuchia"]),
    ("Asia/Singapore", &["Singapore", "Сингапур", "सिंगापुर", "சிங்கப்பூர்", "Singapur", "Xin-ga-po"]),
    ("Asia/Kuala_Lumpur", &["Kuala Lumpur", "கோலாலம்பூர்", "Malaysia", "மலேசியா"]),
    ("Asia/Jakarta", &["Jakarta", "Джакарта", "Indonesia"]),
    ("Asia/Makassar", &["Bali", "Бали", "Denpasar"]),
    ("Asia/Manila", &["Manila", "Philippines"]),
    ("Asia/Shanghai", &["Shanghai", "Шанхай", "Beijing", "Пекин", "Bắc Kinh", "Thượng Hải", "Shenzhen",
        "Guangzhou", "China", "Китай", "Trung Quốc"]),
    ("Asia/Hong_Kong", &["Hong Kong", "Гонконг", "Hồng Kông"]),
    ("Asia/Taipei", &["Taipei", "Đài Bắc"]),
    ("Asia/Tokyo", &["Tokyo", "Токио", "Tokio", "टोक्यो", "டோக்கியோ", "Japan", "Япония", "Nhật Bản"]),
    ("Asia/Seoul", &["Seoul", "Сеул", "Seúl", "Hàn Quốc", "Korea"]),
    ("Australia/Sydney", &["Sydney", "Сидней", "Canberra"]),
    ("Australia/Melbourne", &["Melbourne", "Мельбурн"]),
    ("Australia/Brisbane", &["Brisbane"]),
    ("Australia/Perth", &["Perth"]),
    ("Pacific/Auckland", &["Auckland", "Окленд", "New Zealand"]),
    // Europe
    ("Europe/London", &["London", "Лондон", "Londres", "लंदन", "لندن", "லண்டன்", "Luân Đôn", "Manchester",
        "Birmingham", "UK", "England"]),
    ("Europe/Dublin", &["Dublin", "Дублин", "Ireland"]),
    ("Europe/Lisbon", &["Lisbon", "Lisboa", "Лиссабон", "Portugal"]),
    ("Europe/Madrid", &["Madrid", "Мадрид", "Barcelona", "Барселона", "Valencia", "Sevilla", "Seville", "Málaga",
        "Bilbao", "Zaragoza", "España", "Spain", "Испания"]),
    ("Atlantic/Canary", &["Canarias", "Canary Islands", "Las Palmas", "Tenerife"]),
    ("Europe/Paris", &["Paris", "Париж", "París", "پاریس", "पेरिस", "France", "Франция"]),
    ("Europe/Berlin", &["Berlin", "Берлин", "Berlín", "برلین", "Munich", "München", "Frankfurt", "Hamburg",
        "Germany", "Германия", "Alemania"]),
    ("Europe/Amsterdam", &["Amsterdam", "Амстердам", "Netherlands"]),
    ("Europe/Brussels", &["Brussels", "Bruselas", "Брюссель"]),
    ("Europe/Zurich", &["Zurich", "Zürich", "Geneva", "Женева", "Цюрих", "Switzerland"]),
    ("Europe/Rome", &["Rome", "Roma", "Рим", "Milan", "Milano", "Милан", "Italy", "Italia"]),
    ("Europe/Vienna", &["Vienna", "Wien", "Вена", "Viena"]),
    ("Europe/Prague", &["Prague", "Praha", "Прага", "Praga"]),
    ("Europe/Warsaw", &["Warsaw", "Warszawa", "Варшава", "Varsovia", "Poland"]),
    ("Europe/Budapest", &["Budapest", "Будапешт"]),
    ("Europe/Stockholm", &["Stockholm", "Стокгольм"]),
    ("Europe/Helsinki", &["Helsinki", "Хельсинки"]),
    ("Europe/Riga", &["Riga", "Рига"]),
    ("Europe/Vilnius", &["Vilnius", "Вильнюс"]),
    ("Europe/Tallinn", &["Tallinn", "Таллин"]),
    ("Europe/Athens", &["Athens", "Афины", "Atenas"]),
    ("Europe/Bucharest", &["Bucharest", "Бухарест"]),
    ("Europe/Sofia", &["Sofia", "София"]),
    ("Europe/Belgrade", &["Belgrade", "Белград"]),
    ("Europe/Chisinau", &["Chisinau", "Кишинёв", "Кишинев"]),
    // Africa
    ("Africa/Lagos", &["Lagos", "Nigeria"]),
    ("Africa/Nairobi", &["Nairobi", "Kenya"]),
    ("Africa/Johannesburg", &["Johannesburg", "Cape Town", "South Africa"]),
    ("Africa/Casablanca", &["Casablanca", "Morocco", "Marruecos"]),
    // The Americas
    ("America/New_York", &["New York", "NYC", "Нью-Йорк", "Nueva York", "न्यूयॉर्क", "نیویورک", "நியூயார்க்",
        "Boston", "Washington", "Washington DC", "Miami", "Atlanta", "Philadelphia", "Detroit"]),
    ("America/Toronto", &["Toronto", "Торонто", "تورنتو", "Montreal", "Montréal", "Ottawa"]),
    ("America/Chicago", &["Chicago", "Чикаго", "Dallas", "Houston", "Austin", "Даллас", "Хьюстон"]),
    ("America/Denver", &["Denver", "Денвер", "Salt Lake City"]),
    ("America/Phoenix", &["Phoenix", "Финикс"]),
    ("America/Los_Angeles", &["Los Angeles", "LA", "Лос-Анджелес", "Los Ángeles", "لس آنجلس", "San Francisco",
        "SF", "Сан-Франциско", "Seattle", "Сиэтл", "San Diego", "Las Vegas", "Silicon Valley"]),
    ("America/Vancouver", &["Vancouver", "Ванкувер"]),
    ("America/Mexico_City", &["Mexico City", "Ciudad de México", "CDMX", "México", "Mexico", "Мехико",
        "Guadalajara", "Puebla"]),
    ("America/Monterrey", &["Monterrey"]),
    ("America/Cancun", &["Cancún", "Cancun"]),
    ("America/Tijuana", &["Tijuana"]),
    ("America/Guatemala", &["Guatemala", "Ciudad de Guatemala"]),
    ("America/El_Salvador", &["San Salvador", "El Salvador"]),
    ("America/Tegucigalpa", &["Tegucigalpa", "Honduras"]),
    ("America/Managua", &["Managua", "Nicaragua"]),
    ("America/Costa_Rica", &["San José", "Costa Rica"]),
    ("America/Panama", &["Panamá", "Panama", "Ciudad de Panamá"]),
    ("America/Havana", &["Havana", "La Habana", "Гавана", "Cuba"]),
    ("America/Santo_Domingo", &["Santo Domingo", "República Dominicana"]),
    ("America/Puerto_Rico", &["San Juan", "Puerto Rico"]),
    ("America/Bogota", &["Bogotá", "Bogota", "Богота", "Medellín", "Cali", "Barranquilla", "Colombia", "Колумбия"]),
    ("America/Caracas", &["Caracas", "Каракас", "Venezuela", "Maracaibo"]),
    ("America/Guayaquil", &["Quito", "Guayaquil", "Ecuador"]),
    ("America/Lima", &["Lima", "Лима", "Perú", "Peru", "Arequipa"]),
    ("America/La_Paz", &["La Paz", "Bolivia", "Santa Cruz de la Sierra"]),
    ("America/Santiago", &["Santiago", "Santiago de Chile", "Сантьяго", "Chile", "Чили", "Valparaíso"]),
    ("America/Argentina/Buenos_Aires", &["Buenos Aires", "Буэнос-Айрес", "Bs As", "CABA", "Rosario", "Mendoza",
        "Argentina", "Аргентина"]),
    ("America/Montevideo", &["Montevideo", "Монтевидео", "Uruguay"]),
    ("America/Asuncion", &["Asunción", "Asuncion", "Paraguay"]),
    ("America/Sao_Paulo", &["São Paulo", "Sao Paulo", "Сан-Паулу", "Rio de Janeiro", "Рио-де-Жанейро", "Brasil",
        "Brazil", "Бразилия"]),
];

/// An IANA name in any case, with spaces for underscores, matched exactly: the "Etc/GMT±N" zones, which `key` would
/// fold together and so are left out of `NAMES`.
fn iana(text: &str) -> Option<Tz> {
    let wanted = text.replace(' ', "_");
    TZ_VARIANTS.iter().copied().find(|tz| tz.name().eq_ignore_ascii_case(&wanted))
}

/// The first segment of the IANA names whose last segment is a city.
const CONTINENTS: [&str; 9] =
    ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

/// Every readable name by key: the city table first, then every IANA name in full but loosely spelt
/// ("america/new-york"), then the city part of every IANA continental zone ("kolkata", "los angeles"). An earlier
/// entry wins, so "Kiev" and "Calcutta" lead to the current names rather than to the old aliases.
static NAMES: LazyLock<HashMap<String, Tz>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for (zone, cities) in CITIES {
        let tz: Tz = zone.parse().expect("the city table names real zones");
        for city in *cities {
            names.entry(key(city)).or_insert(tz);
        }
    }
    for &tz in TZ_VARIANTS.iter().filter(|tz| !tz.name().starts_with("Etc/")) {
        names.entry(key(tz.name())).or_insert(tz);
    }
    for &tz in &TZ_VARIANTS {
        let name = tz.name();
        if CONTINENTS.iter().any(|c| name.split('/').next() == Some(c))
            && let Some(city) = name.rsplit('/').next()
        {
            names.entry(key(city)).or_insert(tz);
        }
    }
    names
});

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> Tz {
        name.parse().unwrap()
    }

    #[test]
    fn reads_names_offsets_and_cities() {
        let rows: &[(&str, Option<&str>)] = &[
            // IANA names in any case, with spaces for underscores
            ("Europe/Moscow", Some("Europe/Moscow")),
            ("europe/moscow", Some("Europe/Moscow")),
            ("AMERICA/NEW_YORK", Some("America/New_York")),
            ("america/new york", Some("America/New_York")),
            ("Etc/GMT-3", Some("Etc/GMT-3")),
            ("etc/gmt+3", Some("Etc/GMT+3")),
            ("america/new-york", Some("America/New_York")),
            ("Minsk", Some("Europe/Minsk")),
            ("UTC", Some("UTC")),
            // IANA city parts
            ("Kolkata", Some("Asia/Kolkata")),
            ("los angeles", Some("America/Los_Angeles")),
            ("Vladivostok", Some("Asia/Vladivostok")),
            ("Reykjavik", Some("Atlantic/Reykjavik")),
            ("port-au-prince", Some("America/Port-au-Prince")),
            // cities in the seven languages
            ("Moscow", Some("Europe/Moscow")),
            ("Москва", Some("Europe/Moscow")),
            ("  москва ", Some("Europe/Moscow")),
            ("Санкт-Петербург", Some("Europe/Moscow")),
            ("new york", Some("America/New_York")),
            ("Нью Йорк", Some("America/New_York")),
            ("Tehran", Some("Asia/Tehran")),
            ("تهران", Some("Asia/Tehran")),
            ("दिल्ली", Some("Asia/Kolkata")),
            ("Chennai", Some("Asia/Kolkata")),
            ("சென்னை", Some("Asia/Kolkata")),
            ("Hà Nội", Some("Asia/Ho_Chi_Minh")),
            ("hanoi", Some("Asia/Ho_Chi_Minh")),
            ("Ho Chi Minh", Some("Asia/Ho_Chi_Minh")),
            ("tp.hcm", Some("Asia/Ho_Chi_Minh")),
            ("Sài Gòn", Some("Asia/Ho_Chi_Minh")),
            ("Madrid", Some("Europe/Madrid")),
            ("Bogota", Some("America/Bogota")),
            ("Buenos Aires", Some("America/Argentina/Buenos_Aires")),
            ("Ciudad de Mexico", Some("America/Mexico_City")),
            ("London", Some("Europe/London")),
            ("Kiev", Some("Europe/Kyiv")),
            ("Calcutta", Some("Asia/Kolkata")),
            ("Saigon", Some("Asia/Ho_Chi_Minh")),
            ("دوشنبه", Some("Asia/Dushanbe")),
            // offsets
            ("+3", Some("Etc/GMT-3")),
            ("UTC+3", Some("Etc/GMT-3")),
            ("utc +3", Some("Etc/GMT-3")),
            ("GMT-4", Some("Etc/GMT+4")),
            ("+03:00", Some("Etc/GMT-3")),
            ("-12", Some("Etc/GMT+12")),
            ("+14", Some("Etc/GMT-14")),
            ("+0", Some("UTC")),
            ("gmt", Some("UTC")),
            ("+05:30", Some("Asia/Kolkata")),
            ("+0530", Some("Asia/Kolkata")),
            ("UTC+3:30", Some("Asia/Tehran")),
            ("+۳:۳۰", Some("Asia/Tehran")),
            ("+5:45", Some("Asia/Kathmandu")),
            ("+9:30", Some("Australia/Darwin")),
            ("-3:30", Some("America/St_Johns")),
            ("−3:30", Some("America/St_Johns")),
            ("+6:30", Some("Asia/Yangon")),
            ("+4:30", Some("Asia/Kabul")),
            ("+10:30", Some("Australia/Adelaide")),
            ("+8:45", Some("Australia/Eucla")),
            ("+12:45", Some("Pacific/Chatham")),
            // unreadable or out of range
            ("+15", None),
            ("-13", None),
            ("+3:20", None),
            ("+3:75", None),
            ("", None),
            ("   ", None),
            ("Atlantis", None),
            ("3", None),
        ];
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|&(input, want)| {
                let got = parse_tz(input).map(|tz| tz.name());
                (got != want).then(|| format!("{input:?}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn labels() {
        let winter: DateTime<Utc> = "2026-01-15T12:00:00Z".parse().unwrap();
        let summer: DateTime<Utc> = "2026-07-15T12:00:00Z".parse().unwrap();
        let rows = [
            ("Europe/Moscow", winter, "Moscow (UTC+3)"),
            ("Asia/Kolkata", winter, "Kolkata (UTC+5:30)"),
            ("America/New_York", winter, "New York (UTC-5)"),
            ("America/New_York", summer, "New York (UTC-4)"),
            ("America/St_Johns", winter, "St Johns (UTC-3:30)"),
            ("Asia/Kathmandu", winter, "Kathmandu (UTC+5:45)"),
            ("America/Argentina/Buenos_Aires", winter, "Buenos Aires (UTC-3)"),
            ("Europe/London", winter, "London (UTC+0)"),
            ("Etc/GMT-3", winter, "UTC+3"),
            ("UTC", winter, "UTC+0"),
        ];
        for (name, now, want) in rows {
            assert_eq!(zone_label(zone(name), now), want, "{name}");
        }
    }

    #[test]
    fn common_zones_are_real_and_lead_with_the_guess() {
        for lang in ["en", "ru", "es", "hi", "vi", "fa", "ta", "de", "ru-RU"] {
            let zones = common_zones(lang);
            assert_eq!(zones.len(), 6, "{lang}");
            for name in zones {
                assert!(name.parse::<Tz>().is_ok(), "{lang}: {name}");
            }
            let guess = guess_zone(lang);
            assert!(guess == "UTC" || zones[0] == guess, "{lang}");
        }
        assert_eq!(common_zones("de"), common_zones("en"));
        assert_eq!(common_zones("ru")[0], "Europe/Moscow");
    }

    #[test]
    fn guesses() {
        let rows = [
            ("ru", "Europe/Moscow"),
            ("fa", "Asia/Tehran"),
            ("hi", "Asia/Kolkata"),
            ("ta", "Asia/Kolkata"),
            ("vi", "Asia/Ho_Chi_Minh"),
            ("es", "Europe/Madrid"),
            ("es-MX", "Europe/Madrid"),
            ("en", "UTC"),
            ("de", "UTC"),
            ("", "UTC"),
        ];
        for (lang, want) in rows {
            assert_eq!(guess_zone(lang), want, "{lang}");
            assert!(guess_zone(lang).parse::<Tz>().is_ok());
        }
    }

    #[test]
    fn every_city_table_entry_reads_back() {
        for (zone_name, cities) in CITIES {
            for city in *cities {
                let got = parse_tz(city).map(|tz| tz.name());
                assert_eq!(got, Some(*zone_name), "{city}");
            }
        }
    }
}
