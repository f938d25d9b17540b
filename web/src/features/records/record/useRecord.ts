// One record from the server, and the writes that change it. Every write puts the record the
// server returned into the cache and refreshes what shows it elsewhere.
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api, ApiProblem } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import { patchRecord, recordUrl } from "../../../api/records";
import type { RecordObject } from "../../../api/types";
import type { AnyRecord } from "./recordTypes";

export function useRecord(object: RecordObject, id: string) {
  return useQuery({
    queryKey: queryKeys.record(object, id),
    queryFn: ({ signal }) => api<AnyRecord>(recordUrl(object, id), { signal }),
  });
}

/** Puts a record the server returned into the cache and refreshes the views that list it. */
export function storeRecord(client: QueryClient, object: RecordObject, record: AnyRecord): void {
  client.setQueryData(queryKeys.record(object, record.id), record);
  void client.invalidateQueries({ queryKey: queryKeys.timeline(object, record.id) });
  void client.invalidateQueries({ queryKey: queryKeys.list(object) });
  void client.invalidateQueries({ queryKey: queryKeys.recordName(object, record.id) });
  // Related lists on other record pages (a company's deals, a person's deals) show it too.
  void client.invalidateQueries({ queryKey: queryKeys.related(object) });
  if (object === "deals") refreshDealViews(client);
}

/** The board and the dashboard sum deals up; they change with any deal. */
function refreshDealViews(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: queryKeys.board });
  void client.invalidateQueries({ queryKey: queryKeys.dashboard });
}

export interface PatchInput {
  changes: Record<string, unknown>;
  version: number;
}

/** PATCH with `If-Match`. A 412 still refreshes the cache with the record as it is now. */
export function usePatchRecord(object: RecordObject, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, version }: PatchInput) => patchRecord<AnyRecord>(object, id, version, changes),
    onSuccess: (record) => storeRecord(client, object, record),
    onError: (error) => {
      const current = conflictCurrent(error);
      if (current) client.setQueryData(queryKeys.record(object, id), current);
    },
  });
}

/** The record as it is now, when the error is a version conflict that says so. */
export function conflictCurrent(error: unknown): AnyRecord | null {
  if (!(error instanceof ApiProblem) || !error.isConflict) return null;
  return (error.problem.current as AnyRecord | undefined) ?? null;
}

export function useTrashRecord(object: RecordObject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<AnyRecord | undefined>(recordUrl(object, id), { method: "DELETE" }),
    onSuccess: (_record, id) => {
      client.removeQueries({ queryKey: queryKeys.record(object, id) });
      void client.invalidateQueries({ queryKey: queryKeys.list(object) });
      void client.invalidateQueries({ queryKey: queryKeys.related(object) });
      if (object === "deals") refreshDealViews(client);
    },
  });
}
