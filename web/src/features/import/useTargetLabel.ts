// What a field is called in the import wizard: the shared field labels, the custom field's
// own label, or what the import links by ("Company (name or domain)").
import { useTranslation } from "react-i18next";
import { useFields } from "../../api/hooks";
import { LINKED_TARGETS } from "./targets";
import type { ImportObject } from "./types";

export function useTargetLabel(object: ImportObject): (field: string) => string {
  const { t, i18n } = useTranslation(["import", "fields"]);
  const fields = useFields(object).data;
  return (field) => {
    if ((LINKED_TARGETS[object] as readonly string[]).includes(field)) return t(`import:targets.${field}`);
    const info = fields?.find((f) => f.key === field);
    if (field.startsWith("custom.")) return info?.label ?? field.slice("custom.".length);
    const key = [`fields:${object}.${field}`, `fields:common.${field}`].find((k) => i18n.exists(k));
    const label = key ? t(key) : field;
    return info?.type === "id" ? t("import:targets.byId", { label }) : label;
  };
}
