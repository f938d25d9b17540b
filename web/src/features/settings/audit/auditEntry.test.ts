import { describe, expect, it } from "vitest";
import {
  actorKind,
  AUDIT_ACTIONS,
  compactValue,
  detailFacts,
  factRefs,
  isKnownAction,
  isRedacted,
  objectNameOf,
  recordLink,
  truncate,
  valueWord,
} from "./auditEntry";

describe("actions", () => {
  it("knows every action the server writes, and no other", () => {
    expect(AUDIT_ACTIONS).toHaveLength(31);
    expect(isKnownAction("two_factor_enabled")).toBe(true);
    expect(isKnownAction("moon_landing")).toBe(false);
  });
});

describe("actorKind", () => {
  it("names a member when there is one, else says how the request came", () => {
    expect(actorKind({ actor_id: "m1", via: "api_key" })).toBe("member");
    expect(actorKind({ actor_id: null, via: "api_key" })).toBe("api_key");
    expect(actorKind({ actor_id: null, via: "system" })).toBe("system");
    expect(actorKind({ actor_id: null, via: "anonymous" })).toBe("anonymous");
    expect(actorKind({ actor_id: null, via: "session" })).toBe("anonymous");
  });
});

describe("records", () => {
  it("links people, companies and deals to their pages", () => {
    expect(recordLink({ object: "deal", record_id: "d1" })).toEqual({ object: "deals", id: "d1" });
    expect(recordLink({ object: "person", record_id: "p1" })).toEqual({ object: "people", id: "p1" });
    expect(recordLink({ object: "activity", record_id: "a1" })).toBeNull();
    expect(recordLink({ object: "pipeline", record_id: "x" })).toBeNull();
    expect(recordLink({ object: "deal", record_id: null })).toBeNull();
  });

  it("labels activities' fields too", () => {
    expect(objectNameOf("activity")).toBe("activities");
    expect(objectNameOf("pipeline")).toBeNull();
    expect(objectNameOf(null)).toBeNull();
  });
});

describe("detailFacts", () => {
  it("lists a plain detail's facts, empty ones left out", () => {
    const entry = { action: "member_role_changed", detail: { member: "fox@x.test", from: "member", to: "admin", note: null } };
    expect(detailFacts(entry)).toEqual([
      { key: "member", value: "fox@x.test" },
      { key: "from", value: "member" },
      { key: "to", value: "admin" },
    ]);
  });

  it("lists what a created record held, not its bookkeeping, custom values by key", () => {
    const values = { id: "d1", version: 1, created_at: "t", name: "Globex", amount: 5000, stage_id: "s1", custom: { tier: "gold", empty: "" } };
    expect(detailFacts({ action: "created", detail: { values } })).toEqual([
      { key: "name", value: "Globex" },
      { key: "amount", value: 5000 },
      { key: "stage_id", value: "s1" },
      { key: "custom.tier", value: "gold" },
    ]);
  });

  it("has nothing to say about erased or empty details", () => {
    expect(isRedacted({ redacted: true })).toBe(true);
    expect(detailFacts({ action: "updated", detail: { redacted: true } })).toEqual([]);
    expect(detailFacts({ action: "signed_out", detail: {} })).toEqual([]);
    expect(detailFacts({ action: "signed_out", detail: null })).toEqual([]);
  });

  it("keeps a detail that is not an object as it is", () => {
    expect(detailFacts({ action: "odd", detail: "broken json" })).toEqual([{ key: "", value: "broken json" }]);
  });
});

describe("compactValue", () => {
  it("says named things by name and lists them joined", () => {
    expect(compactValue({ id: "p1", name: "Sales", stages: [] })).toBe("Sales");
    expect(compactValue([{ name: "New" }, { name: "Won" }])).toBe("New, Won");
    expect(compactValue({ key: "tier", type: "select" })).toBe("tier");
    expect(compactValue(["a", "b"])).toBe("a, b");
    expect(compactValue(3)).toBe("3");
    expect(compactValue(true)).toBe("true");
    expect(compactValue(null)).toBe("");
  });

  it("writes anything else as JSON, cut short", () => {
    expect(compactValue({ rows: 3 })).toBe('{"rows":3}');
    expect(compactValue("x".repeat(100))).toHaveLength(80);
    expect(truncate("abcdef", 4)).toBe("abc…");
  });
});

describe("valueWord", () => {
  it("labels roles, scopes and second factors only", () => {
    expect(valueWord({ key: "to", value: "admin" })).toBe("admin");
    expect(valueWord({ key: "second_factor", value: "recovery_code" })).toBe("recovery_code");
    expect(valueWord({ key: "email", value: "admin" })).toBeNull();
    expect(valueWord({ key: "role", value: "Odd Value" })).toBeNull();
  });
});

describe("factRefs", () => {
  it("asks for the names of the records a created record points at", () => {
    const facts = [
      { key: "company_id", value: "c1" },
      { key: "person_id", value: "p1" },
      { key: "owner_id", value: "m1" },
      { key: "deal_id", value: null },
    ];
    expect(factRefs(facts)).toEqual([
      { object: "companies", id: "c1" },
      { object: "people", id: "p1" },
    ]);
  });
});
