// Any field value as words, for table cells, the fields panel, conflict messages and the
// timeline; and the labels of a field's options, for the inputs that choose them.
import type { TFunction } from "i18next";
import type { RecordObject } from "../api/types";
import type { FieldKind, MoneyValue } from "./fieldKinds";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "./format";

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
  recordName: (object: RecordObject, id: string) => string;
}

export interface ValueField {
  key: string;
  kind: FieldKind;
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

/** The label of one option: standard fields' options are translated (`fields:values.<field>.<value>`),
 * custom fields' options are shown as their creator wrote them. */
export function optionLabel(t: TFunction, field: { key: string; custom: boolean }, value: string): string {
  if (field.custom) return value;
  return t(`fields:values.${field.key}.${value}`, { defaultValue: value });
}

/** A select field's options for a picker, labelled. */
export function optionData(t: TFunction, field: { key: string; custom: boolean; options: string[] | null }) {
  return (field.options ?? []).map((value) => ({ value, label: optionLabel(t, field, value) }));
}

/** Yes and no for a picker, in the reader's language. */
export function booleanData(t: TFunction) {
  return ["true", "false"].map((value) => ({ value, label: t(`fields:values.boolean.${value}`) }));
}
