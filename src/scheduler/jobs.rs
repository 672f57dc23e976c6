//! The jobs every running bot schedules besides reminders.

use std::sync::Arc;

use super::{AuditPruneJob, DigestJob, Job, StaleJob};

pub fn all() -> Vec<Arc<dyn Job>> {
    vec![
        Arc::new(DigestJob),
        Arc::new(StaleJob),
        Arc::new(super::campaign_start::CampaignStartJob::default()),
        Arc::new(AuditPruneJob::default()),
    ]
}
