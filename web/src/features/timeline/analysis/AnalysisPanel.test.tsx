// The analysis under a call: asked for only when opened; an action item becomes a task on
// the call's records, due when the call said.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Activity } from "../../../api/types";
import { fakeFetch, renderWithProviders } from "../../../test/render";
import type { Analysis } from "./analysisApi";
import { AnalysisPanel } from "./AnalysisPanel";

const call = {
  id: "a1",
  version: 2,
  kind: "call",
  body: "Offered phased rollout.",
  transcript: "Patricia: I'll take it to our CFO on Thursday.",
  person_id: "p1",
  company_id: "c1",
  deal_id: null,
  occurred_at: new Date(2026, 10, 25, 15, 30).toISOString(),
  created_at: "2026-11-25T16:00:00Z",
} as unknown as Activity;

const analysis: Analysis = {
  sentiment: { score: 0.97, label: "positive", confidence: 0.99, language: "en" },
  summary: ["Offered phased rollout; Patricia to check with finance."],
  action_items: [
    { title: "Take it to our CFO", assignee: { named: "Patricia Smith" }, due: { kind: "weekday", day: "thursday" }, sentence: "I'll take it to our CFO on Thursday." },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe("AnalysisPanel", () => {
  it("shows the summary and makes an action item a task", async () => {
    const requests = fakeFetch(({ method, path, body }) => {
      if (path === "/api/v1/activities/a1/analysis") return [200, analysis];
      if (method === "POST" && path === "/api/v1/activities") return [201, { ...(body as object), id: "t1" }];
      return undefined;
    });
    renderWithProviders(<AnalysisPanel activity={call} occurredAt={new Date(call.occurred_at!)} />);
    expect(requests).toHaveLength(0);

    fireEvent.click(screen.getByTestId("analysis-toggle"));
    expect((await screen.findByTestId("analysis-summary")).textContent).toContain("Offered phased rollout");
    const item = screen.getByTestId("action-item");
    expect(item.textContent).toContain("Patricia Smith · due");

    fireEvent.click(within(item).getByTestId("action-item-create-task"));
    await waitFor(() => expect(within(item).getByTestId("action-item-create-task").textContent).toBe("Task created"));
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({
      kind: "task",
      subject: "Take it to our CFO",
      person_id: "p1",
      company_id: "c1",
      due_at: new Date(2026, 10, 26, 9, 0).toISOString(),
    });
  });
});
