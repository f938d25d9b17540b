import { describe, expect, it } from "vitest";
import { fieldPatch, readField, withComputedReadOnly } from "./recordFields";

describe("readField", () => {
  it("reads standard fields from the record and custom ones from `custom`", () => {
    const record = { city: "Riga", custom: { region: "EMEA" } };
    expect(readField(record, "city")).toBe("Riga");
    expect(readField(record, "custom.region")).toBe("EMEA");
    expect(readField(record, "custom.vip")).toBeNull();
    expect(readField({}, "country")).toBeNull();
  });
});

describe("fieldPatch", () => {
  it("puts custom fields inside `custom`", () => {
    expect(fieldPatch("city", "Riga")).toEqual({ city: "Riga" });
    expect(fieldPatch("custom.region", "EMEA")).toEqual({ custom: { region: "EMEA" } });
  });
});

describe("withComputedReadOnly", () => {
  it("makes fields the server computes read-only", () => {
    expect(withComputedReadOnly({ key: "lead_score", writable: true }).writable).toBe(false);
    expect(withComputedReadOnly({ key: "closed_at", writable: true }).writable).toBe(false);
    expect(withComputedReadOnly({ key: "name", writable: true }).writable).toBe(true);
  });
});
