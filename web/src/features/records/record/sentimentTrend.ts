// How the activities with a person or company have been reading lately: each activity's
// sentiment score, a rolling average over them, and the server's alert when the recent
// average has dropped well below the usual one.
import { useQuery } from "@tanstack/react-query";
import { api, ApiProblem } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Sentiment } from "../../../api/types";

export interface SentimentPoint {
  activity_id: string;
  at: string;
  /** −1..1. */
  score: number;
  label: Sentiment["label"];
}

export interface RollingPoint {
  at: string;
  average: number;
}

export interface SentimentAlert {
  /** Why, in the server's words (plain text). */
  reason: string;
  recent_average: number;
  baseline_average: number;
}

/** `GET /api/v1/{people|companies}/{id}/sentiment`; points oldest first. */
export interface SentimentTrend {
  points: SentimentPoint[];
  rolling: RollingPoint[];
  alert: SentimentAlert | null;
}

export type TrendObject = "people" | "companies";

/** Under the record's timeline key: a new or edited activity refreshes the trend too. An
 * older server without the route answers 404: that is "no trend", not an error. */
export function useSentimentTrend(object: TrendObject, id: string) {
  return useQuery({
    queryKey: [...queryKeys.timeline(object, id), "sentiment"] as const,
    queryFn: async ({ signal }) => {
      try {
        return await api<SentimentTrend>(`/api/v1/${object}/${id}/sentiment`, { signal });
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The rolling averages the sparkline draws, clamped to −1..1, oldest first, bad values left out. */
export function sparklineValues(trend: Pick<SentimentTrend, "rolling">): number[] {
  return trend.rolling
    .filter((p) => typeof p.average === "number" && Number.isFinite(p.average))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((p) => Math.min(1, Math.max(-1, p.average)));
}

/** Whether there is anything to show: no scored activity, no card. */
export function hasTrend(trend: SentimentTrend | null | undefined): trend is SentimentTrend {
  return Boolean(trend && Array.isArray(trend.points) && trend.points.length > 0);
}

/** The colour of the line: by where the latest average sits. */
export function trendColor(latest: number | undefined): string {
  if (latest === undefined) return "gray";
  if (latest <= -0.2) return "red";
  if (latest >= 0.2) return "teal";
  return "gray";
}
