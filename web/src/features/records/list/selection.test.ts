import { describe, expect, it } from "vitest";
import { headerState, NO_SELECTION, selectionReducer, type Selection } from "./selection";

const ORDER = ["a", "b", "c", "d", "e"];

function ids(selection: Selection): string[] {
  return [...selection.ids].sort();
}

describe("selection", () => {
  it("ticks and unticks one row", () => {
    const one = selectionReducer(NO_SELECTION, { type: "toggle", id: "b", shift: false, order: ORDER });
    expect(ids(one)).toEqual(["b"]);
    expect(one.anchor).toBe("b");
    expect(ids(selectionReducer(one, { type: "toggle", id: "b", shift: false, order: ORDER }))).toEqual([]);
  });

  it("ticks a range with shift, in either direction", () => {
    const start = selectionReducer(NO_SELECTION, { type: "toggle", id: "d", shift: false, order: ORDER });
    const range = selectionReducer(start, { type: "toggle", id: "b", shift: true, order: ORDER });
    expect(ids(range)).toEqual(["b", "c", "d"]);
    // The anchor stays, so a second shift-click re-spans from it.
    const wider = selectionReducer(range, { type: "toggle", id: "e", shift: true, order: ORDER });
    expect(ids(wider)).toEqual(["b", "c", "d", "e"]);
  });

  it("unticks a range when the clicked row was ticked", () => {
    const all = selectionReducer(NO_SELECTION, { type: "all", order: ORDER });
    const anchored = selectionReducer(all, { type: "toggle", id: "a", shift: false, order: ORDER });
    const range = selectionReducer(anchored, { type: "toggle", id: "c", shift: true, order: ORDER });
    expect(ids(range)).toEqual(["d", "e"]);
  });

  it("treats shift without an anchor as a plain click", () => {
    const one = selectionReducer(NO_SELECTION, { type: "toggle", id: "c", shift: true, order: ORDER });
    expect(ids(one)).toEqual(["c"]);
  });

  it("forgets rows that are gone, and keeps the same object when none went", () => {
    const some = selectionReducer(NO_SELECTION, { type: "all", order: ["a", "b"] });
    expect(selectionReducer(some, { type: "keep", order: ORDER })).toBe(some);
    expect(ids(selectionReducer(some, { type: "keep", order: ["b", "c"] }))).toEqual(["b"]);
    expect(selectionReducer(some, { type: "clear" })).toBe(NO_SELECTION);
  });

  it("tells the header box its state", () => {
    expect(headerState(NO_SELECTION, ORDER)).toBe("none");
    const some = selectionReducer(NO_SELECTION, { type: "toggle", id: "a", shift: false, order: ORDER });
    expect(headerState(some, ORDER)).toBe("some");
    expect(headerState(selectionReducer(some, { type: "all", order: ORDER }), ORDER)).toBe("all");
  });
});
