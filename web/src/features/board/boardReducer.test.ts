import { describe, expect, it } from "vitest";
import type { AmountSum, Board, Deal, Stage } from "../../api/types";
import { testDeal } from "../../test/records";
import { addAmount, boardReducer, locateDeal } from "./boardReducer";

const stage = (id: string, kind: Stage["kind"] = "open"): Stage => ({
  id,
  name: id.toUpperCase(),
  position: 0,
  probability: 10,
  kind,
});

function deal(id: string, stageId: string, amount: number | null, currency: string | null = "USD"): Deal {
  return testDeal({
    id,
    name: `Deal ${id}`,
    amount,
    currency,
    pipeline_id: "p",
    stage_id: stageId,
    stage_entered_at: "2026-01-01T00:00:00Z",
  });
}

/** A board whose counts and sums are derived from its cards, plus `hidden` deals per column. */
function board(cards: Record<string, Deal[]>, hidden: Record<string, number> = {}, kinds: Record<string, Stage["kind"]> = {}): Board {
  const stages = Object.keys(cards).map((id) => stage(id, kinds[id]));
  return {
    pipeline: { id: "p", name: "Sales", position: 0, version: 1, stages },
    columns: stages.map((s) => {
      const deals = cards[s.id] ?? [];
      return {
        stage: s,
        count: deals.length + (hidden[s.id] ?? 0),
        amounts: deals.reduce<AmountSum[]>((sums, d) => addAmount(sums, d, 1), []),
        deals,
      };
    }),
  };
}

const column = (b: Board, id: string) => b.columns.find((c) => c.stage.id === id)!;
const ids = (b: Board, id: string) => column(b, id).deals.map((d) => d.id);

