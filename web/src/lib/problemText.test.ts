import { describe, expect, it } from "vitest";
import { ApiProblem } from "../api/client";
import { problemText } from "./problemText";

const label = (field: string) => ({ stage_id: "Stage", lost_reason: "Lost reason" })[field] ?? field;

describe("problemText", () => {
  it("names each offending field with its label", () => {
    const error = new ApiProblem({
      type: "/api/problems/validation",
      title: "Some values are not valid",
      status: 422,
      detail: "stage_id: unknown",
      errors: [
        { field: "stage_id", message: "is not a stage of the pipeline" },
        { field: "lost_reason", message: "is longer than 500 characters" },
      ],
    });
    expect(problemText(error, label)).toBe(
      "Stage: is not a stage of the pipeline; Lost reason: is longer than 500 characters",
    );
  });

  it("falls back to the detail, then the title", () => {
    const detail = new ApiProblem({ type: "x", title: "Conflict", status: 412, detail: "you edited version 1", errors: [] });
    expect(problemText(detail, label)).toBe("you edited version 1");
    const title = new ApiProblem({ type: "x", title: "Bad gateway", status: 502, detail: "" });
    expect(problemText(title, label)).toBe("Bad gateway");
  });

  it("says what any other error says", () => {
    expect(problemText(new Error("offline"), label)).toBe("offline");
    expect(problemText("odd", label)).toBe("odd");
  });
});
