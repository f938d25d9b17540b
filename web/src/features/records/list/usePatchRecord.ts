// Saves one field of one record, guarded by the version the user saw (`If-Match`), and shows
// the saved record in every loaded table.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Column, ListObject } from "./columns";
import { mergeRows, type ListRow } from "./useRecordPage";

export interface FieldPatch {
  id: string;
  version: number;
  column: Pick<Column, "key" | "custom">;
  value: unknown;
}

/** The PATCH body for one field: custom fields travel inside `custom`. */
export function patchBody(column: Pick<Column, "key" | "custom">, value: unknown): Record<string, unknown> {
  if (column.custom) return { custom: { [column.key.slice("custom.".length)]: value } };
  return { [column.key]: value };
}

export function usePatchRecord(object: ListObject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, column, value }: FieldPatch) =>
      api<ListRow>(`/api/v1/${object}/${id}`, {
        method: "PATCH",
        headers: { "If-Match": String(version) },
        body: patchBody(column, value),
      }),
    onSuccess: (saved) => {
      mergeRows(client, object, [saved]);
      void client.invalidateQueries({ queryKey: queryKeys.record(object, saved.id) });
    },
  });
}
