import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Board, Deal, Pipeline } from "../../api/types";
import { testDeal } from "../../test/records";
import { fakeFetch, renderScreen, type FakeRequest } from "../../test/render";
import BoardPage from "./BoardPage";

const pipeline: Pipeline = {
  id: "p1",
  name: "Sales",
  position: 0,
  version: 1,
  stages: [
    { id: "s1", name: "Qualification", position: 0, probability: 10, kind: "open" },
    { id: "s2", name: "Proposal", position: 1, probability: 50, kind: "open" },
    { id: "s3", name: "Lost", position: 2, probability: 0, kind: "lost" },
  ],
};

const deal = (id: string, stage: string, amount: number): Deal =>
  testDeal({
    id,
    version: 3,
    name: `Deal ${id}`,
    amount,
    currency: "USD",
    pipeline_id: "p1",
    stage_id: stage,
    company_id: "c1",
    owner_id: "m1",
    stage_entered_at: "2026-01-01T00:00:00Z",
  });

/** A small stateful server: the board is built from the deals it holds. */
function fakeServer(patch?: (request: FakeRequest, deal: Deal) => [number, unknown] | Promise<[number, unknown]>) {
  const deals = [deal("d1", "s1", 100), deal("d2", "s1", 200)];
  const board = (): Board => ({
    pipeline,
    columns: pipeline.stages.map((stage) => {
      const here = deals.filter((d) => d.stage_id === stage.id);
      const sum = here.reduce((total, d) => total + (d.amount ?? 0), 0);
      return { stage, count: here.length, amounts: sum ? [{ currency: "USD", sum }] : [], deals: here };
    }),
  });
  const accept = (request: FakeRequest, current: Deal): [number, unknown] => {
    Object.assign(current, request.body, { version: current.version + 1 });
    return [200, { ...current }];
  };
  return fakeFetch(async (request) => {
    const patched = request.method === "PATCH" ? deals.find((d) => request.path === `/api/v1/deals/${d.id}`) : undefined;
    if (patched) return patch ? patch(request, patched) : accept(request, patched);
    if (request.path === "/api/v1/pipelines/p1/board") return [200, board()];
    return baseApi(request);
  });
}

function baseApi(request: FakeRequest): [number, unknown] | undefined {
  if (request.path === "/api/v1/pipelines") return [200, { data: [pipeline] }];
  if (request.path === "/api/v1/members") return [200, { data: [{ id: "m1", user_id: "u1", email: "alex@example.com", name: "Alex Morgan", role: "owner" }] }];
  if (request.path === "/api/v1/companies") return [200, { data: [{ id: "c1", name: "Northwind" }], next_cursor: null }];
  return undefined;
}

const column = (name: string) => screen.getAllByTestId("board-column").find((c) => c.dataset.stageName === name)!;
const count = (name: string) => within(column(name)).getByTestId("board-column-count").textContent;

async function moveWithMenu(dealId: string, stageName: string) {
  const card = (await screen.findAllByTestId("deal-card")).find((c) => c.dataset.dealId === dealId)!;
  fireEvent.click(within(card).getByTestId("deal-move-menu"));
  fireEvent.click(await screen.findByRole("menuitem", { name: stageName }));
}

afterEach(() => vi.unstubAllGlobals());

describe("BoardPage", () => {
  it("shows one column per stage with counts, cards and company names", async () => {
    fakeServer();
    renderScreen(<BoardPage />, { path: "/board/p1", route: "/board/:pipelineId" });
    expect(await screen.findAllByTestId("board-column")).toHaveLength(3);
    expect(count("Qualification")).toBe("2");
    expect(await screen.findAllByText("Northwind")).toHaveLength(2);
    expect(screen.getAllByTestId("deal-card").map((c) => c.dataset.dealId)).toEqual(["d1", "d2"]);
  });

  it("moves a card at once and sends the stage with the version it showed", async () => {
    let answer: () => void = () => {};
    const requests = fakeServer(
      (request, current) =>
        new Promise((resolve) => {
          answer = () => {
            Object.assign(current, request.body, { version: 4 });
            resolve([200, { ...current }]);
          };
        }),
    );
    renderScreen(<BoardPage />, { path: "/board/p1", route: "/board/:pipelineId" });
    await moveWithMenu("d2", "Proposal");
    // Before the server answers, the card and both counts have moved.
    await waitFor(() => expect(count("Proposal")).toBe("1"));
    expect(count("Qualification")).toBe("1");
    const patch = requests.find((r) => r.method === "PATCH")!;
    expect(patch.path).toBe("/api/v1/deals/d2");
    expect(patch.body).toEqual({ stage_id: "s2" });
    expect(patch.headers.get("If-Match")).toBe("3");
    answer();
    await waitFor(() => expect(within(column("Proposal")).getAllByTestId("deal-card")).toHaveLength(1));
  });

  it("puts the card back and says why when the server refuses", async () => {
    fakeServer(() => [412, { type: "x", title: "Conflict", status: 412, detail: "you edited version 3", errors: [], current: {} }]);
    renderScreen(<BoardPage />, { path: "/board/p1", route: "/board/:pipelineId" });
    await moveWithMenu("d1", "Proposal");
    expect(await screen.findByText(/Someone changed this deal a moment ago/)).toBeTruthy();
    expect(count("Qualification")).toBe("2");
    expect(count("Proposal")).toBe("0");
    expect(within(column("Qualification")).getAllByTestId("deal-card").map((c) => c.dataset.dealId)).toEqual(["d1", "d2"]);
  });

  it("asks for the lost reason before moving to a lost stage, and cancel leaves the card", async () => {
    const requests = fakeServer();
    renderScreen(<BoardPage />, { path: "/board/p1", route: "/board/:pipelineId" });
    await moveWithMenu("d1", "Lost");
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByTestId("lost-reason-input")).toBeNull());
    expect(requests.some((r) => r.method === "PATCH")).toBe(false);
    expect(count("Lost")).toBe("0");

    await moveWithMenu("d1", "Lost");
    fireEvent.click(await screen.findByTestId("lost-reason-submit"));
    expect(await screen.findByText("Say why the deal was lost")).toBeTruthy();
    fireEvent.change(screen.getByTestId("lost-reason-input"), { target: { value: "Budget" } });
    fireEvent.click(screen.getByTestId("lost-reason-submit"));
    await waitFor(() => expect(count("Lost")).toBe("1"));
    expect(requests.find((r) => r.method === "PATCH")?.body).toEqual({ stage_id: "s3", lost_reason: "Budget" });
  });
});
