import { describe, expect, it } from "vitest";
import { scoreBand, scoreReasons } from "./leadScore";

describe("scoreBand", () => {
  it("bands scores at 70 and 40", () => {
    expect(scoreBand(100)).toBe("high");
    expect(scoreBand(70)).toBe("high");
    expect(scoreBand(69)).toBe("medium");
    expect(scoreBand(40)).toBe("medium");
    expect(scoreBand(39)).toBe("low");
    expect(scoreBand(0)).toBe("low");
  });

  it("has no band without a score", () => {
    expect(scoreBand(null)).toBeNull();
    expect(scoreBand(undefined)).toBeNull();
    expect(scoreBand(Number.NaN)).toBeNull();
    expect(scoreBand("80")).toBeNull();
  });
});

describe("scoreReasons", () => {
  it("keeps the non-empty strings", () => {
    expect(scoreReasons(['"Source is referral" raises the score', "", 3, "  "])).toEqual(['"Source is referral" raises the score']);
    expect(scoreReasons(null)).toEqual([]);
  });
});
