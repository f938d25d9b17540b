// Where a record lives in the API, and the guarded write that every screen editing records
// makes (the fields panel, table cells, the board, task check-boxes).
import { api } from "./client";
import type { ObjectName } from "./types";

export function recordUrl(object: ObjectName, id: string): string {
  return `/api/v1/${object}/${id}`;
}

/** PATCH with the version the user saw as `If-Match`: a stale version answers 412 with the
 * record as it is now (`ApiProblem.problem.current`), never overwriting someone's change. */
export function patchRecord<T>(
  object: ObjectName,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<T> {
  return api<T>(recordUrl(object, id), { method: "PATCH", headers: { "If-Match": String(version) }, body: changes });
}
