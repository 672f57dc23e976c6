//! What `/audit` was asked to show: `@Name` (a member), a group word ("deals", "сделки"), a period ("week",
//! "01.11..30.11"), in any order of mention first, then group, then period. Group words are matched as word
//! starts in the member's language and in English, like the report periods.

use chrono::NaiveDate;

use super::action::Group;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail};
use crate::core::reply::Text;
use crate::core::reports::period::{Period, PeriodError, parse_period};
use crate::core::reports::{scope, words};
use crate::parse::fold::fold;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub member: Option<(i64, String)>,
    pub group: Option<Group>,
    pub period: Option<Period>,
}

impl Filter {
    /// Local days `[from, to)` of the period, as buttons carry them.
    pub fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.period.map(|p| (p.start, p.end))
    }
}

/// Folded word starts per group, in the member's language (English is always understood too).
fn stems(lang: &str) -> &'static [(Group, &'static [&'static str])] {
    use Group::*;
    match lang {
        "ru" => &[
            (Clients, &["клиент", "контакт"]),
            (Activities, &["замет", "встреч", "звон", "напомин", "дела", "активн"]),
            (Deals, &["сделк", "воронк"]),
            (Team, &["команд", "участник", "сотрудник", "приглаш", "рол"]),
            (Settings, &["настро"]),
            (Campaigns, &["рассылк", "кампан", "акци", "сегмент"]),
            (Customers, &["покупател", "удален", "забыт", "стерт", "подписк"]),
        ],
        "es" => &[
            (Clients, &["client", "contacto"]),
            (Activities, &["nota", "reunion", "llamada", "recordatorio", "actividad"]),
            (Deals, &["trato", "negocio", "embudo"]),
            (Team, &["equipo", "miembro", "invitacion", "rol"]),
            (Settings, &["ajuste", "configuracion"]),
            (Campaigns, &["campana", "promo", "segmento"]),
            (Customers, &["compradores", "borrad", "olvid"]),
        ],
        "hi" => &[
            (Clients, &["क्लाइंट", "ग्राहक"]),
            (Activities, &["नोट", "मीटिंग", "कॉल", "रिमाइंडर", "गतिविधि"]),
            (Deals, &["डील", "सौद"]),
            (Team, &["टीम", "सदस्य", "आमंत्रण", "भूमिका"]),
            (Settings, &["सेटिंग"]),
            (Campaigns, &["कैंपेन", "अभियान", "प्रचार", "सेगमेंट"]),
            (Customers, &["खरीदार", "मिटा", "हटाए"]),
        ],
        "vi" => &[
            (Clients, &["khach hang", "khach"]),
            (Activities, &["ghi chu", "cuoc hop", "cuoc goi", "nhac", "hoat dong"]),
            (Deals, &["giao dich", "thuong vu"]),
            (Team, &["nhom", "thanh vien", "loi moi", "vai tro"]),
            (Settings, &["cai dat", "thiet lap"]),
            (Campaigns, &["chien dich", "khuyen mai", "phan khuc"]),
            (Customers, &["nguoi mua", "xoa du lieu", "da xoa"]),
        ],
        "fa" => &[
            (Clients, &["مشتری", "مشتریان"]),
            (Activities, &["یادداشت", "جلسه", "تماس", "یاداور", "یادآور", "فعالیت"]),
            (Deals, &["معامله", "معاملات"]),
            (Team, &["تیم", "عضو", "اعضا", "دعوت", "نقش"]),
            (Settings, &["تنظیم"]),
            (Campaigns, &["کمپین", "تبلیغ", "بخش"]),
            (Customers, &["خریدار", "پاک", "حذف", "فراموش"]),
        ],
        "ta" => &[
            (Clients, &["வாடிக்கையாளர்"]),
            (Activities, &["குறிப்பு", "சந்திப்பு", "அழைப்பு", "நினைவூட்ட", "செயல்பாடு"]),
            (Deals, &["டீல்", "ஒப்பந்த"]),
            (Team, &["குழு", "உறுப்பினர்", "அழைப்பிதழ்", "பங்கு"]),
            (Settings, &["அமைப்பு"]),
            (Campaigns, &["பிரச்சார", "விளம்பர"]),
            (Customers, &["வாங்குபவர்", "அழிப்பு", "நீக்க"]),
        ],
        _ => &[],
    }
}

const EN: &[(Group, &[&str])] = &[
    (Group::Clients, &["client", "contact"]),
    (Group::Activities, &["note", "meeting", "call", "reminder", "activit", "task"]),
    (Group::Deals, &["deal", "pipeline"]),
    (Group::Team, &["team", "member", "invit", "role"]),
    (Group::Settings, &["setting"]),
    (Group::Campaigns, &["campaign", "promo", "segment", "mailing"]),
    (Group::Customers, &["customer", "erase", "forg", "consent", "subscri"]),
];

/// The group named by the first word of `folded`, and what follows that word; the longest matching stem wins.
fn group_word(folded: &str, lang: &str) -> Option<(Group, String)> {
    let first_word_end = |from: usize| folded[from..].find(' ').map_or(folded.len(), |i| from + i);
    stems(lang)
        .iter()
        .chain(EN.iter())
        .flat_map(|(group, list)| list.iter().map(move |stem| (*group, *stem)))
        .filter(|(_, stem)| folded.starts_with(stem))
        .max_by_key(|(_, stem)| stem.len())
        .map(|(group, stem)| (group, folded[first_word_end(stem.len())..].trim().to_string()))
}

/// Read `/audit`'s arguments.
pub async fn parse(engine: &Engine, ctx: &Ctx, args: &str) -> Result<Filter, Fail> {
    let (member, rest) = scope::mention(engine, ctx, args).await?;
    let mut filter = Filter { member: member.map(|m| (m.member_id, m.display_name)), ..Filter::default() };
    let folded = fold(&rest);
    let rest = match group_word(&folded, &ctx.lang) {
        Some((group, after)) => {
            filter.group = Some(group);
            after
        }
        None => rest,
    };
    filter.period = match parse_period(&rest, &ctx.lang, ctx.now, ctx.tz) {
        Ok(period) => period,
        // Not a period and no range either: most likely a group word we do not know.
        Err(PeriodError::BadDate(_)) if filter.group.is_none() && !rest.contains("..") && !rest.contains('…') => {
            return Err(Fail::User(Text::key("audit-err-filter").with("input", rest)));
        }
        Err(e) => return Err(words::period_error(ctx, e, &rest)),
    };
    Ok(filter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_words_are_read_in_the_members_language_and_in_english() {
        assert_eq!(group_word("deals week", "en"), Some((Group::Deals, "week".into())));
        assert_eq!(group_word("сделки прошлый месяц", "ru"), Some((Group::Deals, "прошлый месяц".into())));
        assert_eq!(group_word("notes", "ru"), Some((Group::Activities, String::new())));
        assert_eq!(group_word("khach hang tuan nay", "vi"), Some((Group::Clients, "tuan nay".into())));
        assert_eq!(group_word("campanas", "es"), Some((Group::Campaigns, String::new())));
        assert_eq!(group_word("week", "en"), None);
        assert_eq!(group_word("", "en"), None);
    }

    #[test]
    fn every_language_has_a_word_for_every_group() {
        for lang in crate::i18n::LANGS.iter().filter(|l| **l != "en") {
            for group in Group::ALL {
                assert!(stems(lang).iter().any(|(g, list)| *g == group && !list.is_empty()), "{lang} {group:?}");
            }
        }
    }
}
