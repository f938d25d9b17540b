import { MantineProvider } from "@mantine/core";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import "../../../i18n";
import type { DraftStage } from "./pipelineDraft";
import { StageList } from "./StageList";

const stages: DraftStage[] = [
  { key: "a", id: "a", name: "New", probability: 10, kind: "open" },
  { key: "b", id: "b", name: "Proposal", probability: 50, kind: "open" },
  { key: "c", id: "c", name: "Won", probability: 100, kind: "won" },
];

function renderList(errors: Record<string, string[]> = {}) {
  const handlers = {
    onChange: vi.fn(),
    onKind: vi.fn(),
    onMove: vi.fn(),
    onMoveOnto: vi.fn(),
    onRemove: vi.fn(),
  };
  render(
    <MantineProvider>
      <StageList stages={stages} errors={errors} {...handlers} />
    </MantineProvider>,
  );
  return handlers;
}

describe("StageList", () => {
  it("moves, renames and removes stages with its buttons and fields", () => {
    const handlers = renderList();
    expect((screen.getByRole("button", { name: "Move “New” up" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Move “Won” down" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Move “Proposal” up" }));
    expect(handlers.onMove).toHaveBeenCalledWith(1, 0);
    fireEvent.click(screen.getByRole("button", { name: "Move “Proposal” down" }));
    expect(handlers.onMove).toHaveBeenCalledWith(1, 2);
    fireEvent.change(screen.getByLabelText("Name of stage 2"), { target: { value: "Offer" } });
    expect(handlers.onChange).toHaveBeenCalledWith("b", { name: "Offer" });
    fireEvent.click(screen.getByRole("button", { name: "Remove “Won”" }));
    expect(handlers.onRemove).toHaveBeenCalledWith("c");
  });

  it("shows a stage's problems under it", () => {
    renderList({ b: ["Another stage has this name."] });
    expect(screen.getByRole("alert").textContent).toBe("Another stage has this name.");
  });
});
