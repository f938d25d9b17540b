// The filter builder's model and its translation into the API's filter language
// (crates/domain/src/filter.rs): `field op value`, joined by `and`/`or`, one level of groups
// in parentheses. Unfinished rows are left out, so the list follows the builder as it is filled.
import { quote } from "../../../lib/filterText";
import type { Column, ListObject } from "./columns";
import { isListType } from "./columns";

export type Join = "and" | "or";

export const OPERATORS = [
  "eq",
  "neq",
  "lt",
  "lte",
  "gt",
  "gte",
  "contains",
  "starts_with",
  "in",
  "is_empty",
  "is_not_empty",
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  kind: "condition";
  id: string;
  field: string;
  op: Operator;
  /** One value, or the list for `in`; ignored by `is_empty` and `is_not_empty`. */
  value: string | string[];
}

export interface Group {
  kind: "group";
  id: string;
  join: Join;
  conditions: Condition[];
}

export interface FilterModel {
  join: Join;
  items: (Condition | Group)[];
}

export const EMPTY_FILTER: FilterModel = { join: "and", items: [] };

let counter = 0;
/** Keys for React lists; they never reach the API. */
export function newId(): string {
  counter += 1;
  return `f${counter}`;
}

/** How a field's values are entered and written. */
export type ValueKind = "text" | "number" | "date" | "datetime" | "boolean" | "select" | "list" | "reference";

export function valueKind(column: Pick<Column, "type" | "references">): ValueKind {
  if (column.type === "id" || column.references) return "reference";
  if (isListType(column.type)) return "list";
  switch (column.type) {
    case "integer":
    case "number":
    case "money":
      return "number";
    case "date":
      return "date";
    case "date-time":
      return "datetime";
    case "boolean":
      return "boolean";
    case "select":
      return "select";
    default:
      return "text";
  }
}

const OPERATORS_BY_KIND: Record<ValueKind, Operator[]> = {
  text: ["contains", "starts_with", "eq", "neq", "is_empty", "is_not_empty"],
  number: ["eq", "neq", "lt", "lte", "gt", "gte", "is_empty", "is_not_empty"],
  date: ["eq", "lt", "lte", "gt", "gte", "is_empty", "is_not_empty"],
  // An instant is never equal to a picked day; compare it with days instead.
  datetime: ["lt", "gte", "is_empty", "is_not_empty"],
  boolean: ["eq", "is_empty"],
  select: ["eq", "neq", "in", "is_empty", "is_not_empty"],
  // For lists `eq` means "has" and `neq` "has not".
  list: ["eq", "neq", "is_empty", "is_not_empty"],
  reference: ["eq", "neq", "is_empty", "is_not_empty"],
};

export function operatorsFor(column: Pick<Column, "type" | "references">): Operator[] {
  return OPERATORS_BY_KIND[valueKind(column)];
}

export function takesValue(op: Operator): boolean {
  return op !== "is_empty" && op !== "is_not_empty";
}

/** A new row for a field, with the field's first operator. */
export function newCondition(column: Pick<Column, "key" | "type" | "references">): Condition {
  const op = operatorsFor(column)[0] ?? "eq";
  return { kind: "condition", id: newId(), field: column.key, op, value: "" };
}

/** Keeps what still fits when the field or the operator changes. */
export function withOperator(condition: Condition, op: Operator): Condition {
  if (op === "in") {
    const value = Array.isArray(condition.value) ? condition.value : condition.value ? [condition.value] : [];
    return { ...condition, op, value };
  }
  const value = Array.isArray(condition.value) ? (condition.value[0] ?? "") : condition.value;
  return { ...condition, op, value };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function literal(value: string, kind: ValueKind): string {
  const text = value.trim();
  if (kind === "boolean" && (text === "true" || text === "false")) return text;
  if (kind === "number" && NUMBER.test(text)) return text;
  return quote(text);
}

function isComplete(condition: Condition): boolean {
  if (!condition.field) return false;
  if (!takesValue(condition.op)) return true;
  if (Array.isArray(condition.value)) return condition.value.some((v) => v.trim() !== "");
  return condition.value.trim() !== "";
}

type ColumnLookup = (key: string) => Pick<Column, "type" | "references"> | undefined;

function lookupOf(columns: readonly Column[]): ColumnLookup {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  return (key) => byKey.get(key);
}

function serializeCondition(condition: Condition, lookup: ColumnLookup): string {
  const { field, op, value } = condition;
  if (!takesValue(op)) return `${field} ${op}`;
  const column = lookup(field);
  const kind = column ? valueKind(column) : "text";
  if (op === "in") {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== "");
    return `${field} in [${values.map((v) => literal(v, kind)).join(", ")}]`;
  }
  return `${field} ${op} ${literal(Array.isArray(value) ? (value[0] ?? "") : value, kind)}`;
}

function serializeGroup(group: Group, lookup: ColumnLookup): string {
  const parts = group.conditions.filter(isComplete).map((c) => serializeCondition(c, lookup));
  if (parts.length <= 1) return parts[0] ?? "";
  return `(${parts.join(` ${group.join} `)})`;
}

/** The filter-language text of a model; empty when no row is complete. */
export function serializeFilter(model: FilterModel, columns: readonly Column[]): string {
  const lookup = lookupOf(columns);
  const parts = model.items
    .map((item) =>
      item.kind === "group" ? serializeGroup(item, lookup) : isComplete(item) ? serializeCondition(item, lookup) : "",
    )
    .filter(Boolean);
  return parts.join(` ${model.join} `);
}

/** How many complete conditions a model holds (for the filter button's badge). */
export function countConditions(model: FilterModel): number {
  return model.items.reduce(
    (sum, item) => sum + (item.kind === "group" ? item.conditions.filter(isComplete).length : isComplete(item) ? 1 : 0),
    0,
  );
}

// `starts_with` rides the name indexes; `contains` would read every row of a million.
const QUICK_FIELDS: Record<ListObject, string[]> = {
  people: ["first_name", "last_name", "email"],
  companies: ["name", "domain"],
  deals: ["name"],
};

/** The quick search box: names that start with the text. "Anna Iva" on people means first
 * name "Anna…" and last name "Iva…". */
export function quickFilter(object: ListObject, text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  const whole = words.join(" ");
  const any = QUICK_FIELDS[object].map((f) => `${f} starts_with ${quote(whole)}`);
  if (object === "people" && words.length >= 2) {
    const [first, ...rest] = words as [string, ...string[]];
    any.push(`(first_name starts_with ${quote(first)} and last_name starts_with ${quote(rest.join(" "))})`);
  }
  return any.join(" or ");
}
