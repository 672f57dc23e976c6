//! What the member who started a campaign sees: one progress message, edited every few seconds while it sends,
//! the final report when it is done, and one clear word if Telegram refuses its photo.

use super::Inner;
use crate::core::campaigns::report::{progress_text, report_text};
use crate::core::{Reply, Text};
use crate::scheduler::DeliveryError;
use crate::store::{CampaignTally, SendingCampaign, StoreError};

/// The campaign's name (when it has one) above its figures.
fn titled(campaign: &SendingCampaign, body: Text) -> Text {
    let name = campaign.campaign.name.trim();
    if name.is_empty() { body } else { Text::Lines(vec![Text::Raw(format!("📣 {name}")), body]) }
}

fn progress_reply(campaign: &SendingCampaign, tally: &CampaignTally, now: chrono::DateTime<chrono::Utc>) -> Reply {
    Reply::new(&campaign.creator_lang, titled(campaign, progress_text(tally, now)))
}

/// This round's edit of the progress message, if this instance claims the round (the first round posts it).
pub(super) async fn round(w: &Inner, campaign: &SendingCampaign) -> Result<(), StoreError> {
    let c = &campaign.campaign;
    let now = w.now();
    if !w.store().claim_progress_round(c.id, now, now - w.config.progress_every).await? {
        return Ok(());
    }
    let tally = w.store().campaign_tally(c.id).await?;
    let reply = progress_reply(campaign, &tally, now);
    match c.progress_message_id {
        None => {
            if !w.store().claim_progress_post(c.id, campaign.creator_tg).await? {
                return Ok(());
            }
            match w.notifier.post(campaign.creator_tg, &reply).await {
                Ok(message_id) => w.store().set_progress_message(c.id, Some(message_id)).await?,
                Err(DeliveryError::Transient(e)) => {
                    // Posted at a later round instead.
                    tracing::warn!(error = %e, campaign = c.id, "posting a campaign's progress failed");
                    w.store().set_progress_message(c.id, None).await?;
                }
                // The sender blocked the bot: no progress message this time (0: none to edit), nor a retry each round.
                Err(DeliveryError::Permanent(e)) => {
                    tracing::warn!(error = %e, campaign = c.id, "the campaign's sender cannot be written to");
                }
            }
        }
        // 0: being posted by another instance, or the front end cannot edit what it posts.
        Some(0) => {}
        Some(message_id) => edit(w, campaign, message_id, &reply).await,
    }
    Ok(())
}

async fn edit(w: &Inner, campaign: &SendingCampaign, message_id: i64, reply: &Reply) {
    if let Err(e) = w.notifier.edit(campaign.creator_tg, message_id, reply).await {
        // The next round edits again; a message the member deleted just stays unedited.
        tracing::debug!(error = ?e, campaign = campaign.campaign.id, "editing a campaign's progress failed");
    }
}

/// The last edit, so the progress message does not stay at "almost done".
async fn last_edit(w: &Inner, campaign: &SendingCampaign, tally: &CampaignTally) -> Result<(), StoreError> {
    let id = campaign.campaign.id;
    // The campaign row read at the start of the round may predate the post.
    let current = w.store().get_campaign(campaign.campaign.workspace_id, id).await?;
    if let Some(message_id) = current.and_then(|c| c.progress_message_id).filter(|m| *m != 0) {
        edit(w, campaign, message_id, &progress_reply(campaign, tally, w.now())).await;
    }
    Ok(())
}

/// This instance moved the campaign to `done`: the report goes to its creator, once.
pub(super) async fn finished(w: &Inner, campaign: &SendingCampaign) -> Result<(), StoreError> {
    let tally = w.store().campaign_tally(campaign.campaign.id).await?;
    last_edit(w, campaign, &tally).await?;
    let text = Text::Lines(vec![Text::key("dlv-finished"), report_text(&tally)]);
    let reply = Reply::new(&campaign.creator_lang, titled(campaign, text));
    if let Err(e) = w.notifier.post(campaign.creator_tg, &reply).await {
        // Not retried: a second report would be worse than `/campaigns` showing the same figures.
        tracing::warn!(error = ?e, campaign = campaign.campaign.id, "sending a campaign's final report failed");
    }
    Ok(())
}

/// Telegram refused the campaign's photo: pause it (the first sender to see the refusal does) and say so once.
pub(super) async fn photo_refused(w: &Inner, campaign: &SendingCampaign) -> Result<(), StoreError> {
    let id = campaign.campaign.id;
    if !w.store().pause_refused_campaign(id, w.now()).await? {
        return Ok(());
    }
    let tally = w.store().campaign_tally(id).await?;
    last_edit(w, campaign, &tally).await?;
    let reply = Reply::new(&campaign.creator_lang, titled(campaign, Text::key("dlv-photo-refused")));
    if let Err(e) = w.notifier.post(campaign.creator_tg, &reply).await {
        tracing::warn!(error = ?e, campaign = id, "telling the sender about a refused photo failed");
    }
    Ok(())
}
