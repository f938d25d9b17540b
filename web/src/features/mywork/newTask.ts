// The quick "new task" form's data: what it sends, and where the server's complaints go.
import { ApiProblem } from "../../api/client";
import { fromPickerDateTime } from "../../lib/dateValues";
import type { RecordLink } from "./RecordPicker";

export interface NewTaskValues {
  subject: string;
  /** As the date picker gives it: `YYYY-MM-DD HH:mm:ss`, local time. */
  due: string | null;
  link: RecordLink | null;
}

const LINK_FIELD = { person: "person_id", company: "company_id", deal: "deal_id" } as const;

/** The task to create, assigned to me. */
export function newTaskBody(values: NewTaskValues, memberId: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    kind: "task",
    subject: values.subject.trim(),
    status: "open",
    assignee_id: memberId,
  };
  const due = fromPickerDateTime(values.due);
  if (due) body.due_at = due;
  if (values.link) body[LINK_FIELD[values.link.kind]] = values.link.id;
  return body;
}

/** The form field an API field error belongs to. */
function formField(apiField: string): keyof NewTaskValues | null {
  if (apiField === "subject") return "subject";
  if (apiField === "due_at") return "due";
  if (apiField === "person_id" || apiField === "company_id" || apiField === "deal_id") return "link";
  return null;
}

/** Field errors to show beside the inputs, and whatever is left for the form as a whole. */
export function newTaskErrors(
  error: unknown,
  fieldLabel: (field: string) => string = (field) => field,
): { fields: Partial<Record<keyof NewTaskValues, string>>; rest: string | null } {
  const fields: Partial<Record<keyof NewTaskValues, string>> = {};
  const rest: string[] = [];
  if (error instanceof ApiProblem && error.problem.errors?.length) {
    for (const e of error.problem.errors) {
      const field = formField(e.field);
      if (field && !fields[field]) fields[field] = e.message;
      else if (!field) rest.push(e.field ? `${fieldLabel(e.field)}: ${e.message}` : e.message);
    }
  } else if (error instanceof Error) {
    rest.push(error.message);
  }
  return { fields, rest: rest.length ? rest.join("; ") : null };
}
