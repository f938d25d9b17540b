import { describe, expect, it } from "vitest";
import {
  callingCodeProblem,
  currencyName,
  formatCallingCode,
  nameProblem,
  normalizeCallingCode,
  workspaceChange,
  workspaceValues,
} from "./workspaceSettings";

describe("normalizeCallingCode", () => {
  it("keeps the digits of however the code is written", () => {
    expect(normalizeCallingCode("7")).toBe("7");
    expect(normalizeCallingCode("+44")).toBe("44");
    expect(normalizeCallingCode(" + 3 7 5 ")).toBe("375");
    expect(normalizeCallingCode("00 49")).toBe("49");
    expect(normalizeCallingCode("+")).toBe("");
  });
});

describe("callingCodeProblem", () => {
  it("wants 1 to 3 digits", () => {
    expect(callingCodeProblem("+7")).toBeNull();
    expect(callingCodeProblem("998")).toBeNull();
    expect(callingCodeProblem("")).toBe("callingCodeRequired");
    expect(callingCodeProblem("+")).toBe("callingCodeRequired");
    expect(callingCodeProblem("1684")).toBe("callingCodeTooLong");
  });
});

describe("formatCallingCode", () => {
  it("shows the plus", () => {
    expect(formatCallingCode("7")).toBe("+7");
    expect(formatCallingCode("")).toBe("");
  });
});

describe("nameProblem", () => {
  it("wants 1 to 100 characters, spaces around not counted", () => {
    expect(nameProblem(" Northwind ")).toBeNull();
    expect(nameProblem("   ")).toBe("nameRequired");
    expect(nameProblem("я".repeat(100))).toBeNull();
    expect(nameProblem("я".repeat(101))).toBe("nameTooLong");
    // 100 emoji are 200 UTF-16 units but 100 characters.
    expect(nameProblem("🙂".repeat(100))).toBeNull();
  });
});

describe("workspaceValues", () => {
  it("reads the settings, and blanks for what is missing", () => {
    const workspace = { id: "w1", name: "Northwind", settings: { default_currency: "EUR", default_country_code: "49" } };
    expect(workspaceValues(workspace)).toEqual({ name: "Northwind", currency: "EUR", callingCode: "49" });
    expect(workspaceValues({ id: "w1", name: "N", settings: {} })).toEqual({ name: "N", currency: "", callingCode: "" });
  });
});

describe("workspaceChange", () => {
  const saved = { name: "Northwind", currency: "USD", callingCode: "7" };

  it("is empty when nothing changed but the spelling", () => {
    expect(workspaceChange(saved, { name: " Northwind ", currency: "usd", callingCode: "+7" })).toEqual({});
  });

  it("sends only what changed, as the API takes it", () => {
    expect(workspaceChange(saved, { name: "Northwind Traders ", currency: "eur", callingCode: "+44" })).toEqual({
      name: "Northwind Traders",
      default_currency: "EUR",
      default_country_code: "44",
    });
    expect(workspaceChange(saved, { ...saved, callingCode: "375" })).toEqual({ default_country_code: "375" });
  });
});

describe("currencyName", () => {
  it("names the currency in the reader's language", () => {
    expect(currencyName("EUR", "en")).toBe("Euro");
    expect(currencyName("RUB", "ru")).toBe("российский рубль");
  });

  it("falls back to the code", () => {
    expect(currencyName("not a code", "en")).toBe("not a code");
  });
});
