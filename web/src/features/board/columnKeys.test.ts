import { describe, expect, it } from "vitest";
import { nextColumnLeft } from "./columnKeys";

// Three 300-pixel columns with 12-pixel gaps, listed out of order on purpose.
const columns = [
  { id: "c", left: 624, width: 300 },
  { id: "a", left: 0, width: 300 },
  { id: "b", left: 312, width: 300 },
];

describe("nextColumnLeft", () => {
  it("centres the card in the next column to the right", () => {
    expect(nextColumnLeft("right", { left: 10, width: 280 }, columns)).toBe(322);
  });

  it("goes left from a card that has already moved into a column", () => {
    expect(nextColumnLeft("left", { left: 634, width: 280 }, columns)).toBe(322);
  });

  it("stops at both ends", () => {
    expect(nextColumnLeft("left", { left: 10, width: 280 }, columns)).toBeNull();
    expect(nextColumnLeft("right", { left: 634, width: 280 }, columns)).toBeNull();
    expect(nextColumnLeft("right", { left: 0, width: 280 }, [])).toBeNull();
  });

  it("takes the nearest column when the card sits between two", () => {
    expect(nextColumnLeft("right", { left: 200, width: 280 }, columns)).toBe(634);
  });
});
