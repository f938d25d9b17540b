// The lead model tab against a fake API: never trained shows "Train now", which starts the
// job, follows it to the end and then shows the model; members are kept out.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, json, renderScreen, SESSION } from "../../test/render";
import { LeadModelTab } from "./LeadModelTab";
import type { LeadModel } from "./leadmodel/leadModel";

const MODEL: LeadModel = {
  method: "rules",
  thin_history: true,
  examples: 31,
  won: 12,
  cv_auc: 0.7412,
  brier: 0.2134,
  calibration: [
    { lower: 0, upper: 0.2, count: 9, mean_predicted: 0.12, observed_rate: 0.11 },
    { lower: 0.2, upper: 0.4, count: 0, mean_predicted: 0, observed_rate: 0 },
    { lower: 0.6, upper: 0.8, count: 7, mean_predicted: 0.7, observed_rate: 0.71 },
  ],
  warnings: ["<i>Few</i> lost deals have a source"],
  scored_open_deals: 18,
  trained_at: "2026-05-01T10:00:00Z",
};

const NOT_FOUND = { type: "about:blank", title: "Not found", status: 404, detail: "The lead model has not been trained." };

afterEach(() => vi.unstubAllGlobals());

describe("LeadModelTab", () => {
  it("trains a model never trained, following the job, then shows it", async () => {
    let trained = false;
    const requests = fakeFetch(({ method, path }) => {
      if (method === "GET" && path === "/api/v1/insights/lead-model") return trained ? [200, MODEL] : [404, NOT_FOUND];
      if (method === "POST" && path === "/api/v1/insights/lead-model/train") return [202, { id: "j1", status: "queued", progress: null }];
      if (method === "GET" && path === "/api/v1/jobs/j1") {
        trained = true;
        return [200, { id: "j1", status: "succeeded", progress: 1 }];
      }
      return undefined;
    });
    renderScreen(<LeadModelTab />, { path: "/settings/lead-model", route: "/settings/lead-model" });

    const empty = await screen.findByTestId("lead-model-empty");
    fireEvent.click(within(empty).getByTestId("lead-model-train"));

    expect((await screen.findByTestId("lead-model-method")).textContent).toBe("Points table (rules)");
    expect(requests.some((r) => r.method === "GET" && r.path === "/api/v1/jobs/j1")).toBe(true);
    expect(screen.getByTestId("lead-model-thin").textContent).toContain("Fewer than 50 closed deals");
    expect(screen.getByTestId("lead-model-auc").textContent).toBe("0.74");
    expect(screen.getByTestId("lead-model-brier").textContent).toBe("0.213");
    expect(screen.getByTestId("lead-model-examples").textContent).toBe("31");
    expect(screen.getByText("<i>Few</i> lost deals have a source")).toBeTruthy();
    expect(screen.getAllByTestId("lead-model-bin")).toHaveLength(2);
    await waitFor(() => expect(screen.queryByTestId("lead-model-training")).toBeNull());
  });

  it("says what went wrong when training dies", async () => {
    fakeFetch(({ method, path }) => {
      if (method === "GET" && path === "/api/v1/insights/lead-model") return [200, MODEL];
      if (method === "POST" && path === "/api/v1/insights/lead-model/train") return [202, { id: "j2", status: "queued", progress: 0 }];
      if (method === "GET" && path === "/api/v1/jobs/j2") return [200, { id: "j2", status: "dead", progress: 0.4, last_error: "no closed deals" }];
      return undefined;
    });
    renderScreen(<LeadModelTab />, { path: "/settings/lead-model", route: "/settings/lead-model" });
    fireEvent.click(await screen.findByTestId("lead-model-train"));
    expect((await screen.findByTestId("lead-model-train-error")).textContent).toContain("no closed deals");
  });

  it("is kept to owners and admins", async () => {
    // Every request, the session's included, answers as a member's.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json(200, { ...SESSION, role: "member", signed_in: true })),
    );
    renderScreen(<LeadModelTab />, { path: "/settings/lead-model", route: "/settings/lead-model" });
    expect(await screen.findByTestId("lead-model-admins-only")).toBeTruthy();
  });
});
