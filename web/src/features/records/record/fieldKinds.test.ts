import { describe, expect, it } from "vitest";
import { bindingFor } from "./fieldKinds";

describe("bindingFor", () => {
  it("saves a deal's amount together with its currency", () => {
    const amount = bindingFor("deals", "amount");
    expect(amount.patch({ amount: 5, currency: "EUR" })).toEqual({ amount: 5, currency: "EUR" });
    expect(amount.errorKeys).toEqual(["amount", "currency"]);
  });

  it("saves other fields alone", () => {
    expect(bindingFor("people", "city").patch("Riga")).toEqual({ city: "Riga" });
  });
});
