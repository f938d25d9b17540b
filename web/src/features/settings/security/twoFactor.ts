// Two-step sign-in as the settings show it: whether it is on, the set-up secret written the
// way people copy it into an app, and the recovery codes as a file to keep.
import type { Session } from "../../../api/types";

/** The session as the API answers it; `totp_enabled` is newer than the shared type. */
export type SecuritySession = Session & { totp_enabled?: boolean };

/** What starting the set-up answers: the secret for the app, as text and as a link. */
export interface TotpSetup {
  secret: string;
  otpauth_url: string;
}

export function twoFactorOn(session: Session): boolean {
  return (session as SecuritySession).totp_enabled === true;
}

/** `XASAAJWDI3SH…` → `XASA AJWD I3SH …`: groups of four are easier to read and type. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, "").match(/.{1,4}/g) ?? []).join(" ");
}

export const RECOVERY_CODES_FILE = "relata-recovery-codes.txt";

/** The file of recovery codes: the heading lines (already translated), a blank line, one
 * code per line. */
export function recoveryCodesText(heading: string[], codes: string[]): string {
  return [...heading, "", ...codes, ""].join("\n");
}
