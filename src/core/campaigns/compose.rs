//! `/campaign`: step by step, a draft in the database. Pick a segment → the text (the team's own words, in the
//! composer's language) → versions in the other languages its subscribers read → a photo → a link → a code →
//! a follow-up → the summary. Every step can be skipped with a button where it is optional; every typed value is
//! checked (see `validate`) and explained with an example when it is wrong, leaving the draft as it was.

use crate::core::audit::{self, Action, On};
use std::collections::BTreeMap;

use super::payload::{CampButton, CodeChoice, Next};
use super::summary::summary;
use super::{Ask, Step, draft, require_sender, short, validate};
use crate::core::Engine;
use crate::core::context::{Ctx, Fail, Out};
use crate::core::customers::promo::texts;
use crate::core::reply::{Button, Text};
use crate::core::session::State;
use crate::i18n::LANGS;
use crate::store::{Campaign, NewCampaign, SegmentFilter};

/// Segments offered as buttons.
const PICKABLE: usize = 20;

pub async fn start(engine: &Engine, ctx: &mut Ctx) -> Out {
    let ws = require_sender(ctx)?;
    let segments = engine.store.segments(ws).await?;
    if segments.is_empty() {
        return Err(Fail::User(Text::key("camp-no-segments")));
    }
    let rows = segments
        .iter()
        .take(PICKABLE)
        .map(|s| vec![Button::new(Text::Raw(short(&s.name, 32)), CampButton::UseSegment(s.id).encode())])
        .collect();
    Ok(vec![ctx.reply(Text::key("camp-pick-segment")).buttons(rows)])
}

/// A segment picked: refused if no subscribed customer is in it; else the draft is made and its text asked.
pub async fn pick(engine: &Engine, ctx: &mut Ctx, segment_id: i64) -> Out {
    let ws = require_sender(ctx)?;
    let Some(segment) = engine.store.get_segment(ws, segment_id).await? else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    let Some(filter) = SegmentFilter::from_json(&segment.filter) else {
        return Err(Fail::User(Text::key("err-stale-button")));
    };
    let audience = engine.store.audience(ws, &filter, &ctx.lang, ctx.now).await?;
    if audience.subscribed == 0 {
        let total = engine.store.count_segment(ws, &filter, None, 0).await?.total;
        return Err(Fail::User(Text::key("camp-err-nobody").with("name", segment.name).with("total", total)));
    }
    let new = NewCampaign {
        name: segment.name.clone(),
        filter: Some(segment.filter.clone()),
        segment_id: Some(segment.id),
        ..NewCampaign::draft(ws, ctx.member.id, &ctx.lang)
    };
    let campaign = engine.store.insert_campaign(&new).await?;
    audit::record(engine, ctx, ws, Action::campaign("created"), On::Campaign(campaign.id)).await;
    ctx.session.state = State::Campaign(Step::Campaign { campaign_id: campaign.id, ask: Ask::Text });
    let lines = vec![
        Text::key("camp-picked").with("name", segment.name).with("subscribed", audience.subscribed),
        Text::Concat(vec![
            Text::key("camp-ask-text"),
            Text::Raw(" ".into()),
            Text::key("lang-name").with("lang", ctx.lang.clone()),
        ]),
        Text::key("camp-ask-text-hint").with("max", validate_max(false)),
    ];
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(drop_row(campaign.id))])
}

fn validate_max(photo: bool) -> usize {
    if photo { crate::core::customers::promo::MAX_CAPTION_CHARS } else { crate::core::customers::promo::MAX_TEXT_CHARS }
}

fn drop_row(id: i64) -> Vec<Vec<Button>> {
    vec![vec![Button::new(Text::key("camp-btn-drop"), CampButton::Drop(id).encode())]]
}

fn set_ask(ctx: &mut Ctx, campaign_id: i64, ask: Ask) {
    ctx.session.state = State::Campaign(Step::Campaign { campaign_id, ask });
}

