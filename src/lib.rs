//! Pocket CRM: a CRM that lives inside Telegram.
//!
//! `core` owns every rule and knows nothing of Telegram; `store` persists; `scheduler` delivers what is due;
//! `frontend` holds the two thin faces (Telegram and the console); `i18n` renders typed replies as text.

pub mod chart;
pub mod config;
pub mod core;
pub mod frontend;
pub mod i18n;
pub mod parse;
pub mod private_file;
pub mod scheduler;
pub mod secret;
pub mod store;
