//! What a member did, as the core sees it: no Telegram types.

/// Who acts. `user_id` is the Telegram user id (the console picks one).
#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub user_id: i64,
    pub display_name: String,
    /// Telegram's `language_code`, a first guess of the member's language.
    pub language_code: Option<String>,
    /// Where they said it.
    pub chat: Chat,
}

/// A private chat with the bot, or a group the bot was added to (where it answers team members only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Chat {
    #[default]
    Private,
    Group(i64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A text message (commands included).
    Text(String),
    /// A press on an inline button, with its payload.
    Button(String),
    /// A shared phone contact; `own` when it is the sender's own (Telegram's `request_contact` button: verified).
    Contact { phone: String, first_name: String, last_name: Option<String>, own: bool },
    /// A photo (Telegram's `file_id` of its largest size) with its caption, if any.
    Photo { file_id: String, caption: Option<String> },
}
