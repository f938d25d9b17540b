import { describe, expect, it } from "vitest";
import { idChunks, namesFilter } from "./useRecordNames";

describe("idChunks", () => {
  it("drops blanks and repeats, sorts, and splits into chunks", () => {
    expect(idChunks(["c", null, "a", "c", undefined, "b"], 2)).toEqual([["a", "b"], ["c"]]);
    expect(idChunks([])).toEqual([]);
  });
});

describe("namesFilter", () => {
  it("asks for the ids in one condition", () => {
    expect(namesFilter(["1", "2"])).toBe('id in ["1", "2"]');
  });
});
