import { describe, expect, it } from "vitest";
import type { Board, BoardColumn, Stage } from "../../api/types";
import { openTotals } from "./boardTotals";

const column = (kind: Stage["kind"], count: number, amounts: BoardColumn["amounts"]): BoardColumn => ({
  stage: { id: kind + count, name: kind, position: 0, probability: 0, kind },
  count,
  amounts,
  deals: [],
});

describe("openTotals", () => {
  it("adds up open stages only, per currency", () => {
    const board = {
      pipeline: { id: "p", name: "P", position: 0, version: 1, stages: [] },
      columns: [
        column("open", 3, [{ currency: "USD", sum: 100.25 }]),
        column("open", 2, [
          { currency: "EUR", sum: 5 },
          { currency: "USD", sum: 0.75 },
        ]),
        column("won", 9, [{ currency: "USD", sum: 1000 }]),
        column("lost", 4, [{ currency: "RUB", sum: 70 }]),
      ],
    } satisfies Board;
    expect(openTotals(board)).toEqual({
      count: 5,
      sums: [
        { currency: "EUR", sum: 5 },
        { currency: "USD", sum: 101 },
      ],
    });
  });
});
