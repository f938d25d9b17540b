// The objects a CSV file can be imported into (the import's API shapes are in src/api/types.ts).

export const IMPORT_OBJECTS = ["people", "companies", "deals"] as const;
export type ImportObject = (typeof IMPORT_OBJECTS)[number];

export function isImportObject(value: string | null): value is ImportObject {
  return value !== null && (IMPORT_OBJECTS as readonly string[]).includes(value);
}
