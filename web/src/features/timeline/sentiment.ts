// How a sentiment reads on screen: its colour and its score as a signed number.
import type { Sentiment } from "../../api/types";

export const SENTIMENT_COLORS: Record<Sentiment["label"], string> = {
  negative: "red",
  neutral: "gray",
  positive: "teal",
};

/** `0.8741` → `+0.87`, `-0.6` → `−0.60` (a real minus sign), `0` → `0.00`, in the reader's locale. */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  })
    .format(score)
    .replace("-", "−");
}

/** `0.937` → `94%`. */
export function formatConfidence(confidence: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(confidence);
}
