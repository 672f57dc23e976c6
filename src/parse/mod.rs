//! Parsers of what people type. Pure: no I/O, no Telegram, no database.

pub mod contact;
pub mod fold;
pub mod money;
pub mod tz;
pub mod when;
