import { describe, expect, it } from "vitest";
import { columnNote } from "./columnNote";

describe("columnNote", () => {
  it("recognises the server's reasons", () => {
    expect(columnNote("matches no field of people; the column is ignored (map it explicitly to import it)")).toEqual({
      reason: "unknown",
    });
    expect(columnNote("has no header; the column is ignored")).toEqual({ reason: "unnamed" });
    expect(columnNote("is set by Relata; the column is ignored")).toEqual({ reason: "system" });
    expect(columnNote("is ignored as chosen")).toEqual({ reason: "chosen" });
    expect(columnNote('feeds the same field as column "E-mail"; the column is ignored')).toEqual({
      reason: "duplicate",
      column: "E-mail",
    });
  });

  it("keeps what it does not know", () => {
    expect(columnNote("something new")).toEqual({ reason: "other", text: "something new" });
  });
});
