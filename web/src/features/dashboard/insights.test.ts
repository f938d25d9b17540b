import { describe, expect, it } from "vitest";
import { bandPercentiles, forecastRows, type Forecast } from "./insights";

const forecast: Forecast = {
  as_of: "2026-11-25",
  currency: "USD",
  other_currency_deals: 0,
  open_deals: 36,
  closed_deals: 33,
  band: [0.1, 0.9],
  months: [
    { month: "2026-11", expected: 2528089.29, low: 0, high: 6015416.3, from_open_deals: 2528089.29, from_new_deals: 0 },
    { month: "2026-12", expected: 100, low: 150, high: 50, from_open_deals: 60, from_new_deals: 40 },
  ],
};

describe("forecastRows", () => {
  it("gives each month its name, expected value and band", () => {
    expect(forecastRows(forecast, "en")).toEqual([
      { month: "Nov 26", expected: 2528089.29, band: [0, 6015416.3], fromOpen: 2528089.29, fromNew: 0 },
      { month: "Dec 26", expected: 100, band: [50, 150], fromOpen: 60, fromNew: 40 },
    ]);
  });
});

describe("bandPercentiles", () => {
  it("reads the band's quantiles as percentiles", () => {
    expect(bandPercentiles([0.1, 0.9])).toEqual([10, 90]);
    expect(bandPercentiles([0.05, 0.95])).toEqual([5, 95]);
  });

  it("says nothing of a band it cannot read", () => {
    expect(bandPercentiles([])).toBeNull();
    expect(bandPercentiles([0.9, 0.1])).toBeNull();
    expect(bandPercentiles([10, 90])).toBeNull();
  });
});
