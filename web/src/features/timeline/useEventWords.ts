// What `describeEvent` needs to put an event of this record into words: field labels, and
// values with ids turned into names.
import { useTranslation } from "react-i18next";
import { useFieldLabel } from "../../api/fieldLabel";
import { useFields } from "../../api/hooks";
import type { RecordRef } from "../../api/recordNames";
import type { ObjectName } from "../../api/types";
import { useValueContext } from "../../api/valueContext";
import { fieldKind } from "../../lib/fieldKinds";
import { valueText } from "../../lib/valueText";
import type { EventWords } from "./eventText";

/** The records an event names, so their names can be fetched before it is shown. */
export function eventRefs(data: Record<string, unknown> | undefined): RecordRef[] {
  if (!data) return [];
  const refs: RecordRef[] = [];
  if (typeof data.person_id === "string") refs.push({ object: "people", id: data.person_id });
  const changes = Array.isArray(data.changes) ? (data.changes as { field?: unknown; old?: unknown; new?: unknown }[]) : [];
  for (const change of changes) {
    if (change.field !== "company_id") continue;
    for (const id of [change.old, change.new]) if (typeof id === "string") refs.push({ object: "companies", id });
  }
  return refs;
}

export function useEventWords(
  object: ObjectName,
  data: Record<string, unknown> | undefined,
  currency?: string | null,
): EventWords {
  const { t } = useTranslation(["timeline", "fields", "shared"]);
  const fields = useFields(object);
  const fieldLabel = useFieldLabel(object);
  const ctx = useValueContext(eventRefs(data));
  const fieldOf = (key: string) => fields.data?.find((f) => f.key === key);
  return {
    t: (key, options) => t(`timeline:${key}`, options ?? {}),
    fieldLabel,
    valueText: (key, value, eventCurrency) => {
      const field = fieldOf(key);
      const kind = field ? fieldKind(field) : "text";
      // Only a deal's amount is in the deal's currency; other money uses the workspace's.
      const code = key === "amount" ? (eventCurrency === undefined ? currency : eventCurrency) : undefined;
      return valueText({ key, kind, custom: field?.custom ?? false }, value, ctx, code);
    },
    stageName: ctx.stageName,
    personName: (id) => {
      const name = ctx.recordName("people", id);
      return name === t("shared:unknown.deleted") ? t("timeline:events.deletedPerson") : name;
    },
  };
}
