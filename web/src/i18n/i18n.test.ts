import { describe, expect, it } from "vitest";
import { loadResources } from "./index";

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
      const english = keys(resources.en?.[namespace]).sort();
      const russian = keys(resources.ru?.[namespace]).sort();
      expect(russian).toEqual(english);
    });
  }
});
