// Which cells can be edited in place, and how a cell's value becomes the editor's text and
// back. Editors hold text; the API receives typed JSON (or the raw text, so it can say what
// is wrong with it).
import type { Column } from "./columns";

export type EditorKind = "text" | "number" | "date" | "select" | "boolean";

const KINDS: Record<string, EditorKind> = {
  text: "text",
  email: "text",
  phone: "text",
  url: "text",
  domain: "text",
  currency: "text",
  integer: "number",
  number: "number",
  money: "number",
  date: "date",
  select: "select",
  boolean: "boolean",
};

export function editorKind(column: Pick<Column, "type" | "references">): EditorKind | null {
  if (column.references) return null;
  return KINDS[column.type] ?? null;
}

/** Simple, writable fields are edited in the table; the rest on the record page. */
export function isEditable(column: Pick<Column, "type" | "references" | "writable">): boolean {
  return column.writable && editorKind(column) !== null;
}

export function toDraft(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

export function fromDraft(column: Pick<Column, "type" | "references">, draft: string): unknown {
  const text = draft.trim();
  if (text === "") return null;
  switch (editorKind(column)) {
    case "number": {
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
    case "boolean":
      return text === "true";
    default:
      return column.type === "currency" ? text.toUpperCase() : text;
  }
}

/** Whether saving would change nothing (an empty string and no value are the same). */
export function sameValue(before: unknown, after: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  if (empty(before) || empty(after)) return empty(before) && empty(after);
  if (typeof before === "number" || typeof after === "number") return Number(before) === Number(after);
  return before === after;
}