async fn save(engine: &Engine, campaign: &Campaign) -> Result<(), Fail> {
    if engine.store.update_draft(campaign).await? { Ok(()) } else { Err(Fail::User(Text::key("camp-err-gone"))) }
}

fn with_text(campaign: &mut Campaign, lang: &str, text: String) {
    let mut all: BTreeMap<String, String> = texts(campaign);
    all.insert(lang.to_string(), text);
    campaign.texts = serde_json::to_string(&all).unwrap_or_else(|_| "{}".into());
}

/// What the member typed at the step the draft is at.
pub async fn answer(engine: &Engine, ctx: &mut Ctx, id: i64, ask: Ask, text: &str) -> Out {
    let mut campaign = match draft(engine, ctx, id).await {
        Ok(c) => c,
        Err(e) => {
            ctx.session.state = State::Idle;
            return Err(e);
        }
    };
    let photo = campaign.photo_file_id.is_some();
    match ask {
        Ask::Text => {
            let text = validate::text(text, photo).map_err(Fail::User)?;
            let lang = campaign.default_lang.clone();
            with_text(&mut campaign, &lang, text);
            save(engine, &campaign).await?;
            languages(engine, ctx, &campaign, Some(Text::key("camp-text-saved"))).await
        }
        Ask::Version { lang } => {
            let text = validate::text(text, photo).map_err(Fail::User)?;
            with_text(&mut campaign, &lang, text);
            save(engine, &campaign).await?;
            languages(engine, ctx, &campaign, Some(Text::key("camp-text-saved"))).await
        }
        Ask::Link => {
            let (url, label) = validate::link(text).map_err(Fail::User)?;
            campaign.link_url = Some(url);
            campaign.link_label = label;
            save(engine, &campaign).await?;
            code_step(ctx, &campaign, None)
        }
        Ask::SharedCode => {
            campaign.code_kind = "shared".into();
            campaign.code_value = Some(validate::shared_code(text).map_err(Fail::User)?);
            save(engine, &campaign).await?;
            followup_step(ctx, &campaign, None)
        }
        Ask::Percent => {
            campaign.code_kind = "percent".into();
            campaign.code_value = Some(validate::percent(text).map_err(Fail::User)?.to_string());
            save(engine, &campaign).await?;
            followup_step(ctx, &campaign, None)
        }
        Ask::FollowupText => {
            let (days, text) = validate::followup(text, photo).map_err(Fail::User)?;
            set_followup(engine, &campaign, days, text).await?;
            summary(engine, ctx, &campaign, None).await
        }
        Ask::SendAt => super::summary::schedule(engine, ctx, &campaign, text).await,
        // A button was expected: show the step again, with a word on what it needs.
        Ask::Languages => languages(engine, ctx, &campaign, Some(Text::key("camp-hint-buttons"))).await,
        Ask::Photo => photo_step(ctx, &campaign, Some(Text::key("camp-hint-photo"))),
        Ask::Code => code_step(ctx, &campaign, Some(Text::key("camp-hint-buttons"))),
        Ask::Followup => followup_step(ctx, &campaign, Some(Text::key("camp-hint-buttons"))),
        Ask::Summary => summary(engine, ctx, &campaign, Some(Text::key("camp-hint-buttons"))).await,
    }
}

