import { describe, expect, it } from "vitest";
import { hasTrend, sparklineValues, trendColor } from "./sentimentTrend";

describe("sparklineValues", () => {
  it("draws the rolling averages oldest first, clamped, without bad values", () => {
    const rolling = [
      { at: "2026-03-02T00:00:00Z", average: -1.4 },
      { at: "2026-03-01T00:00:00Z", average: 0.5 },
      { at: "2026-03-03T00:00:00Z", average: Number.NaN },
      { at: "2026-03-04T00:00:00Z", average: -0.25 },
    ];
    expect(sparklineValues({ rolling })).toEqual([0.5, -1, -0.25]);
  });
});

describe("hasTrend", () => {
  it("needs at least one scored activity", () => {
    expect(hasTrend(null)).toBe(false);
    expect(hasTrend({ points: [], rolling: [], alert: null })).toBe(false);
    expect(
      hasTrend({ points: [{ activity_id: "a", at: "2026-03-01T00:00:00Z", score: 0.2, label: "positive" }], rolling: [], alert: null }),
    ).toBe(true);
  });
});

describe("trendColor", () => {
  it("colours by the latest average", () => {
    expect(trendColor(-0.5)).toBe("red");
    expect(trendColor(0)).toBe("gray");
    expect(trendColor(0.4)).toBe("teal");
    expect(trendColor(undefined)).toBe("gray");
  });
});
