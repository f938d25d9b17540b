// API keys as the server lists them, and the rules the screen needs about them.
import dayjs from "dayjs";

export type KeyScope = "read" | "write";
export const KEY_SCOPES: readonly KeyScope[] = ["read", "write"];

export interface ApiKey {
  id: string;
  name: string;
  /** The key's first characters, to tell keys apart; the rest is never shown again. */
  prefix: string;
  scope: KeyScope;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A new key, with its secret: the only time it can be shown. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}

export interface ApiKeyInput {
  name: string;
  scope: KeyScope;
  expires_at?: string;
}

export type KeyStatus = "active" | "expired" | "revoked";

/** Revoked wins over expired: revoking was a decision, expiry only the calendar. */
export function keyStatus(key: Pick<ApiKey, "expires_at" | "revoked_at">, now: Date = new Date()): KeyStatus {
  if (key.revoked_at) return "revoked";
  if (key.expires_at && new Date(key.expires_at).getTime() <= now.getTime()) return "expired";
  return "active";
}

/** A key chosen to expire on a calendar day (`YYYY-MM-DD`) works through the end of that
 * day where the person choosing it is. */
export function expiryInstant(day: string | null): string | undefined {
  if (!day) return undefined;
  return dayjs(day).endOf("day").toISOString();
}

/** How a request sends the key. */
export function authorizationHeader(key: string): string {
  return `Authorization: Bearer ${key}`;
}
