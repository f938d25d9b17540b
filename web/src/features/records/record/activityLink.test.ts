import { describe, expect, it } from "vitest";
import type { AnyRecord } from "./recordTypes";
import { activityLink } from "./activityLink";

const base = { id: "r1", version: 1, created_at: "", updated_at: "", created_by: null, deleted_at: null };

describe("activityLink", () => {
  it("links a person's activity to them and to their company", () => {
    expect(activityLink("people", { ...base, company_id: "c1" } as unknown as AnyRecord)).toEqual({
      person_id: "r1",
      company_id: "c1",
    });
    expect(activityLink("people", { ...base, company_id: null } as unknown as AnyRecord)).toEqual({ person_id: "r1" });
  });

  it("links a company's and a deal's activity to them", () => {
    expect(activityLink("companies", base as unknown as AnyRecord)).toEqual({ company_id: "r1" });
    expect(activityLink("deals", { ...base, company_id: "c9" } as unknown as AnyRecord)).toEqual({
      deal_id: "r1",
      company_id: "c9",
    });
  });
});
