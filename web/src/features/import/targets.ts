// The fields a column can be imported into: the object's writable fields, its custom
// fields, and the names the import links by (a company by name or domain, a stage by name).
import type { FieldInfo } from "../../api/hooks";
import type { ImportObject } from "./types";

/** Fields the import resolves by name rather than by id (see `crates/transfer/src/mapping.rs`). */
export const LINKED_TARGETS: Record<ImportObject, readonly string[]> = {
  people: ["company", "full_name"],
  companies: [],
  deals: ["company", "pipeline", "stage"],
};

export type TargetGroup = "linked" | "standard" | "custom";

export interface Target {
  value: string;
  group: TargetGroup;
  /** A custom field's own label. */
  label?: string;
}

export function importTargets(object: ImportObject, fields: readonly FieldInfo[]): Target[] {
  const linked = LINKED_TARGETS[object].map((value): Target => ({ value, group: "linked" }));
  const writable = fields.filter((f) => f.writable);
  const standard = writable
    .filter((f) => !f.custom)
    .map((f): Target => ({ value: f.key, group: "standard" }));
  const custom = writable
    .filter((f) => f.custom)
    .map((f): Target => ({ value: f.key, group: "custom", label: f.label ?? f.key.replace(/^custom\./, "") }));
  return [...linked, ...standard, ...custom];
}

/** Adds targets the server guessed but the field list does not name, so no guess is lost. */
export function withGuesses(targets: readonly Target[], guesses: readonly (string | null)[]): Target[] {
  const known = new Set(targets.map((t) => t.value));
  const extra: Target[] = [];
  for (const guess of guesses) {
    if (guess && !known.has(guess)) {
      known.add(guess);
      extra.push({ value: guess, group: guess.startsWith("custom.") ? "custom" : "standard" });
    }
  }
  return [...targets, ...extra];
}
