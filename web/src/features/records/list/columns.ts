// The columns a list can show: the object's fields as the API describes them, plus the
// record's own timestamps, with the defaults a new user sees and the `fields=` a page needs.
import type { FieldInfo } from "../../../api/hooks";
import { fieldReference } from "../../../lib/fieldKinds";

export type ListObject = "people" | "companies" | "deals";

export interface Column {
  /** `first_name`, `custom.region`, `updated_at`: the name filters and sorts use. */
  key: string;
  type: string;
  /** What an `id` field points at: `members`, `companies`, `stages`, `pipelines`, … */
  references: string | null;
  sortable: boolean;
  writable: boolean;
  custom: boolean;
  options: string[] | null;
  /** The label of a custom field; standard fields are labelled from the `fields` namespace. */
  label?: string;
}

export const DEFAULT_COLUMNS: Record<ListObject, string[]> = {
  people: ["first_name", "last_name", "email", "phone", "company_id", "lifecycle_stage", "owner_id", "updated_at"],
  companies: ["name", "domain", "industry", "city", "country", "employees", "owner_id", "updated_at"],
  deals: ["name", "amount", "stage_id", "lead_score", "company_id", "expected_close_date", "owner_id", "updated_at"],
};

/** The columns that name the record; they render as links to its page. */
export const NAME_COLUMNS: Record<ListObject, string[]> = {
  people: ["first_name", "last_name"],
  companies: ["name"],
  deals: ["name"],
};

// Every record has these; `/fields` lists only the object's own fields.
const SYSTEM_COLUMNS: Column[] = [
  { key: "created_at", type: "date-time", references: null, sortable: true, writable: false, custom: false, options: null },
  { key: "updated_at", type: "date-time", references: null, sortable: true, writable: false, custom: false, options: null },
  { key: "created_by", type: "id", references: "members", sortable: true, writable: false, custom: false, options: null },
];

const LIST_TYPES = new Set([
  "tags",
  "multi-select",
  "multi_select",
  "list of emails",
  "list of phones",
  "list of domains",
]);

export function isListType(type: string): boolean {
  return LIST_TYPES.has(type);
}

/** Lists, long text and booleans cannot be sorted by the API. */
function sortableByType(type: string): boolean {
  return !isListType(type) && type !== "long text" && type !== "boolean";
}

export function columnFromField(field: FieldInfo): Column {
  return {
    key: field.key,
    type: field.type,
    references: fieldReference(field),
    sortable: typeof field.sortable === "boolean" ? field.sortable : sortableByType(field.type),
    writable: field.writable,
    custom: field.custom,
    options: field.options,
    label: field.label,
  };
}

// Computed by the server for deals; listed here too in case `/fields` leaves it out.
const LEAD_SCORE_COLUMN: Column = {
  key: "lead_score",
  type: "integer",
  references: null,
  sortable: true,
  writable: false,
  custom: false,
  options: null,
};

/** The object's fields, then the timestamps (and a deal's lead score), as columns. */
export function availableColumns(fields: FieldInfo[], object?: ListObject): Column[] {
  const own = fields.map(columnFromField);
  const extra = object === "deals" ? [LEAD_SCORE_COLUMN, ...SYSTEM_COLUMNS] : SYSTEM_COLUMNS;
  const known = new Set(own.map((c) => c.key));
  return [...own, ...extra.filter((c) => !known.has(c.key))];
}

/** Keeps the known keys in their order, once each; falls back to the defaults when none remain. */
export function normalizeColumns(keys: readonly string[], available: Column[], object: ListObject): string[] {
  const known = new Set(available.map((c) => c.key));
  const kept = [...new Set(keys)].filter((k) => known.has(k));
  if (kept.length > 0) return kept;
  return DEFAULT_COLUMNS[object].filter((k) => known.has(k));
}

// Values a column needs to be shown: an amount is meaningless without its currency.
const COMPANIONS: Record<string, string[]> = { amount: ["currency"], lead_score: ["lead_score_reasons"] };

/** The `fields=` of a page: id and version (for edits), the shown columns and what they need.
 * Custom fields come in one `custom` object. */
export function apiFields(keys: readonly string[]): string {
  const names = new Set(["id", "version"]);
  for (const key of keys) {
    if (key.startsWith("custom.")) {
      names.add("custom");
      continue;
    }
    names.add(key);
    for (const companion of COMPANIONS[key] ?? []) names.add(companion);
  }
  return [...names].join(",");
}

/** A column's width in pixels; the table has a fixed layout so rows never reflow while scrolling. */
export function columnWidth(column: Column): number {
  if (column.key === "email" || column.type === "email" || column.type === "url") return 240;
  if (column.key === "name") return 240;
  if (column.key === "lead_score") return 110;
  if (isListType(column.type)) return 200;
  switch (column.type) {
    case "boolean":
      return 100;
    case "integer":
    case "number":
    case "currency":
      return 120;
    case "money":
    case "date":
      return 140;
    case "date-time":
      return 170;
    case "id":
      return 190;
    default:
      return 180;
  }
}
