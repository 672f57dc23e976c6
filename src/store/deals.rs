//! Deals and the pipeline: stages (team data, named per language), deals, their history.
//! The trait is the API; `impl_deal_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait DealStore: Send + Sync {}

/// Expands to `impl DealStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_deal_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DealStore for $store {}
    };
}
pub(crate) use impl_deal_store;
