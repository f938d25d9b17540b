// Signing in in one or two steps: the password, then (for an account with two-step sign-in)
// a code from the authenticator app or one of the recovery codes. What the API answers and
// what the forms send, tidied the way people type codes.
import { ApiProblem } from "../../api/client";
import type { Session } from "../../api/types";

export interface Credentials {
  email: string;
  password: string;
}

/** The password was right, and the account asks for a second step. */
export interface TwoFactorChallenge {
  signed_in: false;
  totp_required: true;
  /** Names the half-done sign-in in the second step; good for five minutes and five tries. */
  challenge: string;
}

export type SignInAnswer = (Session & { signed_in?: true }) | TwoFactorChallenge;

export function needsSecondFactor(answer: SignInAnswer): answer is TwoFactorChallenge {
  return "totp_required" in answer && answer.totp_required;
}

export type SecondFactor = { code: string } | { recovery_code: string };

export const TOTP_DIGITS = 6;

/** The digits of a code as typed or pasted (`123 456`, `123-456`), at most six. */
export function normalizeTotpCode(text: string): string {
  return text.replace(/\D/g, "").slice(0, TOTP_DIGITS);
}

export function isCompleteTotpCode(code: string): boolean {
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code);
}

/** Recovery codes look like `k3f9-x2qa`; people type them in capitals, with spaces or
 * without the dash, and the server compares them exactly (after lower-casing). */
export function normalizeRecoveryCode(text: string): string {
  const bare = text.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (bare.length === 8) return `${bare.slice(0, 4)}-${bare.slice(4)}`;
  return text.trim().toLowerCase();
}

/** What the second step sends for the code typed, in the mode chosen. */
export function secondFactorBody(challenge: string, mode: "code" | "recovery", text: string) {
  return mode === "code"
    ? { challenge, code: normalizeTotpCode(text) }
    : { challenge, recovery_code: normalizeRecoveryCode(text) };
}

/**
  * After too many failures the API answers 429 with `Retry-After`: how long to wait, or
 * a minute if the header is missing. `null` for any other error.
 */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiProblem) || error.status !== 429) return null;
  return error.retryAfter && error.retryAfter > 0 ? Math.ceil(error.retryAfter) : 60;
}
