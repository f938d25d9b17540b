// What a field is called, everywhere: custom fields carry the label their creator gave them,
// standard fields are labelled from the shared `fields` namespace (`fields:<object>.<key>`,
// else `fields:common.<key>`), and anything unknown keeps its key.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useFields, type FieldInfo } from "./hooks";
import type { ObjectName } from "./types";

export type LabelledField = Pick<FieldInfo, "key" | "custom"> & { label?: string | null };

export function fieldLabel(t: TFunction, object: ObjectName, field: LabelledField): string {
  if (field.custom) return field.label || field.key.replace(/^custom\./, "");
  return t([`fields:${object}.${field.key}`, `fields:common.${field.key}`], { defaultValue: field.key });
}

/** Labels fields by key (as API errors name them), custom ones from the object's `/fields`. */
export function useFieldLabel(object: ObjectName): (key: string) => string {
  const { t } = useTranslation("fields");
  const fields = useFields(object).data;
  return (key) => {
    const field = fields?.find((f) => f.key === key) ?? { key, custom: key.startsWith("custom.") };
    return fieldLabel(t, object, field);
  };
}
