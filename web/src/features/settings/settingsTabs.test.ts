import { describe, expect, it } from "vitest";
import { tabOf } from "./settingsTabs";

describe("tabOf", () => {
  it("reads the tab from the address", () => {
    expect(tabOf("/settings/fields/deals")).toBe("fields");
    expect(tabOf("/settings/api-keys")).toBe("api-keys");
    expect(tabOf("/settings/pipelines/0190-abc")).toBe("pipelines");
    expect(tabOf("/settings/security")).toBe("security");
    expect(tabOf("/settings/audit")).toBe("audit");
    expect(tabOf("/settings/webhooks")).toBe("webhooks");
    expect(tabOf("/settings/jobs")).toBe("jobs");
    expect(tabOf("/settings/lead-model")).toBe("lead-model");
  });

  it("falls back to pipelines", () => {
    expect(tabOf("/settings")).toBe("pipelines");
    expect(tabOf("/settings/")).toBe("pipelines");
    expect(tabOf("/settings/nope")).toBe("pipelines");
  });
});
