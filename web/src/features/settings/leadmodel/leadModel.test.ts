import { describe, expect, it } from "vitest";
import { calibrationRows, formatMetric, isFinished } from "./leadModel";

describe("calibrationRows", () => {
  it("keeps the non-empty bins, lowest first", () => {
    const rows = calibrationRows([
      { lower: 0.5, upper: 0.6, count: 4, mean_predicted: 0.55, observed_rate: 0.5 },
      { lower: 0.1, upper: 0.2, count: 0, mean_predicted: 0, observed_rate: 0 },
      { lower: 0, upper: 0.1, count: 10, mean_predicted: 0.05, observed_rate: 0.1 },
      { lower: 0.9, upper: 1, count: 2, mean_predicted: Number.NaN, observed_rate: 1 },
    ]);
    expect(rows).toEqual([
      { lower: 0, upper: 0.1, count: 10, predicted: 0.05, observed: 0.1 },
      { lower: 0.5, upper: 0.6, count: 4, predicted: 0.55, observed: 0.5 },
    ]);
    expect(calibrationRows(null)).toEqual([]);
  });
});

describe("isFinished", () => {
  it("is over when the job succeeded, died or was cancelled", () => {
    expect(isFinished({ status: "succeeded" })).toBe(true);
    expect(isFinished({ status: "dead" })).toBe(true);
    expect(isFinished({ status: "cancelled" })).toBe(true);
    expect(isFinished({ status: "running" })).toBe(false);
    expect(isFinished({ status: "queued" })).toBe(false);
    expect(isFinished(undefined)).toBe(false);
  });
});

describe("formatMetric", () => {
  it("rounds, and shows a dash for none", () => {
    expect(formatMetric(0.81234, "en")).toBe("0.81");
    expect(formatMetric(0.81234, "ru")).toBe("0,81");
    expect(formatMetric(0.1876, "en", 3)).toBe("0.188");
    expect(formatMetric(null, "en")).toBe("—");
  });
});
