// The workspace's name and defaults as the tab edits them, and the rules the server applies
// to them (crates/server/src/routes/workspace.rs), so the form can say what is wrong first.
import type { Workspace } from "../../../api/types";

/** What the tab shows and edits. `callingCode` is digits only: `7`, not `+7`. */
export interface WorkspaceValues {
  name: string;
  currency: string;
  callingCode: string;
}

/** The body of `PATCH /api/v1/workspace`; only what changed is sent. */
export interface WorkspaceChange {
  name?: string;
  default_currency?: string;
  default_country_code?: string;
}

/** Which form field shows an error the API names. */
export const API_FIELDS: Record<string, keyof WorkspaceValues> = {
  name: "name",
  default_currency: "currency",
  default_country_code: "callingCode",
};

export const NAME_MAX = 100;
export const CALLING_CODE_MAX = 3;

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function workspaceValues(workspace: Workspace): WorkspaceValues {
  return {
    name: workspace.name,
    currency: text(workspace.settings.default_currency),
    callingCode: text(workspace.settings.default_country_code),
  };
}

/** Digits only, as typed or pasted: `+44`, `00 44` and `44` are all `44` (no calling code
 * starts with 0, so leading zeros are the international prefix). */
export function normalizeCallingCode(input: string): string {
  return input.replace(/\D/g, "").replace(/^0+/, "");
}

/** `+7` for `7`; nothing for nothing. */
export function formatCallingCode(code: string): string {
  return code ? `+${code}` : "";
}

export type CallingCodeProblem = "callingCodeRequired" | "callingCodeTooLong";

export function callingCodeProblem(code: string): CallingCodeProblem | null {
  const digits = normalizeCallingCode(code);
  if (digits === "") return "callingCodeRequired";
  if (digits.length > CALLING_CODE_MAX) return "callingCodeTooLong";
  return null;
}

export type NameProblem = "nameRequired" | "nameTooLong";

export function nameProblem(name: string): NameProblem | null {
  const trimmed = name.trim();
  if (trimmed === "") return "nameRequired";
  // The server counts characters, not UTF-16 units.
  if ([...trimmed].length > NAME_MAX) return "nameTooLong";
  return null;
}

/** What differs between the saved values and the edited ones, as the API takes it. */
export function workspaceChange(saved: WorkspaceValues, edited: WorkspaceValues): WorkspaceChange {
  const change: WorkspaceChange = {};
  const name = edited.name.trim();
  if (name !== saved.name) change.name = name;
  const currency = edited.currency.trim().toUpperCase();
  if (currency !== saved.currency) change.default_currency = currency;
  const callingCode = normalizeCallingCode(edited.callingCode);
  if (callingCode !== saved.callingCode) change.default_country_code = callingCode;
  return change;
}

/** `US Dollar` for `USD` in the reader's language; the code itself when the browser does
 * not know it. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}
