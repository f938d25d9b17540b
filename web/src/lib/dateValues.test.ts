import { describe, expect, it } from "vitest";
import { fromPickerDateTime, toCalendarDate, toPickerDateTime } from "./dateValues";

describe("date values", () => {
  it("round-trips an API instant through the picker's local text", () => {
    const iso = "2026-11-25T10:20:00.000Z";
    const local = toPickerDateTime(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(fromPickerDateTime(local)).toBe(iso);
  });

  it("keeps calendar dates as dates and empties as null", () => {
    expect(toCalendarDate("2027-02-02")).toBe("2027-02-02");
    expect(toCalendarDate("2027-02-02 00:00:00")).toBe("2027-02-02");
    expect(toPickerDateTime(null)).toBeNull();
    expect(fromPickerDateTime("")).toBeNull();
  });
});
