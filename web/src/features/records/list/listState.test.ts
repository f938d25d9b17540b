import { describe, expect, it } from "vitest";
import type { View } from "../../../api/types";
import type { Column } from "./columns";
import { addCondition, addGroup, removeItem, setJoin, updateCondition } from "./filterEdit";
import { EMPTY_FILTER, serializeFilter } from "./filterModel";
import { exportHref, listParams } from "./listQuery";
import { builderFilter, differsFromView, initialListState, listReducer } from "./listState";

function column(key: string, type: string): Column {
  return { key, type, references: null, sortable: true, writable: true, custom: false, options: null };
}

const COLUMNS = [column("name", "text"), column("amount", "money"), column("tags", "tags")];

function view(extra: Partial<View> = {}): View {
  return {
    id: "v1",
    object: "deals",
    name: "Big deals",
    filter: "amount gte 10000",
    sort: "-amount",
    columns: ["name", "amount"],
    shared: true,
    owner_id: null,
    version: 1,
    ...extra,
  };
}

describe("list state", () => {
  it("opens a view: its filter in the builder, its order and columns", () => {
    const state = listReducer(initialListState(["name"]), { type: "view", view: view(), columns: ["name"] });
    expect(state.viewId).toBe("v1");
    expect(serializeFilter(state.filter, COLUMNS)).toBe("amount gte 10000");
    expect(state.rawFilter).toBeNull();
    expect(state.sort).toEqual([{ key: "amount", direction: "desc" }]);
    expect(state.columns).toEqual(["name", "amount"]);
  });

  it("keeps a filter the builder cannot show as text, and the current columns for a view without any", () => {
    const state = listReducer(initialListState(["tags"]), {
      type: "view",
      view: view({ filter: "not tags is_empty", columns: [] }),
      columns: ["tags"],
    });
    expect(state.rawFilter).toBe("not tags is_empty");
    expect(builderFilter(state, COLUMNS)).toBe("not tags is_empty");
    expect(state.columns).toEqual(["tags"]);
    expect(builderFilter(listReducer(state, { type: "clearRawFilter" }), COLUMNS)).toBe("");
  });

  it("goes back to the plain list with the user's columns", () => {
    const opened = listReducer(initialListState([]), { type: "view", view: view(), columns: [] });
    const plain = listReducer({ ...opened, quick: "acme" }, { type: "view", view: null, columns: ["name", "tags"] });
    expect(plain).toEqual(initialListState(["name", "tags"]));
  });

  it("knows when the list differs from its view", () => {
    const state = listReducer(initialListState([]), { type: "view", view: view(), columns: [] });
    expect(differsFromView(state, view(), COLUMNS, ["name", "amount"])).toBe(false);
    expect(differsFromView(listReducer(state, { type: "sort", sort: [] }), view(), COLUMNS, ["name", "amount"])).toBe(true);
    expect(differsFromView(state, view(), COLUMNS, ["amount", "name"])).toBe(true);
    const handWritten = view({ filter: "amount >= 10000" });
    const opened = listReducer(initialListState([]), { type: "view", view: handWritten, columns: [] });
    expect(differsFromView(opened, handWritten, COLUMNS, ["name", "amount"])).toBe(false);
  });

  it("asks for the quick search and the builder's filter together, and exports the same", () => {
    const state = { ...listReducer(initialListState([]), { type: "view", view: view(), columns: [] }), quick: "Big" };
    const params = listParams("deals", state, COLUMNS, ["name", "amount", "custom.a", "custom.b"]);
    expect(params).toEqual({
      filter: '(name starts_with "Big") and (amount gte 10000)',
      sort: "-amount",
      fields: "id,version,name,amount,currency,custom",
    });
    const href = exportHref("deals", params, ["name", "amount", "custom.a", "custom.b"]);
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/api/v1/deals/export");
    expect(url.searchParams.get("filter")).toBe(params.filter);
    expect(url.searchParams.get("sort")).toBe("-amount");
    expect(url.searchParams.get("fields")).toBe("name,amount,custom");
  });
});

describe("filter edits", () => {
  const name = COLUMNS[0] as Column;
  const amount = COLUMNS[1] as Column;

  it("add, change and remove rows and groups", () => {
    let model = addCondition(EMPTY_FILTER, name);
    const first = model.items[0];
    if (first?.kind !== "condition") throw new Error("expected a row");
    model = updateCondition(model, first.id, (c) => ({ ...c, value: "Acme" }));
    model = addGroup(model, amount);
    const group = model.items[1];
    if (group?.kind !== "group") throw new Error("expected a group");
    expect(group.join).toBe("or");
    const inner = group.conditions[0];
    if (!inner) throw new Error("expected a row in the group");
    model = updateCondition(model, inner.id, (c) => ({ ...c, op: "gt", value: "5" }));
    model = addCondition(model, amount, group.id);
    const second = model.items[1];
    if (second?.kind !== "group" || !second.conditions[1]) throw new Error("expected two rows");
    model = updateCondition(model, second.conditions[1].id, (c) => ({ ...c, op: "lt", value: "9" }));
    expect(serializeFilter(model, COLUMNS)).toBe('name contains "Acme" and (amount gt 5 or amount lt 9)');
    expect(serializeFilter(setJoin(model, "and", group.id), COLUMNS)).toBe(
      'name contains "Acme" and (amount gt 5 and amount lt 9)',
    );
    expect(serializeFilter(setJoin(model, "or"), COLUMNS)).toBe('name contains "Acme" or (amount gt 5 or amount lt 9)');
    // Removing the group's rows removes the group.
    const emptied = removeItem(removeItem(model, inner.id), second.conditions[1].id);
    expect(emptied.items).toHaveLength(1);
    expect(removeItem(model, group.id).items).toHaveLength(1);
  });
});
