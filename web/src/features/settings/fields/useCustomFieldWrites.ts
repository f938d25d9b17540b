// Defining and removing custom fields. The field list of the object is read again after
// each, so tables, forms, filters and the import wizard see the change.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { CustomField, CustomFieldKind, ObjectName } from "../../../api/types";

export interface CustomFieldInput {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options: string[];
  required: boolean;
}

export function useCreateField(object: ObjectName) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomFieldInput) =>
      api<CustomField>(`/api/v1/${object}/fields`, { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.fields(object) }),
  });
}

/** Removes a field by its key (`region`, not `custom.region`); its values go with it. */
export function useDeleteField(object: ObjectName) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => api<void>(`/api/v1/${object}/fields/${encodeURIComponent(key)}`, { method: "DELETE" }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.fields(object) });
      // Records of the object held values of the field.
      void client.invalidateQueries({ queryKey: queryKeys.records(object) });
    },
  });
}
