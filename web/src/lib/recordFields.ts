// Reading and writing one field of a record as the API has it: custom fields live in the
// record's `custom` object and are named `custom.<key>` everywhere else.

const CUSTOM_PREFIX = "custom.";

export function isCustomKey(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}

/** A field's value, null when the record has none (or was fetched without it). */
export function readField(record: { custom?: Record<string, unknown> }, key: string): unknown {
  if (isCustomKey(key)) return record.custom?.[key.slice(CUSTOM_PREFIX.length)] ?? null;
  return (record as Record<string, unknown>)[key] ?? null;
}

/** The PATCH body that sets one field. */
export function fieldPatch(key: string, value: unknown): Record<string, unknown> {
  if (isCustomKey(key)) return { custom: { [key.slice(CUSTOM_PREFIX.length)]: value } };
  return { [key]: value };
}

/** Fields the server computes (a deal's lead score and its reasons, when it closed): never
 * offered for editing, even by a server whose `/fields` forgets to say so. */
export const COMPUTED_FIELDS: ReadonlySet<string> = new Set(["closed_at", "stage_entered_at", "lead_score", "lead_score_reasons"]);

/** The field as `/fields` describes it, with computed fields made read-only. */
export function withComputedReadOnly<T extends { key: string; writable: boolean }>(field: T): T {
  return COMPUTED_FIELDS.has(field.key) && field.writable ? { ...field, writable: false } : field;
}
