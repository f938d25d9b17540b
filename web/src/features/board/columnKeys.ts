// Keyboard dragging on the board: with a card picked up (Space or Enter), the left and right
// arrows carry it to the previous or next column, instead of dnd-kit's default 25-pixel steps.
import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

export interface ColumnSpan {
  id: string;
  left: number;
  width: number;
}

/**
 * The left edge that centres a card of `card.width` in the column beside the one it is over,
 * or `null` at either end of the board.
 */
export function nextColumnLeft(
  direction: "left" | "right",
  card: { left: number; width: number },
  columns: ColumnSpan[],
): number | null {
  if (columns.length === 0) return null;
  const ordered = [...columns].sort((a, b) => a.left - b.left);
  const centre = card.left + card.width / 2;
  const distance = (c: ColumnSpan) => Math.abs(c.left + c.width / 2 - centre);
  const current = ordered.reduce((best, c, i) => (distance(c) < distance(ordered[best]!) ? i : best), 0);
  const target = ordered[direction === "right" ? current + 1 : current - 1];
  if (!target) return null;
  return target.left + (target.width - card.width) / 2;
}

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = event.code === "ArrowRight" ? "right" : event.code === "ArrowLeft" ? "left" : null;
  const card = context.collisionRect;
  if (!direction || !card) return undefined;
  const columns: ColumnSpan[] = [];
  for (const [id, rect] of context.droppableRects) columns.push({ id: String(id), left: rect.left, width: rect.width });
  const left = nextColumnLeft(direction, { left: currentCoordinates.x, width: card.width }, columns);
  return left === null ? undefined : { x: left, y: currentCoordinates.y };
};
