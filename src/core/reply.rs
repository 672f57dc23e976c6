//! What the core answers: typed text and buttons. Text is rendered by Fluent at the edge, so logic never
//! holds a user-facing string of its own.

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

/// A Fluent argument: strings stay strings, numbers stay numbers (so plural selection works).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// A moment shown in the recipient's zone and date format (formatting is the locale's business).
    Time {
        at: DateTime<Utc>,
        tz: Tz,
        style: TimeStyle,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeStyle {
    /// Weekday, date and time: "Tue 24 Nov, 10:00".
    DateTime,
    /// Weekday and date: "Tue 24 Nov".
    Date,
    /// Time of day only: "10:00".
    Time,
    /// Weekday, date, year and time: "Wed 16 Jun 2027, 09:00". `DateTime` becomes this for a moment in another
    /// year than now (see `Reply::show_years`); nobody picks it directly.
    DateTimeYear,
}

impl Arg {
    pub fn time(at: DateTime<Utc>, tz: Tz, style: TimeStyle) -> Self {
        Arg::Time { at, tz, style }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

/// One piece of text: a Fluent message, the user's own words, or several pieces on separate lines.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Msg {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// The members' own data (a client's name, a note) — shown as typed, never translated.
    Raw(String),
    Lines(Vec<Text>),
    /// Pieces written one after another on the same line.
    Concat(Vec<Text>),
}

impl Text {
    pub fn key(key: &'static str) -> Self {
        Text::Msg { key, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// Moments in another year than `now` (both in the moment's own zone) show their year: "Tue 24 Nov, 10:00"
    /// is this year's, anything else must say which year it is. `Date` already shows the year, `Time` goes with a
    /// date said elsewhere.
    pub fn show_years(&mut self, now: DateTime<Utc>) {
        match self {
            Text::Msg { args, .. } => {
                for (_, arg) in args.iter_mut() {
                    if let Arg::Time { at, tz, style } = arg
                        && *style == TimeStyle::DateTime
                        && at.with_timezone(tz).year() != now.with_timezone(tz).year()
                    {
                        *style = TimeStyle::DateTimeYear;
                    }
                }
            }
            Text::Raw(_) => {}
            Text::Lines(parts) | Text::Concat(parts) => parts.iter_mut().for_each(|p| p.show_years(now)),
        }
    }

    /// Every message key this text uses, for checks and tests.
    pub fn keys(&self) -> Vec<&'static str> {
        match self {
            Text::Msg { key, .. } => vec![key],
            Text::Raw(_) => vec![],
            Text::Lines(parts) | Text::Concat(parts) => parts.iter().flat_map(Text::keys).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: Text,
    /// Callback payload; at most 64 bytes (Telegram's limit), never user text. For a link button, the URL.
    pub data: String,
    /// A link button opens this URL instead of pressing back to the bot (so its press cannot be counted).
    pub url: Option<String>,
}

impl Button {
    pub fn new(label: Text, data: impl Into<String>) -> Self {
        let data = data.into();
        debug_assert!(data.len() <= 64, "callback data over 64 bytes: {data}");
        Button { label, data, url: None }
    }

    /// A button that opens a web page (http or https).
    pub fn link(label: Text, url: impl Into<String>) -> Self {
        let url = url.into();
        Button { label, data: url.clone(), url: Some(url) }
    }

    pub fn is_link(&self) -> bool {
        self.url.is_some()
    }
}

/// Which command menu the recipient's chat should show: customers never see the CRM's commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    Member,
    Customer,
}

/// How a reply reaches the member's phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keyboard {
    /// No extra keyboard.
    #[default]
    None,
    /// A one-time reply keyboard with a button that shares the member's phone contact.
    ShareContact,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The locale to render in (the recipient's).
    pub lang: String,
    pub text: Text,
    /// Rows of inline buttons.
    pub buttons: Vec<Vec<Button>>,
    pub keyboard: Keyboard,
    /// A picture sent before the text (a chart); the console saves it to a file.
    pub photo: Option<Photo>,
    /// Another member to tell (their Telegram user id), e.g. the owner when a colleague joins; `None` answers the
    /// one who acted, in the chat they acted in.
    pub to: Option<i64>,
    /// A photo Telegram already holds (its `file_id`), sent with the text as its caption (≤ 1024 characters).
    pub photo_id: Option<String>,
    /// Set the recipient's chat menu to this one (per-chat `setMyCommands`).
    pub menu: Option<Menu>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// PNG bytes.
    pub png: Vec<u8>,
    /// A file name for it, e.g. "pipeline.png".
    pub name: String,
}

impl Reply {
    pub fn new(lang: &str, text: Text) -> Self {
        Reply {
            lang: lang.to_string(),
            text,
            buttons: Vec::new(),
            keyboard: Keyboard::None,
            photo: None,
            to: None,
            photo_id: None,
            menu: None,
        }
    }

    pub fn buttons(mut self, rows: Vec<Vec<Button>>) -> Self {
        self.buttons = rows;
        self
    }

    /// Send this reply to another member's private chat instead.
    pub fn to(mut self, tg_user_id: i64) -> Self {
        self.to = Some(tg_user_id);
        self
    }

    /// Dates in another year than `now` show their year, in the text and on the buttons (see `Text::show_years`).
    /// The core applies this to everything it answers or sends.
    pub fn show_years(mut self, now: DateTime<Utc>) -> Self {
        self.text.show_years(now);
        self.buttons.iter_mut().flatten().for_each(|b| b.label.show_years(now));
        self
    }

    pub fn photo(mut self, png: Vec<u8>, name: &str) -> Self {
        self.photo = Some(Photo { png, name: name.to_string() });
        self
    }
}
