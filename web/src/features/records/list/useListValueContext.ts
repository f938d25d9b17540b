// What a table needs to put its values into words: members, stages and pipelines from their
// shared queries, companies by name (fetched with each page, see useRecordPage).
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMembers, usePipelines } from "../../../api/hooks";
import { recordRefs, useRecordNames } from "../../../api/recordNames";
import { memberLabel } from "../../../lib/format";
import { optionLabel, type ValueContext } from "../../../lib/valueText";
import type { ListRow } from "./useRecordPage";

export function useListValueContext(rows: readonly ListRow[]): ValueContext {
  const { t, i18n } = useTranslation();
  const members = useMembers();
  const pipelines = usePipelines();
  const companies = useMemo(
    () => recordRefs("companies", rows.map((row) => (typeof row.company_id === "string" ? row.company_id : null))),
    [rows],
  );
  const names = useRecordNames(companies);
  const locale = i18n.language;
  // One object while nothing it shows changes, so the table's memoized rows stay as they are.
  return useMemo(() => {
    const memberNames = new Map((members.data ?? []).map((m) => [m.id, memberLabel(m)]));
    const pipelineNames = new Map((pipelines.data ?? []).map((p) => [p.id, p.name]));
    const stageNames = new Map((pipelines.data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
    return {
      locale,
      // A cell shows money without a currency of its own as a plain number.
      defaultCurrency: null,
      optionLabel: (field, value) => optionLabel(t, { key: field, custom: false }, value),
      memberName: (id) => memberNames.get(id) ?? "",
      stageName: (id) => stageNames.get(id) ?? "",
      pipelineName: (id) => pipelineNames.get(id) ?? "",
      recordName: (object, id) => names(object, id) ?? "",
    };
  }, [t, locale, members.data, pipelines.data, names]);
}
