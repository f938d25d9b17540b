import { describe, expect, it } from "vitest";
import type { FieldInfo } from "../../api/hooks";
import { importTargets, withGuesses } from "./targets";

function field(key: string, extra: Partial<FieldInfo> = {}): FieldInfo {
  return {
    key,
    type: "text",
    references: null,
    sortable: true,
    required: false,
    writable: true,
    custom: false,
    options: null,
    ...extra,
  };
}

describe("import targets", () => {
  const fields = [
    field("name", { required: true }),
    field("company_id", { type: "id", references: "companies" }),
    field("closed_at", { writable: false }),
    field("custom.region", { custom: true, label: "Region" }),
  ];

  it("lists linked names, writable standard fields and custom fields", () => {
    expect(importTargets("deals", fields)).toEqual([
      { value: "company", group: "linked" },
      { value: "pipeline", group: "linked" },
      { value: "stage", group: "linked" },
      { value: "name", group: "standard" },
      { value: "company_id", group: "standard" },
      { value: "custom.region", group: "custom", label: "Region" },
    ]);
    expect(importTargets("companies", fields).filter((t) => t.group === "linked")).toEqual([]);
  });

  it("keeps guesses the field list does not know", () => {
    const targets = withGuesses(importTargets("companies", fields), ["name", null, "custom.gone", "custom.gone"]);
    expect(targets.map((t) => t.value)).toEqual(["name", "company_id", "custom.region", "custom.gone"]);
  });
});
