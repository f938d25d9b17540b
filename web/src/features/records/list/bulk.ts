// Changes to many records at once. Updates go through the batch endpoint (one transaction of
// at most 1,000 records each); deletes are one request per record, a few at a time, so a
// large selection does not flood the server.
import { api, ApiProblem, query } from "../../../api/client";
import { recordUrl } from "../../../api/records";
import { inList } from "../../../lib/filterText";
import type { ListObject } from "./columns";
import type { ListRow } from "./useRecordPage";

export const BATCH_SIZE = 1000;
export const DELETE_CONCURRENCY = 4;
// Ids per look-up request: keeps the filter under the API's 8,000 characters.
const LOOKUP_SIZE = 150;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs the tasks with at most `limit` in flight; the results keep the tasks' order. */
export async function runLimited<T>(tasks: (() => Promise<T>)[], limit: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index] as () => Promise<T>;
      try {
        results[index] = { status: "fulfilled", value: await task() };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Adds a tag to a record's tags, once. */
export function withTag(tags: readonly string[] | null | undefined, tag: string): string[] {
  const current = tags ?? [];
  return current.some((t) => t.toLowerCase() === tag.toLowerCase()) ? [...current] : [...current, tag];
}

export interface BulkOutcome {
  done: ListRow[];
  failed: number;
  /** The first error, in the API's words. */
  error: Error | null;
}

/** Sends `{id, version, …changes}` records in batches; a failed batch leaves its records unchanged. */
export async function batchUpdate(object: ListObject, records: Record<string, unknown>[]): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: [], failed: 0, error: null };
  for (const part of chunk(records, BATCH_SIZE)) {
    try {
      const answer = await api<{ data: ListRow[] }>(`/api/v1/${object}/batch`, {
        method: "POST",
        body: { mode: "update", records: part },
      });
      outcome.done.push(...answer.data);
    } catch (error) {
      outcome.failed += part.length;
      outcome.error ??= error as Error;
    }
  }
  return outcome;
}

/** Moves records to the trash; returns the ids that went and the first failure. */
export async function deleteMany(
  object: ListObject,
  ids: readonly string[],
): Promise<{ deleted: string[]; failed: number; error: Error | null }> {
  const results = await runLimited(
    ids.map((id) => () => api<void>(recordUrl(object, id), { method: "DELETE" })),
    DELETE_CONCURRENCY,
  );
  const deleted: string[] = [];
  let error: Error | null = null;
  results.forEach((result, i) => {
    // Already in the trash is as good as deleted.
    if (result.status === "fulfilled" || (result.reason instanceof ApiProblem && result.reason.status === 404)) {
      deleted.push(ids[i] as string);
    } else {
      error ??= result.reason as Error;
    }
  });
  return { deleted, failed: ids.length - deleted.length, error };
}

/** Current values of some fields of the given records (with their versions), fetched in chunks. */
export async function fetchCurrent(object: ListObject, ids: readonly string[], fields: string[]): Promise<ListRow[]> {
  const pages = await runLimited(
    chunk(ids, LOOKUP_SIZE).map((part) => () => {
      const params = query({
        filter: inList("id", part),
        fields: ["id", "version", ...fields].join(","),
        limit: part.length,
      });
      return api<{ data: ListRow[] }>(`/api/v1/${object}${params}`);
    }),
    DELETE_CONCURRENCY,
  );
  return pages.flatMap((page) => {
    if (page.status === "rejected") throw page.reason;
    return page.value.data;
  });
}
