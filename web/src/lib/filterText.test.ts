import { describe, expect, it } from "vitest";
import { allOf, combineFilters, condition, inList, quote } from "./filterText";

describe("quote", () => {
  it("escapes quotes and backslashes", () => {
    expect(quote('say "hi"')).toBe('"say \\"hi\\""');
    expect(quote("C:\\path")).toBe('"C:\\\\path"');
    expect(quote("")).toBe('""');
  });
});

describe("condition", () => {
  it("quotes the value, whatever it holds", () => {
    expect(condition("owner_id", "eq", "m1")).toBe('owner_id eq "m1"');
    expect(condition("name", "starts_with", 'Acme" or name is_empty')).toBe('name starts_with "Acme\\" or name is_empty"');
  });
});

describe("inList", () => {
  it("asks for many values in one condition", () => {
    expect(inList("id", ["1", "2"])).toBe('id in ["1", "2"]');
    expect(inList("tags", ['a"b'])).toBe('tags in ["a\\"b"]');
  });
});

describe("allOf", () => {
  it("joins the conditions given with and", () => {
    expect(allOf("kind eq task", "", condition("assignee_id", "eq", "m1"))).toBe('kind eq task and assignee_id eq "m1"');
    expect(allOf()).toBe("");
  });
});

describe("combineFilters", () => {
  it("joins non-empty parts with and, each in parentheses", () => {
    expect(combineFilters("a eq 1 or b eq 2", "", undefined, "c is_empty")).toBe("(a eq 1 or b eq 2) and (c is_empty)");
    expect(combineFilters("a eq 1", null)).toBe("a eq 1");
    expect(combineFilters()).toBe("");
  });
});
