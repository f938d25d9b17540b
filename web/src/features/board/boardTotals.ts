// The board's open pipeline in one line: how many deals are still open and what they are worth.
import type { AmountSum, Board } from "../../api/types";
import { addAmount } from "./boardReducer";

export function openTotals(board: Board): { count: number; sums: AmountSum[] } {
  let count = 0;
  let sums: AmountSum[] = [];
  for (const column of board.columns) {
    if (column.stage.kind !== "open") continue;
    count += column.count;
    for (const s of column.amounts) sums = addAmount(sums, { amount: s.sum, currency: s.currency }, 1);
  }
  return { count, sums };
}
