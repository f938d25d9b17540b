import { describe, expect, it } from "vitest";
import type { Deal } from "../../../api/types";
import { testDeal } from "../../../test/records";
import { mergePending, sameValue } from "./conflict";
import { bindingFor } from "./fieldKinds";

function deal(changes: Partial<Deal>): Deal {
  return testDeal({
    id: "d1",
    version: 4,
    updated_at: "2026-01-02T00:00:00Z",
    name: "Warehouse rollout",
    amount: 50000,
    currency: "USD",
    pipeline_id: "p1",
    stage_id: "s1",
    tags: [],
    custom: {},
    ...changes,
  });
}

describe("sameValue", () => {
  it("treats null, empty text and empty lists as the same emptiness", () => {
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue([], null)).toBe(true);
    expect(sameValue("  ", undefined)).toBe(true);
    expect(sameValue("a", null)).toBe(false);
  });

  it("compares lists and objects by their contents", () => {
    expect(sameValue(["vip", "eu"], ["vip", "eu"])).toBe(true);
    expect(sameValue(["vip"], ["vip", "eu"])).toBe(false);
    expect(sameValue({ amount: 5, currency: "USD" }, { amount: 5, currency: "USD" })).toBe(true);
    expect(sameValue({ amount: 5, currency: "USD" }, { amount: 5, currency: "EUR" })).toBe(false);
  });
});

describe("mergePending", () => {
  const name = bindingFor("deals", "name");

  it("saves mine on top when someone changed only other fields", () => {
    const current = deal({ version: 5, description: "Changed by Maria" });
    const merge = mergePending({ base: "Warehouse rollout", mine: "WMS rollout" }, current, name.read);
    expect(merge).toEqual({ kind: "reapply", version: 5 });
  });

  it("shows both values when someone changed the same field", () => {
    const current = deal({ version: 5, name: "Warehouse rollout, 3 sites" });
    const merge = mergePending({ base: "Warehouse rollout", mine: "WMS rollout" }, current, name.read);
    expect(merge).toEqual({ kind: "conflict", theirs: "Warehouse rollout, 3 sites", version: 5 });
  });

  it("has nothing left to do when they saved what I wanted", () => {
    const current = deal({ version: 5, name: "WMS rollout" });
    expect(mergePending({ base: "Warehouse rollout", mine: "WMS rollout" }, current, name.read)).toEqual({
      kind: "settled",
    });
  });

  it("merges a deal's amount and currency as one value", () => {
    const amount = bindingFor("deals", "amount");
    const base = { amount: 50000, currency: "USD" };
    const mine = { amount: 55000, currency: "USD" };
    expect(mergePending({ base, mine }, deal({ version: 6, currency: "EUR" }), amount.read)).toEqual({
      kind: "conflict",
      theirs: { amount: 50000, currency: "EUR" },
      version: 6,
    });
    expect(mergePending({ base, mine }, deal({ version: 6, tags: ["vip"] }), amount.read).kind).toBe("reapply");
  });

  it("reads custom fields from the record's custom values", () => {
    const region = bindingFor("deals", "custom.region");
    const current = deal({ version: 7, custom: { region: "EMEA" } });
    expect(mergePending({ base: null, mine: "APAC" }, current, region.read)).toEqual({
      kind: "conflict",
      theirs: "EMEA",
      version: 7,
    });
    expect(region.patch("APAC")).toEqual({ custom: { region: "APAC" } });
  });
});
