//! Numbers on demand: pipeline aggregates, meeting statistics, targets, lead sources and their costs.
//! The trait is the API; `impl_report_store!` implements it for both backends (invoked in sqlite.rs and postgres.rs).

use async_trait::async_trait;

#[async_trait]
pub trait ReportStore: Send + Sync {}

/// Expands to `impl ReportStore for $store` over `self.pool: sqlx::Pool<$db>`.
macro_rules! impl_report_store {
    (store = $store:ty, db = $db:ty $(,)?) => {
        #[async_trait::async_trait]
        impl $crate::store::ReportStore for $store {}
    };
}
pub(crate) use impl_report_store;
