import { describe, expect, it } from "vitest";
import { moveColumn, toggleColumn } from "./columnOrder";
import type { Column } from "./columns";
import { editorKind, fromDraft, isEditable, sameValue, toDraft } from "./editing";
import { newRecordBody } from "./newRecord";

function column(type: string, extra: Partial<Column> = {}): Column {
  return { key: "k", type, references: null, sortable: true, writable: true, custom: false, options: null, ...extra };
}

describe("inline editing", () => {
  it("is offered for simple, writable fields only", () => {
    expect(isEditable(column("text"))).toBe(true);
    expect(isEditable(column("money"))).toBe(true);
    expect(isEditable(column("select"))).toBe(true);
    expect(isEditable(column("text", { writable: false }))).toBe(false);
    expect(isEditable(column("tags"))).toBe(false);
    expect(isEditable(column("long text"))).toBe(false);
    expect(isEditable(column("id", { references: "members" }))).toBe(false);
    expect(isEditable(column("date-time"))).toBe(false);
    expect(editorKind(column("email"))).toBe("text");
    expect(editorKind(column("integer"))).toBe("number");
  });

  it("turns values into editor text and back into typed values", () => {
    expect(toDraft(null)).toBe("");
    expect(toDraft(12.5)).toBe("12.5");
    expect(toDraft(true)).toBe("true");
    expect(fromDraft(column("text"), "  Acme  ")).toBe("Acme");
    expect(fromDraft(column("text"), "   ")).toBeNull();
    expect(fromDraft(column("money"), "1250.50")).toBe(1250.5);
    expect(fromDraft(column("number"), "lots")).toBe("lots");
    expect(fromDraft(column("boolean"), "false")).toBe(false);
    expect(fromDraft(column("currency"), "eur")).toBe("EUR");
    expect(fromDraft(column("date"), "2026-03-01")).toBe("2026-03-01");
  });

  it("sees no change when nothing changed", () => {
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue(undefined, "")).toBe(true);
    expect(sameValue(null, "a")).toBe(false);
    expect(sameValue(100, 100)).toBe(true);
    expect(sameValue(100, 100.5)).toBe(false);
    expect(sameValue("a", "a")).toBe(true);
    expect(sameValue(false, false)).toBe(true);
  });
});

describe("column order", () => {
  it("shows, hides (never the last) and moves columns", () => {
    expect(toggleColumn(["a", "b"], "c")).toEqual(["a", "b", "c"]);
    expect(toggleColumn(["a", "b"], "a")).toEqual(["b"]);
    expect(toggleColumn(["a"], "a")).toEqual(["a"]);
    expect(moveColumn(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveColumn(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
    expect(moveColumn(["a", "b", "c"], "b", 1)).toEqual(["a", "c", "b"]);
  });
});

describe("new record body", () => {
  it("sends only what was filled in", () => {
    expect(newRecordBody("people", { first_name: " Anna ", last_name: "", email: "a@b.c", phone: "", company_id: "" })).toEqual({
      first_name: "Anna",
      email: "a@b.c",
    });
  });

  it("sends a currency only with an amount", () => {
    const deal = { name: "Big", amount: "", currency: "usd", pipeline_id: "p", stage_id: "s", company_id: "" };
    expect(newRecordBody("deals", deal)).toEqual({ name: "Big", pipeline_id: "p", stage_id: "s" });
    expect(newRecordBody("deals", { ...deal, amount: 1200 })).toMatchObject({ amount: 1200, currency: "USD" });
  });

  it("makes the creator the owner", () => {
    expect(newRecordBody("companies", { name: "Acme", domain: "", industry: "" }, "m1")).toEqual({ owner_id: "m1", name: "Acme" });
  });
});
