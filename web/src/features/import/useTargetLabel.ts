// What a field is called in the import wizard: the field's own label (src/api/fieldLabel.ts),
// or what the import links by ("Company (name or domain)", "Owner (by id)").
import { useTranslation } from "react-i18next";
import { fieldLabel } from "../../api/fieldLabel";
import { useFields } from "../../api/hooks";
import { LINKED_TARGETS } from "./targets";
import type { ImportObject } from "./types";

export function useTargetLabel(object: ImportObject): (field: string) => string {
  const { t } = useTranslation(["import", "fields"]);
  const fields = useFields(object).data;
  return (field) => {
    if ((LINKED_TARGETS[object] as readonly string[]).includes(field)) return t(`import:targets.${field}`);
    const info = fields?.find((f) => f.key === field);
    const label = fieldLabel(t, object, info ?? { key: field, custom: field.startsWith("custom.") });
    return info?.type === "id" ? t("import:targets.byId", { label }) : label;
  };
}
