//! Customers' side: opt-in links, subscriptions, consent records, do-not-contact, inbound messages.
//! The trait is the API; `impl_customer_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait CustomerStore: Send + Sync {}

/// Expands to `impl CustomerStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_customer_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::CustomerStore for $store {}
    };
}
pub(crate) use impl_customer_store;
