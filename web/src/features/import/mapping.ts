// Which CSV column feeds which field. The server guesses (in the preview); the person
// corrects; the import is then sent with `map=Header=field` parameters (`Header=` ignores a
// column), split by the server at the last `=`.
import type { ImportPreview } from "../../api/types";

export interface ColumnChoice {
  header: string;
  /** The field chosen for the column (`email`, `custom.region`, `company`); null ignores it. */
  field: string | null;
  /** What the server guessed. */
  guess: string | null;
  /** The server's reason for not importing the guessed column. */
  note: string | null;
  /**
   * False for a column whose header an earlier column already has: a `map` parameter names
   * a column by its header, so only the first of them can be chosen for.
   */
  addressable: boolean;
}

export function columnsFromPreview(preview: ImportPreview): ColumnChoice[] {
  const seen = new Set<string>();
  return preview.headers.map((header, index) => {
    // The preview lists the mapping column by column, in file order.
    const column = preview.mapping[index];
    const guess = column && column.header === header ? column.field : null;
    const addressable = !seen.has(header);
    seen.add(header);
    return { header, field: guess, guess, note: column?.note ?? null, addressable };
  });
}

export function chooseField(columns: readonly ColumnChoice[], index: number, field: string | null): ColumnChoice[] {
  return columns.map((c, i) => (i === index && c.addressable ? { ...c, field } : c));
}

/** The guessed columns with the person's choices (by column index) applied. */
export function withChoices(columns: readonly ColumnChoice[], choices: Readonly<Record<number, string | null>>): ColumnChoice[] {
  return Object.entries(choices).reduce((result, [index, field]) => chooseField(result, Number(index), field), [...columns]);
}

/**
 * The `map` parameter values: every column (`"all"`, what an import sends so that it does
 * not depend on guessing again), or only those changed from the guess (`"changed"`).
 */
export function mapParams(columns: readonly ColumnChoice[], which: "all" | "changed"): string[] {
  return columns
    .filter((c) => c.addressable && (which === "all" || c.field !== c.guess))
    .map((c) => `${c.header}=${c.field ?? ""}`);
}

/** Reads `map` parameter values back: `[header, field or null]`. */
export function parseMapParams(values: readonly string[]): [string, string | null][] {
  return values.map((value) => {
    const at = value.lastIndexOf("=");
    if (at === -1) return [value, null];
    const field = value.slice(at + 1).trim();
    return [value.slice(0, at), field === "" || field === "-" ? null : field];
  });
}

/** Applies `map` values to columns, as the server would (exact header, first match). */
export function applyMapParams(columns: readonly ColumnChoice[], values: readonly string[]): ColumnChoice[] {
  let result = [...columns];
  for (const [header, field] of parseMapParams(values)) {
    const index = result.findIndex((c) => c.header === header);
    if (index !== -1) result = chooseField(result, index, field);
  }
  return result;
}

export function importPath(
  object: string,
  columns: readonly ColumnChoice[],
  options: { dryRun?: boolean; preview?: boolean } = {},
): string {
  const search = new URLSearchParams();
  if (options.dryRun) search.set("dry_run", "true");
  for (const value of mapParams(columns, options.preview ? "changed" : "all")) search.append("map", value);
  const text = search.toString();
  const base = `/api/v1/${object}/import${options.preview ? "/preview" : ""}`;
  return text ? `${base}?${text}` : base;
}

/** Fields that more than one column is mapped to, with the headers of those columns. */
export function duplicateFields(columns: readonly ColumnChoice[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const column of columns) {
    if (!column.field) continue;
    byField.set(column.field, [...(byField.get(column.field) ?? []), column.header]);
  }
  return new Map([...byField].filter(([, headers]) => headers.length > 1));
}

export function importedCount(columns: readonly ColumnChoice[]): number {
  return columns.filter((c) => c.field !== null).length;
}
