import { describe, expect, it } from "vitest";
import { eventGroups, lastOutcome, urlProblem, WEBHOOK_EVENT_TYPES, webhookInput } from "./webhook";

describe("eventGroups", () => {
  it("groups the event types by record, in order", () => {
    const groups = eventGroups();
    expect(groups.map((g) => g.object)).toEqual(["person", "company", "deal", "activity"]);
    expect(groups.find((g) => g.object === "deal")?.types).toContain("deal.won");
    expect(groups.flatMap((g) => g.types)).toEqual([...WEBHOOK_EVENT_TYPES]);
  });
});

describe("urlProblem", () => {
  it("asks for an http or https address", () => {
    expect(urlProblem(" ")).toBe("required");
    expect(urlProblem("ftp://example.com")).toBe("scheme");
    expect(urlProblem("example.com/hook")).toBe("scheme");
    expect(urlProblem("https://")).toBe("scheme");
    expect(urlProblem(" https://hooks.example.com/relata ")).toBeNull();
    expect(urlProblem("HTTP://10.0.0.5:8080/in")).toBeNull();
  });
});

describe("webhookInput", () => {
  it("trims, leaves out an empty description and unknown event types", () => {
    expect(webhookInput({ url: " https://x.example/h ", description: "  ", event_types: ["deal.won", "nope"] })).toEqual({
      url: "https://x.example/h",
      event_types: ["deal.won"],
    });
    expect(webhookInput({ url: "https://x.example/h", description: " Zapier ", event_types: ["deal.lost"] }).description).toBe(
      "Zapier",
    );
  });
});

describe("lastOutcome", () => {
  it("says the status the address answered, or why it could not be reached", () => {
    expect(lastOutcome({ last_status: 500, last_error: "server error" })).toBe("HTTP 500: server error");
    expect(lastOutcome({ last_status: 200, last_error: null })).toBe("HTTP 200");
    expect(lastOutcome({ last_status: null, last_error: "connection refused" })).toBe("connection refused");
    expect(lastOutcome({ last_status: null, last_error: null })).toBeNull();
  });
});
