// Names for the ids a table shows: members and pipelines from their shared queries, companies
// from the names each page brought along.
import type { InfiniteData } from "@tanstack/react-query";
import { useMemo } from "react";
import { useMembers, usePipelines } from "../../../api/hooks";
import type { Lookups } from "./cellValue";
import type { ListPage } from "./useRecordPage";

export function useLookups(data: InfiniteData<ListPage> | undefined): Lookups {
  const members = useMembers();
  const pipelines = usePipelines();
  return useMemo(() => {
    const memberNames = new Map((members.data ?? []).map((m) => [m.id, m.name || m.email]));
    const pipelineNames = new Map((pipelines.data ?? []).map((p) => [p.id, p.name]));
    const stageNames = new Map((pipelines.data ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
    const companyNames = new Map((data?.pages ?? []).flatMap((page) => Object.entries(page.companies)));
    return {
      member: (id) => memberNames.get(id) ?? "",
      company: (id) => companyNames.get(id) ?? "",
      stage: (id) => stageNames.get(id) ?? "",
      pipeline: (id) => pipelineNames.get(id) ?? "",
    };
  }, [members.data, pipelines.data, data]);
}
