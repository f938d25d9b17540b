// The import endpoints' shapes not shared with other screens (see `crates/transfer`).
import type { RowError } from "../../api/types";

/** The objects a CSV file can be imported into. */
export const IMPORT_OBJECTS = ["people", "companies", "deals"] as const;
export type ImportObject = (typeof IMPORT_OBJECTS)[number];

export function isImportObject(value: string | null): value is ImportObject {
  return value !== null && (IMPORT_OBJECTS as readonly string[]).includes(value);
}

/** `POST /api/v1/{object}/import/preview`: how the file's columns would be read. */
export interface ImportPreview {
  headers: string[];
  /** The delimiter found in the header line: `,`, `;` or a tab. */
  delimiter: string;
  mapping: ColumnPreview[];
  sample_rows: SampleRow[];
  /** Problems with the file, the mapping, or the sampled rows. */
  errors: RowError[];
}

export interface ColumnPreview {
  header: string;
  /** `email`, `custom.region`, `company`…; null when the column is not imported. */
  field: string | null;
  /** Why a column is not imported. */
  note: string | null;
}

export interface SampleRow {
  line: number;
  cells: Record<string, unknown>;
  values: Record<string, unknown> | null;
}
