import { describe, expect, it } from "vitest";
import type { SearchHit } from "../../api/types";
import { linkOptions } from "./RecordPicker";

const hit = (kind: SearchHit["kind"], id: string, title: string): SearchHit => ({ kind, id, title, subtitle: null, score: 1 });
const label = (kind: string) => kind.toUpperCase();

describe("linkOptions", () => {
  it("groups hits by kind in a fixed order and drops empty groups", () => {
    const groups = linkOptions([hit("deal", "d1", "Renewal"), hit("person", "p1", "Ann Lee")], null, label);
    expect(groups).toEqual([
      { group: "PERSON", items: [{ value: "person:p1", label: "Ann Lee" }] },
      { group: "DEAL", items: [{ value: "deal:d1", label: "Renewal" }] },
    ]);
  });

  it("keeps the chosen record listed when the hits no longer include it", () => {
    const groups = linkOptions([], { kind: "company", id: "c1", title: "Northwind" }, label);
    expect(groups).toEqual([{ group: "COMPANY", items: [{ value: "company:c1", label: "Northwind" }] }]);
  });
});
