//! `/redeem CODE` (any member of the team): a personal code names its customer; a shared code needs one, the
//! client in focus or `/redeem CODE Ivan Petrov`. A code counts once per customer; a second try says when and by
//! whom it was redeemed and changes nothing.

use super::validate::normalize_code;
use super::{client_by_name, focused_client};
use crate::core::Engine;
use crate::core::audit::{self, Action, On};
use crate::core::context::{Ctx, Fail, Out};
use crate::core::reply::{Arg, Text, TimeStyle};
use crate::store::Redeemed;

pub async fn redeem(engine: &Engine, ctx: &mut Ctx, args: &str) -> Out {
    let ws = ctx.workspace()?;
    let args = args.trim();
    let (code, name) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let code = normalize_code(code);
    if code.is_empty() {
        return Err(Fail::User(Text::key("camp-err-redeem-usage")));
    }
    let client = match name.trim() {
        "" => focused_client(engine, ctx).await?,
        name => Some(client_by_name(engine, ctx, name).await?),
    };
    let outcome = engine.store.redeem_code(ws, &code, client.as_ref().map(|c| c.id), ctx.member.id, ctx.now).await?;
    match outcome {
        Redeemed::Done { client_id, campaign_id } => {
            audit::record(engine, ctx, ws, Action::CodeRedeemed, campaign_id.map_or(On::Team, On::Campaign)).await;
            let who = match client_id {
                // A name the member may not see stays unsaid (a code can be redeemed by anyone at the counter).
                Some(id) => engine.store.get_client(ws, id).await?.filter(|c| ctx.can_see(c)).map(|c| c.name),
                None => None,
            };
            let campaign = match campaign_id {
                Some(id) => engine.store.get_campaign(ws, id).await?.map(|c| c.name).filter(|n| !n.is_empty()),
                None => None,
            };
            let mut lines = vec![Text::key("camp-redeemed").with("code", code)];
            if let Some(who) = who {
                lines.push(Text::key("camp-redeemed-client").with("name", who));
            }
            if let Some(campaign) = campaign {
                lines.push(Text::key("camp-redeemed-campaign").with("name", campaign));
            }
            Ok(vec![ctx.reply(Text::Lines(lines))])
        }
        Redeemed::Already { at, member_name } => Err(Fail::User(
            Text::key("camp-err-redeemed-before")
                .with("code", code)
                .with("when", Arg::time(at, ctx.tz, TimeStyle::DateTime))
                .with("member", member_name),
        )),
        Redeemed::NeedsClient { .. } => Err(Fail::User(Text::key("camp-err-redeem-who").with("code", code))),
        Redeemed::Unknown => Err(Fail::User(Text::key("camp-err-no-code").with("code", code))),
    }
}
