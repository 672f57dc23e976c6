//! Wires configuration, storage and a front end together; no rules live here.

use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use pocketcrm::config::{Cli, Command, RunArgs, redacted_url};
use pocketcrm::frontend::{console, telegram};
use pocketcrm::secret::{SecretOrigin, ServerSecret};
use pocketcrm::store;
use secrecy::SecretString;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let console_mode = matches!(cli.command, Some(Command::Console(_)));
    init_logs(console_mode);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pocketcrm: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logs(console_mode: bool) {
    // The console's stdout is the conversation: logs go to stderr and only warnings by default.
    let default = if console_mode { "warn" } else { "info" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| default.into());
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let store = store::connect(&cli.database_url)
        .await
        .with_context(|| format!("cannot open the database {}", redacted_url(&cli.database_url)))?;
    store.migrate().await.context("applying migrations")?;
    match cli.command {
        Some(Command::Migrate) => {
            println!("migrations applied to {}", redacted_url(&cli.database_url));
            Ok(())
        }
        Some(Command::Console(args)) => console::run(store, args, load_secret(cli.secret, &cli.database_url)?).await,
        Some(Command::Run(args)) => telegram::run(store, args, load_secret(cli.secret, &cli.database_url)?).await,
        None => telegram::run(store, RunArgs::from_env(), load_secret(cli.secret, &cli.database_url)?).await,
    }
}

/// The configured secret, or the one kept beside the database (made on the first run). Only where it came from
/// is logged, never the secret.
fn load_secret(configured: Option<SecretString>, database_url: &str) -> anyhow::Result<ServerSecret> {
    let (secret, origin) = ServerSecret::load(configured.as_ref(), database_url)?;
    match origin {
        SecretOrigin::Configured => tracing::info!("server secret: from POCKETCRM_SECRET"),
        SecretOrigin::File(path) => tracing::info!(file = %path.display(), "server secret: from its file"),
        SecretOrigin::Generated(path) => {
            tracing::warn!(file = %path.display(), "server secret: generated; back this file up with the database")
        }
    }
    Ok(secret)
}
