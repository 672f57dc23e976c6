//! The jobs every running bot schedules besides reminders.

use std::sync::Arc;

use super::Job;

pub fn all() -> Vec<Arc<dyn Job>> {
    Vec::new()
}
