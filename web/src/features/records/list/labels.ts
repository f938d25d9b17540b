// Column labels: standard fields from the shared `fields` namespace, custom fields by the
// label their creator gave them.
import type { TFunction } from "i18next";
import type { Column, ListObject } from "./columns";

export function columnLabel(t: TFunction, object: ListObject, column: Pick<Column, "key" | "custom" | "label">): string {
  if (column.custom) return column.label || column.key.slice("custom.".length);
  return t([`fields:${object}.${column.key}`, `fields:common.${column.key}`], { defaultValue: column.key });
}
