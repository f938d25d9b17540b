// A field's label as the fields panel shows it (`stage_id` → "Stage"), for error messages.
import { useTranslation } from "react-i18next";
import type { ObjectName } from "../../api/types";

export function useFieldLabel(object: ObjectName): (field: string) => string {
  const { t, i18n } = useTranslation("fields");
  return (field) => {
    for (const key of [`${object}.${field}`, `common.${field}`]) {
      if (i18n.exists(`fields:${key}`)) return t(key);
    }
    return field;
  };
}
