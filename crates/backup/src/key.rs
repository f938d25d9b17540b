//! The keys of an archive: a passphrase, or age public keys to encrypt to and their private
//! keys to decrypt with (so the server that makes backups never holds what opens them).

use std::str::FromStr;

use age::secrecy::SecretString;

use crate::BackupError;

/// What an archive is encrypted to.
pub enum Lock {
    Passphrase(SecretString),
    Recipients(Vec<age::x25519::Recipient>),
}

/// What opens an archive.
pub enum Unlock {
    Passphrase(SecretString),
    Identities(Vec<age::x25519::Identity>),
}

impl Lock {
    pub fn passphrase(text: &str) -> Result<Lock, BackupError> {
        Ok(Lock::Passphrase(checked_passphrase(text)?))
    }

    /// Public keys (`age1…`), one per line or item; blank lines and `#` comments skipped.
    pub fn recipients<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<Lock, BackupError> {
        let recipients = meaningful(lines)
            .map(|line| {
                age::x25519::Recipient::from_str(line).map_err(|_| {
                    BackupError::Key(format!("\"{line}\" is not an age public key (age1…)"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if recipients.is_empty() {
            return Err(BackupError::Key("no age public key was given".into()));
        }
        Ok(Lock::Recipients(recipients))
    }

    pub(crate) fn encryptor(&self) -> Result<age::Encryptor, BackupError> {
        match self {
            Lock::Passphrase(passphrase) => {
                Ok(age::Encryptor::with_user_passphrase(passphrase.clone()))
            }
            Lock::Recipients(recipients) => {
                age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                    .map_err(|e| BackupError::Key(e.to_string()))
            }
        }
    }
}

impl Unlock {
    pub fn passphrase(text: &str) -> Result<Unlock, BackupError> {
        Ok(Unlock::Passphrase(checked_passphrase(text)?))
    }

    /// Private keys (`AGE-SECRET-KEY-1…`), as `age-keygen` writes them.
    pub fn identities<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<Unlock, BackupError> {
        let identities = meaningful(lines)
            .map(|line| {
                age::x25519::Identity::from_str(line).map_err(|_| {
                    BackupError::Key("a line of the key file is not an age private key".into())
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if identities.is_empty() {
            return Err(BackupError::Key(
                "the key file holds no age private key".into(),
            ));
        }
        Ok(Unlock::Identities(identities))
    }

    pub(crate) fn decrypt<R: std::io::Read>(
        &self,
        input: R,
    ) -> Result<age::stream::StreamReader<R>, BackupError> {
        let decryptor = age::Decryptor::new(input).map_err(opening_error)?;
        let result = match self {
            Unlock::Passphrase(passphrase) => {
                let identity = age::scrypt::Identity::new(passphrase.clone());
                decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
            }
            Unlock::Identities(identities) => {
                decryptor.decrypt(identities.iter().map(|i| i as &dyn age::Identity))
            }
        };
        result.map_err(opening_error)
    }
}

/// A new key pair for `relata backup --recipient`: the private and the public key.
pub fn new_key_pair() -> (String, String) {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public().to_string();
    (identity.to_string().expose_secret().to_owned(), public)
}

fn opening_error(error: age::DecryptError) -> BackupError {
    match error {
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => BackupError::WrongKey,
        age::DecryptError::Io(e) => BackupError::Damaged(e.to_string()),
        other => BackupError::Damaged(other.to_string()),
    }
}

fn checked_passphrase(text: &str) -> Result<SecretString, BackupError> {
    let text = text.trim_end_matches(['\n', '\r']);
    if text.chars().count() < 12 {
        return Err(BackupError::Key(
            "a backup passphrase must be at least 12 characters".into(),
        ));
    }
    Ok(SecretString::from(text.to_owned()))
}

fn meaningful<'a>(lines: impl IntoIterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    lines
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
