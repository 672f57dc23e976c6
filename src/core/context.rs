//! Who is acting, in which language and zone, and what they were in the middle of.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::reply::{Reply, Text};
use super::roles::Role;
use super::session::Session;
use crate::store::{Member, StoreError, Workspace};

pub struct Ctx {
    pub member: Member,
    /// The team the member works in now, and their role there; `None` before /start or once removed.
    pub team: Option<Workspace>,
    pub role: Option<Role>,
    pub lang: String,
    pub tz: Tz,
    pub session: Session,
    pub now: DateTime<Utc>,
}

impl Ctx {
    pub fn reply(&self, text: Text) -> Reply {
        Reply::new(&self.lang, text)
    }

    /// The member's team, or the "send /start first" explanation.
    pub fn workspace(&self) -> Result<i64, Fail> {
        match (&self.team, self.role) {
            (Some(team), Some(_)) => Ok(team.id),
            _ => Err(Fail::User(Text::key("err-no-workspace"))),
        }
    }
}

/// Why a handler stopped: something the member can fix (explained to them), or our own failure (logged,
/// and the member is told nothing was saved).
#[derive(Debug)]
pub enum Fail {
    User(Text),
    Store(StoreError),
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Self {
        Fail::Store(e)
    }
}

pub type Out = Result<Vec<Reply>, Fail>;

/// A user-facing error: the explanation key plus the example key of the command it concerns.
pub fn user_err(key: &'static str) -> Fail {
    Fail::User(Text::key(key))
}
