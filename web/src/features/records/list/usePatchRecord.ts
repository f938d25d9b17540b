// Saves one field of one record, guarded by the version the user saw (`If-Match`), and shows
// the saved record in every loaded table.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../api/hooks";
import { patchRecord } from "../../../api/records";
import { fieldPatch } from "../../../lib/recordFields";
import type { Column, ListObject } from "./columns";
import { mergeRows, type ListRow } from "./useRecordPage";

export interface FieldPatch {
  id: string;
  version: number;
  column: Pick<Column, "key">;
  value: unknown;
}

export function usePatchRecord(object: ListObject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, column, value }: FieldPatch) =>
      patchRecord<ListRow>(object, id, version, fieldPatch(column.key, value)),
    onSuccess: (saved) => {
      mergeRows(client, object, [saved]);
      void client.invalidateQueries({ queryKey: queryKeys.record(object, saved.id) });
    },
  });
}
