//! The two thin faces of the same core: Telegram and the terminal.

pub mod console;
pub mod telegram;
