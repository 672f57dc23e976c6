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

/// Text as every store can hold it. Postgres `text` refuses U+0000 (error 22021) while SQLite keeps it, so one NUL
/// in a name or a customer's message failed on one database only. Rust strings are valid UTF-8 (no lone
/// surrogates), so NUL is the one character to drop; everything else the person wrote stays as written.
pub fn storable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\0') { text.replace('\0', "").into() } else { text.into() }
}

fn storable_owned(text: String) -> String {
    match storable(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(clean) => clean,
    }
}

impl Actor {
    /// The actor with names fit for storage (see `storable`).
    pub fn storable(&self) -> Actor {
        Actor {
            display_name: storable_owned(self.display_name.clone()),
            language_code: self.language_code.clone().map(storable_owned),
            ..self.clone()
        }
    }
}

impl Event {
    /// The event with every piece of text in it fit for storage (see `storable`): typed text, button data,
    /// contact names and phone, photo id and caption. The core applies this once, where every event enters it.
    pub fn storable(self) -> Event {
        match self {
            Event::Text(text) => Event::Text(storable_owned(text)),
            Event::Button(data) => Event::Button(storable_owned(data)),
            Event::Contact { phone, first_name, last_name, own } => Event::Contact {
                phone: storable_owned(phone),
                first_name: storable_owned(first_name),
                last_name: last_name.map(storable_owned),
                own,
            },
            Event::Photo { file_id, caption } => {
                Event::Photo { file_id: storable_owned(file_id), caption: caption.map(storable_owned) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_dropped_from_every_piece_of_text_and_nothing_else_changes() {
        let event = Event::Contact {
            phone: "+7\0999".into(),
            first_name: "Iv\0an".into(),
            last_name: Some("\0Пет\u{200F}ров\0".into()),
            own: false,
        };
        let want = Event::Contact {
            phone: "+7999".into(),
            first_name: "Ivan".into(),
            last_name: Some("Пет\u{200F}ров".into()),
            own: false,
        };
        assert_eq!(event.storable(), want);
        let photo = Event::Photo { file_id: "AgAD\0".into(), caption: Some("a\0b".into()) };
        assert_eq!(photo.storable(), Event::Photo { file_id: "AgAD".into(), caption: Some("ab".into()) });
        assert_eq!(Event::Button("c:1\0".into()).storable(), Event::Button("c:1".into()));
        assert_eq!(Event::Text("e\u{301} ۱۲ 🙂\t".into()).storable(), Event::Text("e\u{301} ۱۲ 🙂\t".into()));
        let actor = Actor {
            user_id: 1,
            display_name: "\0Anna\0".into(),
            language_code: Some("r\0u".into()),
            chat: Chat::Private,
        };
        let clean = actor.storable();
        assert_eq!((clean.display_name.as_str(), clean.language_code.as_deref()), ("Anna", Some("ru")));
    }
}
