//! Command line and environment: one place for every setting, flags and env vars alike.

use clap::{Args, Parser, Subcommand};
use secrecy::SecretString;

#[derive(Debug, Parser)]
#[command(name = "pocketcrm", version, about = "Pocket CRM: a CRM that lives inside Telegram")]
pub struct Cli {
    /// Where the data lives: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://pocketcrm.db", global = true, hide_env_values = true)]
    pub database_url: String,

    /// The server secret that keys the do-not-contact hash (at least 16 characters). Without one, it is generated
    /// on the first run and kept beside the database in `<database file>.secret` (mode 0600). Prefer the env var:
    /// a flag shows in the process list.
    #[arg(long, env = "POCKETCRM_SECRET", global = true, hide_env_values = true)]
    pub secret: Option<SecretString>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (long polling). The default when no subcommand is given.
    Run(RunArgs),
    /// The same bot in this terminal: one message per line, no token, no network.
    Console(ConsoleArgs),
    /// Apply database migrations and exit.
    Migrate,
}

#[derive(Debug, Args, Default)]
pub struct RunArgs {
    /// The bot token from @BotFather.
    #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true)]
    pub token: Option<SecretString>,
    /// Another Bot API server (self-hosted, or a local fake in tests).
    #[arg(long, env = "TELOXIDE_API_URL")]
    pub api_url: Option<String>,
}

#[derive(Debug, Args)]
pub struct ConsoleArgs {
    /// The Telegram user id to act as (pick any; each id is a separate member).
    #[arg(long, default_value_t = 1)]
    pub user_id: i64,
    /// The display name of that member.
    #[arg(long, default_value = "Console")]
    pub name: String,
    /// The language to speak: en, ru, es, hi, vi, fa or ta.
    #[arg(long)]
    pub lang: Option<String>,
}

/// The database URL without credentials, for logs.
pub fn redacted_url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
            format!("{scheme}://{host}")
        }
        None => "(unparsed url)".to_string(),
    }
}

impl RunArgs {
    /// The settings `pocketcrm` with no subcommand runs with: from the environment only.
    pub fn from_env() -> Self {
        RunArgs {
            token: std::env::var("TELOXIDE_TOKEN").ok().filter(|t| !t.is_empty()).map(SecretString::from),
            api_url: std::env::var("TELOXIDE_API_URL").ok().filter(|u| !u.is_empty()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_the_logs() {
        assert_eq!(redacted_url("postgres://bob:s3cret@db.local/crm"), "postgres://db.local/crm");
        assert_eq!(redacted_url("sqlite://pocketcrm.db"), "sqlite://pocketcrm.db");
    }
}
