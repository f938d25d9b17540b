// Field values as the inputs want them, and back.
export function asText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function asNumber(value: unknown): number | string {
  return typeof value === "number" ? value : "";
}

export function numberOrNull(value: number | string): number | null {
  return typeof value === "number" ? value : value === "" ? null : Number(value);
}
