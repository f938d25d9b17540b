// The list's order as the API writes it: `-updated_at,name` (a minus sorts descending).
// A header click sorts by that one column: ascending, then descending, then the default.

export type Direction = "asc" | "desc";

export interface SortKey {
  key: string;
  direction: Direction;
}

export function parseSort(text: string | null | undefined): SortKey[] {
  if (!text) return [];
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) =>
      part.startsWith("-")
        ? { key: part.slice(1), direction: "desc" as const }
        : { key: part.replace(/^\+/, ""), direction: "asc" as const },
    );
}

export function serializeSort(sort: readonly SortKey[]): string {
  return sort.map((s) => (s.direction === "desc" ? `-${s.key}` : s.key)).join(",");
}

/** The order after clicking a column's header. */
export function nextSort(sort: readonly SortKey[], key: string): SortKey[] {
  const current = sort[0];
  if (current?.key !== key) return [{ key, direction: "asc" }];
  if (current.direction === "asc") return [{ key, direction: "desc" }];
  return [];
}

export function sortDirectionOf(sort: readonly SortKey[], key: string): Direction | null {
  const current = sort[0];
  return current?.key === key ? current.direction : null;
}

export function ariaSort(direction: Direction | null): "ascending" | "descending" | "none" {
  if (direction === "asc") return "ascending";
  if (direction === "desc") return "descending";
  return "none";
}
