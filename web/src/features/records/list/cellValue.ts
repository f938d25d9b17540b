// A row's value for a column, and its text for people: names for references, labels for
// enum values, and dates, numbers and money in the reader's language.
import type { TFunction } from "i18next";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "../../../lib/format";
import type { Column } from "./columns";
import type { ListRow } from "./useRecordPage";

export function readValue(row: ListRow, column: Pick<Column, "key" | "custom">): unknown {
  if (column.custom) return row.custom?.[column.key.slice("custom.".length)];
  return row[column.key];
}

/** Names of what `id` fields point at, from data the page already holds. */
export interface Lookups {
  member: (id: string) => string;
  company: (id: string) => string;
  stage: (id: string) => string;
  pipeline: (id: string) => string;
}

function referenceName(column: Column, id: string, lookups: Lookups): string {
  switch (column.references) {
    case "members":
      return lookups.member(id);
    case "companies":
      return lookups.company(id);
    case "stages":
      return lookups.stage(id);
    case "pipelines":
      return lookups.pipeline(id);
    default:
      return id;
  }
}

/** The label of one enum value: `fields:values.<field>.<value>`, else the value itself. */
export function optionLabel(t: TFunction, column: Pick<Column, "key" | "custom">, value: string): string {
  if (column.custom) return value;
  return t(`fields:values.${column.key}.${value}`, { defaultValue: value });
}

/** The text of a value; list values are joined (the table shows tags as badges instead). */
export function formatValue(
  column: Column,
  value: unknown,
  row: ListRow | null,
  context: { t: TFunction; locale: string; lookups: Lookups },
): string {
  const { t, locale, lookups } = context;
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value)) {
    return value.map((v) => (column.type.includes("select") ? optionLabel(t, column, String(v)) : String(v))).join(", ");
  }
  if (column.type === "id" || column.references) return referenceName(column, String(value), lookups);
  switch (column.type) {
    case "money": {
      const currency = !column.custom && typeof row?.currency === "string" ? row.currency : null;
      return formatMoney(Number(value), currency, locale);
    }
    case "integer":
    case "number":
      return formatNumber(Number(value), locale);
    case "date":
      return formatDate(String(value), locale);
    case "date-time":
      return formatDateTime(String(value), locale);
    case "boolean":
      return t(`fields:values.boolean.${value ? "true" : "false"}`);
    case "select":
      return optionLabel(t, column, String(value));
    default:
      return String(value);
  }
}
