import { describe, expect, it } from "vitest";
import i18n from "../i18n";
import { booleanData, optionData, optionLabel, valueText, type ValueContext } from "./valueText";

const ctx: ValueContext = {
  locale: "en",
  defaultCurrency: "USD",
  optionLabel: (field, value) => `${field}:${value}`,
  memberName: (id) => (id === "m1" ? "Alex Morgan" : "?"),
  stageName: (id) => (id === "s1" ? "Proposal" : "?"),
  pipelineName: (id) => (id === "p1" ? "Sales" : "?"),
  recordName: (object, id) => `${object}/${id}`,
};

describe("valueText", () => {
  it("says nothing for empty values", () => {
    expect(valueText({ key: "city", kind: "text", custom: false }, null, ctx)).toBe("");
    expect(valueText({ key: "tags", kind: "tags", custom: false }, [], ctx)).toBe("");
  });

  it("formats a deal's amount with its currency, other money with the workspace's", () => {
    expect(valueText({ key: "amount", kind: "money", custom: false }, { amount: 61700, currency: "EUR" }, ctx)).toBe("€61,700");
    expect(valueText({ key: "annual_revenue", kind: "money", custom: false }, 1500.5, ctx)).toBe("$1,500.50");
    expect(valueText({ key: "amount", kind: "money", custom: false }, 10, ctx, "RUB")).toMatch(/^RUB\s10$/);
  });

  it("labels options of standard fields but shows custom options as defined", () => {
    expect(valueText({ key: "lifecycle_stage", kind: "select", custom: false }, "lead", ctx)).toBe("lifecycle_stage:lead");
    expect(valueText({ key: "custom.region", kind: "select", custom: true }, "EMEA", ctx)).toBe("EMEA");
    expect(valueText({ key: "custom.products", kind: "multiSelect", custom: true }, ["WMS", "TMS"], ctx)).toBe("WMS, TMS");
    expect(valueText({ key: "custom.vip", kind: "boolean", custom: true }, true, ctx)).toBe("boolean:true");
  });

  it("turns ids into names", () => {
    expect(valueText({ key: "owner_id", kind: "member", custom: false }, "m1", ctx)).toBe("Alex Morgan");
    expect(valueText({ key: "stage_id", kind: "stage", custom: false }, "s1", ctx)).toBe("Proposal");
    expect(valueText({ key: "pipeline_id", kind: "pipeline", custom: false }, "p1", ctx)).toBe("Sales");
    expect(valueText({ key: "company_id", kind: "company", custom: false }, "c1", ctx)).toBe("companies/c1");
  });

  it("formats calendar dates without shifting them across time zones", () => {
    expect(valueText({ key: "expected_close_date", kind: "date", custom: false }, "2027-02-02", ctx)).toBe("Feb 2, 2027");
  });
});

describe("option labels", () => {
  const t = i18n.getFixedT("en");

  it("translates standard options and keeps custom ones as written", () => {
    expect(optionLabel(t, { key: "lifecycle_stage", custom: false }, "lead")).toBe("Lead");
    expect(optionLabel(t, { key: "lifecycle_stage", custom: false }, "unheard_of")).toBe("unheard_of");
    expect(optionLabel(t, { key: "custom.region", custom: true }, "lead")).toBe("lead");
  });

  it("lists a field's options and yes or no for pickers", () => {
    expect(optionData(t, { key: "custom.region", custom: true, options: ["EMEA"] })).toEqual([{ value: "EMEA", label: "EMEA" }]);
    expect(optionData(t, { key: "city", custom: false, options: null })).toEqual([]);
    expect(booleanData(t).map((o) => o.value)).toEqual(["true", "false"]);
  });
});
