//! Files only the server's own user may read: the SQLite database (with its `-wal` and `-shm`) and the generated
//! server secret. Created `0600`; an existing file that is looser is tightened, with one log line.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The mode of every file this module makes or tightens.
pub const PRIVATE_MODE: u32 = 0o600;

/// Create `path` empty with mode `0600` if it is missing (so nothing else can open it in between), or tighten it
/// if it exists. Returns the file when this call created it.
pub fn create_or_tighten(path: &Path) -> io::Result<Option<File>> {
    match OpenOptions::new().write(true).create_new(true).mode(PRIVATE_MODE).open(path) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            tighten(path)?;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Take away the group's and others' access to an existing file; a missing file is fine. True if it was looser.
pub fn tighten(path: &Path) -> io::Result<bool> {
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 == 0 {
        return Ok(false);
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))?;
    tracing::warn!(file = %path.display(), was = format!("{mode:o}"), now = format!("{:o}", mode & 0o700),
        "a data file was readable by other users; tightened");
    Ok(true)
}

/// The SQLite database and the files SQLite keeps beside it. SQLite gives a new `-wal` or `-shm` the mode of the
/// database file, so a `0600` database keeps them private too; ones left from before are tightened here.
pub fn prepare_sqlite(db: &Path) -> io::Result<()> {
    create_or_tighten(db)?;
    for suffix in ["-wal", "-shm", "-journal"] {
        tighten(&sibling(db, suffix))?;
    }
    Ok(())
}

/// `pocketcrm.db` + `-wal` → `pocketcrm.db-wal`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_file_is_private_and_a_loose_one_is_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("fresh.db");
        assert!(create_or_tighten(&fresh).unwrap().is_some());
        assert_eq!(mode(&fresh), 0o600);

        let loose = dir.path().join("loose.db");
        std::fs::write(&loose, b"x").unwrap();
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(create_or_tighten(&loose).unwrap().is_none(), "an existing file is not recreated");
        assert_eq!(mode(&loose), 0o600);
        assert_eq!(std::fs::read(&loose).unwrap(), b"x", "its content stays");
        assert!(!tighten(&loose).unwrap(), "already private: nothing to do");
        assert!(!tighten(&dir.path().join("missing")).unwrap());
    }
}
