import { describe, expect, it } from "vitest";
import { problemFromResponse } from "./client";

describe("problemFromResponse", () => {
  it("reads a problem+json body", () => {
    const problem = { type: "/api/problems/validation", title: "t", status: 422, detail: "map: bad" };
    expect(problemFromResponse(422, "Unprocessable", JSON.stringify(problem))).toEqual(problem);
  });

  it("falls back to the status when the body is not a problem", () => {
    expect(problemFromResponse(502, "Bad Gateway", "<html>")).toMatchObject({ status: 502, detail: "<html>" });
    expect(problemFromResponse(500, "", "")).toMatchObject({ title: "Request failed", detail: "The server answered 500." });
  });

  it("says that nothing answered", () => {
    expect(problemFromResponse(0, "", "")).toMatchObject({ status: 0, title: "Network error" });
  });
});
