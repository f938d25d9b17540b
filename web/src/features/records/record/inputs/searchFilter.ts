// Builds filter-language text from what a user typed, quoting it safely.
/** `"text"` with backslashes and quotes escaped, as `crates/domain/src/filter.rs` reads them. */
export function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
