import { describe, expect, it } from "vitest";
import type { ImportPreview, ImportReport } from "../../api/types";
import { columnsFromPreview, withChoices } from "./mapping";
import { canVisit, initialWizard, wizardReducer, type WizardAction, type WizardState } from "./wizard";

const preview: ImportPreview = {
  headers: ["Email", "Notes"],
  delimiter: ",",
  mapping: [
    { header: "Email", field: "email", note: null },
    { header: "Notes", field: null, note: "matches no field" },
  ],
  sample_rows: [],
  errors: [],
};

const report: ImportReport = {
  dry_run: true,
  rows: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  skipped: 1,
  duplicates: 0,
  companies_created: 0,
  errors: [{ line: 3, field: "email", message: "is not an email address" }],
  error_count: 1,
  warnings: [],
  warning_count: 0,
};

const columns = columnsFromPreview(preview);

const run = (actions: WizardAction[], from: WizardState = initialWizard("people")) =>
  actions.reduce(wizardReducer, from);

const file = new File(["Email,Notes\n"], "people.csv", { type: "text/csv" });

describe("import wizard", () => {
  it("goes from a file to its mapping, a dry run and the import", () => {
    const mapped = run([{ type: "fileChosen", file }]);
    expect(mapped.step).toBe("map");
    const checked = run([{ type: "checked", report, columns }], mapped);
    expect(checked.step).toBe("check");
    expect(checked.checkedColumns).toBe(columns);
    const done = run([{ type: "importStarted" }, { type: "imported", report: { ...report, dry_run: false } }], checked);
    expect(done.step).toBe("import");
    expect(done.result?.created).toBe(2);
  });

  it("keeps the person's choices over the server's guesses", () => {
    const state = run([
      { type: "fileChosen", file },
      { type: "fieldChosen", index: 1, field: "custom.notes" },
      { type: "fieldChosen", index: 0, field: null },
    ]);
    const columns = withChoices(columnsFromPreview(preview), state.choices);
    expect(columns.map((c) => c.field)).toEqual([null, "custom.notes"]);
  });

  it("drops a dry run once the mapping changes", () => {
    const state = run([
      { type: "fileChosen", file },
      { type: "checked", report, columns },
      { type: "back", step: "map" },
      { type: "fieldChosen", index: 0, field: null },
    ]);
    expect(state.step).toBe("map");
    expect(state.dryRun).toBeNull();
    expect(state.checkedColumns).toBeNull();
  });

  it("forgets the file's mapping when another object or file is chosen", () => {
    const mapped = run([{ type: "fileChosen", file }]);
    const other = run([{ type: "objectChosen", object: "companies" }], mapped);
    expect(other).toMatchObject({ object: "companies", step: "choose", choices: {}, file });
    expect(run([{ type: "continued" }], other).step).toBe("map");
    expect(run([{ type: "continued" }]).step).toBe("choose");
    const again = run([{ type: "fileChosen", file }], run([{ type: "fieldChosen", index: 0, field: null }], mapped));
    expect(again.choices).toEqual({});
    expect(again.upload).toBe(mapped.upload + 1);
  });

  it("goes back only to earlier steps, and not after an import", () => {
    const checked = run([{ type: "fileChosen", file }, { type: "checked", report, columns }]);
    expect(canVisit(checked, "map")).toBe(true);
    expect(canVisit(checked, "import")).toBe(false);
    expect(run([{ type: "back", step: "import" }], checked).step).toBe("check");
    const done = run([{ type: "importStarted" }, { type: "imported", report }], checked);
    expect(canVisit(done, "choose")).toBe(false);
    expect(run([{ type: "back", step: "choose" }], done).step).toBe("import");
    expect(run([{ type: "restart" }], done)).toMatchObject({ step: "choose", file: null, object: "people" });
  });
});
