// The fields of the "new record" form and the body it sends: empty fields are left out so the
// server applies its defaults, and the person creating the record owns it.
import type { ListObject } from "./columns";

export type NewRecordValues = Record<string, string | number>;

export const NEW_RECORD_FIELDS: Record<ListObject, string[]> = {
  people: ["first_name", "last_name", "email", "phone", "company_id"],
  companies: ["name", "domain", "industry"],
  deals: ["name", "amount", "currency", "pipeline_id", "stage_id", "company_id"],
};

export function newRecordBody(object: ListObject, values: NewRecordValues, ownerId?: string): Record<string, unknown> {
  const body: Record<string, unknown> = ownerId ? { owner_id: ownerId } : {};
  for (const key of NEW_RECORD_FIELDS[object]) {
    const value = values[key];
    if (typeof value === "number") {
      body[key] = value;
      continue;
    }
    const text = (value ?? "").trim();
    if (!text) continue;
    body[key] = key === "currency" ? text.toUpperCase() : text;
  }
  // A currency alone says nothing; it goes with an amount.
  if (body.amount === undefined) delete body.currency;
  return body;
}
