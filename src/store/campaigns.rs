//! Segments, campaigns, promo codes and redemptions, birthdays and follow-ups: everything a member composes.
//! The trait is the API; `impl_campaign_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait CampaignStore: Send + Sync {}

/// Expands to `impl CampaignStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_campaign_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::CampaignStore for $store {}
    };
}
pub(crate) use impl_campaign_store;
