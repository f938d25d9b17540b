// Open tasks sorted into the piles a rep works through: overdue, today, upcoming, and those
// with no due date. Days are the reader's calendar days, in their own time zone.

export interface TaskGroups<T> {
  overdue: T[];
  today: T[];
  upcoming: T[];
  noDate: T[];
}

export const TASK_GROUPS = ["overdue", "today", "upcoming", "noDate"] as const;
export type TaskGroupName = (typeof TASK_GROUPS)[number];

/** Local midnight of the day `date` falls on, `days` days later (calendar days, so DST-safe). */
export function startOfLocalDay(date: Date, days = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Groups tasks by due date relative to `now`; each group keeps the order it was given. */
export function groupTasks<T extends { due_at: string | null }>(tasks: readonly T[], now: Date): TaskGroups<T> {
  const today = startOfLocalDay(now).getTime();
  const tomorrow = startOfLocalDay(now, 1).getTime();
  const groups: TaskGroups<T> = { overdue: [], today: [], upcoming: [], noDate: [] };
  for (const task of tasks) {
    const due = task.due_at ? new Date(task.due_at).getTime() : Number.NaN;
    if (Number.isNaN(due)) groups.noDate.push(task);
    else if (due < today) groups.overdue.push(task);
    else if (due < tomorrow) groups.today.push(task);
    else groups.upcoming.push(task);
  }
  return groups;
}
