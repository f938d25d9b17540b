//! Account administration from the command line: the first owner, and passwords.

use std::io::BufRead;

use anyhow::{Context, bail};
use relata_server::auth::{hash_password, password_problem};
use relata_store::Store;

/// The demo owner's password, printed at start; a demo is for trying Relata on one machine.
pub const DEMO_PASSWORD: &str = "relata-demo";

/// The password from `RELATA_ADMIN_PASSWORD`, else one line of standard input.
fn read_password() -> anyhow::Result<String> {
    let password = match std::env::var("RELATA_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            eprintln!("password (at least 10 characters), then Enter:");
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    if let Some(problem) = password_problem(&password) {
        bail!("the password {problem}");
    }
    Ok(password)
}

async fn hash(password: String) -> anyhow::Result<String> {
    hash_password(password)
        .await
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e:?}"))
}

/// `relata admin create`: the first workspace and its owner, as the web app's set-up does.
pub async fn create(store: &Store, workspace: &str, email: &str, name: &str) -> anyhow::Result<()> {
    if store.first_workspace().await?.is_some() {
        bail!("Relata is already set up; use `relata admin set-password` to change a password");
    }
    let email =
        relata_domain::contact::parse_email(email).map_err(|m| anyhow::anyhow!("the email {m}"))?;
    let hash = hash(read_password()?).await?;
    store
        .create_workspace(workspace.trim(), &email, name.trim(), Some(&hash))
        .await
        .context("cannot create the workspace")?;
    println!(
        "workspace \"{}\" created; sign in as {email}",
        workspace.trim()
    );
    Ok(())
}

/// `relata admin set-password`: sets a user's password and ends their sessions.
pub async fn set_password(store: &Store, email: &str) -> anyhow::Result<()> {
    let Some(credentials) = store.credentials(email).await? else {
        bail!("there is no member with the email {email}");
    };
    let hash = hash(read_password()?).await?;
    store.set_password_hash(credentials.user_id, &hash).await?;
    println!("password changed for {email}; their sessions were ended");
    Ok(())
}

/// How long a reset link works.
const RESET_LIFETIME: time::Duration = time::Duration::hours(1);

/// `relata admin reset-password`: prints a one-time link (valid for an hour) with which the
/// user sets a new password, until Relata sends email.
pub async fn reset_password(store: &Store, email: &str) -> anyhow::Result<()> {
    let Some(credentials) = store.credentials(email).await? else {
        bail!("there is no member with the email {email}");
    };
    let token = relata_server::auth::new_token();
    let expires_at = relata_domain::timestamp::now() + RESET_LIFETIME;
    store
        .create_password_reset(
            credentials.user_id,
            &relata_server::auth::token_id(&token),
            expires_at,
        )
        .await?;
    println!("send this link to {email}; it works once, for an hour:");
    println!("  <Relata's address>/reset-password/{token}");
    Ok(())
}

/// Gives the demo workspace's owner the demo password if they have none, and says how to
/// sign in.
pub async fn ensure_demo_sign_in(store: &Store) -> anyhow::Result<()> {
    let Some(workspace) = store.first_workspace().await? else {
        return Ok(());
    };
    let owner = store.owner(workspace.id).await?;
    let credentials = store.credentials(&owner.email).await?;
    if credentials
        .as_ref()
        .is_some_and(|c| c.password_hash.is_none())
    {
        let hash = hash(DEMO_PASSWORD.to_owned()).await?;
        store.set_password_hash(owner.user_id, &hash).await?;
        println!(
            "demo sign-in: {} with the password {DEMO_PASSWORD}",
            owner.email
        );
    }
    Ok(())
}

/// `relata audit verify`: recomputes every workspace's audit chain. Fails when an entry was
/// changed or removed; prints each chain's head hash, to be noted somewhere else so that a
/// cut-off tail can be noticed later too.
pub async fn verify_audit(store: &Store) -> anyhow::Result<()> {
    let mut broken = 0;
    for workspace in store.all_workspaces().await? {
        match store.verify_audit(workspace.id).await? {
            relata_store::AuditVerdict::Intact { entries, head } => {
                println!("{}: intact, {entries} entries, head {head}", workspace.name);
            }
            relata_store::AuditVerdict::Broken { seq, reason } => {
                println!("{}: BROKEN at entry {seq}: {reason}", workspace.name);
                broken += 1;
            }
        }
    }
    if broken > 0 {
        bail!("the audit log of {broken} workspace(s) was tampered with");
    }
    Ok(())
}
