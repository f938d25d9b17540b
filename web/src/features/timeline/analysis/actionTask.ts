// An action item found in a call or note, as the task to create from it: linked to the same
// records as the activity, due when the text said, counted from when the activity happened.
import type { Activity, TimelineEntry } from "../../../api/types";
import type { ActionAssignee, ActionItem } from "./analysisApi";
import { dueAt } from "./dueHint";

/** When the activity happened: its own time, else when the timeline places it. */
export function activityMoment(activity: Pick<Activity, "occurred_at" | "created_at">, entry?: Pick<TimelineEntry, "at">): Date {
  return new Date(activity.occurred_at ?? entry?.at ?? activity.created_at);
}

export function actionTaskInput(
  item: Pick<ActionItem, "title" | "due">,
  activity: Pick<Activity, "person_id" | "company_id" | "deal_id">,
  occurredAt: Date,
): Record<string, unknown> {
  const input: Record<string, unknown> = { kind: "task", subject: item.title.trim() };
  for (const link of ["person_id", "company_id", "deal_id"] as const) {
    if (activity[link]) input[link] = activity[link];
  }
  const due = dueAt(item.due, occurredAt);
  if (due) input.due_at = due.toISOString();
  return input;
}

/** The assignee as the timeline says it: a name, or a word for speaker, team or other party;
 * `null` when the text does not say. */
export function assigneeKey(assignee: ActionAssignee): { name: string } | { key: "speaker" | "team" | "other" } | null {
  if (typeof assignee === "object" && assignee !== null && typeof assignee.named === "string") return { name: assignee.named };
  if (assignee === "speaker" || assignee === "team" || assignee === "other") return { key: assignee };
  return null;
}

/** Whether an activity has text worth analysing: a call, note or email that says something. */
export function analysable(activity: Pick<Activity, "kind" | "body" | "transcript">): boolean {
  if (activity.kind !== "call" && activity.kind !== "note" && activity.kind !== "email") return false;
  return Boolean(activity.body?.trim() || activity.transcript?.trim());
}
