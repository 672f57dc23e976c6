//! The real binary, `pocketcrm run`, against this fake: for tests and benchmarks that kill it, restart it or
//! measure it as a process.

use std::path::Path;
use std::process::{Child, Command, Stdio};

use super::FakeBotApi;

/// The bot process; killed when dropped, so a failing test leaves none behind.
pub struct BotProcess(pub Child);

impl BotProcess {
    /// SIGKILL, as a crash or `kill -9` would.
    pub fn kill(&mut self) -> std::io::Result<()> {
        self.0.kill()?;
        self.0.wait().map(|_| ())
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Start `pocketcrm run` over the fake and the database `url`, its log appended to `log`, with `env` on top of what
/// every run needs (the token, the fake's URL, a fixed server secret so no secret file is left behind).
pub fn spawn_bot(fake: &FakeBotApi, url: &str, log: &Path, env: &[(&str, &str)]) -> std::io::Result<BotProcess> {
    let log = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
    Command::new(env!("CARGO_BIN_EXE_pocketcrm"))
        .arg("run")
        .env("TELOXIDE_TOKEN", super::TOKEN)
        .env("TELOXIDE_API_URL", fake.url())
        .env("DATABASE_URL", url)
        .env("POCKETCRM_SECRET", "bot-process-secret-not-for-production")
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map(BotProcess)
}