/// The follow-up draft: its own text (in the campaign's language), the same link and shared code.
async fn set_followup(engine: &Engine, parent: &Campaign, days: i32, text: String) -> Result<(), Fail> {
    let texts =
        serde_json::to_string(&BTreeMap::from([(parent.default_lang.clone(), text)])).unwrap_or_else(|_| "{}".into());
    let shared = parent.code_kind == "shared";
    if let Some(mut existing) = engine.store.followup_of(parent.workspace_id, parent.id).await? {
        existing.texts = texts;
        existing.followup_days = Some(days);
        existing.link_url = parent.link_url.clone();
        existing.link_label = parent.link_label.clone();
        existing.photo_file_id = parent.photo_file_id.clone();
        existing.code_kind = if shared { "shared".into() } else { "none".into() };
        existing.code_value = if shared { parent.code_value.clone() } else { None };
        return save(engine, &existing).await;
    }
    let new = NewCampaign {
        kind: "followup".into(),
        name: parent.name.clone(),
        texts,
        photo_file_id: parent.photo_file_id.clone(),
        link_url: parent.link_url.clone(),
        link_label: parent.link_label.clone(),
        code_kind: if shared { "shared".into() } else { "none".into() },
        code_value: if shared { parent.code_value.clone() } else { None },
        parent_id: Some(parent.id),
        followup_days: Some(days),
        ..NewCampaign::draft(parent.workspace_id, parent.created_by, &parent.default_lang)
    };
    engine.store.insert_campaign(&new).await?;
    Ok(())
}

/// Versions for the other languages the segment's subscribers read (each falls back to the default text).
async fn languages(engine: &Engine, ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    let filter = campaign.filter.as_deref().and_then(SegmentFilter::from_json).unwrap_or_default();
    let audience = engine.store.audience(campaign.workspace_id, &filter, &campaign.default_lang, ctx.now).await?;
    let written = texts(campaign);
    let others: Vec<(String, i64)> = audience
        .langs
        .into_iter()
        .filter(|(l, _)| *l != campaign.default_lang && LANGS.contains(&l.as_str()))
        .collect();
    if others.is_empty() {
        return photo_step(ctx, campaign, headline);
    }
    set_ask(ctx, campaign.id, Ask::Languages);
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("camp-ask-versions"));
    let mut rows = Vec::new();
    for (lang, n) in &others {
        let key = if written.contains_key(lang) { "camp-btn-version-done" } else { "camp-btn-version" };
        let label = Text::Concat(vec![
            Text::key(key),
            Text::Raw(" ".into()),
            Text::key("lang-name").with("lang", lang.clone()),
            Text::Raw(format!(" ({n})")),
        ]);
        rows.push(vec![Button::new(label, CampButton::Version { campaign: campaign.id, lang: lang.clone() }.encode())]);
    }
    rows.push(vec![Button::new(
        Text::key("camp-btn-next"),
        CampButton::Next { campaign: campaign.id, step: Next::Languages }.encode(),
    )]);
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

pub async fn ask_version(engine: &Engine, ctx: &mut Ctx, id: i64, lang: &str) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    set_ask(ctx, campaign.id, Ask::Version { lang: lang.to_string() });
    let max = validate_max(campaign.photo_file_id.is_some());
    let line = Text::Concat(vec![
        Text::key("camp-ask-text"),
        Text::Raw(" ".into()),
        Text::key("lang-name").with("lang", lang.to_string()),
    ]);
    Ok(vec![ctx.reply(Text::Lines(vec![line, Text::key("camp-ask-text-hint").with("max", max)]))])
}

fn photo_step(ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    set_ask(ctx, campaign.id, Ask::Photo);
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("camp-ask-photo"));
    let rows = vec![vec![Button::new(
        Text::key("camp-btn-skip"),
        CampButton::Next { campaign: campaign.id, step: Next::Photo }.encode(),
    )]];
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

