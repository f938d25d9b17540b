// The audit log's entries as the API answers them, and the pure part of putting them into
// words: which actions have labels, who acted, which record an entry is about, and its
// details as a short list of facts.
import type { ObjectName, RecordObject } from "../../../api/types";

export interface AuditEntry {
  /** The entry's number in the workspace's chain: 1, 2, 3…; newest is highest. */
  seq: number;
  at: string;
  /** The member who acted (an API key acts as the member who made it). */
  actor_id: string | null;
  /** `session`, `api_key`, `system` (the server itself) or `anonymous` (before sign-in). */
  via: string;
  action: string;
  object: string | null;
  record_id: string | null;
  detail: unknown;
  ip: string | null;
  user_agent: string | null;
  hash: string;
}

export interface AuditPage {
  data: AuditEntry[];
  /** The `before` of the next (older) page; null on the last one. */
  next_before: number | null;
}

/** The actions the server writes today, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  "created",
  "updated",
  "deleted",
  "restored",
  "stage_changed",
  "person_linked",
  "person_unlinked",
  "signed_in",
  "sign_in_failed",
  "signed_out",
  "signed_out_everywhere",
  "password_changed",
  "password_reset",
  "two_factor_enabled",
  "two_factor_disabled",
  "member_role_changed",
  "member_removed",
  "member_joined",
  "invitation_created",
  "invitation_withdrawn",
  "api_key_created",
  "api_key_revoked",
  "api_key_used",
  "pipeline_created",
  "pipeline_changed",
  "pipeline_deleted",
  "custom_field_created",
  "custom_field_deleted",
  "imported",
  "person_erased",
  "audit_exported",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/** The log names objects in the singular; records are listed and labelled by their plural. */
const OBJECT_NAMES: Record<string, ObjectName> = {
  person: "people",
  company: "companies",
  deal: "deals",
  activity: "activities",
};

export function objectNameOf(object: string | null): ObjectName | null {
  return (object && OBJECT_NAMES[object]) || null;
}

/** The page of the record an entry is about; activities have none of their own. */
export function recordLink(entry: Pick<AuditEntry, "object" | "record_id">): { object: RecordObject; id: string } | null {
  const object = objectNameOf(entry.object);
  if (!object || object === "activities" || !entry.record_id) return null;
  return { object, id: entry.record_id };
}

export type ActorKind = "member" | "api_key" | "system" | "anonymous";

/** Who acted, when no member is named: the server itself, or someone not signed in. */
export function actorKind(entry: Pick<AuditEntry, "actor_id" | "via">): ActorKind {
  if (entry.actor_id) return "member";
  if (entry.via === "api_key") return "api_key";
  if (entry.via === "system") return "system";
  return "anonymous";
}

/** An erased person's details are replaced by `{"redacted": true}`. */
export function isRedacted(detail: unknown): boolean {
  return isObject(detail) && detail.redacted === true;
}

/** Record events whose details the timeline already knows how to say. */
export const RECORD_EVENTS = new Set(["updated", "stage_changed", "person_linked", "person_unlinked"]);

export interface Fact {
  key: string;
  value: unknown;
}

/** What a created record held that says something (not its id, version or timestamps). */
const BOOKKEEPING = new Set(["id", "version", "created_at", "updated_at", "deleted_at", "created_by"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** A created record's values, custom ones as `custom.<key>`. */
function createdFacts(values: Record<string, unknown>): Fact[] {
  return Object.entries(values).flatMap(([key, value]): Fact[] => {
    if (key === "custom" && isObject(value)) return Object.entries(value).map(([k, v]) => ({ key: `custom.${k}`, value: v }));
    return BOOKKEEPING.has(key) ? [] : [{ key, value }];
  });
}

/** The details as key–value facts, empty values left out. */
export function detailFacts(entry: Pick<AuditEntry, "action" | "detail">): Fact[] {
  const { detail } = entry;
  if (isRedacted(detail) || isEmpty(detail)) return [];
  if (!isObject(detail)) return [{ key: "", value: detail }];
  const facts = entry.action === "created" && isObject(detail.values) ? createdFacts(detail.values) : Object.entries(detail).map(([key, value]) => ({ key, value }));
  return facts.filter((fact) => !isEmpty(fact.value));
}

export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value in a few words: names of named things, lists joined, anything else as JSON. */
export function compactValue(value: unknown, max = 80): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return truncate(value, max);
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return truncate(value.map((item) => compactValue(item, max)).join(", "), max);
  const named = value as Record<string, unknown>;
  for (const key of ["name", "label", "key"]) if (typeof named[key] === "string") return truncate(named[key], max);
  return truncate(JSON.stringify(value), max);
}

/** Ids a created record's values name, whose names are worth fetching. */
const REFERENCE_KEYS: Record<string, RecordObject> = { person_id: "people", company_id: "companies", deal_id: "deals" };

export function factRefs(facts: Fact[]): { object: RecordObject; id: string }[] {
  return facts.flatMap(({ key, value }) => {
    const object = REFERENCE_KEYS[key];
    return object && typeof value === "string" ? [{ object, id: value }] : [];
  });
}

/** Facts whose values are words of Relata's own (roles, scopes, how a sign-in was proved),
 * which have labels; any other value is shown as written. */
const WORD_KEYS = new Set(["role", "from", "to", "scope", "second_factor"]);

/** The label key (under `audit.values.`) for a fact's value, when it has one. */
export function valueWord(fact: Fact): string | null {
  return WORD_KEYS.has(fact.key) && typeof fact.value === "string" && /^[a-z_]+$/.test(fact.value) ? fact.value : null;
}
