// Filter-language text (crates/domain/src/filter.rs) built from values a program or a person
// supplies: every value is quoted, so no value can change the filter's meaning.

export type ValueOperator = "eq" | "neq" | "lt" | "lte" | "gt" | "gte" | "contains" | "starts_with";

/** `"text"` with backslashes and quotes escaped, as the filter parser reads them. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `field op "value"`: `owner_id eq "…"`, `name starts_with "Nor"`. */
export function condition(field: string, op: ValueOperator, value: string): string {
  return `${field} ${op} ${quote(value)}`;
}

/** `field in ["a", "b"]`: one condition for many values, such as `id in […]` for a batch. */
export function inList(field: string, values: readonly string[]): string {
  return `${field} in [${values.map(quote).join(", ")}]`;
}

/** Simple conditions that must all hold, joined with `and`; empty ones are left out. */
export function allOf(...conditions: string[]): string {
  return conditions.filter(Boolean).join(" and ");
}

/** Joins independent filters with `and`, each in parentheses when it has more than one part. */
export function combineFilters(...filters: (string | null | undefined)[]): string {
  const parts = filters.map((f) => f?.trim() ?? "").filter(Boolean);
  if (parts.length <= 1) return parts[0] ?? "";
  return parts.map((p) => `(${p})`).join(" and ");
}
