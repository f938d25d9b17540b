import { describe, expect, it } from "vitest";
import { ApiProblem } from "../../api/client";
import { newTaskBody, newTaskErrors } from "./newTask";

describe("newTaskBody", () => {
  it("creates an open task assigned to me, linked to the chosen record, due in local time", () => {
    const body = newTaskBody(
      { subject: "  Send the proposal ", due: "2026-03-10 17:00:00", link: { kind: "deal", id: "d1", title: "Renewal" } },
      "m1",
    );
    expect(body).toEqual({
      kind: "task",
      subject: "Send the proposal",
      status: "open",
      assignee_id: "m1",
      due_at: new Date(2026, 2, 10, 17, 0, 0).toISOString(),
      deal_id: "d1",
    });
  });

  it("leaves out what was not given", () => {
    expect(newTaskBody({ subject: "Call", due: null, link: null }, "m1")).toEqual({
      kind: "task",
      subject: "Call",
      status: "open",
      assignee_id: "m1",
    });
  });
});

describe("newTaskErrors", () => {
  it("puts field errors beside their inputs and the rest on the form", () => {
    const error = new ApiProblem({
      type: "x",
      title: "Invalid",
      status: 422,
      detail: "",
      errors: [
        { field: "person_id", message: "an activity must be linked to a person, a company or a deal" },
        { field: "due_at", message: "is not a time" },
        { field: "priority", message: "is not one of low, normal, high" },
      ],
    });
    expect(newTaskErrors(error, (field) => field.toUpperCase())).toEqual({
      fields: { link: "an activity must be linked to a person, a company or a deal", due: "is not a time" },
      rest: "PRIORITY: is not one of low, normal, high",
    });
  });

  it("shows any other failure on the form", () => {
    expect(newTaskErrors(new Error("offline"))).toEqual({ fields: {}, rest: "offline" });
  });
});
