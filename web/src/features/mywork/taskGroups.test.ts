import { describe, expect, it } from "vitest";
import { groupTasks, startOfLocalDay } from "./taskGroups";

// Times are built in the local time zone, as the reader sees them, so the tests hold in any zone.
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();
const task = (id: string, due: string | null) => ({ id, due_at: due });
const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id);

describe("groupTasks", () => {
  const now = new Date(2026, 2, 10, 15, 30); // 10 March 2026, 15:30 local

  it("sorts tasks into overdue, today, upcoming and no date by local calendar day", () => {
    const groups = groupTasks(
      [
        task("yesterday-late", local(2026, 3, 9, 23, 59)),
        task("this-morning", local(2026, 3, 10, 9)),
        task("midnight", local(2026, 3, 10, 0, 0)),
        task("tonight", local(2026, 3, 10, 23, 59)),
        task("tomorrow", local(2026, 3, 11, 0, 0)),
        task("next-month", local(2026, 4, 2, 12)),
        task("whenever", null),
      ],
      now,
    );
    expect(ids(groups.overdue)).toEqual(["yesterday-late"]);
    // Due earlier today is still today's work, not overdue.
    expect(ids(groups.today)).toEqual(["this-morning", "midnight", "tonight"]);
    expect(ids(groups.upcoming)).toEqual(["tomorrow", "next-month"]);
    expect(ids(groups.noDate)).toEqual(["whenever"]);
  });

  it("keeps the order it was given within each group", () => {
    const groups = groupTasks([task("b", local(2026, 1, 2)), task("a", local(2026, 1, 1))], now);
    expect(ids(groups.overdue)).toEqual(["b", "a"]);
  });

  it("puts an unreadable date with the undated tasks", () => {
    expect(ids(groupTasks([task("x", "soon")], now).noDate)).toEqual(["x"]);
  });

  it("is empty for no tasks", () => {
    expect(groupTasks([], now)).toEqual({ overdue: [], today: [], upcoming: [], noDate: [] });
  });
});

describe("startOfLocalDay", () => {
  it("gives local midnight, days ahead across a month end", () => {
    const start = startOfLocalDay(new Date(2026, 0, 31, 18), 1);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 1, 1, 0]);
  });
});
