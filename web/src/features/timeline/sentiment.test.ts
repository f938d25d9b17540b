import { describe, expect, it } from "vitest";
import { formatConfidence, formatScore } from "./sentiment";

describe("formatScore", () => {
  it("signs the score and keeps two decimals", () => {
    expect(formatScore(0.8741, "en")).toBe("+0.87");
    expect(formatScore(-0.6, "en")).toBe("−0.60");
    expect(formatScore(0, "en")).toBe("0.00");
  });

  it("writes decimals the reader's way", () => {
    expect(formatScore(-0.93, "ru")).toBe("−0,93");
  });
});

describe("formatConfidence", () => {
  it("is a whole percentage", () => {
    expect(formatConfidence(0.937, "en")).toBe("94%");
  });
});
