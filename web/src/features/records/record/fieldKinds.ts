// How each field is shown and edited, decided once from what `/fields` says about it.
import type { FieldInfo } from "../../../api/hooks";
import type { RecordBase } from "../../../api/types";
import { fieldPatch, readField, type RecordObject } from "./recordTypes";

export type EditorKind =
  | "text"
  | "longText"
  | "email"
  | "phone"
  | "url"
  | "integer"
  | "number"
  | "money"
  | "currency"
  | "date"
  | "dateTime"
  | "boolean"
  | "select"
  | "multiSelect"
  | "tags"
  | "list"
  | "member"
  | "company"
  | "pipeline"
  | "stage"
  | "reference";

const BY_TYPE: Record<string, EditorKind> = {
  text: "text",
  domain: "text",
  "long text": "longText",
  email: "email",
  phone: "phone",
  url: "url",
  integer: "integer",
  number: "number",
  money: "money",
  currency: "currency",
  date: "date",
  "date-time": "dateTime",
  boolean: "boolean",
  select: "select",
  "multi-select": "multiSelect",
  multi_select: "multiSelect",
  tags: "tags",
  "list of emails": "list",
  "list of phones": "list",
  "list of domains": "list",
};

const BY_REFERENCE: Record<string, EditorKind> = {
  members: "member",
  companies: "company",
  pipelines: "pipeline",
  stages: "stage",
};

// Older servers do not say what an id field references; the names are stable.
const REFERENCE_BY_KEY: Record<string, string> = {
  owner_id: "members",
  assignee_id: "members",
  created_by: "members",
  company_id: "companies",
  pipeline_id: "pipelines",
  stage_id: "stages",
  person_id: "people",
  deal_id: "deals",
};

export function editorKind(field: Pick<FieldInfo, "key" | "type" | "references">): EditorKind {
  if (field.type === "id") {
    const target = field.references ?? REFERENCE_BY_KEY[field.key] ?? "";
    return BY_REFERENCE[target] ?? "reference";
  }
  return BY_TYPE[field.type] ?? "text";
}

/** Kinds whose editor is a single pick: choosing a value saves it, no Save button needed. */
export const SAVES_ON_PICK: ReadonlySet<EditorKind> = new Set([
  "boolean",
  "select",
  "member",
  "company",
  "pipeline",
  "stage",
  "currency",
]);

/** A deal's amount is edited together with its currency. */
export interface MoneyValue {
  amount: number | null;
  currency: string | null;
}

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
