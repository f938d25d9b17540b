// The Webhooks tab against a fake API: subscribing shows the signing secret once, the switch
// sends the version seen, and a webhook Relata turned off says why.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, json, renderScreen, SESSION } from "../../../test/render";
import { WebhooksTab } from "../WebhooksTab";
import type { Webhook } from "./webhook";

const SECRET = "whsec_oxtgjdwPDAVvchchTEpAd4zkQoORkznTDi5gQI+mBdk=";

const broken: Webhook = {
  id: "w1",
  url: "https://old.example/hook",
  description: "",
  event_types: ["deal.won"],
  enabled: false,
  disabled_reason: "every delivery failed for 5 days",
  created_at: "2026-11-01T10:00:00Z",
  updated_at: "2026-11-20T10:00:00Z",
  version: 3,
};

afterEach(() => vi.unstubAllGlobals());

describe("WebhooksTab", () => {
  it("creates a webhook and shows its secret once", async () => {
    const list: Webhook[] = [broken];
    const requests = fakeFetch(({ method, path, body }) => {
      if (method === "GET" && path === "/api/v1/webhooks") return [200, { data: list }];
      if (method === "POST" && path === "/api/v1/webhooks") {
        const created = { ...broken, ...(body as object), id: "w2", enabled: true, disabled_reason: null, version: 1 };
        list.push(created);
        return [201, { ...created, secret: SECRET }];
      }
      return undefined;
    });
    renderScreen(<WebhooksTab />, { path: "/settings/webhooks", route: "/settings/webhooks" });

    const row = await screen.findByTestId("webhook-row");
    expect(within(row).getByTestId("webhook-disabled-reason").textContent).toContain("every delivery failed for 5 days");

    fireEvent.click(screen.getByTestId("webhook-create"));
    fireEvent.click(await screen.findByTestId("webhook-submit"));
    expect(await screen.findByText("Enter the address to post to.")).toBeTruthy();
    expect(screen.getByText("Choose at least one event.")).toBeTruthy();

    fireEvent.change(screen.getByTestId("webhook-url"), { target: { value: " https://hooks.example/relata " } });
    fireEvent.change(screen.getByTestId("webhook-description"), { target: { value: "Accounting" } });
    fireEvent.click(screen.getByTestId("webhook-events"));
    fireEvent.click(await screen.findByRole("option", { name: "Deal won" }));
    fireEvent.click(screen.getByTestId("webhook-submit"));

    const secret = (await screen.findByTestId("webhook-secret")) as HTMLInputElement;
    expect(secret.value).toBe(SECRET);
    expect(requests.find((r) => r.method === "POST")?.body).toEqual({
      url: "https://hooks.example/relata",
      description: "Accounting",
      event_types: ["deal.won"],
    });

    fireEvent.click(screen.getByTestId("webhook-secret-done"));
    await waitFor(() => expect(screen.getAllByTestId("webhook-row")).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId("webhook-secret")).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it("turns a webhook back on with the version it saw", async () => {
    const requests = fakeFetch(({ method, path }) => {
      if (method === "GET" && path === "/api/v1/webhooks") return [200, { data: [broken] }];
      if (method === "PATCH" && path === "/api/v1/webhooks/w1") return [200, { ...broken, enabled: true, disabled_reason: null, version: 4 }];
      return undefined;
    });
    renderScreen(<WebhooksTab />, { path: "/settings/webhooks", route: "/settings/webhooks" });
    fireEvent.click(await screen.findByRole("switch"));
    await waitFor(() => expect(screen.queryByTestId("webhook-disabled-reason")).toBeNull());
    const patch = requests.find((r) => r.method === "PATCH")!;
    expect(patch.headers.get("If-Match")).toBe("3");
    expect(patch.body).toEqual({ enabled: true });
  });

  it("is kept to owners and admins", async () => {
    // Every request, the session's included, answers as a member's.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json(200, { ...SESSION, role: "member", signed_in: true })),
    );
    renderScreen(<WebhooksTab />, { path: "/settings/webhooks", route: "/settings/webhooks" });
    expect(await screen.findByTestId("webhooks-admins-only")).toBeTruthy();
  });
});
