// Names of linked records (a task's person, a deal's company), fetched in a few batched
// requests instead of one per row. (Shared by the board and My work; a candidate for
// src/api/hooks.ts.)
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import type { Page } from "../../api/types";
import { personName } from "../../lib/format";

export type NamedObject = "people" | "companies" | "deals";

/** Ids per request: a filter of 100 UUIDs stays well under the API's 8,000-character limit. */
const CHUNK = 100;

const FIELDS: Record<NamedObject, string> = {
  people: "first_name,last_name,email",
  companies: "name",
  deals: "name",
};

interface NamedRow {
  id: string;
  name?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
}

/** The distinct ids, sorted (so the query key does not change with row order), in chunks. */
export function idChunks(ids: readonly (string | null | undefined)[], size = CHUNK): string[][] {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  return chunks;
}

export function namesFilter(ids: string[]): string {
  return `id in [${ids.map((id) => `"${id}"`).join(", ")}]`;
}

function rowName(object: NamedObject, row: NamedRow): string {
  return object === "people" ? personName(row) : (row.name ?? "");
}

async function fetchNames(object: NamedObject, ids: string[], signal: AbortSignal): Promise<[string, string][]> {
  const path = `/api/v1/${object}${query({ filter: namesFilter(ids), fields: FIELDS[object], limit: ids.length })}`;
  const page = await api<Page<NamedRow>>(path, { signal });
  return page.data.map((row) => [row.id, rowName(object, row)]);
}

function toMap(results: { data?: [string, string][] }[]): Map<string, string> {
  return new Map(results.flatMap((r) => r.data ?? []));
}

/** id → display name for the given records; ids not loaded yet are missing from the map. */
export function useRecordNames(object: NamedObject, ids: readonly (string | null | undefined)[]): Map<string, string> {
  return useQueries({
    queries: idChunks(ids).map((chunk) => ({
      queryKey: ["names", object, chunk] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchNames(object, chunk, signal),
      staleTime: 5 * 60_000,
      placeholderData: keepPreviousData,
    })),
    combine: toMap,
  });
}
