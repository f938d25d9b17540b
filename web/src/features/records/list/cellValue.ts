// A value as a table cell shows it: the shared value text (lib/valueText.ts), with a deal's
// amount in the currency of its row.
import { fieldKind } from "../../../lib/fieldKinds";
import { valueText, type ValueContext } from "../../../lib/valueText";
import type { Column } from "./columns";
import type { ListRow } from "./useRecordPage";

/** The text of a value; list values are joined (the table shows tags as badges instead). */
export function formatValue(column: Column, value: unknown, row: ListRow | null, ctx: ValueContext): string {
  const currency = !column.custom && typeof row?.currency === "string" ? row.currency : null;
  return valueText({ key: column.key, kind: fieldKind(column), custom: column.custom }, value, ctx, currency);
}
