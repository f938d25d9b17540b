import { afterEach, describe, expect, it, vi } from "vitest";
import { batchUpdate, chunk, deleteMany, runLimited, withTag } from "./bulk";

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

afterEach(() => vi.unstubAllGlobals());

describe("chunk", () => {
  it("splits into pieces of at most the size", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
  });
});

describe("runLimited", () => {
  it("never runs more than the limit at once and keeps the order of results", async () => {
    let running = 0;
    let most = 0;
    const tasks = [30, 10, 20, 5, 15, 1].map((ms, i) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      if (i === 2) throw new Error("no");
      return i;
    });
    const results = await runLimited(tasks, 4);
    expect(most).toBeLessThanOrEqual(4);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "failed"))).toEqual([0, 1, "failed", 3, 4, 5]);
  });
});

describe("withTag", () => {
  it("adds a tag once, ignoring case", () => {
    expect(withTag(null, "vip")).toEqual(["vip"]);
    expect(withTag(["VIP", "x"], "vip")).toEqual(["VIP", "x"]);
    expect(withTag(["x"], "vip")).toEqual(["x", "vip"]);
  });
});

describe("batchUpdate", () => {
  it("sends at most 1,000 records a batch and counts a refused batch as not changed", async () => {
    const bodies: { records: unknown[] }[] = [];
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { mode: string; records: { id: string }[] };
      expect(body.mode).toBe("update");
      bodies.push(body);
      if (bodies.length === 2) {
        return json({ type: "x", title: "Conflict", status: 412, detail: "someone changed record 1500" }, 412);
      }
      return json({ data: body.records.map((r) => ({ ...r, version: 2 })) });
    });
    vi.stubGlobal("fetch", fetch);
    const records = Array.from({ length: 2500 }, (_, i) => ({ id: `r${i}`, version: 1, owner_id: "m" }));
    const outcome = await batchUpdate("people", records);
    expect(bodies.map((b) => b.records.length)).toEqual([1000, 1000, 500]);
    expect(outcome.done).toHaveLength(1500);
    expect(outcome.failed).toBe(1000);
    expect(outcome.error?.message).toBe("someone changed record 1500");
  });
});

describe("deleteMany", () => {
  it("deletes with four requests at most in flight and counts a missing record as gone", async () => {
    let running = 0;
    let most = 0;
    const fetch = vi.fn(async (url: string) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      if (url.endsWith("/r3")) return json({ type: "x", title: "Not found", status: 404, detail: "gone" }, 404);
      if (url.endsWith("/r5")) return json({ type: "x", title: "Forbidden", status: 403, detail: "not yours" }, 403);
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal("fetch", fetch);
    const ids = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const outcome = await deleteMany("deals", ids);
    expect(most).toBeLessThanOrEqual(4);
    expect(fetch).toHaveBeenCalledTimes(10);
    expect(outcome.deleted).toHaveLength(9);
    expect(outcome.deleted).not.toContain("r5");
    expect(outcome.failed).toBe(1);
    expect(outcome.error?.message).toBe("not yours");
  });
});
