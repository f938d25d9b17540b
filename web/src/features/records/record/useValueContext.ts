// Everything `valueText` needs to turn ids and options into words, from the shared queries.
import { useTranslation } from "react-i18next";
import { useMembers, usePipelines, useWorkspace } from "../../../api/hooks";
import type { ValueContext } from "./valueText";
import { useRecordNames, type RecordRef } from "./useRecordNames";

export function useValueContext(refs: RecordRef[] = []): ValueContext {
  const { t, i18n } = useTranslation(["fields", "record"]);
  const members = useMembers();
  const pipelines = usePipelines();
  const names = useRecordNames(refs);
  const workspace = useWorkspace();
  const defaultCurrency = workspace.data?.settings.default_currency;
  const stages = new Map((pipelines.data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
  return {
    locale: i18n.language,
    defaultCurrency: typeof defaultCurrency === "string" ? defaultCurrency : null,
    optionLabel: (field, value) => t(`fields:values.${field}.${value}`, { defaultValue: value }),
    memberName: (id) => members.data?.find((m) => m.id === id)?.name ?? t("record:unknown.member"),
    stageName: (id) => stages.get(id) ?? t("record:unknown.stage"),
    pipelineName: (id) => pipelines.data?.find((p) => p.id === id)?.name ?? t("record:unknown.pipeline"),
    recordName: (object, id) => {
      const name = names(object, id);
      if (name === undefined) return "…";
      return name ?? t("record:unknown.deleted");
    },
  };
}
