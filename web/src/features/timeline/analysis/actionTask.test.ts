import { describe, expect, it } from "vitest";
import { actionTaskInput, activityMoment, analysable, assigneeKey } from "./actionTask";

const call = { person_id: "p1", company_id: null, deal_id: "d1" };

describe("actionTaskInput", () => {
  it("makes a task linked to the activity's records, due when the text said", () => {
    const input = actionTaskInput(
      { title: " Send a revised schedule ", due: { kind: "tomorrow" } },
      call,
      new Date(2026, 10, 25, 15, 30),
    );
    expect(input).toEqual({
      kind: "task",
      subject: "Send a revised schedule",
      person_id: "p1",
      deal_id: "d1",
      due_at: new Date(2026, 10, 26, 9, 0).toISOString(),
    });
  });

  it("leaves the due date out when the text gave none", () => {
    const input = actionTaskInput({ title: "Call about the proposal", due: null }, call, new Date(2026, 10, 25));
    expect(input).not.toHaveProperty("due_at");
  });
});

describe("activityMoment", () => {
  it("is when the activity happened, else when it was logged", () => {
    expect(activityMoment({ occurred_at: "2026-11-20T10:00:00Z", created_at: "2026-11-21T10:00:00Z" }).toISOString()).toBe(
      "2026-11-20T10:00:00.000Z",
    );
    expect(activityMoment({ occurred_at: null, created_at: "2026-11-21T10:00:00Z" }).toISOString()).toBe(
      "2026-11-21T10:00:00.000Z",
    );
    expect(
      activityMoment({ occurred_at: null, created_at: "2026-11-21T10:00:00Z" }, { at: "2026-11-19T08:00:00Z" }).toISOString(),
    ).toBe("2026-11-19T08:00:00.000Z");
  });
});

describe("assigneeKey", () => {
  it("names a person, or says speaker, team or other party", () => {
    expect(assigneeKey({ named: "Patricia Smith" })).toEqual({ name: "Patricia Smith" });
    expect(assigneeKey("team")).toEqual({ key: "team" });
    expect(assigneeKey("unknown")).toBeNull();
  });
});

describe("analysable", () => {
  it("is a call, note or email with text", () => {
    expect(analysable({ kind: "call", body: null, transcript: "Anna: I'll send it" })).toBe(true);
    expect(analysable({ kind: "note", body: "Budget is tight", transcript: null })).toBe(true);
    expect(analysable({ kind: "email", body: "  ", transcript: null })).toBe(false);
    expect(analysable({ kind: "call", body: null, transcript: null })).toBe(false);
    expect(analysable({ kind: "meeting", body: "Agenda", transcript: null })).toBe(false);
  });
});
