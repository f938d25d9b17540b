import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test/render";
import type { Column } from "./columns";
import { FilterBuilder } from "./FilterBuilder";
import { EMPTY_FILTER, serializeFilter, type FilterModel } from "./filterModel";

const COLUMNS: Column[] = [
  { key: "name", type: "text", references: null, sortable: true, writable: true, custom: false, options: null },
  { key: "amount", type: "money", references: null, sortable: true, writable: true, custom: false, options: null },
];

function renderBuilder(model: FilterModel, rawFilter: string | null = null) {
  const onChange = vi.fn<(model: FilterModel) => void>();
  const onClearRaw = vi.fn();
  renderWithProviders(
    <FilterBuilder columns={COLUMNS} model={model} rawFilter={rawFilter} label={(c) => c.key} onChange={onChange} onClearRaw={onClearRaw} />,
  );
  return { onChange, onClearRaw };
}

describe("FilterBuilder", () => {
  it("adds a row for the first field", () => {
    const { onChange } = renderBuilder(EMPTY_FILTER);
    fireEvent.click(screen.getByTestId("filter-add"));
    const model = onChange.mock.calls[0]?.[0];
    expect(model?.items).toHaveLength(1);
    expect(model?.items[0]).toMatchObject({ kind: "condition", field: "name", op: "contains", value: "" });
  });

  it("edits a row's value and removes it", () => {
    const model: FilterModel = { join: "and", items: [{ kind: "condition", id: "c1", field: "name", op: "contains", value: "" }] };
    const { onChange } = renderBuilder(model);
    fireEvent.change(screen.getByTestId("filter-value"), { target: { value: 'Big "one"' } });
    expect(serializeFilter(onChange.mock.calls[0]?.[0] as FilterModel, COLUMNS)).toBe('name contains "Big \\"one\\""');
    fireEvent.click(screen.getByTestId("filter-remove"));
    expect(onChange.mock.calls[1]?.[0].items).toEqual([]);
  });

  it("shows a filter it cannot edit as text, with a way out", () => {
    const { onClearRaw } = renderBuilder(EMPTY_FILTER, "not name is_empty");
    expect(screen.getByTestId("filter-raw").textContent).toContain("not name is_empty");
    fireEvent.click(screen.getByRole("button"));
    expect(onClearRaw).toHaveBeenCalled();
  });
});
