import { describe, expect, it } from "vitest";
import { dayTitle } from "./dayTitle";

describe("dayTitle", () => {
  const day = new Date(2026, 10, 25);

  it("raises only the first letter", () => {
    expect(dayTitle(day, "ru")).toBe("Среда, 25 ноября");
    expect(dayTitle(day, "en")).toBe("Wednesday, November 25");
  });
});
