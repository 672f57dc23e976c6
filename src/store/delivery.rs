//! Campaign delivery: claiming rows before the send, recording after, sender heartbeats, tallies for progress and reports.
//! The trait is the API; `impl_delivery_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait DeliveryStore: Send + Sync {}

/// Expands to `impl DeliveryStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_delivery_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DeliveryStore for $store {}
    };
}
pub(crate) use impl_delivery_store;
