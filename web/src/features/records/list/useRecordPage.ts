// Pages of a list, one cursor after another, with the names of the companies each page
// refers to fetched before it is shown (one request per page, never one per row).
import {
  keepPreviousData,
  useInfiniteQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import { prefetchRecordNames, recordRefs } from "../../../api/recordNames";
import type { Page } from "../../../api/types";
import type { ListObject } from "./columns";

export const PAGE_SIZE = 100;

/** A record as a list shows it: only the requested fields. */
export type ListRow = Record<string, unknown> & {
  id: string;
  version: number;
  custom?: Record<string, unknown>;
};

export type ListPage = Page<ListRow>;

export interface ListParams {
  filter: string;
  sort: string;
  fields: string;
}

interface PageRequest {
  client: QueryClient;
  object: ListObject;
  params: ListParams;
  cursor: string | null;
  signal: AbortSignal;
}

async function fetchPage({ client, object, params, cursor, signal }: PageRequest): Promise<ListPage> {
  const search = query({ ...params, limit: PAGE_SIZE, cursor });
  const page = await api<ListPage>(`/api/v1/${object}${search}`, { signal });
  // The rows appear with their companies' names, not a moment before them.
  const ids = page.data.map((row) => (typeof row.company_id === "string" ? row.company_id : null));
  await prefetchRecordNames(client, recordRefs("companies", ids));
  return page;
}

export function listQueryKey(object: ListObject, params: ListParams) {
  return [...queryKeys.list(object), "table", params] as const;
}

export function useRecordPage(object: ListObject, params: ListParams, enabled: boolean) {
  const client = useQueryClient();
  return useInfiniteQuery({
    queryKey: listQueryKey(object, params),
    queryFn: ({ pageParam, signal }) => fetchPage({ client, object, params, cursor: pageParam, signal }),
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
