// Pages of a list, one cursor after another, with the names of the companies each page
// refers to fetched alongside it (one request per page, never one per row).
import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Page } from "../../../api/types";
import type { ListObject } from "./columns";
import { quote } from "./filterModel";

export const PAGE_SIZE = 100;

/** A record as a list shows it: only the requested fields. */
export type ListRow = Record<string, unknown> & {
  id: string;
  version: number;
  custom?: Record<string, unknown>;
};

export interface ListPage extends Page<ListRow> {
  /** Company id → name, for the `company_id` values on this page. */
  companies: Record<string, string>;
}

export interface ListParams {
  filter: string;
  sort: string;
  fields: string;
}

async function companyNames(rows: ListRow[], signal: AbortSignal): Promise<Record<string, string>> {
  const ids = [...new Set(rows.map((r) => r.company_id).filter((id): id is string => typeof id === "string"))];
  if (ids.length === 0) return {};
  try {
    const params = query({ filter: `id in [${ids.map(quote).join(", ")}]`, fields: "name", limit: ids.length });
    const answer = await api<Page<{ id: string; name: string | null }>>(`/api/v1/companies${params}`, { signal });
    return Object.fromEntries(answer.data.map((c) => [c.id, c.name ?? ""]));
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    // Names are a courtesy: a page without them still shows its rows.
    return {};
  }
}

async function fetchPage(object: ListObject, params: ListParams, cursor: string | null, signal: AbortSignal) {
  const search = query({ ...params, limit: PAGE_SIZE, cursor });
  const page = await api<Page<ListRow>>(`/api/v1/${object}${search}`, { signal });
  const wantsCompanies = object !== "companies" && params.fields.split(",").includes("company_id");
  const companies = wantsCompanies ? await companyNames(page.data, signal) : {};
  return { ...page, companies };
}

export function listQueryKey(object: ListObject, params: ListParams) {
  return [...queryKeys.list(object), "table", params] as const;
}

export function useRecordPage(object: ListObject, params: ListParams, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: listQueryKey(object, params),
    queryFn: ({ pageParam, signal }) => fetchPage(object, params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ListPage) => last.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

function isListData(data: unknown): data is InfiniteData<ListPage> {
  return (
    typeof data === "object" &&
    data !== null &&
    Array.isArray((data as InfiniteData<unknown>).pages) &&
    (data as InfiniteData<ListPage>).pages.every((p) => Array.isArray(p?.data))
  );
}

/** Applies a change to every loaded row of this object's tables. Other screens' lists under the
 * same key prefix have other shapes and are left alone. */
function updateRows(client: QueryClient, object: ListObject, change: (rows: ListRow[]) => ListRow[]): void {
  client.setQueriesData({ queryKey: [...queryKeys.list(object), "table"] }, (data: unknown) => {
    if (!isListData(data)) return data;
    return { ...data, pages: data.pages.map((page) => ({ ...page, data: change(page.data) })) };
  });
}

/** Shows saved records in the tables without reloading them. */
export function mergeRows(client: QueryClient, object: ListObject, saved: ListRow[]): void {
  const byId = new Map(saved.map((r) => [r.id, r]));
  updateRows(client, object, (rows) =>
    rows.map((row) => {
      const next = byId.get(row.id);
      return next ? { ...row, ...next } : row;
    }),
  );
}

export function removeRows(client: QueryClient, object: ListObject, ids: readonly string[]): void {
  const gone = new Set(ids);
  updateRows(client, object, (rows) => rows.filter((row) => !gone.has(row.id)));
}