describe("boardReducer move", () => {
  const start = board({
    a: [deal("1", "a", 100), deal("2", "a", 250.5), deal("3", "a", 10, "EUR")],
    b: [deal("4", "b", 40)],
  });

  it("moves the card to the top of the target column", () => {
    const next = boardReducer(start, { type: "move", dealId: "2", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    expect(ids(next, "a")).toEqual(["1", "3"]);
    expect(ids(next, "b")).toEqual(["2", "4"]);
    expect(column(next, "b").deals[0]).toMatchObject({ stage_id: "b", stage_entered_at: "2026-02-01T10:00:00Z" });
  });

  it("adjusts both columns' counts and sums in the same step", () => {
    const next = boardReducer(start, { type: "move", dealId: "2", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    expect(column(next, "a").count).toBe(2);
    expect(column(next, "b").count).toBe(2);
    expect(column(next, "a").amounts).toEqual([
      { currency: "EUR", sum: 10 },
      { currency: "USD", sum: 100 },
    ]);
    expect(column(next, "b").amounts).toEqual([{ currency: "USD", sum: 290.5 }]);
  });

  it("adds a currency the target column did not have and drops one the source no longer has", () => {
    const next = boardReducer(start, { type: "move", dealId: "3", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    expect(column(next, "a").amounts).toEqual([{ currency: "USD", sum: 350.5 }]);
    expect(column(next, "b").amounts).toEqual([
      { currency: "EUR", sum: 10 },
      { currency: "USD", sum: 40 },
    ]);
  });

  it("counts deals without an amount but leaves the sums alone", () => {
    const b = board({ a: [deal("1", "a", null, null)], b: [deal("2", "b", 5)] });
    const next = boardReducer(b, { type: "move", dealId: "1", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    expect(column(next, "a")).toMatchObject({ count: 0, amounts: [] });
    expect(column(next, "b")).toMatchObject({ count: 2, amounts: [{ currency: "USD", sum: 5 }] });
  });

  it("keeps counts of deals the column does not show", () => {
    const b = board({ a: [deal("1", "a", 1)], b: [] }, { a: 120, b: 7 });
    const next = boardReducer(b, { type: "move", dealId: "1", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    expect(column(next, "a").count).toBe(120);
    expect(column(next, "b").count).toBe(8);
  });

  it("stamps closed_at on a closed stage, clears it on an open one, and records the lost reason", () => {
    const b = board({ a: [deal("1", "a", 1)], lost: [] }, {}, { lost: "lost" });
    const lost = boardReducer(b, { type: "move", dealId: "1", toStageId: "lost", at: "2026-03-01T00:00:00Z", lostReason: "Budget" });
    expect(column(lost, "lost").deals[0]).toMatchObject({ closed_at: "2026-03-01T00:00:00Z", lost_reason: "Budget" });
    const reopened = boardReducer(lost, { type: "move", dealId: "1", toStageId: "a", at: "2026-03-02T00:00:00Z" });
    expect(column(reopened, "a").deals[0]).toMatchObject({ closed_at: null, lost_reason: "Budget" });
  });

  it("leaves the board untouched for the same column, an unknown deal or an unknown stage", () => {
    expect(boardReducer(start, { type: "move", dealId: "1", toStageId: "a", at: "x" })).toBe(start);
    expect(boardReducer(start, { type: "move", dealId: "nope", toStageId: "b", at: "x" })).toBe(start);
    expect(boardReducer(start, { type: "move", dealId: "1", toStageId: "nope", at: "x" })).toBe(start);
  });

  it("does not change the board it was given", () => {
    const copy = structuredClone(start);
    boardReducer(start, { type: "move", dealId: "1", toStageId: "b", at: "x" });
    expect(start).toEqual(copy);
  });
});

describe("boardReducer revert", () => {
  const start = board({
    a: [deal("1", "a", 100), deal("2", "a", 0.1), deal("3", "a", 0.2)],
    b: [deal("4", "b", 40)],
  });

  it("puts the card back where it was, with the original record, and restores the totals exactly", () => {
    const original = column(start, "a").deals[1]!;
    const moved = boardReducer(start, { type: "move", dealId: "2", toStageId: "b", at: "2026-02-01T10:00:00Z" });
    const back = boardReducer(moved, { type: "revert", deal: original, index: 1 });
    expect(back).toEqual(start);
  });

  it("undoes one move while another move stays in place", () => {
    const first = column(start, "a").deals[0]!;
    let next = boardReducer(start, { type: "move", dealId: "1", toStageId: "b", at: "t1" });
    next = boardReducer(next, { type: "move", dealId: "3", toStageId: "b", at: "t2" });
    next = boardReducer(next, { type: "revert", deal: first, index: 0 });
    expect(ids(next, "a")).toEqual(["1", "2"]);
    expect(ids(next, "b")).toEqual(["3", "4"]);
    expect(column(next, "a").amounts).toEqual([{ currency: "USD", sum: 100.1 }]);
    expect(column(next, "b").amounts).toEqual([{ currency: "USD", sum: 40.2 }]);
    expect(column(next, "a").count + column(next, "b").count).toBe(4);
  });

  it("clamps the index when the column has fewer cards now", () => {
    const original = deal("9", "b", 1);
    const next = boardReducer(board({ a: [], b: [] }), { type: "revert", deal: original, index: 5 });
    expect(ids(next, "b")).toEqual(["9"]);
  });
});

describe("boardReducer saved", () => {
  it("replaces the card with the server's record and its amount", () => {
    const start = board({ a: [deal("1", "a", 100)], b: [] });
    const moved = boardReducer(start, { type: "move", dealId: "1", toStageId: "b", at: "t" });
    const saved = { ...deal("1", "b", 120), version: 2, stage_entered_at: "server-time" };
    const next = boardReducer(moved, { type: "saved", deal: saved });
    expect(column(next, "b").deals[0]).toBe(saved);
    expect(column(next, "b")).toMatchObject({ count: 1, amounts: [{ currency: "USD", sum: 120 }] });
  });

  it("follows the record to the stage the server put it in", () => {
    const start = board({ a: [deal("1", "a", 100)], b: [], c: [] });
    const moved = boardReducer(start, { type: "move", dealId: "1", toStageId: "b", at: "t" });
    const next = boardReducer(moved, { type: "saved", deal: { ...deal("1", "c", 100), version: 2 } });
    expect(ids(next, "b")).toEqual([]);
    expect(ids(next, "c")).toEqual(["1"]);
    expect(column(next, "b").count).toBe(0);
  });

  it("ignores a deal the board does not show", () => {
    const start = board({ a: [] });
    expect(boardReducer(start, { type: "saved", deal: deal("1", "a", 1) })).toBe(start);
  });
});

describe("locateDeal", () => {
  it("finds the column and position of a card", () => {
    const b = board({ a: [deal("1", "a", 1)], b: [deal("2", "b", 1), deal("3", "b", 1)] });
    expect(locateDeal(b, "3")).toEqual({ stageId: "b", index: 1 });
    expect(locateDeal(b, "4")).toBeNull();
  });
});

describe("addAmount", () => {
  it("adds and takes away in cents without drift", () => {
    let sums: AmountSum[] = [];
    for (let i = 0; i < 10; i++) sums = addAmount(sums, { amount: 0.1, currency: "EUR" }, 1);
    expect(sums).toEqual([{ currency: "EUR", sum: 1 }]);
    for (let i = 0; i < 10; i++) sums = addAmount(sums, { amount: 0.1, currency: "EUR" }, -1);
    expect(sums).toEqual([]);
  });

  it("keeps deals without a currency under null", () => {
    expect(addAmount([], { amount: 5, currency: null }, 1)).toEqual([{ currency: null, sum: 5 }]);
  });
});
