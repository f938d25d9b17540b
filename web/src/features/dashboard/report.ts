// The dashboard report's query (the report's shape is `DashboardReport` in src/api/types.ts).
import { useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import type { DashboardReport } from "../../api/types";

export const REPORT_MONTHS = 12;

export function useDashboardReport(pipelineId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.dashboard, pipelineId, REPORT_MONTHS] as const,
    queryFn: ({ signal }) =>
      api<DashboardReport>(`/api/v1/reports/dashboard${query({ pipeline_id: pipelineId, months: REPORT_MONTHS })}`, { signal }),
    enabled: pipelineId !== null,
    staleTime: 60_000,
  });
}
