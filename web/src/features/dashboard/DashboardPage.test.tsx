import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DashboardReport, Pipeline } from "../../api/types";
import { fakeFetch, renderScreen } from "../../test/render";
import DashboardPage from "./DashboardPage";
import type { DealAtRisk, Forecast } from "./insights";

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

const forecast: Forecast = {
  as_of: "2026-11-25",
  currency: "USD",
  other_currency_deals: 0,
  open_deals: 3,
  closed_deals: 33,
  band: [0.1, 0.9],
  months: [
    { month: "2026-11", expected: 2500, low: 1000, high: 4000, from_open_deals: 2500, from_new_deals: 0 },
    { month: "2026-12", expected: 1200, low: 100, high: 3000, from_open_deals: 700, from_new_deals: 500 },
  ],
};

const atRisk: DealAtRisk = {
  deal_id: "d1",
  name: "Globex pilot",
  stage: "Proposal",
  reasons: ["in Proposal for 22 days; 80 % of won deals left Proposal within 19 days"],
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
  it("shows the headline numbers, the conversion funnel, the forecast and the deals at risk", async () => {
    muteZeroSizeCharts();
    const requests = fakeFetch((request) => {
      if (request.path === "/api/v1/pipelines") return [200, { data: pipelines }];
      if (request.path === "/api/v1/members") return [200, { data: [] }];
      if (request.path === "/api/v1/reports/dashboard") return [200, report];
      if (request.path === "/api/v1/insights/forecast") return [200, forecast];
      if (request.path === "/api/v1/insights/deals-at-risk") return [200, { data: [atRisk] }];
      return undefined;
    });
    renderScreen(<DashboardPage />, { path: "/dashboard", route: "/dashboard" });
    expect((await screen.findByTestId("stat-win-rate")).textContent).toContain("75%");
    expect(screen.getByTestId("stat-open").textContent).toContain("$1.2K");
    expect(screen.getByTestId("other-currencies").textContent).toContain("€500");
    const rows = screen.getAllByTestId("conversion-row");
    expect(within(rows[0]!).getByText("25%")).toBeTruthy();
    expect(within(rows[0]!).getByText("2 of 8 moved on")).toBeTruthy();
    expect((await screen.findByTestId("forecast-note")).textContent).toBe(
      "Learned from 33 closed deals; band: 10th–90th percentile",
    );
    const months = screen.getAllByTestId("forecast-month");
    expect(months.map((row) => row.textContent)).toEqual(["Nov 26$2.5K$1.0K – $4.0K", "Dec 26$1.2K$100.0 – $3.0K"]);
    const deal = await screen.findByTestId("deal-at-risk");
    expect(within(deal).getByRole("link", { name: "Globex pilot" }).getAttribute("href")).toBe("/deals/d1");
    expect(within(deal).getByText(/in Proposal for 22 days/)).toBeTruthy();
    const asked = requests.find((r) => r.path === "/api/v1/reports/dashboard")!;
    expect(Object.fromEntries(asked.url.searchParams)).toEqual({ pipeline_id: "p1", months: "12" });
    expect(requests.find((r) => r.path === "/api/v1/insights/forecast")!.url.searchParams.get("months")).toBe("3");
  });

  it("says gently when there is no history to forecast from yet", async () => {
    muteZeroSizeCharts();
    const detail = "No deal has been won or lost yet; forecasts need a closed deal to learn from.";
    fakeFetch((request) => {
      if (request.path === "/api/v1/pipelines") return [200, { data: pipelines }];
      if (request.path === "/api/v1/reports/dashboard") return [200, report];
      if (request.path === "/api/v1/insights/forecast") return [409, { type: "/api/problems/no-history", title: "Not enough history", status: 409, detail }];
      if (request.path === "/api/v1/insights/deals-at-risk") return [200, { data: [] }];
      return undefined;
    });
    renderScreen(<DashboardPage />, { path: "/dashboard", route: "/dashboard" });
    expect((await screen.findByTestId("forecast-not-yet")).textContent).toBe(detail);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(await screen.findByTestId("deals-at-risk-empty")).toBeTruthy();
  });

  it("says plainly when the server has no dashboard report", async () => {
    fakeFetch((request) => (request.path === "/api/v1/pipelines" ? [200, { data: pipelines }] : undefined));
    renderScreen(<DashboardPage />, { path: "/dashboard?pipeline=p2", route: "/dashboard" });
    expect(await screen.findByText(/cannot build the dashboard report yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
  });
});
