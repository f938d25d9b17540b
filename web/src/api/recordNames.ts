// Names of people, companies and deals by id, for links and references. Each name is cached on
// its own, so a name known to one screen is known to all; the ids asked for at the same moment,
// by any number of components, go to the server together: one list request per object
// (`filter=id in [...]`) instead of one request per record.
import { useQueries, type QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { inList } from "../lib/filterText";
import { personName } from "../lib/format";
import { api, query } from "./client";
import { queryKeys } from "./hooks";
import type { Page, RecordObject } from "./types";

export interface RecordRef {
  object: RecordObject;
  id: string;
}

/** `undefined` while loading, `null` for a record that no longer exists. */
export type NameLookup = (object: RecordObject, id: string) => string | null | undefined;

/** What the cache holds per record; it names its record so that `combine` needs no other input. */
interface CachedName {
  key: string;
  name: string | null;
}

interface NamedRow {
  id: string;
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
}

const NAME_FIELDS: Record<RecordObject, string> = {
  people: "first_name,last_name,email",
  companies: "name",
  deals: "name",
};

/** Ids per request: a filter of 100 UUIDs stays well under the API's 8,000-character limit. */
export const NAMES_PER_REQUEST = 100;
const STALE_TIME = 60_000;

function refKey(object: RecordObject, id: string): string {
  return `${object}:${id}`;
}

/** The refs for some ids of one object; blanks are left out. */
export function recordRefs(object: RecordObject, ids: readonly (string | null | undefined)[]): RecordRef[] {
  return ids.filter((id): id is string => Boolean(id)).map((id) => ({ object, id }));
}

/** Each record once, in a fixed order, so the queries do not change with the order of rows. */
export function distinctRefs(refs: readonly RecordRef[]): RecordRef[] {
  const byKey = new Map(refs.map((ref) => [refKey(ref.object, ref.id), ref]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as RecordRef);
}

async function listNames(object: RecordObject, ids: string[], trash: boolean): Promise<Map<string, string>> {
  const params = query({
    filter: inList("id", ids),
    fields: NAME_FIELDS[object],
    limit: ids.length,
    trash: trash ? "only" : undefined,
  });
  const page = await api<Page<NamedRow>>(`/api/v1/${object}${params}`);
  return new Map(page.data.map((row) => [row.id, object === "people" ? personName(row) : (row.name ?? "")]));
}

/** Names of the ids that exist; a record in the trash still has its name (and its page). */
export async function fetchNames(object: RecordObject, ids: string[]): Promise<Map<string, string>> {
  const names = await listNames(object, ids, false);
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length > 0) for (const [id, name] of await listNames(object, missing, true)) names.set(id, name);
  return names;
}

interface Waiter {
  resolve: (name: string | null) => void;
  reject: (error: unknown) => void;
}

const waiting = new Map<RecordObject, Map<string, Waiter[]>>();
let flushScheduled = false;

function sendWaiting(): void {
  flushScheduled = false;
  const batches = [...waiting];
  waiting.clear();
  for (const [object, byId] of batches) {
    const ids = [...byId.keys()];
    for (let i = 0; i < ids.length; i += NAMES_PER_REQUEST) {
      const part = ids.slice(i, i + NAMES_PER_REQUEST);
      const settle = (each: (waiter: Waiter, id: string) => void) =>
        part.forEach((id) => byId.get(id)?.forEach((waiter) => each(waiter, id)));
      fetchNames(object, part).then(
        (names) => settle((waiter, id) => waiter.resolve(names.get(id) ?? null)),
        (error: unknown) => settle((waiter) => waiter.reject(error)),
      );
    }
  }
}

/** One record's name; asks together with every other name asked for in the same tick. */
function loadName(object: RecordObject, id: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const byId = waiting.get(object) ?? new Map<string, Waiter[]>();
    waiting.set(object, byId);
    byId.set(id, [...(byId.get(id) ?? []), { resolve, reject }]);
    if (!flushScheduled) {
      flushScheduled = true;
      setTimeout(sendWaiting, 0);
    }
  });
}

function nameQuery(ref: RecordRef) {
  const key = refKey(ref.object, ref.id);
  return {
    queryKey: queryKeys.recordName(ref.object, ref.id),
    queryFn: async (): Promise<CachedName> => ({ key, name: await loadName(ref.object, ref.id) }),
    staleTime: STALE_TIME,
  };
}

// Module-level, so TanStack Query recombines only when a name changes; a plain object, so an
// unchanged result keeps its identity and memoized rows do not re-render.
function combineNames(results: { data?: CachedName }[]): Record<string, string | null> {
  const names: Record<string, string | null> = {};
  for (const { data } of results) if (data) names[data.key] = data.name;
  return names;
}

/** The names of the given records, fetched as needed; see `NameLookup`. */
export function useRecordNames(refs: readonly RecordRef[]): NameLookup {
  const names = useQueries({ queries: distinctRefs(refs).map(nameQuery), combine: combineNames });
  return useMemo(() => (object, id) => names[refKey(object, id)], [names]);
}

/** Fetches names into the cache ahead of showing them (a table page waits for its names);
 * a failure is left to the components that show the names. */
export async function prefetchRecordNames(client: QueryClient, refs: readonly RecordRef[]): Promise<void> {
  await Promise.all(distinctRefs(refs).map((ref) => client.prefetchQuery(nameQuery(ref))));
}
