import { describe, expect, it } from "vitest";
import { parseChange, staleKeys, type ChangeEvent } from "./liveChanges";

const change = (object: ChangeEvent["object"], id = "r1"): ChangeEvent => ({
  seq: 1,
  event: `${object}.updated`,
  object,
  id,
  change: "updated",
  version: 2,
});

describe("live changes", () => {
  it("reads change events and ignores anything else", () => {
    expect(parseChange(JSON.stringify(change("deal")))?.object).toBe("deal");
    expect(parseChange('{"seq": 3}')).toBeNull();
    expect(parseChange("not json")).toBeNull();
    expect(parseChange(JSON.stringify({ ...change("deal"), object: "pipeline" }))).toBeNull();
  });

  it("a moved deal refreshes deal lists, its record, the board and the dashboard", () => {
    const keys = staleKeys([change("deal", "d1")]).map((k) => JSON.stringify(k));
    expect(keys).toEqual(
      expect.arrayContaining([
        JSON.stringify(["deals"]),
        JSON.stringify(["timeline", "deals", "d1"]),
        JSON.stringify(["board"]),
        JSON.stringify(["dashboard"]),
      ]),
    );
    expect(keys).not.toContain(JSON.stringify(["people"]));
  });

  it("an activity refreshes every timeline and My work; repeats are merged", () => {
    const keys = staleKeys([change("activity", "a1"), change("activity", "a2")]).map((k) => JSON.stringify(k));
    expect(keys).toContain(JSON.stringify(["timeline"]));
    expect(keys).toContain(JSON.stringify(["activities"]));
    expect(keys.filter((k) => k === JSON.stringify(["dashboard"]))).toHaveLength(1);
    expect(keys).not.toContain(JSON.stringify(["board"]));
  });
});
