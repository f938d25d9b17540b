// The sentiment trend against a fake API: the server's alert is shown as plain text, and the
// card is left out when nothing has been scored (or the server has no such route).
import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, renderWithProviders } from "../../../test/render";
import { SentimentTrendCard } from "./SentimentTrendCard";

const TREND = {
  points: [
    { activity_id: "a1", at: "2026-03-01T10:00:00Z", score: 0.6, label: "positive" },
    { activity_id: "a2", at: "2026-03-08T10:00:00Z", score: -0.7, label: "negative" },
  ],
  rolling: [
    { at: "2026-03-01T10:00:00Z", average: 0.6 },
    { at: "2026-03-08T10:00:00Z", average: -0.05 },
  ],
  alert: { reason: "<b>Recent</b> emails read far more negatively", recent_average: -0.7, baseline_average: 0.6 },
};

afterEach(() => vi.unstubAllGlobals());

describe("SentimentTrendCard", () => {
  it("shows the trend and the server's alert", async () => {
    const requests = fakeFetch(({ path }) => (path === "/api/v1/people/p1/sentiment" ? [200, TREND] : undefined));
    renderWithProviders(<SentimentTrendCard object="people" id="p1" />);
    const alert = await screen.findByTestId("sentiment-alert");
    expect(alert.textContent).toContain("<b>Recent</b> emails read far more negatively");
    expect(alert.querySelector("b")).toBeNull();
    expect(alert.textContent).toContain("−0.70");
    expect(screen.getByTestId("sentiment-trend-latest").textContent).toBe("−0.05");
    expect(requests.some((r) => r.path === "/api/v1/people/p1/sentiment")).toBe(true);
  });

  it("is left out when nothing has been scored", async () => {
    const requests = fakeFetch(({ path }) =>
      path === "/api/v1/companies/c1/sentiment" ? [200, { points: [], rolling: [], alert: null }] : undefined,
    );
    renderWithProviders(<SentimentTrendCard object="companies" id="c1" />);
    await waitFor(() => expect(requests.some((r) => r.path === "/api/v1/companies/c1/sentiment")).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId("sentiment-trend")).toBeNull();
  });
});
