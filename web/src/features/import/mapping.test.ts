import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../api/types";
import {
  applyMapParams,
  chooseField,
  columnsFromPreview,
  duplicateFields,
  importedCount,
  importPath,
  mapParams,
  parseMapParams,
} from "./mapping";

const preview: ImportPreview = {
  headers: ["E-mail", "Full name", "Notes", "E-mail", "a=b"],
  delimiter: ",",
  mapping: [
    { header: "E-mail", field: "email", note: null },
    { header: "Full name", field: "full_name", note: null },
    { header: "Notes", field: null, note: "matches no field of people" },
    { header: "E-mail", field: null, note: "feeds the same field as column \"E-mail\"" },
    { header: "a=b", field: null, note: "matches no field of people" },
  ],
  sample_rows: [],
  errors: [],
};

describe("mapping", () => {
  const columns = columnsFromPreview(preview);

  it("starts from the server's guesses", () => {
    expect(columns.map((c) => c.field)).toEqual(["email", "full_name", null, null, null]);
    expect(columns[2]?.note).toBe("matches no field of people");
    expect(columns.map((c) => c.addressable)).toEqual([true, true, true, false, true]);
    expect(importedCount(columns)).toBe(2);
  });

  it("sends every addressable column, or only the changed ones", () => {
    const changed = chooseField(chooseField(columns, 2, "custom.notes"), 1, null);
    expect(mapParams(changed, "all")).toEqual(["E-mail=email", "Full name=", "Notes=custom.notes", "a=b="]);
    expect(mapParams(changed, "changed")).toEqual(["Full name=", "Notes=custom.notes"]);
    expect(mapParams(columns, "changed")).toEqual([]);
  });

  it("does not change a column whose header repeats an earlier one", () => {
    expect(chooseField(columns, 3, "phone")[3]?.field).toBeNull();
  });

  it("reads map parameters back, splitting at the last =", () => {
    expect(parseMapParams(["a=b=email", "Notes=", "X=-", "bare"])).toEqual([
      ["a=b", "email"],
      ["Notes", null],
      ["X", null],
      ["bare", null],
    ]);
    const changed = chooseField(chooseField(columns, 4, "phone"), 0, null);
    expect(applyMapParams(columns, mapParams(changed, "all"))).toEqual(changed);
  });

  it("builds the import, dry-run and preview paths", () => {
    expect(importPath("people", columns, { dryRun: true })).toBe(
      "/api/v1/people/import?dry_run=true&map=E-mail%3Demail&map=Full+name%3Dfull_name&map=Notes%3D&map=a%3Db%3D",
    );
    expect(importPath("people", columns, { preview: true })).toBe("/api/v1/people/import/preview");
    const url = new URL(importPath("deals", chooseField(columns, 2, "stage")), "http://x");
    expect(url.pathname).toBe("/api/v1/deals/import");
    expect(url.searchParams.getAll("map")).toContain("Notes=stage");
    expect(url.searchParams.has("dry_run")).toBe(false);
  });

  it("finds fields fed by two columns", () => {
    const twice = chooseField(columns, 2, "email");
    expect([...duplicateFields(twice)]).toEqual([["email", ["E-mail", "Notes"]]]);
    expect(duplicateFields(columns).size).toBe(0);
  });
});
