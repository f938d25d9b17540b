// How a row of the fields panel edits its field: which kinds save as soon as a value is picked,
// and how a field is read from the record and written back.
import type { RecordBase, RecordObject } from "../../../api/types";
import type { FieldKind, MoneyValue } from "../../../lib/fieldKinds";
import { fieldPatch, readField } from "../../../lib/recordFields";

/** Kinds whose editor is a single pick: choosing a value saves it, no Save button needed. */
export const SAVES_ON_PICK: ReadonlySet<FieldKind> = new Set([
  "boolean",
  "select",
  "member",
  "company",
  "pipeline",
  "stage",
  "currency",
]);

/** How one row of the fields panel reads its value from a record and writes it back. */
export interface FieldBinding {
  read: (record: RecordBase) => unknown;
  patch: (value: unknown) => Record<string, unknown>;
  /** The fields whose API errors belong to this row. */
  errorKeys: string[];
}

export function bindingFor(object: RecordObject, key: string): FieldBinding {
  if (object === "deals" && key === "amount") {
    return {
      read: (record) => ({
        amount: (readField(record, "amount") as number | null) ?? null,
        currency: (readField(record, "currency") as string | null) ?? null,
      }),
      patch: (value) => {
        const money = value as MoneyValue;
        return { amount: money.amount, currency: money.currency };
      },
      errorKeys: ["amount", "currency"],
    };
  }
  return {
    read: (record) => readField(record, key),
    patch: (value) => fieldPatch(key, value),
    errorKeys: [key],
  };
}
