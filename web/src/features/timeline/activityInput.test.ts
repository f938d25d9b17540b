import { describe, expect, it } from "vitest";
import { callInput, emailInput, formErrors, meetingInput, minutesToSeconds, noteInput, taskInput } from "./activityInput";

const person = { person_id: "p1", company_id: "c1" };

describe("activity inputs", () => {
  it("posts a note with its links and trimmed text", () => {
    expect(noteInput({ body: "  Called back  " }, person)).toEqual({
      kind: "note",
      body: "Called back",
      person_id: "p1",
      company_id: "c1",
    });
  });

  it("turns call minutes into seconds and leaves out what was left empty", () => {
    expect(
      callInput({ direction: "outbound", minutes: 4.5, outcome: "connected", body: "", transcript: " " }, { deal_id: "d1" }),
    ).toEqual({ kind: "call", direction: "outbound", duration_seconds: 270, outcome: "connected", deal_id: "d1" });
    expect(minutesToSeconds("")).toBeNull();
    expect(minutesToSeconds(-1)).toBeNull();
    expect(minutesToSeconds("12")).toBe(720);
  });

  it("sends a task's due time as an instant and its subject as the title", () => {
    const input = taskInput(
      { subject: "Send proposal", due_at: "2026-12-01 09:30:00", assignee_id: "m1", priority: "high" },
      { company_id: "c1" },
    );
    expect(input.kind).toBe("task");
    expect(input.subject).toBe("Send proposal");
    expect(input.due_at).toBe(new Date(2026, 11, 1, 9, 30).toISOString());
    expect(input.assignee_id).toBe("m1");
  });

  it("keeps an email's recipients as a list", () => {
    expect(
      emailInput(
        { direction: "outbound", subject: "Proposal", body: "Hi", email_from: "me@x.example", email_to: [" a@b.example ", ""] },
        person,
      ),
    ).toMatchObject({ email_to: ["a@b.example"], email_from: "me@x.example", subject: "Proposal" });
  });

  it("maps a meeting's start and end to occurred_at and ends_at", () => {
    const input = meetingInput(
      { subject: "Demo", occurred_at: "2026-12-02 10:00:00", ends_at: "2026-12-02 11:00:00", location: "Zoom", body: "" },
      person,
    );
    expect(input.occurred_at).toBe(new Date(2026, 11, 2, 10).toISOString());
    expect(input.ends_at).toBe(new Date(2026, 11, 2, 11).toISOString());
    expect(input.location).toBe("Zoom");
  });
});

describe("formErrors", () => {
  it("puts API errors on the form's fields and keeps the rest apart", () => {
    const result = formErrors(
      [
        { field: "duration_seconds", message: "must be at most 86400" },
        { field: "email_to.0", message: "is not an email address" },
        { field: "person_id", message: "no such person" },
      ],
      ["minutes", "email_to", "body"],
    );
    expect(result.fields).toEqual({ minutes: "must be at most 86400", email_to: "is not an email address" });
    expect(result.other).toEqual(["person_id: no such person"]);
  });
});