fn link_step(ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    set_ask(ctx, campaign.id, Ask::Link);
    let mut lines: Vec<Text> = headline.into_iter().collect();
    lines.push(Text::key("camp-ask-link"));
    let rows = vec![vec![Button::new(
        Text::key("camp-btn-skip"),
        CampButton::Next { campaign: campaign.id, step: Next::Link }.encode(),
    )]];
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

fn code_step(ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    set_ask(ctx, campaign.id, Ask::Code);
    let button = |key: &'static str, choice| {
        Button::new(Text::key(key), CampButton::Code { campaign: campaign.id, choice }.encode())
    };
    let rows = vec![
        vec![button("camp-btn-code-none", CodeChoice::None), button("camp-btn-code-shared", CodeChoice::Shared)],
        vec![button("camp-btn-code-unique", CodeChoice::Unique), button("camp-btn-code-percent", CodeChoice::Percent)],
    ];
    let lines: Vec<Text> = headline.into_iter().chain([Text::key("camp-ask-code")]).collect();
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

fn followup_step(ctx: &mut Ctx, campaign: &Campaign, headline: Option<Text>) -> Out {
    set_ask(ctx, campaign.id, Ask::Followup);
    let rows = vec![vec![
        Button::new(Text::key("camp-btn-followup"), CampButton::AddFollowup(campaign.id).encode()),
        Button::new(
            Text::key("camp-btn-skip"),
            CampButton::Next { campaign: campaign.id, step: Next::Followup }.encode(),
        ),
    ]];
    let lines: Vec<Text> = headline.into_iter().chain([Text::key("camp-ask-followup")]).collect();
    Ok(vec![ctx.reply(Text::Lines(lines)).buttons(rows)])
}

/// A "skip" or "next" button.
pub async fn next(engine: &Engine, ctx: &mut Ctx, id: i64, step: Next) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    match step {
        Next::Languages => photo_step(ctx, &campaign, None),
        Next::Photo => link_step(ctx, &campaign, None),
        Next::Link => code_step(ctx, &campaign, None),
        Next::Followup => summary(engine, ctx, &campaign, None).await,
    }
}

pub async fn code(engine: &Engine, ctx: &mut Ctx, id: i64, choice: CodeChoice) -> Out {
    let mut campaign = draft(engine, ctx, id).await?;
    match choice {
        CodeChoice::None | CodeChoice::Unique => {
            campaign.code_kind = if choice == CodeChoice::None { "none" } else { "unique" }.into();
            campaign.code_value = None;
            save(engine, &campaign).await?;
            followup_step(ctx, &campaign, None)
        }
        CodeChoice::Shared => {
            set_ask(ctx, campaign.id, Ask::SharedCode);
            Ok(vec![ctx.reply(Text::key("camp-ask-shared-code"))])
        }
        CodeChoice::Percent => {
            set_ask(ctx, campaign.id, Ask::Percent);
            Ok(vec![ctx.reply(Text::key("camp-ask-percent"))])
        }
    }
}

pub async fn ask_followup(engine: &Engine, ctx: &mut Ctx, id: i64) -> Out {
    let campaign = draft(engine, ctx, id).await?;
    set_ask(ctx, campaign.id, Ask::FollowupText);
    Ok(vec![ctx.reply(Text::key("camp-ask-followup-text"))])
}

/// The picture: every text must then fit a caption.
pub async fn set_photo(engine: &Engine, ctx: &mut Ctx, id: i64, file_id: &str) -> Out {
    let mut campaign = draft(engine, ctx, id).await?;
    let follow = engine.store.followup_of(campaign.workspace_id, campaign.id).await?;
    for (lang, text) in texts(&campaign).into_iter().chain(follow.iter().flat_map(texts)) {
        if let Err(e) = validate::text(&text, true) {
            let which = Text::Concat(vec![
                Text::key("camp-err-caption-which"),
                Text::Raw(" ".into()),
                Text::key("lang-name").with("lang", lang),
            ]);
            return Err(Fail::User(Text::Lines(vec![e, which])));
        }
    }
    if let Some(mut follow) = follow {
        follow.photo_file_id = Some(file_id.to_string());
        save(engine, &follow).await?;
    }
    let at_summary = matches!(&ctx.session.state, State::Campaign(Step::Campaign { ask: Ask::Summary, .. }));
    campaign.photo_file_id = Some(file_id.to_string());
    save(engine, &campaign).await?;
    if at_summary {
        summary(engine, ctx, &campaign, Some(Text::key("camp-photo-saved"))).await
    } else {
        link_step(ctx, &campaign, Some(Text::key("camp-photo-saved")))
    }
}
