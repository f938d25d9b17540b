import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DashboardReport, Pipeline } from "../../api/types";
import { fakeFetch, renderScreen } from "../../test/render";
import DashboardPage from "./DashboardPage";

const pipelines: Pipeline[] = [
  {
    id: "p1",
    name: "Sales",
    position: 0,
    version: 1,
    stages: [
      { id: "s1", name: "Qualification", position: 0, probability: 10, kind: "open" },
      { id: "s2", name: "Won", position: 1, probability: 100, kind: "won" },
    ],
  },
  { id: "p2", name: "Renewals", position: 1, version: 1, stages: [] },
];

const report: DashboardReport = {
  pipeline_id: "p1",
  currency: "USD",
  open_by_stage: [
    {
      stage_id: "s1",
      count: 3,
      amounts: [
        { currency: "USD", sum: 1200 },
        { currency: "EUR", sum: 500 },
      ],
      weighted: [{ currency: "USD", sum: 120 }],
    },
  ],
  closed_by_month: [{ month: "2026-01", won: 3, lost: 1, won_amounts: [{ currency: "USD", sum: 900 }], lost_amounts: [] }],
  activity_by_member: [{ member_id: "m1", note: 1, task: 0, call: 2, email: 0, meeting: 0 }],
  stage_conversion: [
    { stage_id: "s1", entered: 8, moved_on: 2 },
    { stage_id: "s2", entered: 2, moved_on: 0 },
  ],
};

afterEach(() => vi.restoreAllMocks());
afterEach(() => vi.unstubAllGlobals());

// jsdom lays nothing out, so recharts warns that every chart is 0×0; nothing else is muted.
const warn = console.warn.bind(console);
function muteZeroSizeCharts() {
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("width(0) and height(0)")) warn(...args);
  });
}

describe("DashboardPage", () => {
  it("shows the headline numbers, the conversion funnel and a forecast card without numbers", async () => {
    muteZeroSizeCharts();
    const requests = fakeFetch((request) => {
      if (request.path === "/api/v1/pipelines") return [200, { data: pipelines }];
      if (request.path === "/api/v1/members") return [200, { data: [] }];
      if (request.path === "/api/v1/reports/dashboard") return [200, report];
      return undefined;
    });
    renderScreen(<DashboardPage />, { path: "/dashboard", route: "/dashboard" });
    expect((await screen.findByTestId("stat-win-rate")).textContent).toContain("75%");
    expect(screen.getByTestId("stat-open").textContent).toContain("$1.2K");
    expect(screen.getByTestId("other-currencies").textContent).toContain("€500");
    const rows = screen.getAllByTestId("conversion-row");
    expect(within(rows[0]!).getByText("25%")).toBeTruthy();
    expect(within(rows[0]!).getByText("2 of 8 moved on")).toBeTruthy();
    expect(screen.getByTestId("forecast-card").textContent).not.toMatch(/\d/);
    const asked = requests.find((r) => r.path === "/api/v1/reports/dashboard")!;
    expect(Object.fromEntries(asked.url.searchParams)).toEqual({ pipeline_id: "p1", months: "12" });
  });

  it("says plainly when the server has no dashboard report", async () => {
    fakeFetch((request) => (request.path === "/api/v1/pipelines" ? [200, { data: pipelines }] : undefined));
    renderScreen(<DashboardPage />, { path: "/dashboard?pipeline=p2", route: "/dashboard" });
    expect(await screen.findByText(/cannot build the dashboard report yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  });
});
