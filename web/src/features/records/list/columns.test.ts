import { describe, expect, it } from "vitest";
import type { FieldInfo } from "../../../api/hooks";
import { apiFields, availableColumns, columnFromField, DEFAULT_COLUMNS, normalizeColumns } from "./columns";
import { ariaSort, nextSort, parseSort, serializeSort, sortDirectionOf } from "./sortModel";

function field(key: string, type: string, extra: Partial<FieldInfo> = {}): FieldInfo {
  return { key, type, references: null, sortable: true, required: false, writable: true, custom: false, options: null, ...extra };
}

const PEOPLE: FieldInfo[] = [
  field("first_name", "text"),
  field("last_name", "text"),
  field("email", "email"),
  field("phone", "phone"),
  field("company_id", "id", { references: "companies" }),
  field("lifecycle_stage", "select", { options: ["lead"] }),
  field("owner_id", "id", { references: "members" }),
  field("tags", "tags", { sortable: false }),
  field("custom.region", "text", { custom: true, label: "Region" }),
];

describe("columns", () => {
  it("add the record timestamps to the object's fields", () => {
    const keys = availableColumns(PEOPLE).map((c) => c.key);
    expect(keys.slice(-3)).toEqual(["created_at", "updated_at", "created_by"]);
    expect(keys).toContain("custom.region");
  });

  it("fill in references and sortability a server left out", () => {
    const old = { key: "owner_id", type: "id", required: false, writable: true, custom: false, options: null } as unknown as FieldInfo;
    expect(columnFromField(old)).toMatchObject({ references: "members", sortable: true });
    const tags = { key: "tags", type: "tags", required: false, writable: true, custom: false, options: null } as unknown as FieldInfo;
    expect(columnFromField(tags).sortable).toBe(false);
  });

  it("default to the object's usual columns, all of which exist", () => {
    const available = availableColumns(PEOPLE);
    expect(normalizeColumns([], available, "people")).toEqual(DEFAULT_COLUMNS.people);
  });

  it("keep known columns in order, once each", () => {
    const available = availableColumns(PEOPLE);
    expect(normalizeColumns(["email", "gone", "custom.region", "email"], available, "people")).toEqual([
      "email",
      "custom.region",
    ]);
    expect(normalizeColumns(["gone"], available, "people")).toEqual(DEFAULT_COLUMNS.people);
  });

  it("ask the API for id, version, the columns and what they need", () => {
    expect(apiFields(["name", "amount", "custom.a", "custom.b"])).toBe("id,version,name,amount,currency,custom");
    expect(apiFields([])).toBe("id,version");
  });
});

describe("sort", () => {
  it("round-trips the API's text", () => {
    expect(parseSort("-updated_at, name,+amount")).toEqual([
      { key: "updated_at", direction: "desc" },
      { key: "name", direction: "asc" },
      { key: "amount", direction: "asc" },
    ]);
    expect(serializeSort(parseSort("-updated_at,name"))).toBe("-updated_at,name");
    expect(parseSort(null)).toEqual([]);
  });

  it("cycles a header through ascending, descending and none", () => {
    const asc = nextSort([], "name");
    expect(asc).toEqual([{ key: "name", direction: "asc" }]);
    const desc = nextSort(asc, "name");
    expect(desc).toEqual([{ key: "name", direction: "desc" }]);
    expect(nextSort(desc, "name")).toEqual([]);
    expect(nextSort(desc, "amount")).toEqual([{ key: "amount", direction: "asc" }]);
  });

  it("tells a header its state", () => {
    const sort = parseSort("-amount");
    expect(sortDirectionOf(sort, "amount")).toBe("desc");
    expect(sortDirectionOf(sort, "name")).toBeNull();
    expect(ariaSort("desc")).toBe("descending");
    expect(ariaSort(null)).toBe("none");
  });
});

describe("lead score column", () => {
  it("is offered for deals, read-only and sortable, and brings its reasons along", () => {
    const lead = availableColumns([field("name", "text")], "deals").find((c) => c.key === "lead_score");
    expect(lead).toMatchObject({ sortable: true, writable: false });
    expect(availableColumns([field("first_name", "text")], "people").some((c) => c.key === "lead_score")).toBe(false);
    expect(apiFields(["name", "lead_score"]).split(",")).toEqual(["id", "version", "name", "lead_score", "lead_score_reasons"]);
  });
});
