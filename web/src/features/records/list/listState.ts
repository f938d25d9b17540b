// What the list shows: the active saved view, the builder's filter, the order, the columns
// and the quick search. A reducer, so switching views and editing stay predictable; the state
// is remembered per object while the app is open, so opening a record and coming back keeps it.
import type { View } from "../../../api/types";
import type { Column, ListObject } from "./columns";
import { EMPTY_FILTER, serializeFilter, type FilterModel } from "./filterModel";
import { parseFilter } from "./filterParse";
import { parseSort, serializeSort, type SortKey } from "./sortModel";

export interface ListState {
  viewId: string | null;
  filter: FilterModel;
  /** A view's filter the builder cannot show: used as written until it is cleared. */
  rawFilter: string | null;
  sort: SortKey[];
  /** Column keys in display order; empty means the defaults. */
  columns: string[];
  quick: string;
}

export type ListAction =
  | { type: "filter"; filter: FilterModel }
  | { type: "clearRawFilter" }
  | { type: "sort"; sort: SortKey[] }
  | { type: "columns"; columns: string[] }
  | { type: "quick"; text: string }
  /** Opens a saved view, or the plain list (`view: null`) with the columns the user keeps. */
  | { type: "view"; view: View | null; columns: string[] };

export function initialListState(columns: string[]): ListState {
  return { viewId: null, filter: EMPTY_FILTER, rawFilter: null, sort: [], columns, quick: "" };
}

function stateOfView(view: View, columns: string[]): ListState {
  const filter = parseFilter(view.filter);
  return {
    viewId: view.id,
    filter: filter ?? EMPTY_FILTER,
    rawFilter: filter ? null : view.filter,
    sort: parseSort(view.sort),
    columns: view.columns.length > 0 ? view.columns : columns,
    quick: "",
  };
}

export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case "filter":
      return { ...state, filter: action.filter };
    case "clearRawFilter":
      return { ...state, rawFilter: null };
    case "sort":
      return { ...state, sort: action.sort };
    case "columns":
      return { ...state, columns: action.columns };
    case "quick":
      return { ...state, quick: action.text };
    case "view":
      return action.view ? stateOfView(action.view, action.columns) : initialListState(action.columns);
  }
}

/** The filter text of the builder (or the view's text it could not read). */
export function builderFilter(state: ListState, columns: readonly Column[]): string {
  return state.rawFilter ?? serializeFilter(state.filter, columns);
}

/** Whether the list differs from the view it was opened from, so "Update view" makes sense. */
export function differsFromView(state: ListState, view: View, columns: readonly Column[], shown: string[]): boolean {
  // A view written by hand (`amount >= 100`) reads back as `amount gte 100`; that is no change.
  const parsed = parseFilter(view.filter);
  const viewFilter = parsed ? serializeFilter(parsed, columns) : (view.filter ?? "").trim();
  return (
    builderFilter(state, columns) !== viewFilter ||
    serializeSort(state.sort) !== (view.sort ?? "") ||
    shown.join(",") !== view.columns.join(",")
  );
}

// Kept for the life of the page, not across reloads: a reload starts from the URL.
const memory = new Map<ListObject, { state: ListState; scrollTop: number }>();

export function rememberedList(object: ListObject): { state: ListState; scrollTop: number } | undefined {
  return memory.get(object);
}

export function rememberList(object: ListObject, state: ListState, scrollTop: number): void {
  memory.set(object, { state, scrollTop });
}

const COLUMNS_KEY = (object: ListObject) => `relata.list.${object}.columns`;

/** The columns the user chose for the plain list of an object, if any. */
export function storedColumns(object: ListObject): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY(object)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

export function storeColumns(object: ListObject, columns: string[]): void {
  try {
    localStorage.setItem(COLUMNS_KEY(object), JSON.stringify(columns));
  } catch {
    // Private windows may refuse storage; the choice then lasts for this visit only.
  }
}
