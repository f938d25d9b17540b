// The board's state changes, as a pure function: a card moved by the user (before the
// server has answered), the server's saved record, and the way back when the server refuses.
// Counts and per-currency sums change together with the cards, so the headers never lie
// while a move is in flight.
import type { AmountSum, Board, BoardColumn, Deal } from "../../api/types";

export type BoardAction =
  /** The user dropped `dealId` on `toStageId` at `at` (an ISO time); `lostReason` when asked. */
  | { type: "move"; dealId: string; toStageId: string; at: string; lostReason?: string }
  /** The server saved the deal: its card takes the new record (new version, server times). */
  | { type: "saved"; deal: Deal }
  /** The server refused: `deal` (the record before the move) goes back to `index` in its stage. */
  | { type: "revert"; deal: Deal; index: number };

export function boardReducer(board: Board, action: BoardAction): Board {
  switch (action.type) {
    case "move":
      return moveDeal(board, action);
    case "saved":
      return replaceDeal(board, action.deal);
    case "revert":
      return revertDeal(board, action.deal, action.index);
  }
}

/** Where a deal sits now: its column's stage and its index there, or `null` when not shown. */
export function locateDeal(board: Board, dealId: string): { stageId: string; index: number } | null {
  for (const column of board.columns) {
    const index = column.deals.findIndex((d) => d.id === dealId);
    if (index >= 0) return { stageId: column.stage.id, index };
  }
  return null;
}

function moveDeal(board: Board, action: Extract<BoardAction, { type: "move" }>): Board {
  const from = locateDeal(board, action.dealId);
  const target = board.columns.find((c) => c.stage.id === action.toStageId);
  if (!from || !target || from.stageId === action.toStageId) return board;
  const { columns, removed } = withoutDeal(board.columns, action.dealId);
  if (!removed) return board;
  const moved: Deal = {
    ...removed,
    stage_id: action.toStageId,
    stage_entered_at: action.at,
    // The server stamps closed_at on entering a won or lost stage and clears it on reopening.
    closed_at: target.stage.kind === "open" ? null : action.at,
    ...(action.lostReason !== undefined ? { lost_reason: action.lostReason } : {}),
  };
  // The server lists a column's deals by stage_entered_at, newest first: a moved card leads.
  return { ...board, columns: withDeal(columns, moved, 0) };
}

function replaceDeal(board: Board, deal: Deal): Board {
  const at = locateDeal(board, deal.id);
  if (!at) return board;
  if (at.stageId !== deal.stage_id) {
    // Saved somewhere else than the card shows (another pipeline, or a stage changed by a rule).
    const { columns } = withoutDeal(board.columns, deal.id);
    return { ...board, columns: withDeal(columns, deal, 0) };
  }
  const columns = board.columns.map((column) => {
    if (column.stage.id !== at.stageId) return column;
    const previous = column.deals[at.index];
    const deals = column.deals.map((d, i) => (i === at.index ? deal : d));
    let amounts = column.amounts;
    if (previous) amounts = addAmount(addAmount(amounts, previous, -1), deal, 1);
    return { ...column, deals, amounts };
  });
  return { ...board, columns };
}

function revertDeal(board: Board, original: Deal, index: number): Board {
  const { columns } = withoutDeal(board.columns, original.id);
  return { ...board, columns: withDeal(columns, original, index) };
}

/** The columns without the deal (its column's count and sums reduced), and the deal. */
function withoutDeal(columns: BoardColumn[], dealId: string): { columns: BoardColumn[]; removed: Deal | null } {
  let removed: Deal | null = null;
  const next = columns.map((column) => {
    const deal = column.deals.find((d) => d.id === dealId);
    if (!deal) return column;
    removed = deal;
    return {
      ...column,
      count: Math.max(0, column.count - 1),
      amounts: addAmount(column.amounts, deal, -1),
      deals: column.deals.filter((d) => d.id !== dealId),
    };
  });
  return { columns: next, removed };
}

/** The columns with the deal added to its stage's column at `index` (clamped). */
function withDeal(columns: BoardColumn[], deal: Deal, index: number): BoardColumn[] {
  return columns.map((column) => {
    if (column.stage.id !== deal.stage_id) return column;
    const at = Math.max(0, Math.min(index, column.deals.length));
    const deals = [...column.deals.slice(0, at), deal, ...column.deals.slice(at)];
    return { ...column, count: column.count + 1, amounts: addAmount(column.amounts, deal, 1), deals };
  });
}

/**
 * Adds (sign 1) or takes away (sign -1) a deal's amount from its currency's sum. Sums are
 * kept in cents so that moving cards back and forth never drifts; a sum that reaches zero
 * is dropped, as the server shows no currency that no deal in the column holds.
 */
export function addAmount(sums: AmountSum[], deal: Pick<Deal, "amount" | "currency">, sign: 1 | -1): AmountSum[] {
  if (deal.amount === null || deal.amount === undefined || deal.amount === 0) return sums;
  const currency = deal.currency ?? null;
  const cents = Math.round(deal.amount * 100) * sign;
  const existing = sums.find((s) => s.currency === currency);
  if (!existing) {
    return [...sums, { currency, sum: cents / 100 }].sort(byCurrency);
  }
  const total = Math.round(existing.sum * 100) + cents;
  if (total === 0) return sums.filter((s) => s !== existing);
  return sums.map((s) => (s === existing ? { currency, sum: total / 100 } : s));
}

function byCurrency(a: AmountSum, b: AmountSum): number {
  return (a.currency ?? "").localeCompare(b.currency ?? "");
}
