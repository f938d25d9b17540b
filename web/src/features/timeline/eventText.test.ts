import { beforeAll, describe, expect, it } from "vitest";
import i18n from "../../i18n";
import { describeEvent, type EventWords } from "./eventText";

const LABELS: Record<string, string> = { amount: "Amount", name: "Name", owner_id: "Owner" };
const STAGES: Record<string, string> = { s1: "Proposal", s2: "Won" };

function words(language: "en" | "ru"): EventWords {
  return {
    t: i18n.getFixedT(language, "timeline"),
    fieldLabel: (key) => LABELS[key] ?? key,
    valueText: (_key, value, currency) =>
      value === null || value === undefined ? "" : `${currency ? `${currency} ` : ""}${String(value)}`,
    stageName: (id) => STAGES[id] ?? "?",
    personName: (id) => (id === "p1" ? "Pavel Bondarenko" : "?"),
  };
}

describe("describeEvent", () => {
  beforeAll(async () => {
    await i18n.loadNamespaces("timeline");
  });

  it("says a record was created, trashed and restored", () => {
    expect(describeEvent("created", {}, words("en")).title).toBe("Record created");
    expect(describeEvent("deleted", {}, words("en")).title).toBe("Moved to trash");
    expect(describeEvent("restored", {}, words("en")).title).toBe("Restored from trash");
  });

  it("names one changed field with its old and new value", () => {
    const data = { changes: [{ field: "amount", old: 50000, new: 61700 }] };
    expect(describeEvent("updated", data, words("en"))).toEqual({
      title: "Amount changed",
      details: ["Amount: “50000” → “61700”"],
    });
  });

  it("counts several changes and says which were set or cleared", () => {
    const data = {
      changes: [
        { field: "name", old: "Rollout", new: "WMS rollout" },
        { field: "owner_id", old: null, new: "Alex" },
        { field: "amount", old: 100, new: null },
      ],
    };
    expect(describeEvent("updated", data, words("en"))).toEqual({
      title: "Fields changed: 3",
      details: ["Name: “Rollout” → “WMS rollout”", "Owner: set to “Alex”", "Amount: cleared (was “100”)"],
    });
  });

  it("shows amounts in the currency they had when the currency changed with them", () => {
    const data = {
      changes: [
        { field: "amount", old: 31800, new: 42000 },
        { field: "currency", old: "EUR", new: "RUB" },
      ],
    };
    expect(describeEvent("updated", data, words("en")).details[0]).toBe("Amount: “EUR 31800” → “RUB 42000”");
  });

  it("names the stages a deal moved between", () => {
    expect(describeEvent("stage_changed", { from: "s1", to: "s2" }, words("en")).title).toBe(
      "Stage changed: “Proposal” → “Won”",
    );
    expect(describeEvent("stage_changed", { from: "s1", to: "s2" }, words("ru")).title).toBe(
      "Этап изменён: «Proposal» → «Won»",
    );
  });

  it("names the person added to or removed from a deal, with their role", () => {
    expect(describeEvent("person_linked", { person_id: "p1", role: "Decision maker" }, words("en")).title).toBe(
      "Added to the deal: Pavel Bondarenko (Decision maker)",
    );
    expect(describeEvent("person_linked", { person_id: "p1", role: null }, words("en")).title).toBe(
      "Added to the deal: Pavel Bondarenko",
    );
    expect(describeEvent("person_unlinked", { person_id: "p1" }, words("en")).title).toBe(
      "Removed from the deal: Pavel Bondarenko",
    );
  });

  it("still says something about events it does not know", () => {
    expect(describeEvent("merged", {}, words("en")).title).toBe("Event: merged");
  });
});
