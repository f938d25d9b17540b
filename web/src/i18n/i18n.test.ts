import { describe, expect, it } from "vitest";
import { loadResources } from "./index";

// Plural forms differ by language (English: one, other; Russian: one, few, many, other), so
// keys are compared without their plural suffix.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe("translations", () => {
  const resources = loadResources();

  it("has the same namespaces in English and Russian", () => {
    expect(Object.keys(resources.ru ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort());
  });

  for (const namespace of Object.keys(resources.en ?? {})) {
    it(`has every ${namespace} key in both languages`, () => {
      const english = new Set(keys(resources.en?.[namespace]).map((k) => k.replace(PLURAL_SUFFIX, "")));
      const russian = new Set(keys(resources.ru?.[namespace]).map((k) => k.replace(PLURAL_SUFFIX, "")));
      expect([...russian].sort()).toEqual([...english].sort());
    });
  }
});
