// Why the server does not import a column, in the person's language. The preview says it in
// English (`Skip::message` in `crates/transfer/src/mapping.rs`); known reasons are
// recognised and translated, anything else is shown as the server wrote it.

export type ColumnNote =
  | { reason: "unknown" | "unnamed" | "system" | "chosen" }
  | { reason: "duplicate"; column: string }
  | { reason: "other"; text: string };

export function columnNote(note: string): ColumnNote {
  if (note.startsWith("matches no field")) return { reason: "unknown" };
  if (note.startsWith("has no header")) return { reason: "unnamed" };
  if (note.startsWith("is set by Relata")) return { reason: "system" };
  if (note.startsWith("is ignored as chosen")) return { reason: "chosen" };
  const duplicate = /^feeds the same field as column "(.*)"/.exec(note);
  if (duplicate) return { reason: "duplicate", column: duplicate[1] ?? "" };
  return { reason: "other", text: note };
}
