// A deal's lead score as the server computes it (0–100, read-only), and how it is shown:
// a colour by band, the reasons as the server words them.

export type ScoreBand = "high" | "medium" | "low";

export const BAND_COLORS: Record<ScoreBand, string> = {
  high: "green",
  medium: "yellow",
  low: "gray",
};

/** ≥ 70 high, 40–69 medium, below 40 low; `null` for no (or a nonsensical) score. */
export function scoreBand(score: unknown): ScoreBand | null {
  if (typeof score !== "number" || !Number.isFinite(score)) return null;
  if (score >= 70) return "high";
  if (score >= 40) return "medium";
  return "low";
}

/** The reasons, kept to non-empty strings (the server's words, shown as plain text). */
export function scoreReasons(reasons: unknown): string[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.filter((r): r is string => typeof r === "string" && r.trim() !== "");
}

