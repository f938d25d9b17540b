// Any field value as words, for the fields panel, conflict messages and the timeline.
import { formatDate, formatDateTime, formatMoney, formatNumber } from "../../../lib/format";
import type { EditorKind, MoneyValue } from "./fieldKinds";

export interface ValueContext {
  locale: string;
  /** For money fields that carry no currency of their own (annual revenue, custom money). */
  defaultCurrency?: string | null;
  /** The label of an option of a standard select field (`fields:values.<field>.<value>`). */
  optionLabel: (field: string, value: string) => string;
  memberName: (id: string) => string;
  stageName: (id: string) => string;
  pipelineName: (id: string) => string;
  /** A company's, person's or deal's name, when it is known. */
  recordName: (object: "companies" | "people" | "deals", id: string) => string;
}

export interface ValueField {
  key: string;
  kind: EditorKind;
  custom: boolean;
}

function isMoneyValue(value: unknown): value is MoneyValue {
  return typeof value === "object" && value !== null && "amount" in value;
}

function listText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

function optionText(field: ValueField, value: string, ctx: ValueContext): string {
  return field.custom ? value : ctx.optionLabel(field.key, value);
}

/** The value as text; an empty value is `""` so that callers choose how to show nothing. */
export function valueText(field: ValueField, value: unknown, ctx: ValueContext, currency?: string | null): string {
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value) && value.length === 0) return "";
  switch (field.kind) {
    case "money":
      if (isMoneyValue(value)) return formatMoney(value.amount, value.currency, ctx.locale);
      if (typeof value !== "number") return String(value);
      return formatMoney(value, currency ?? ctx.defaultCurrency, ctx.locale);
    case "integer":
    case "number":
      return typeof value === "number" ? formatNumber(value, ctx.locale) : String(value);
    case "date":
      return formatDate(String(value), ctx.locale);
    case "dateTime":
      return formatDateTime(String(value), ctx.locale);
    case "boolean":
      return ctx.optionLabel("boolean", String(value === true || value === "true"));
    case "select":
      return optionText(field, String(value), ctx);
    case "multiSelect":
      return Array.isArray(value) ? value.map((v) => optionText(field, String(v), ctx)).join(", ") : String(value);
    case "tags":
    case "list":
      return listText(value);
    case "member":
      return ctx.memberName(String(value));
    case "stage":
      return ctx.stageName(String(value));
    case "pipeline":
      return ctx.pipelineName(String(value));
    case "company":
      return ctx.recordName("companies", String(value));
    default:
      return Array.isArray(value) ? listText(value) : String(value);
  }
}
