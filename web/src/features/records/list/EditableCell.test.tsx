import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, renderWithProviders } from "../../../test/render";
import type { Column } from "./columns";
import { EditableCell } from "./EditableCell";
import type { ListRow } from "./useRecordPage";

const EMAIL: Column = { key: "email", type: "email", references: null, sortable: true, writable: true, custom: false, options: null };
const ROW: ListRow = { id: "p1", version: 3, email: "old@example.com" };

afterEach(() => vi.unstubAllGlobals());

function renderCell(onClose = vi.fn()) {
  renderWithProviders(
    <EditableCell object="people" column={EMAIL} row={ROW} label="Email" format={(v) => String(v ?? "")} onClose={onClose} />,
  );
  return onClose;
}

function type(value: string) {
  const input = screen.getByTestId("cell-editor");
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: "Enter" });
}

describe("EditableCell", () => {
  it("saves with the version the user saw", async () => {
    const seen = fakeFetch(() => [200, { ...ROW, version: 4, email: "new@example.com" }]);
    const onClose = renderCell();
    type("new@example.com");
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("PATCH");
    expect(seen[0]?.path).toBe("/api/v1/people/p1");
    expect(seen[0]?.headers.get("If-Match")).toBe("3");
    expect(seen[0]?.body).toEqual({ email: "new@example.com" });
  });

  it("cancels on Escape and saves nothing when nothing changed", () => {
    const seen = fakeFetch(() => [500, {}]);
    const onClose = renderCell();
    fireEvent.keyDown(screen.getByTestId("cell-editor"), { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    type("old@example.com");
    expect(seen).toHaveLength(0);
  });

  it("shows the API's words for a refused value and keeps the editor open", async () => {
    fakeFetch(() => [
      422,
      { type: "v", title: "Invalid", status: 422, detail: "email: bad", errors: [{ field: "email", message: "has no @" }] },
    ]);
    const onClose = renderCell();
    type("nope");
    expect((await screen.findByTestId("cell-error")).textContent).toContain("has no @");
    expect(onClose).not.toHaveBeenCalled();
  });

  it("shows both values on a conflict and saves mine over theirs on request", async () => {
    const current = { ...ROW, version: 5, email: "theirs@example.com" };
    const seen = fakeFetch((request) =>
      request.headers.get("If-Match") === "3"
        ? [412, { type: "c", title: "Conflict", status: 412, detail: "changed", current }]
        : [200, { ...current, version: 6, email: "mine@example.com" }],
    );
    const onClose = renderCell();
    type("mine@example.com");
    const conflict = await screen.findByTestId("cell-conflict");
    expect(conflict.textContent).toContain("theirs@example.com");
    expect(conflict.textContent).toContain("mine@example.com");
    fireEvent.click(screen.getByTestId("conflict-keep-mine"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(seen.map((r) => r.headers.get("If-Match"))).toEqual(["3", "5"]);
    expect(seen[1]?.body).toEqual({ email: "mine@example.com" });
  });
});
