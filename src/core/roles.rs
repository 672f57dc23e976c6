//! Who may do what in a team. Every command and button goes through these checks; a client or deal that a
//! member may not see answers exactly as a missing one does.

use super::context::{Ctx, Fail};
use super::reply::Text;
use crate::store::Client;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Works their own clients and deals; sees the team's base read-only when the shared base is on.
    Manager,
    /// Sees and edits all the team's clients and deals; gets the digest.
    Lead,
    /// Everything: settings, members, stages.
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Lead => "lead",
            Role::Manager => "manager",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "owner" => Role::Owner,
            "lead" => Role::Lead,
            "manager" => Role::Manager,
            _ => return None,
        })
    }

    /// The Fluent key of the role's name.
    pub fn key(self) -> &'static str {
        match self {
            Role::Owner => "role-owner",
            Role::Lead => "role-lead",
            Role::Manager => "role-manager",
        }
    }
}

impl Ctx {
    /// Owners and leads see and edit everything in the team.
    pub fn sees_all(&self) -> bool {
        matches!(self.role, Some(Role::Owner | Role::Lead))
    }

    fn shared_base(&self) -> bool {
        self.team.as_ref().is_some_and(|t| t.shared_base)
    }

    pub fn can_see_owned_by(&self, owner_member_id: i64) -> bool {
        self.sees_all() || owner_member_id == self.member.id || self.shared_base()
    }

    pub fn can_edit_owned_by(&self, owner_member_id: i64) -> bool {
        self.sees_all() || owner_member_id == self.member.id
    }

    pub fn can_see(&self, client: &Client) -> bool {
        self.can_see_owned_by(client.owner_member_id)
    }

    pub fn can_edit(&self, client: &Client) -> bool {
        self.can_edit_owned_by(client.owner_member_id)
    }

    /// What `/find` is limited to: everything the member may see.
    pub fn visible_owner(&self) -> Option<i64> {
        if self.sees_all() || self.shared_base() { None } else { Some(self.member.id) }
    }

    /// Stop unless the member has one of the roles.
    #[allow(dead_code)] // until the team areas call it
    pub fn require(&self, allowed: &[Role]) -> Result<(), Fail> {
        match self.role {
            Some(role) if allowed.contains(&role) => Ok(()),
            Some(_) => Err(Fail::User(Text::key("err-role"))),
            None => Err(Fail::User(Text::key("err-no-workspace"))),
        }
    }
}
