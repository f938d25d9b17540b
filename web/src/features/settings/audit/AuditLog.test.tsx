// The audit log against a fake API: entries in words, the filter from the address, and
// older pages loaded with `before`.
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, renderScreen } from "../../../test/render";
import { AuditTab } from "./AuditTab";
import type { AuditEntry } from "./auditEntry";

const member = { id: "m1", user_id: "u1", name: "Alex Morgan", email: "alex@example.com", role: "owner", joined_at: "2026-01-01T00:00:00Z" };

function entry(seq: number, action: string, more: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: "2026-11-25T10:00:00Z",
    actor_id: "m1",
    via: "session",
    action,
    object: null,
    record_id: null,
    detail: {},
    ip: "127.0.0.1",
    user_agent: "Mozilla/5.0",
    hash: "h",
    ...more,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("AuditTab", () => {
  it("lists entries in words and loads older ones", async () => {
    const requests = fakeFetch(({ path, url }) => {
      if (path === "/api/v1/members") return [200, { data: [member] }];
      if (path !== "/api/v1/audit") return undefined;
      if (url.searchParams.get("before") === "3") {
        return [200, { data: [entry(2, "person_erased", { detail: { redacted: true }, actor_id: null, via: "system" })], next_before: null }];
      }
      return [
        200,
        {
          data: [
            entry(5, "member_role_changed", { detail: { member: "fox@x.test", from: "member", to: "admin" } }),
            entry(4, "quantum_leap", { detail: { years: 3 } }),
            entry(3, "sign_in_failed", { actor_id: null, via: "anonymous", detail: { email: "who@x.test" } }),
          ],
          next_before: 3,
        },
      ];
    });
    renderScreen(<AuditTab />, { path: "/settings/audit", route: "/settings/audit" });

    const rows = await screen.findAllByTestId("audit-row");
    expect(rows).toHaveLength(3);
    const [roleChange, unknown, failed] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(roleChange).getByTestId("audit-action").textContent).toBe("Role changed");
    expect(await within(roleChange).findByText("Alex Morgan")).toBeTruthy();
    expect(within(roleChange).getByText("From: Member")).toBeTruthy();
    expect(within(roleChange).getByText("To: Admin")).toBeTruthy();
    expect(within(unknown).getByTestId("audit-action").textContent).toBe("quantum_leap");
    expect(within(failed).getByTestId("audit-actor").textContent).toBe("Anonymous");
    expect(requests.find((r) => r.path === "/api/v1/audit")?.url.searchParams.get("limit")).toBe("50");

    fireEvent.click(screen.getByTestId("audit-load-more"));
    expect(await screen.findByTestId("audit-erased")).toBeTruthy();
    expect(screen.getAllByTestId("audit-row")).toHaveLength(4);
    expect(screen.queryByTestId("audit-load-more")).toBeNull();
    expect(screen.getByTestId("audit-export").getAttribute("href")).toBe("/api/v1/audit/export");
  });

  it("filters by the action in the address", async () => {
    const requests = fakeFetch(({ path }) => (path === "/api/v1/audit" ? [200, { data: [], next_before: null }] : undefined));
    renderScreen(<AuditTab />, { path: "/settings/audit?action=signed_in", route: "/settings/audit" });
    expect(await screen.findByTestId("audit-empty")).toBeTruthy();
    expect(requests.find((r) => r.path === "/api/v1/audit")?.url.searchParams.get("action")).toBe("signed_in");
    expect((screen.getByTestId("audit-action-filter") as HTMLInputElement).value).toBe("Signed in");
  });
});
