// The dashboard's learned insights: the revenue forecast and the deals at risk. Both come
// from the workspace's own history, so they are asked for apart from the report and may be
// missing (a new workspace has nothing to learn from; an older server has no such routes).
import { useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import { monthLabel } from "./dashboardData";

export const FORECAST_MONTHS = 3;

export interface ForecastMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Expected won revenue, and the band around it; in major units of the forecast's currency. */
  expected: number;
  low: number;
  high: number;
  from_open_deals: number;
  from_new_deals: number;
}

/** `GET /api/v1/insights/forecast`. */
export interface Forecast {
  as_of: string;
  /** The workspace's default currency: the amounts are in it; deals in others are left out. */
  currency: string;
  other_currency_deals: number;
  open_deals: number;
  /** Won and lost deals the model learned from. */
  closed_deals: number;
  /** The band's lower and upper quantiles, e.g. `[0.1, 0.9]`. */
  band: number[];
  /** This month first. */
  months: ForecastMonth[];
}

export interface DealAtRisk {
  deal_id: string;
  name: string;
  stage: string;
  /** Why, in the server's words. */
  reasons: string[];
}

export function useForecast(months: number = FORECAST_MONTHS) {
  return useQuery({
    queryKey: [...queryKeys.dashboard, "forecast", months] as const,
    queryFn: ({ signal }) => api<Forecast>(`/api/v1/insights/forecast${query({ months })}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useDealsAtRisk() {
  return useQuery({
    queryKey: [...queryKeys.dashboard, "deals-at-risk"] as const,
    queryFn: ({ signal }) => api<{ data: DealAtRisk[] }>("/api/v1/insights/deals-at-risk", { signal }).then((r) => r.data),
    staleTime: 60_000,
  });
}

export interface ForecastRow {
  month: string;
  expected: number;
  /** Low and high: drawn as one band. */
  band: [number, number];
  fromOpen: number;
  fromNew: number;
}

/** What the forecast chart draws, month by month, with readable month names. */
export function forecastRows(forecast: Forecast, locale: string): ForecastRow[] {
  return forecast.months.map((m) => ({
    month: monthLabel(m.month, locale),
    expected: m.expected,
    band: [Math.min(m.low, m.high), Math.max(m.low, m.high)],
    fromOpen: m.from_open_deals,
    fromNew: m.from_new_deals,
  }));
}

/** The band's quantiles as whole percentiles: `[0.1, 0.9]` → `[10, 90]`; `null` when odd. */
export function bandPercentiles(band: number[]): [number, number] | null {
  const [low, high] = band;
  if (band.length !== 2 || low === undefined || high === undefined) return null;
  if (!(low >= 0 && low < high && high <= 1)) return null;
  return [Math.round(low * 100), Math.round(high * 100)];
}
