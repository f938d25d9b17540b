// Which rows are ticked. A shift-click ticks (or unticks) every row between the last clicked
// row and this one, the way file managers and mail clients do.

export interface Selection {
  ids: ReadonlySet<string>;
  /** The row clicked last without shift: one end of a shift-click range. */
  anchor: string | null;
}

export type SelectionAction =
  /** `order` is the ids as the table shows them, needed for ranges. */
  | { type: "toggle"; id: string; shift: boolean; order: readonly string[] }
  | { type: "all"; order: readonly string[] }
  | { type: "clear" }
  /** Forgets rows that are gone (deleted, or no longer loaded). */
  | { type: "keep"; order: readonly string[] };

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

function toggle(selection: Selection, id: string, shift: boolean, order: readonly string[]): Selection {
  const ids = new Set(selection.ids);
  const tick = !ids.has(id);
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (shift && from >= 0 && to >= 0) {
    const [start, end] = from < to ? [from, to] : [to, from];
    for (const rowId of order.slice(start, end + 1)) {
      if (tick) ids.add(rowId);
      else ids.delete(rowId);
    }
    return { ids, anchor: selection.anchor };
  }
  if (tick) ids.add(id);
  else ids.delete(id);
  return { ids, anchor: id };
}

export function selectionReducer(selection: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case "toggle":
      return toggle(selection, action.id, action.shift, action.order);
    case "all":
      return { ids: new Set(action.order), anchor: null };
    case "clear":
      return NO_SELECTION;
    case "keep": {
      const present = new Set(action.order);
      const ids = [...selection.ids].filter((id) => present.has(id));
      if (ids.length === selection.ids.size) return selection;
      return { ids: new Set(ids), anchor: selection.anchor && present.has(selection.anchor) ? selection.anchor : null };
    }
  }
}

/** The header checkbox: ticked, half-ticked or empty. */
export function headerState(selection: Selection, order: readonly string[]): "all" | "some" | "none" {
  if (selection.ids.size === 0 || order.length === 0) return "none";
  return order.every((id) => selection.ids.has(id)) ? "all" : "some";
}
