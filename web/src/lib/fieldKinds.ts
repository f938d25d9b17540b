// What kind of value a field holds, decided once from what `/fields` says about it: it picks
// how the value is put into words (valueText.ts) and which input edits it.
import type { FieldInfo } from "../api/hooks";

export type FieldKind =
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

const BY_TYPE: Record<string, FieldKind> = {
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

const BY_REFERENCE: Record<string, FieldKind> = {
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

/** What an `id` field points at (`members`, `companies`, `stages`, …); null for other fields. */
export function fieldReference(field: Pick<FieldInfo, "key" | "type" | "references">): string | null {
  return field.references ?? (field.type === "id" ? (REFERENCE_BY_KEY[field.key] ?? null) : null);
}

export function fieldKind(field: Pick<FieldInfo, "key" | "type" | "references">): FieldKind {
  if (field.type === "id") return BY_REFERENCE[fieldReference(field) ?? ""] ?? "reference";
  return BY_TYPE[field.type] ?? "text";
}

/** A deal's amount goes with its currency. */
export interface MoneyValue {
  amount: number | null;
  currency: string | null;
}
