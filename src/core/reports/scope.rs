//! Whose numbers a report shows. Owners and leads see the team's, or one member's with `@Name`; a manager sees
//! their own only: the shared base lets colleagues see clients, not each other's results.

use super::words;
use crate::core::Engine;
use crate::core::context::{Ctx, Fail};
use crate::core::reply::Text;
use crate::parse::fold::fold;
use crate::store::RepMember;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// `None`: the whole team.
    pub owner: Option<i64>,
    pub member_name: Option<String>,
}

impl Scope {
    pub fn who(&self) -> Text {
        words::who_text(self.member_name.as_deref())
    }
}

/// The scope a command asks for (`@Name` anywhere in `args`) and the rest of the arguments.
pub async fn from_args(engine: &Engine, ctx: &Ctx, args: &str) -> Result<(Scope, String), Fail> {
    let (member, rest) = mention(engine, ctx, args).await?;
    Ok((scope_for(ctx, member)?, rest))
}

/// The scope for a member id from a button: a member of this team, else the button is stale.
pub async fn from_button(engine: &Engine, ctx: &Ctx, member_id: Option<i64>) -> Result<Scope, Fail> {
    let member = match member_id {
        None => None,
        Some(id) => {
            let ws = ctx.workspace()?;
            let members = engine.store.report_members(ws).await?;
            Some(members.into_iter().find(|m| m.member_id == id).ok_or(Fail::User(Text::key("err-stale-button")))?)
        }
    };
    scope_for(ctx, member)
}

/// What the member's role allows for the member they named (or nobody).
fn scope_for(ctx: &Ctx, member: Option<RepMember>) -> Result<Scope, Fail> {
    if ctx.sees_all() {
        return Ok(match member {
            Some(m) => Scope { owner: Some(m.member_id), member_name: Some(m.display_name) },
            None => Scope { owner: None, member_name: None },
        });
    }
    match member {
        Some(m) if m.member_id != ctx.member.id => Err(Fail::User(Text::key("rep-err-own-only"))),
        _ => Ok(Scope { owner: Some(ctx.member.id), member_name: Some(ctx.member.display_name.clone()) }),
    }
}

/// The team member an `@Name` in `args` names (by the start of their display name) and the arguments without it.
/// Names may hold spaces, so the longest run of words after `@` that names exactly one member wins.
pub async fn mention(engine: &Engine, ctx: &Ctx, args: &str) -> Result<(Option<RepMember>, String), Fail> {
    let words: Vec<&str> = args.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| w.starts_with('@')) else {
        return Ok((None, args.trim().to_string()));
    };
    let mut after: Vec<&str> = words[at..].to_vec();
    after[0] = &after[0][1..];
    let typed = after.first().copied().unwrap_or_default();
    if typed.is_empty() {
        return Err(Fail::User(Text::key("rep-err-nobody").with("name", "")));
    }
    let members = engine.store.report_members(ctx.workspace()?).await?;
    for k in (1..=after.len()).rev() {
        let wanted = fold(&after[..k].join(" "));
        let found: Vec<&RepMember> = members.iter().filter(|m| fold(&m.display_name).starts_with(&wanted)).collect();
        let exact = found.iter().find(|m| fold(&m.display_name) == wanted);
        let pick = match (found.len(), exact) {
            (0, _) => continue,
            (1, _) => found[0],
            (_, Some(m)) => m,
            _ => {
                let names: Vec<String> = found.iter().map(|m| m.display_name.clone()).collect();
                return Err(Fail::User(
                    Text::key("rep-err-several-members")
                        .with("name", after[..k].join(" "))
                        .with("names", names.join(", ")),
                ));
            }
        };
        let rest: Vec<&str> = words[..at].iter().chain(after[k..].iter()).copied().collect();
        return Ok((Some(pick.clone()), rest.join(" ")));
    }
    Err(Fail::User(Text::key("rep-err-nobody").with("name", typed.to_string())))
}
