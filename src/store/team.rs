//! Teams: memberships, roles, invites, removing a member and handing over their work.
//! The trait is the API; `impl_team_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait TeamStore: Send + Sync {}

/// Expands to `impl TeamStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_team_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::TeamStore for $store {}
    };
}
pub(crate) use impl_team_store;
