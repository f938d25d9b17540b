// Edits to the filter builder's model, as pure functions the builder and its tests share.
import type { Column } from "./columns";
import { newCondition, newId, type Condition, type FilterModel, type Group, type Join } from "./filterModel";

export function addCondition(model: FilterModel, column: Column, groupId?: string): FilterModel {
  const condition = newCondition(column);
  if (!groupId) return { ...model, items: [...model.items, condition] };
  return {
    ...model,
    items: model.items.map((item) =>
      item.kind === "group" && item.id === groupId ? { ...item, conditions: [...item.conditions, condition] } : item,
    ),
  };
}

/** A group starts with one row and the other join than the top level's, which is why one groups. */
export function addGroup(model: FilterModel, column: Column): FilterModel {
  const join: Join = model.join === "and" ? "or" : "and";
  const group: Group = { kind: "group", id: newId(), join, conditions: [newCondition(column)] };
  return { ...model, items: [...model.items, group] };
}

export function updateCondition(model: FilterModel, id: string, change: (c: Condition) => Condition): FilterModel {
  return {
    ...model,
    items: model.items.map((item) => {
      if (item.kind === "condition") return item.id === id ? change(item) : item;
      return { ...item, conditions: item.conditions.map((c) => (c.id === id ? change(c) : c)) };
    }),
  };
}

/** Removes a row or a whole group; a group left empty goes too. */
export function removeItem(model: FilterModel, id: string): FilterModel {
  const items = model.items
    .filter((item) => item.id !== id)
    .map((item) => (item.kind === "group" ? { ...item, conditions: item.conditions.filter((c) => c.id !== id) } : item))
    .filter((item) => item.kind === "condition" || item.conditions.length > 0);
  return { ...model, items };
}

export function setJoin(model: FilterModel, join: Join, groupId?: string): FilterModel {
  if (!groupId) return { ...model, join };
  return {
    ...model,
    items: model.items.map((item) => (item.kind === "group" && item.id === groupId ? { ...item, join } : item)),
  };
}
