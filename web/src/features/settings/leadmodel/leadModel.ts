// The lead model as the server describes it: how it scores deals, what it learned from, how
// well it ranks (AUC) and how honest its probabilities are (Brier score, calibration bins).
import type { JobStatus } from "../jobs/job";

export type LeadModelMethod = "rules" | "logistic" | "boostedtrees";

export interface CalibrationBin {
  lower: number;
  upper: number;
  count: number;
  mean_predicted: number;
  observed_rate: number;
}

/** `GET /api/v1/insights/lead-model`. */
export interface LeadModel {
  method: LeadModelMethod | string;
  /** Fewer than 50 closed deals: a transparent points table is used. */
  thin_history: boolean;
  examples: number;
  won: number;
  cv_auc: number | null;
  brier: number | null;
  calibration: CalibrationBin[];
  /** In the server's words (plain text). */
  warnings: string[];
  scored_open_deals: number;
  trained_at: string;
}

/** `POST /api/v1/insights/lead-model/train` answers with the job that trains. */
export interface TrainingJob {
  id: string;
  status: JobStatus;
  progress: number | null;
  last_error?: string | null;
}

export const KNOWN_METHODS: readonly string[] = ["rules", "logistic", "boostedtrees"];

/** Training is over, one way or the other: stop polling. */
export function isFinished(job: Pick<TrainingJob, "status"> | undefined): boolean {
  return job?.status === "succeeded" || job?.status === "dead" || job?.status === "cancelled";
}

export interface CalibrationRow {
  lower: number;
  upper: number;
  count: number;
  predicted: number;
  observed: number;
}

/** The bins worth a row: non-empty, with sensible numbers, lowest first. */
export function calibrationRows(bins: readonly CalibrationBin[] | null | undefined): CalibrationRow[] {
  return (bins ?? [])
    .filter(
      (b) =>
        b.count > 0 &&
        [b.lower, b.upper, b.mean_predicted, b.observed_rate].every((n) => typeof n === "number" && Number.isFinite(n)),
    )
    .sort((a, b) => a.lower - b.lower)
    .map((b) => ({ lower: b.lower, upper: b.upper, count: b.count, predicted: b.mean_predicted, observed: b.observed_rate }));
}

/** `0.8123` → `0.81`; `null` → `—`. */
export function formatMetric(value: number | null | undefined, locale: string, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** `0.25` → `25%`. */
export function formatRate(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}
