import { describe, expect, it } from "vitest";
import i18n from "../i18n";
import { fieldLabel } from "./fieldLabel";

const t = i18n.getFixedT("en");

describe("fieldLabel", () => {
  it("labels standard fields from the object's labels, then the common ones", () => {
    expect(fieldLabel(t, "deals", { key: "stage_id", custom: false })).toBe("Stage");
    expect(fieldLabel(t, "deals", { key: "owner_id", custom: false })).toBe("Owner");
  });

  it("uses a custom field's own label, else its key without the prefix", () => {
    expect(fieldLabel(t, "people", { key: "custom.region", custom: true, label: "Sales region" })).toBe("Sales region");
    expect(fieldLabel(t, "people", { key: "custom.region", custom: true })).toBe("region");
  });

  it("keeps the key of a field it does not know", () => {
    expect(fieldLabel(t, "people", { key: "mystery", custom: false })).toBe("mystery");
  });
});
