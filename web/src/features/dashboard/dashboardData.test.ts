import { describe, expect, it } from "vitest";
import type { DashboardReport } from "../../api/types";
import {
  activityRows,
  closedRows,
  conversionRows,
  headline,
  monthLabel,
  otherCurrencies,
  stageValueRows,
  type StageList,
} from "./dashboardData";

const report: DashboardReport = {
  pipeline_id: "p",
  currency: "USD",
  // Listed out of stage order on purpose.
  open_by_stage: [
    {
      stage_id: "s2",
      count: 2,
      amounts: [
        { currency: "USD", sum: 1000 },
        { currency: "EUR", sum: 300 },
      ],
      weighted: [
        { currency: "USD", sum: 500 },
        { currency: "EUR", sum: 150 },
      ],
    },
    {
      stage_id: "s1",
      count: 4,
      amounts: [
        { currency: "USD", sum: 1234.5 },
        { currency: "RUB", sum: 90000 },
        { currency: null, sum: 10 },
      ],
      weighted: [{ currency: "USD", sum: 123.45 }],
    },
  ],
  closed_by_month: [
    { month: "2026-01", won: 2, lost: 1, won_amounts: [{ currency: "USD", sum: 5000 }, { currency: "EUR", sum: 70 }], lost_amounts: [] },
    { month: "2026-02", won: 0, lost: 0, won_amounts: [], lost_amounts: [] },
    { month: "2026-03", won: 1, lost: 3, won_amounts: [{ currency: "USD", sum: 250.25 }], lost_amounts: [] },
  ],
  activity_by_member: [
    { member_id: "m1", note: 3, task: 1, call: 5, email: 2, meeting: 0 },
    { member_id: "m2", note: 0, task: 0, call: 0, email: 0, meeting: 0 },
    { member_id: "m3", note: 10, task: 2, call: 5, email: 2, meeting: 1 },
  ],
  stage_conversion: [
    { stage_id: "s1", entered: 40, moved_on: 25 },
    { stage_id: "s2", entered: 25, moved_on: 10 },
    { stage_id: "won", entered: 0, moved_on: 0 },
  ],
};

const list: StageList = {
  stages: [
    { id: "s1", name: "Qualification", kind: "open" },
    { id: "s2", name: "Proposal", kind: "open" },
    { id: "won", name: "Won", kind: "won" },
  ],
  unknownName: "?",
};

describe("stageValueRows", () => {
  it("gives each stage's value in the main currency, in pipeline order", () => {
    expect(stageValueRows(report, list)).toEqual([
      { stage: "Qualification", value: 1234.5, weighted: 123.45, count: 4 },
      { stage: "Proposal", value: 1000, weighted: 500, count: 2 },
    ]);
  });

  it("puts stages the pipeline no longer has last, under a stand-in name", () => {
    const rows = stageValueRows(report, { stages: [list.stages[1]!], unknownName: "Removed" });
    expect(rows.map((r) => r.stage)).toEqual(["Proposal", "Removed"]);
  });
});

describe("otherCurrencies", () => {
  it("totals the currencies the chart leaves out, largest first", () => {
    expect(otherCurrencies(report)).toEqual([
      { currency: "RUB", sum: 90000 },
      { currency: "EUR", sum: 300 },
      { currency: null, sum: 10 },
    ]);
  });
});

describe("closedRows", () => {
  it("keeps every month in order with readable labels", () => {
    expect(closedRows(report, "en")).toEqual([
      { month: "Jan 26", won: 2, lost: 1 },
      { month: "Feb 26", won: 0, lost: 0 },
      { month: "Mar 26", won: 1, lost: 3 },
    ]);
  });

  it("labels months in Russian", () => {
    expect(monthLabel("2026-01", "ru")).toMatch(/^янв/);
    expect(monthLabel("garbage", "en")).toBe("garbage");
  });
});

describe("activityRows", () => {
  it("names members, drops idle ones and puts the busiest first", () => {
    const rows = activityRows(report, (id) => ({ m1: "Alex", m3: "Maria" })[id] ?? "");
    expect(rows).toEqual([
      { member: "Maria", total: 20, call: 5, email: 2, meeting: 1, task: 2, note: 10 },
      { member: "Alex", total: 11, call: 5, email: 2, meeting: 0, task: 1, note: 3 },
    ]);
  });
});

describe("conversionRows", () => {
  it("gives the share that moved on and the funnel width of each stage", () => {
    expect(conversionRows(report, list)).toEqual([
      { stageId: "s1", stage: "Qualification", kind: "open", entered: 40, movedOn: 25, rate: 0.625, width: 1 },
      { stageId: "s2", stage: "Proposal", kind: "open", entered: 25, movedOn: 10, rate: 0.4, width: 0.625 },
      { stageId: "won", stage: "Won", kind: "won", entered: 0, movedOn: 0, rate: null, width: 0 },
    ]);
  });

  it("gives closed stages no rate: the funnel ends there", () => {
    const closed = { ...report, stage_conversion: [{ stage_id: "won", entered: 9, moved_on: 1 }] };
    expect(conversionRows(closed, list)[0]).toMatchObject({ kind: "won", rate: null, width: 1 });
  });

  it("has no widths when nothing entered any stage", () => {
    const empty = { ...report, stage_conversion: [{ stage_id: "s1", entered: 0, moved_on: 0 }] };
    expect(conversionRows(empty, list)[0]).toMatchObject({ rate: null, width: 0 });
  });
});

describe("headline", () => {
  it("sums open and won value in the main currency and the win rate", () => {
    expect(headline(report)).toEqual({
      openValue: 2234.5,
      weightedValue: 623.45,
      openCount: 6,
      won: 3,
      lost: 4,
      wonValue: 5250.25,
      winRate: 3 / 7,
    });
  });

  it("has no win rate before anything closed", () => {
    expect(headline({ ...report, closed_by_month: [] }).winRate).toBeNull();
  });
});
