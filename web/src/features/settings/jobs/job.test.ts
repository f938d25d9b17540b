import { describe, expect, it } from "vitest";
import { canCancel, canRetry, isActive, progressPercent } from "./job";

describe("job actions", () => {
  it("retries dead and cancelled jobs, cancels queued ones", () => {
    expect(canRetry({ status: "dead" })).toBe(true);
    expect(canRetry({ status: "cancelled" })).toBe(true);
    expect(canRetry({ status: "queued" })).toBe(false);
    expect(canRetry({ status: "succeeded" })).toBe(false);
    expect(canCancel({ status: "queued" })).toBe(true);
    expect(canCancel({ status: "running" })).toBe(false);
    expect(canCancel({ status: "dead" })).toBe(false);
  });

  it("counts queued and running jobs as still changing", () => {
    expect(isActive({ status: "queued" })).toBe(true);
    expect(isActive({ status: "running" })).toBe(true);
    expect(isActive({ status: "succeeded" })).toBe(false);
  });
});

describe("progressPercent", () => {
  it("is a whole, clamped percentage", () => {
    expect(progressPercent(0.456)).toBe(46);
    expect(progressPercent(1.2)).toBe(100);
    expect(progressPercent(-1)).toBe(0);
    expect(progressPercent(null)).toBeNull();
  });
});
