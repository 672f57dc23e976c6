//! The server secret: keys what must not be guessed from the database alone (the do-not-contact hash). It comes
//! from `POCKETCRM_SECRET` (or `--secret`); without one, it is generated on the first run and kept in a file
//! beside the database (`<database file>.secret`; `pocketcrm.secret` in the working directory for Postgres or an
//! in-memory database), created `0600`. It is never logged: `Debug` shows `[REDACTED]`.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rand::RngCore;
use secrecy::{ExposeSecret, SecretSlice, SecretString};

use crate::private_file;

/// Shorter than this, a secret can be guessed: refused rather than used.
pub const MIN_SECRET_LEN: usize = 16;

#[derive(Debug, Clone)]
pub struct ServerSecret(SecretSlice<u8>);

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("POCKETCRM_SECRET is too short: use at least {MIN_SECRET_LEN} characters (e.g. `openssl rand -hex 32`)")]
    TooShort,
    #[error("the secret file {0} is shorter than {MIN_SECRET_LEN} characters: restore it, or set POCKETCRM_SECRET")]
    DamagedFile(PathBuf),
    #[error("cannot read or create the secret file {0}")]
    File(PathBuf, #[source] io::Error),
}

/// Where the secret came from (for the one log line at start, which never shows the secret itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretOrigin {
    Configured,
    File(PathBuf),
    Generated(PathBuf),
}

impl ServerSecret {
    pub fn new(bytes: Vec<u8>) -> Result<Self, SecretError> {
        if bytes.len() < MIN_SECRET_LEN {
            return Err(SecretError::TooShort);
        }
        Ok(ServerSecret(SecretSlice::from(bytes)))
    }

    /// The fixed secret tests and benchmarks run with. Never used by a front end: they load one with `load`.
    pub fn for_tests() -> Self {
        ServerSecret(SecretSlice::from(b"pocketcrm-test-secret-not-for-production".to_vec()))
    }

    /// A secret that lives as long as this process: what an engine has until it is given the server's, so a front
    /// end that forgot `Engine::with_secret` keys nothing with a secret anybody knows (its keys merely do not
    /// outlive the process).
    pub fn ephemeral() -> Self {
        let mut raw = vec![0u8; 32];
        rand::rng().fill_bytes(&mut raw);
        ServerSecret(SecretSlice::from(raw))
    }

    pub fn expose(&self) -> &[u8] {
        self.0.expose_secret()
    }

    /// The configured secret, else the one in the file beside the database, else a new one written there.
    pub fn load(
        configured: Option<&SecretString>,
        database_url: &str,
    ) -> Result<(ServerSecret, SecretOrigin), SecretError> {
        if let Some(value) = configured {
            let secret = ServerSecret::new(value.expose_secret().trim().as_bytes().to_vec())?;
            return Ok((secret, SecretOrigin::Configured));
        }
        let path = secret_file(database_url);
        let fail = |e| SecretError::File(path.clone(), e);
        match private_file::create_or_tighten(&path).map_err(fail)? {
            Some(mut file) => {
                let mut raw = [0u8; 32];
                rand::rng().fill_bytes(&mut raw);
                let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
                file.write_all(format!("{hex}\n").as_bytes()).and_then(|()| file.sync_all()).map_err(fail)?;
                Ok((ServerSecret::new(hex.into_bytes())?, SecretOrigin::Generated(path)))
            }
            None => {
                let mut text = String::new();
                std::fs::File::open(&path).and_then(|mut f| f.read_to_string(&mut text)).map_err(fail)?;
                // A truncated file is not silently replaced: a new secret would un-forget every forgotten customer.
                let secret = ServerSecret::new(text.trim().as_bytes().to_vec())
                    .map_err(|_| SecretError::DamagedFile(path.clone()))?;
                Ok((secret, SecretOrigin::File(path)))
            }
        }
    }
}

/// `sqlite://data/crm.db` → `data/crm.db.secret`; anything without a file of its own → `pocketcrm.secret`.
pub fn secret_file(database_url: &str) -> PathBuf {
    let in_memory = database_url.contains(":memory:") || database_url.contains("mode=memory");
    if database_url.starts_with("sqlite:")
        && !in_memory
        && let Ok(options) = sqlx::sqlite::SqliteConnectOptions::from_str(database_url)
    {
        return private_file::sibling(options.get_filename(), ".secret");
    }
    Path::new("pocketcrm.secret").to_path_buf()
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn generated_once_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("crm.db").display());
        let (first, origin) = ServerSecret::load(None, &url).unwrap();
        let path = dir.path().join("crm.db.secret");
        assert_eq!(origin, SecretOrigin::Generated(path.clone()));
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let (again, origin) = ServerSecret::load(None, &url).unwrap();
        assert_eq!(origin, SecretOrigin::File(path.clone()));
        assert_eq!(first.expose(), again.expose());

        std::fs::write(&path, "short\n").unwrap();
        assert!(matches!(ServerSecret::load(None, &url), Err(SecretError::DamagedFile(_))));
    }

    #[test]
    fn a_configured_secret_wins_and_must_be_long_enough() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("crm.db").display());
        let configured = SecretString::from("a configured secret of some length");
        let (secret, origin) = ServerSecret::load(Some(&configured), &url).unwrap();
        assert_eq!((secret.expose(), origin), (&b"a configured secret of some length"[..], SecretOrigin::Configured));
        assert!(!dir.path().join("crm.db.secret").exists(), "no file when one is configured");
        assert!(matches!(ServerSecret::load(Some(&SecretString::from("short")), &url), Err(SecretError::TooShort)));
    }

    #[test]
    fn never_shown_in_debug() {
        let secret = ServerSecret::new(b"do-not-print-this-secret".to_vec()).unwrap();
        assert!(!format!("{secret:?}").contains("do-not-print"));
    }

    #[test]
    fn where_the_file_goes() {
        assert_eq!(secret_file("sqlite://data/crm.db"), PathBuf::from("data/crm.db.secret"));
        assert_eq!(secret_file("sqlite::memory:"), PathBuf::from("pocketcrm.secret"));
        assert_eq!(secret_file("postgres://u@h/db"), PathBuf::from("pocketcrm.secret"));
    }
}
