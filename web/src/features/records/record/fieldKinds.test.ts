import { describe, expect, it } from "vitest";
import { bindingFor, editorKind } from "./fieldKinds";

describe("editorKind", () => {
  it("fits the editor to the field's type", () => {
    expect(editorKind({ key: "description", type: "long text", references: null })).toBe("longText");
    expect(editorKind({ key: "expected_close_date", type: "date", references: null })).toBe("date");
    expect(editorKind({ key: "custom.products", type: "multi_select", references: null })).toBe("multiSelect");
    expect(editorKind({ key: "other_emails", type: "list of emails", references: null })).toBe("list");
  });

  it("picks members, companies, pipelines and stages for id fields", () => {
    expect(editorKind({ key: "owner_id", type: "id", references: "members" })).toBe("member");
    expect(editorKind({ key: "company_id", type: "id", references: "companies" })).toBe("company");
    // Servers that do not say what an id references are understood by the field's name.
    expect(editorKind({ key: "stage_id", type: "id", references: undefined as unknown as null })).toBe("stage");
    expect(editorKind({ key: "mystery_id", type: "id", references: null })).toBe("reference");
  });
});

describe("bindingFor", () => {
  it("saves a deal's amount together with its currency", () => {
    const amount = bindingFor("deals", "amount");
    expect(amount.patch({ amount: 5, currency: "EUR" })).toEqual({ amount: 5, currency: "EUR" });
    expect(amount.errorKeys).toEqual(["amount", "currency"]);
  });

  it("saves other fields alone", () => {
    expect(bindingFor("people", "city").patch("Riga")).toEqual({ city: "Riga" });
  });
});
