// Editing the list of shown columns: pure steps the column chooser applies.

/** Shows a hidden column at the end, or hides a shown one (never the last). */
export function toggleColumn(shown: readonly string[], key: string): string[] {
  if (!shown.includes(key)) return [...shown, key];
  if (shown.length === 1) return [...shown];
  return shown.filter((k) => k !== key);
}

/** Moves a shown column one place earlier (-1) or later (+1). */
export function moveColumn(shown: readonly string[], key: string, by: -1 | 1): string[] {
  const from = shown.indexOf(key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= shown.length) return [...shown];
  const next = [...shown];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}
