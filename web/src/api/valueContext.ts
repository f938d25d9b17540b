// Everything `valueText` needs to turn ids and options into words, from the shared queries,
// saying so when what an id named is gone (a former member, a deleted stage or record).
import { useTranslation } from "react-i18next";
import { optionLabel, type ValueContext } from "../lib/valueText";
import { useMembers, usePipelines, useWorkspace } from "./hooks";
import { useRecordNames, type RecordRef } from "./recordNames";

export function useValueContext(refs: RecordRef[] = []): ValueContext {
  const { t, i18n } = useTranslation(["fields", "shared"]);
  const members = useMembers();
  const pipelines = usePipelines();
  const names = useRecordNames(refs);
  const workspace = useWorkspace();
  const defaultCurrency = workspace.data?.settings.default_currency;
  const stages = new Map((pipelines.data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
  return {
    locale: i18n.language,
    defaultCurrency: typeof defaultCurrency === "string" ? defaultCurrency : null,
    optionLabel: (field, value) => optionLabel(t, { key: field, custom: false }, value),
    memberName: (id) => members.data?.find((m) => m.id === id)?.name ?? t("shared:unknown.member"),
    stageName: (id) => stages.get(id) ?? t("shared:unknown.stage"),
    pipelineName: (id) => pipelines.data?.find((p) => p.id === id)?.name ?? t("shared:unknown.pipeline"),
    recordName: (object, id) => {
      const name = names(object, id);
      if (name === undefined) return "…";
      return name ?? t("shared:unknown.deleted");
    },
  };
}
