// A save refused with 412 carries the record as it is now. These rules decide what the
// user's pending value means against it, so that neither their value nor ours is lost.
import type { RecordBase } from "../../../api/types";

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Whether two field values mean the same: `null`, `""` and `[]` all mean "empty". */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => sameValue(left[key], right[key]));
  }
  return a === b;
}

/** An edit not yet saved: the value the user started from, and the value they want. */
export interface PendingEdit {
  base: unknown;
  mine: unknown;
}

export type Merge =
  /** The record already holds the user's value: nothing left to save. */
  | { kind: "settled" }
  /** Someone changed other fields only: the user's value can be saved on top of theirs. */
  | { kind: "reapply"; version: number }
  /** Someone changed this very field: the user must choose. */
  | { kind: "conflict"; theirs: unknown; version: number };

export function mergePending(
  pending: PendingEdit,
  current: RecordBase,
  read: (record: RecordBase) => unknown,
): Merge {
  const theirs = read(current);
  if (sameValue(theirs, pending.mine)) return { kind: "settled" };
  if (sameValue(theirs, pending.base)) return { kind: "reapply", version: current.version };
  return { kind: "conflict", theirs, version: current.version };
}
