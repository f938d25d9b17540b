import { describe, expect, it } from "vitest";
import { agendaDays, agendaRange, meetingsFilter } from "./agenda";

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const parts = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()];

describe("agendaRange", () => {
  const wednesday = local(2026, 3, 11, 15);

  it("starts on Monday for a Monday-first week and covers two weeks", () => {
    const { from, to } = agendaRange(wednesday, 1);
    expect(parts(from)).toEqual([2026, 3, 9, 0]);
    expect(parts(to)).toEqual([2026, 3, 23, 0]);
  });

  it("starts on Sunday for a Sunday-first week", () => {
    expect(parts(agendaRange(wednesday, 0).from)).toEqual([2026, 3, 8, 0]);
  });

  it("starts today when today is the first day of the week", () => {
    expect(parts(agendaRange(local(2026, 3, 9, 8), 1).from)).toEqual([2026, 3, 9, 0]);
    expect(parts(agendaRange(local(2026, 3, 8, 8), 1).from)).toEqual([2026, 3, 2, 0]);
  });
});

describe("agendaDays", () => {
  const meeting = (id: string, at: Date | null) => ({ id, occurred_at: at ? at.toISOString() : null });

  it("groups by local day in time order and skips meetings without a time", () => {
    const days = agendaDays([
      meeting("late", local(2026, 3, 10, 17)),
      meeting("next", local(2026, 3, 12, 9)),
      meeting("early", local(2026, 3, 10, 9)),
      meeting("none", null),
    ]);
    expect(days.map((d) => [parts(d.day), d.meetings.map((m) => m.id)])).toEqual([
      [[2026, 3, 10, 0], ["early", "late"]],
      [[2026, 3, 12, 0], ["next"]],
    ]);
  });
});

describe("meetingsFilter", () => {
  it("asks for the member's meetings in the range", () => {
    const from = new Date("2026-03-09T00:00:00.000Z");
    const to = new Date("2026-03-23T00:00:00.000Z");
    expect(meetingsFilter("m1", from, to)).toBe(
      'kind eq meeting and owner_id eq "m1" and occurred_at gte "2026-03-09T00:00:00.000Z" and occurred_at lt "2026-03-23T00:00:00.000Z"',
    );
  });
});
