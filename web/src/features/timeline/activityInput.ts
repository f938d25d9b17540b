// What the composer's forms become when posted to `/api/v1/activities`, and how the API's
// field errors map back onto the form.
import { fromPickerDateTime } from "../../lib/dateValues";

/** The records a new activity belongs to. */
export interface ActivityLink {
  person_id?: string;
  company_id?: string;
  deal_id?: string;
}

export type NoteValues = {
  body: string;
};

export type TaskValues = {
  subject: string;
  /** The picker's local `YYYY-MM-DD HH:mm:ss`. */
  due_at: string | null;
  assignee_id: string | null;
  priority: string | null;
};

export type CallValues = {
  direction: string;
  minutes: number | string;
  outcome: string | null;
  body: string;
  transcript: string;
};

export type EmailValues = {
  direction: string;
  subject: string;
  body: string;
  email_from: string;
  email_to: string[];
};

export type MeetingValues = {
  subject: string;
  occurred_at: string | null;
  ends_at: string | null;
  location: string;
  body: string;
};

type Input = Record<string, unknown>;

/** Drops what the user left empty, so the server applies its own defaults. */
function compact(input: Input): Input {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)),
  );
}

function text(value: string): string {
  return value.trim();
}

export function noteInput(values: NoteValues, link: ActivityLink): Input {
  return compact({ kind: "note", body: text(values.body), ...link });
}

export function taskInput(values: TaskValues, link: ActivityLink): Input {
  return compact({
    kind: "task",
    subject: text(values.subject),
    due_at: fromPickerDateTime(values.due_at),
    assignee_id: values.assignee_id,
    priority: values.priority,
    ...link,
  });
}

/** Minutes as typed (`4.5`) become whole seconds. */
export function minutesToSeconds(minutes: number | string): number | null {
  if (minutes === "" || minutes === null) return null;
  const value = Number(minutes);
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 60) : null;
}

export function callInput(values: CallValues, link: ActivityLink): Input {
  return compact({
    kind: "call",
    direction: values.direction,
    duration_seconds: minutesToSeconds(values.minutes),
    outcome: values.outcome,
    body: text(values.body),
    transcript: text(values.transcript),
    ...link,
  });
}

export function emailInput(values: EmailValues, link: ActivityLink): Input {
  return compact({
    kind: "email",
    direction: values.direction,
    subject: text(values.subject),
    body: text(values.body),
    email_from: text(values.email_from),
    email_to: values.email_to.map((a) => a.trim()).filter(Boolean),
    ...link,
  });
}

export function meetingInput(values: MeetingValues, link: ActivityLink): Input {
  return compact({
    kind: "meeting",
    subject: text(values.subject),
    occurred_at: fromPickerDateTime(values.occurred_at),
    ends_at: fromPickerDateTime(values.ends_at),
    location: text(values.location),
    body: text(values.body),
    ...link,
  });
}

// API fields whose form field has another name.
const FORM_FIELD: Record<string, string> = { duration_seconds: "minutes" };

/** The API's field errors as form errors; errors about fields the form lacks are returned apart. */
export function formErrors(
  errors: { field: string; message: string }[],
  formFields: readonly string[],
): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const name = FORM_FIELD[field] ?? field.replace(/\.\d+$/, "");
    if (formFields.includes(name)) fields[name] = fields[name] ? `${fields[name]}; ${message}` : message;
    else other.push(`${field}: ${message}`);
  }
  return { fields, other };
}
