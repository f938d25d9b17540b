// The three kinds of record that have a page of their own, and how to reach their values.
import type { Company, Deal, Person, RecordBase } from "../../../api/types";

export type RecordObject = "people" | "companies" | "deals";
export type AnyRecord = Person | Company | Deal;

export function recordPath(object: RecordObject, id: string): string {
  return `/${object}/${id}`;
}

const CUSTOM_PREFIX = "custom.";

export function isCustomKey(key: string): boolean {
  return key.startsWith(CUSTOM_PREFIX);
}

/** A field's value as the API shows it; custom fields live in `record.custom`. */
export function readField(record: RecordBase, key: string): unknown {
  if (isCustomKey(key)) return record.custom?.[key.slice(CUSTOM_PREFIX.length)] ?? null;
  return (record as unknown as Record<string, unknown>)[key] ?? null;
}

/** The PATCH body that sets one field. */
export function fieldPatch(key: string, value: unknown): Record<string, unknown> {
  if (isCustomKey(key)) return { custom: { [key.slice(CUSTOM_PREFIX.length)]: value } };
  return { [key]: value };
}
