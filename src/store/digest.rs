//! The daily digest and stale alerts: what to send whom, claimed exactly once.
//! The trait is the API; `impl_digest_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait DigestStore: Send + Sync {}

/// Expands to `impl DigestStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_digest_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::DigestStore for $store {}
    };
}
pub(crate) use impl_digest_store;
