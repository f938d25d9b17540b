// When an action item is due, as the text said it ("by Friday", "до конца месяца"), turned into
// a date. The hint is relative to when the call or note happened, not to today: "tomorrow"
// in last Monday's call meant last Tuesday.
import dayjs, { type Dayjs } from "dayjs";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The server's `DueHint`: a `kind` and, for some kinds, the numbers it needs. */
export type DueHint =
  | { kind: "today" | "tomorrow" | "day_after_tomorrow" | "this_week" | "end_of_week" | "next_week" }
  | { kind: "end_of_month" | "next_month" | "end_of_quarter" }
  | { kind: "weekday"; day: Weekday }
  | { kind: "in_days"; days: number }
  | { kind: "date"; year?: number | null; month?: number | null; day: number };

/** Tasks made from a hint are due at this local hour: the start of that working day. */
export const DUE_HOUR = 9;

const FRIDAY = 5;

/** The first day on or after `from` that falls on `weekday` (0 is Sunday). */
function onOrAfter(from: Dayjs, weekday: number): Dayjs {
  return from.add((weekday - from.day() + 7) % 7, "day");
}

/** The day of month `day` in the month of `month` (0-based), or `null` when that month has no such day. */
function dayOf(year: number, month: number, day: number): Dayjs | null {
  const date = dayjs(new Date(year, month, day));
  return date.month() === ((month % 12) + 12) % 12 && date.date() === day ? date : null;
}

/** A calendar date said in part: a missing month or year is the next one that puts the
 * date on or after the activity's day. */
function namedDate(from: Dayjs, hint: { year?: number | null; month?: number | null; day: number }): Dayjs | null {
  const { year, month, day } = hint;
  if (month !== undefined && month !== null && (month < 1 || month > 12)) return null;
  if (year && month) return dayOf(year, month - 1, day);
  if (month) {
    // Four years, so that 29 February finds a leap year.
    for (let y = from.year(); y <= from.year() + 4; y++) {
      const date = dayOf(y, month - 1, day);
      if (date && !date.isBefore(from, "day")) return date;
    }
    return null;
  }
  // Only a day of the month: this month's, or the next month that has it.
  for (let m = 0; m < 12; m++) {
    const date = dayOf(from.year(), from.month() + m, day);
    if (date && !date.isBefore(from, "day")) return date;
  }
  return null;
}

/** The calendar day a hint names, counted from the day of `occurredAt` (local time). */
export function dueDay(hint: DueHint | null | undefined, occurredAt: Date): Dayjs | null {
  if (!hint) return null;
  const from = dayjs(occurredAt).startOf("day");
  if (!from.isValid()) return null;
  switch (hint.kind) {
    case "today":
      return from;
    case "tomorrow":
      return from.add(1, "day");
    case "day_after_tomorrow":
      return from.add(2, "day");
    case "weekday": {
      const weekday = WEEKDAYS.indexOf(hint.day);
      if (weekday < 0) return null;
      // "On Thursday" said on a Thursday means the next one.
      return onOrAfter(from.add(1, "day"), weekday);
    }
    case "this_week":
    case "end_of_week":
      // Friday, or the next Friday when said over the weekend.
      return onOrAfter(from, FRIDAY);
    case "next_week":
      return from.add(7, "day");
    case "end_of_month":
      return from.endOf("month").startOf("day");
    case "next_month":
      return from.add(1, "month");
    case "end_of_quarter":
      return from
        .startOf("month")
        .month(Math.floor(from.month() / 3) * 3 + 2)
        .endOf("month")
        .startOf("day");
    case "in_days":
      return Number.isFinite(hint.days) && hint.days >= 0 ? from.add(Math.floor(hint.days), "day") : null;
    case "date":
      return Number.isInteger(hint.day) && hint.day >= 1 && hint.day <= 31 ? namedDate(from, hint) : null;
    default:
      // A kind this version does not know: no due date rather than a wrong one.
      return null;
  }
}

/** The instant a task made from the hint is due: `DUE_HOUR` local time on its day. */
export function dueAt(hint: DueHint | null | undefined, occurredAt: Date): Date | null {
  return dueDay(hint, occurredAt)?.hour(DUE_HOUR).toDate() ?? null;
}
