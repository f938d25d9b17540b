import { describe, expect, it } from "vitest";
import { daysInStage, formatDays, initials } from "./cardFacts";

describe("initials", () => {
  it("takes the first letters of the first and last words", () => {
    expect(initials("Alex Morgan")).toBe("AM");
    expect(initials("Мария Ивановна Петрова")).toBe("МП");
    expect(initials("alex")).toBe("A");
  });

  it("uses the local part of an email and ignores blank input", () => {
    expect(initials("jane.doe@example.com")).toBe("JD");
    expect(initials("  ")).toBe("");
  });
});

describe("daysInStage", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("counts whole days", () => {
    expect(daysInStage("2026-03-10T08:00:00Z", now)).toBe(0);
    expect(daysInStage("2026-03-09T11:59:00Z", now)).toBe(1);
    expect(daysInStage("2026-02-08T12:00:00Z", now)).toBe(30);
  });

  it("is null without a time and never negative", () => {
    expect(daysInStage(null, now)).toBeNull();
    expect(daysInStage("not a time", now)).toBeNull();
    expect(daysInStage("2026-03-11T00:00:00Z", now)).toBe(0);
  });
});

describe("formatDays", () => {
  it("follows each language's plural rules", () => {
    expect(formatDays(1, "en")).toBe("1 day");
    expect(formatDays(5, "en")).toBe("5 days");
    expect(formatDays(2, "ru")).toBe("2 дня");
    expect(formatDays(5, "ru")).toBe("5 дней");
  });
});
