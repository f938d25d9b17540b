// The import wizard's steps and what each has gathered. Requests live in TanStack Query;
// this only says where the person is and what they chose, so going back and forth never
// loses a choice that still holds, and never keeps a report that no longer does.
import type { ImportReport } from "../../api/types";
import type { ColumnChoice } from "./mapping";
import type { ImportObject } from "./types";

export const STEPS = ["choose", "map", "check", "import"] as const;
export type Step = (typeof STEPS)[number];

export interface WizardState {
  step: Step;
  object: ImportObject;
  file: File | null;
  /** Changes with every file chosen, so queries about an earlier file are never reused. */
  upload: number;
  /** The fields the person chose, by column index; the other columns keep the server's guess. */
  choices: Record<number, string | null>;
  /** The dry run of the current file and mapping, and the columns it ran with. */
  dryRun: ImportReport | null;
  checkedColumns: ColumnChoice[] | null;
  /** The import's report, once it has run. */
  result: ImportReport | null;
}

export type WizardAction =
  | { type: "objectChosen"; object: ImportObject }
  | { type: "fileChosen"; file: File | null }
  | { type: "continued" }
  | { type: "fieldChosen"; index: number; field: string | null }
  | { type: "checked"; report: ImportReport; columns: ColumnChoice[] }
  | { type: "importStarted" }
  | { type: "imported"; report: ImportReport }
  | { type: "back"; step: Step }
  | { type: "restart" };

export function initialWizard(object: ImportObject): WizardState {
  return { step: "choose", object, file: null, upload: 0, choices: {}, dryRun: null, checkedColumns: null, result: null };
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "objectChosen":
      // Another object has other fields: the guesses and reports no longer hold.
      if (action.object === state.object) return state;
      return { ...state, object: action.object, step: "choose", choices: {}, dryRun: null, checkedColumns: null, result: null };
    case "fileChosen":
      if (!action.file) return { ...initialWizard(state.object), upload: state.upload + 1 };
      return { ...initialWizard(state.object), file: action.file, upload: state.upload + 1, step: "map" };
    case "continued":
      return state.step === "choose" && state.file ? { ...state, step: "map" } : state;
    case "fieldChosen":
      return { ...state, choices: { ...state.choices, [action.index]: action.field }, dryRun: null, checkedColumns: null };
    case "checked":
      return { ...state, dryRun: action.report, checkedColumns: action.columns, step: "check" };
    case "importStarted":
      return { ...state, step: "import", result: null };
    case "imported":
      return { ...state, result: action.report, step: "import" };
    case "back":
      // An import that ran cannot be taken back; after it, only a new import starts.
      if (state.result || STEPS.indexOf(action.step) >= STEPS.indexOf(state.step)) return state;
      return { ...state, step: action.step };
    case "restart":
      return { ...initialWizard(state.object), upload: state.upload + 1 };
  }
}

/** Whether the stepper may take the person back to `step`. */
export function canVisit(state: WizardState, step: Step): boolean {
  if (state.result) return false;
  return STEPS.indexOf(step) < STEPS.indexOf(state.step);
}
