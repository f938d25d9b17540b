// A field's label: custom fields carry their own, standard ones come from the `fields` namespace.
import type { TFunction } from "i18next";
import type { FieldInfo } from "../../../api/hooks";
import type { ObjectName } from "../../../api/types";

export function fieldLabel(
  t: TFunction,
  object: ObjectName,
  field: Pick<FieldInfo, "key" | "custom" | "label">,
): string {
  if (field.custom) return field.label ?? field.key.replace(/^custom\./, "");
  return t(`fields:${object}.${field.key}`, {
    defaultValue: t(`fields:common.${field.key}`, { defaultValue: field.key }),
  });
}
