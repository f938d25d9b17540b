// A created record's values as the record page would show them: field labels, and ids,
// options, money and dates in words.
import { useFieldLabel } from "../../../api/fieldLabel";
import { useFields } from "../../../api/hooks";
import type { ObjectName } from "../../../api/types";
import { useValueContext } from "../../../api/valueContext";
import { fieldKind, fieldReference } from "../../../lib/fieldKinds";
import { valueText } from "../../../lib/valueText";
import { factRefs, truncate, type Fact } from "./auditEntry";

export interface FactText {
  label: string;
  value: string;
}

export function useRecordFacts(object: ObjectName, facts: Fact[]): FactText[] {
  const fields = useFields(object);
  const label = useFieldLabel(object);
  const ctx = useValueContext(factRefs(facts));
  const currency = facts.find((f) => f.key === "currency")?.value;
  return facts.map(({ key, value }) => {
    const field = fields.data?.find((f) => f.key === key) ?? { key, type: "text", references: null, custom: key.startsWith("custom.") };
    const reference = fieldReference(field);
    const text =
      reference === "people" || reference === "deals"
        ? ctx.recordName(reference, String(value))
        : valueText({ key, kind: fieldKind(field), custom: field.custom }, value, ctx, key === "amount" && typeof currency === "string" ? currency : undefined);
    return { label: label(key), value: truncate(text) };
  });
}
