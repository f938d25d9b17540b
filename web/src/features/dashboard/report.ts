// The dashboard report as `GET /api/v1/reports/dashboard` returns it, and its query.
// (The types belong in src/api/types.ts once the endpoint is in the OpenAPI document.)
import { useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import type { AmountSum } from "../../api/types";

export interface StageOpen {
  stage_id: string;
  count: number;
  amounts: AmountSum[];
  /** Amounts times the stage's win probability. */
  weighted: AmountSum[];
}

export interface MonthClosed {
  /** `YYYY-MM`. */
  month: string;
  won: number;
  lost: number;
  won_amounts: AmountSum[];
  lost_amounts: AmountSum[];
}

export interface MemberActivity {
  member_id: string;
  note: number;
  task: number;
  call: number;
  email: number;
  meeting: number;
}

export interface StageConversion {
  stage_id: string;
  /** Deals that ever entered the stage. */
  entered: number;
  /** Of those, deals that later reached a further stage. */
  moved_on: number;
}

export interface DashboardReport {
  pipeline_id: string;
  open_by_stage: StageOpen[];
  /** Every one of the last `months` months, oldest first, zeros included. */
  closed_by_month: MonthClosed[];
  /** The last 30 days. */
  activity_by_member: MemberActivity[];
  /** The pipeline's stages in order. */
  stage_conversion: StageConversion[];
  /** The workspace's main currency: the one with the largest open amount. */
  currency: string | null;
}

export const REPORT_MONTHS = 12;

export function useDashboardReport(pipelineId: string | null) {
  return useQuery({
    queryKey: ["dashboard", pipelineId, REPORT_MONTHS] as const,
    queryFn: ({ signal }) =>
      api<DashboardReport>(`/api/v1/reports/dashboard${query({ pipeline_id: pipelineId, months: REPORT_MONTHS })}`, { signal }),
    enabled: pipelineId !== null,
    staleTime: 60_000,
  });
}
