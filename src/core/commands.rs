//! Recognising a command in a message: `/add@PocketCrmBot Ivan` → (`add`, `Ivan`).

/// A command of the bot's menu and the Fluent keys that describe it.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub name: &'static str,
    /// The menu description (setMyCommands).
    pub description: &'static str,
    /// A one-line example for /help.
    pub example: &'static str,
}

/// The commands in menu order; every locale has each one's description and example.
pub const MENU: &[Command] = &[
    Command { name: "add", description: "cmd-add", example: "help-add" },
    Command { name: "find", description: "cmd-find", example: "help-find" },
    Command { name: "meet", description: "cmd-meet", example: "help-meet" },
    Command { name: "call", description: "cmd-call", example: "help-call" },
    Command { name: "note", description: "cmd-note", example: "help-note" },
    Command { name: "remind", description: "cmd-remind", example: "help-remind" },
    Command { name: "today", description: "cmd-today", example: "help-today" },
    Command { name: "week", description: "cmd-week", example: "help-week" },
    Command { name: "lang", description: "cmd-lang", example: "help-lang" },
    Command { name: "tz", description: "cmd-tz", example: "help-tz" },
    Command { name: "before", description: "cmd-before", example: "help-before" },
    Command { name: "cancel", description: "cmd-cancel", example: "help-cancel" },
    Command { name: "help", description: "cmd-help", example: "help-help" },
    Command { name: "start", description: "cmd-start", example: "help-start" },
    Command { name: "team", description: "cmd-team", example: "help-team" },
    Command { name: "invite", description: "cmd-invite", example: "help-invite" },
    Command { name: "invites", description: "cmd-invites", example: "help-invites" },
    Command { name: "teams", description: "cmd-teams", example: "help-teams" },
    Command { name: "assign", description: "cmd-assign", example: "help-assign" },
    Command { name: "deal", description: "cmd-deal", example: "help-deal" },
    Command { name: "deals", description: "cmd-deals", example: "help-deals" },
    Command { name: "stages", description: "cmd-stages", example: "help-stages" },
    Command { name: "pipeline", description: "cmd-pipeline", example: "help-pipeline" },
    Command { name: "stats", description: "cmd-stats", example: "help-stats" },
    Command { name: "when", description: "cmd-when", example: "help-when" },
    Command { name: "target", description: "cmd-target", example: "help-target" },
    Command { name: "source", description: "cmd-source", example: "help-source" },
    Command { name: "sources", description: "cmd-sources", example: "help-sources" },
    Command { name: "digest", description: "cmd-digest", example: "help-digest" },
    Command { name: "audit", description: "cmd-audit", example: "help-audit" },
    Command { name: "optin", description: "cmd-optin", example: "help-optin" },
    Command { name: "segment", description: "cmd-segment", example: "help-segment" },
    Command { name: "segments", description: "cmd-segments", example: "help-segments" },
    Command { name: "campaign", description: "cmd-campaign", example: "help-campaign" },
    Command { name: "campaigns", description: "cmd-campaigns", example: "help-campaigns" },
    Command { name: "redeem", description: "cmd-redeem", example: "help-redeem" },
    Command { name: "birthday", description: "cmd-birthday", example: "help-birthday" },
    Command { name: "promo", description: "cmd-promo", example: "help-promo" },
];

/// Split a message into a lower-cased command name and its arguments, if it is a command at all.
pub fn split_command(text: &str) -> Option<(String, &str)> {
    let text = text.trim_start();
    let body = text.strip_prefix('/')?;
    let end = body.find(char::is_whitespace).unwrap_or(body.len());
    let (head, rest) = body.split_at(end);
    // Telegram appends "@botname" in groups; the mention is not part of the command.
    let name = head.split('@').next().unwrap_or("");
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some((name.to_ascii_lowercase(), rest.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_split_from_their_arguments() {
        assert_eq!(split_command("/add Ivan Petrov"), Some(("add".into(), "Ivan Petrov")));
        assert_eq!(split_command("/ADD@PocketBot  Ivan "), Some(("add".into(), "Ivan")));
        assert_eq!(split_command("/today"), Some(("today".into(), "")));
        assert_eq!(split_command("hello"), None);
        assert_eq!(split_command("/"), None);
        assert_eq!(split_command("/путь x"), None);
    }
}
