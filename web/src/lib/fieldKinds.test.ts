import { describe, expect, it } from "vitest";
import { fieldKind, fieldReference } from "./fieldKinds";

describe("fieldKind", () => {
  it("maps the API's types to kinds", () => {
    expect(fieldKind({ key: "description", type: "long text", references: null })).toBe("longText");
    expect(fieldKind({ key: "expected_close_date", type: "date", references: null })).toBe("date");
    expect(fieldKind({ key: "custom.products", type: "multi_select", references: null })).toBe("multiSelect");
    expect(fieldKind({ key: "other_emails", type: "list of emails", references: null })).toBe("list");
  });

  it("tells references apart, also when the server does not name what they point at", () => {
    expect(fieldKind({ key: "owner_id", type: "id", references: "members" })).toBe("member");
    expect(fieldKind({ key: "company_id", type: "id", references: "companies" })).toBe("company");
    // Older servers leave `references` out.
    expect(fieldKind({ key: "stage_id", type: "id", references: undefined as unknown as null })).toBe("stage");
    expect(fieldKind({ key: "mystery_id", type: "id", references: null })).toBe("reference");
  });
});

describe("fieldReference", () => {
  it("is what the server says, else what the key names, and nothing for plain fields", () => {
    expect(fieldReference({ key: "owner_id", type: "id", references: "members" })).toBe("members");
    expect(fieldReference({ key: "person_id", type: "id", references: null })).toBe("people");
    expect(fieldReference({ key: "company_id", type: "text", references: null })).toBeNull();
  });
});
