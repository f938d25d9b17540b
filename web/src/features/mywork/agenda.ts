// The meetings agenda: this week and next, from the first day of the reader's week, one
// heading per day.
import { allOf, condition } from "../../lib/filterText";
import { startOfLocalDay } from "./taskGroups";

export const AGENDA_DAYS = 14;

/** From the start of this week (0 = Sunday, 1 = Monday) to the end of next week, local time. */
export function agendaRange(now: Date, firstDayOfWeek: number): { from: Date; to: Date } {
  const back = (now.getDay() - firstDayOfWeek + 7) % 7;
  const from = startOfLocalDay(now, -back);
  return { from, to: startOfLocalDay(from, AGENDA_DAYS) };
}

export interface AgendaDay<T> {
  /** Local midnight of the day. */
  day: Date;
  meetings: T[];
}

/** Meetings grouped by the local day they start on, days and meetings in time order. */
export function agendaDays<T extends { occurred_at: string | null }>(meetings: readonly T[]): AgendaDay<T>[] {
  const byDay = new Map<number, AgendaDay<T>>();
  const timed = meetings
    .filter((m) => m.occurred_at && !Number.isNaN(new Date(m.occurred_at).getTime()))
    .sort((a, b) => new Date(a.occurred_at!).getTime() - new Date(b.occurred_at!).getTime());
  for (const meeting of timed) {
    const day = startOfLocalDay(new Date(meeting.occurred_at!));
    const entry = byDay.get(day.getTime()) ?? { day, meetings: [] };
    entry.meetings.push(meeting);
    byDay.set(day.getTime(), entry);
  }
  return [...byDay.values()];
}

/** The filter for one member's meetings in the range. */
export function meetingsFilter(memberId: string, from: Date, to: Date): string {
  return allOf(
    "kind eq meeting",
    condition("owner_id", "eq", memberId),
    condition("occurred_at", "gte", from.toISOString()),
    condition("occurred_at", "lt", to.toISOString()),
  );
}
