import { describe, expect, it } from "vitest";
import { confirmationMatches, confirmationTargets, normalizeConfirmation } from "./eraseConfirmation";

describe("normalizeConfirmation", () => {
  it("ignores case and every kind of space", () => {
    expect(normalizeConfirmation("  Erase\u00a0 Me\t")).toBe("eraseme");
  });

  it("lower-cases Cyrillic and reads ё as е", () => {
    expect(normalizeConfirmation("Пётр ЁЛКИН")).toBe("петрелкин");
  });

  it("folds composed and decomposed letters alike", () => {
    expect(normalizeConfirmation("Й")).toBe(normalizeConfirmation("И\u0306"));
  });
});

describe("confirmationTargets", () => {
  it("offers the full name and the email", () => {
    expect(confirmationTargets({ first_name: "Erase", last_name: "Me", email: "erase@example.com" })).toEqual([
      "Erase Me",
      "erase@example.com",
    ]);
  });

  it("leaves out what the person does not have", () => {
    expect(confirmationTargets({ first_name: null, last_name: "Ли", email: null })).toEqual(["Ли"]);
    expect(confirmationTargets({ first_name: " ", last_name: null, email: "" })).toEqual([]);
  });
});

describe("confirmationMatches", () => {
  const targets = ["Анна Ёлкина", "anna@example.com"];

  it("accepts the name however it is spaced or capitalized", () => {
    expect(confirmationMatches("анна елкина", targets)).toBe(true);
    expect(confirmationMatches("АННАЁЛКИНА", targets)).toBe(true);
    expect(confirmationMatches("  Анна   Ёлкина ", targets)).toBe(true);
  });

  it("accepts the email", () => {
    expect(confirmationMatches("Anna@Example.com", targets)).toBe(true);
  });

  it("refuses part of the name, another name and nothing", () => {
    expect(confirmationMatches("Анна", targets)).toBe(false);
    expect(confirmationMatches("Anna Elkina", targets)).toBe(false);
    expect(confirmationMatches("   ", targets)).toBe(false);
    expect(confirmationMatches("", [])).toBe(false);
  });
});
