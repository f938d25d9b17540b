import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { dueAt, type DueHint } from "./dueHint";

// A Wednesday afternoon, local time.
const WEDNESDAY = new Date(2026, 10, 25, 15, 30);

function due(hint: DueHint | null, from: Date = WEDNESDAY): string | null {
  const at = dueAt(hint, from);
  return at ? dayjs(at).format("YYYY-MM-DD HH:mm ddd") : null;
}

describe("dueAt", () => {
  it("counts days from the day of the activity, due at nine in the morning", () => {
    expect(due({ kind: "today" })).toBe("2026-11-25 09:00 Wed");
    expect(due({ kind: "tomorrow" })).toBe("2026-11-26 09:00 Thu");
    expect(due({ kind: "day_after_tomorrow" })).toBe("2026-11-27 09:00 Fri");
    expect(due({ kind: "in_days", days: 10 })).toBe("2026-12-05 09:00 Sat");
  });

  it("takes a weekday as the next such day, a week on when said on that day", () => {
    expect(due({ kind: "weekday", day: "thursday" })).toBe("2026-11-26 09:00 Thu");
    expect(due({ kind: "weekday", day: "monday" })).toBe("2026-11-30 09:00 Mon");
    expect(due({ kind: "weekday", day: "wednesday" })).toBe("2026-12-02 09:00 Wed");
    expect(due({ kind: "weekday", day: "sunday" })).toBe("2026-11-29 09:00 Sun");
  });

  it("ends the week on Friday, the next one when said at the weekend", () => {
    expect(due({ kind: "end_of_week" })).toBe("2026-11-27 09:00 Fri");
    expect(due({ kind: "this_week" })).toBe("2026-11-27 09:00 Fri");
    expect(due({ kind: "end_of_week" }, new Date(2026, 10, 27, 18))).toBe("2026-11-27 09:00 Fri");
    expect(due({ kind: "end_of_week" }, new Date(2026, 10, 28, 10))).toBe("2026-12-04 09:00 Fri");
  });

  it("puts next week seven days on", () => {
    expect(due({ kind: "next_week" })).toBe("2026-12-02 09:00 Wed");
  });

  it("finds the last day of the month and of the quarter", () => {
    expect(due({ kind: "end_of_month" })).toBe("2026-11-30 09:00 Mon");
    expect(due({ kind: "end_of_month" }, new Date(2028, 1, 10))).toBe("2028-02-29 09:00 Tue");
    expect(due({ kind: "end_of_quarter" })).toBe("2026-12-31 09:00 Thu");
    expect(due({ kind: "end_of_quarter" }, new Date(2026, 4, 31))).toBe("2026-06-30 09:00 Tue");
    expect(due({ kind: "next_month" }, new Date(2027, 0, 31))).toBe("2027-02-28 09:00 Sun");
  });

  it("reads a date said in full or in part", () => {
    expect(due({ kind: "date", year: 2027, month: 1, day: 15 })).toBe("2027-01-15 09:00 Fri");
    // No year: the next time that day comes.
    expect(due({ kind: "date", year: null, month: 12, day: 1 })).toBe("2026-12-01 09:00 Tue");
    expect(due({ kind: "date", year: null, month: 3, day: 1 })).toBe("2027-03-01 09:00 Mon");
    // No month: this month's day, or the next month's when it has passed or does not exist.
    expect(due({ kind: "date", day: 30 })).toBe("2026-11-30 09:00 Mon");
    expect(due({ kind: "date", day: 25 })).toBe("2026-11-25 09:00 Wed");
    expect(due({ kind: "date", day: 5 })).toBe("2026-12-05 09:00 Sat");
    expect(due({ kind: "date", day: 31 })).toBe("2026-12-31 09:00 Thu");
  });

  it("gives no date rather than a wrong one", () => {
    expect(due(null)).toBeNull();
    expect(due({ kind: "date", month: 2, day: 30 })).toBeNull();
    expect(due({ kind: "date", month: 13, day: 1 })).toBeNull();
    expect(due({ kind: "in_days", days: -1 })).toBeNull();
    expect(due({ kind: "someday" } as unknown as DueHint)).toBeNull();
    expect(dueAt({ kind: "today" }, new Date("not a date"))).toBeNull();
  });
});
