// The workspace tab against a fake API: an admin saves only what changed and sees the API's
// word at the field it names; others read the values.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, json, renderScreen, renderWithProviders, SESSION } from "../../../test/render";
import { WorkspaceTab } from "../WorkspaceTab";
import { WorkspaceDetails } from "./WorkspaceDetails";

const WORKSPACE = { id: "w1", name: "Northwind", settings: { default_currency: "USD", default_country_code: "7" } };

function renderTab() {
  return renderScreen(<WorkspaceTab />, { path: "/settings/workspace", route: "/settings/workspace" });
}

afterEach(() => vi.unstubAllGlobals());

describe("WorkspaceTab", () => {
  it("saves the changed name and calling code, then reads the session again", async () => {
    let workspace = WORKSPACE;
    const requests = fakeFetch((request) => {
      if (request.method === "PATCH") {
        workspace = { ...WORKSPACE, name: "Northwind Traders", settings: { ...WORKSPACE.settings, default_country_code: "44" } };
      }
      return request.path === "/api/v1/workspace" ? [200, workspace] : undefined;
    });
    renderTab();
    const name = await screen.findByTestId("workspace-name");
    const save = screen.getByTestId("workspace-save") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(name, { target: { value: "Northwind Traders " } });
    fireEvent.change(screen.getByTestId("workspace-calling-code"), { target: { value: "+44" } });
    expect((screen.getByTestId("workspace-calling-code") as HTMLInputElement).value).toBe("44");
    fireEvent.click(save);
    await screen.findByText("Workspace settings saved");
    const patch = requests.find((r) => r.method === "PATCH");
    expect(patch?.body).toEqual({ name: "Northwind Traders", default_country_code: "44" });
    await waitFor(() => expect(requests.filter((r) => r.path === "/api/v1/session").length).toBe(2));
    expect(save.disabled).toBe(true);
  });

  it("shows the API's error at the field it names", async () => {
    fakeFetch((request) => {
      if (request.method === "PATCH") {
        const errors = [{ field: "default_currency", message: "\"XYZ\" is not a currency code" }];
        return [422, { type: "about:blank", title: "Invalid", status: 422, detail: "invalid", errors }];
      }
      return request.path === "/api/v1/workspace" ? [200, WORKSPACE] : undefined;
    });
    renderTab();
    fireEvent.change(await screen.findByTestId("workspace-name"), { target: { value: "Southwind" } });
    fireEvent.click(screen.getByTestId("workspace-save"));
    await screen.findByText("\"XYZ\" is not a currency code");
    expect(screen.queryByText("The workspace settings were not saved")).toBeNull();
  });

  it("refuses a calling code that is too long before asking the server", async () => {
    const requests = fakeFetch((request) => (request.path === "/api/v1/workspace" ? [200, WORKSPACE] : undefined));
    renderTab();
    fireEvent.change(await screen.findByTestId("workspace-calling-code"), { target: { value: "1684" } });
    fireEvent.click(screen.getByTestId("workspace-save"));
    await screen.findByText("A calling code has 1 to 3 digits");
    expect(requests.some((r) => r.method === "PATCH")).toBe(false);
  });
});

describe("WorkspaceTab for a viewer", () => {
  it("shows the values without a way to change them", async () => {
    vi.stubGlobal("fetch", async (path: string) =>
      path === "/api/v1/session" ? json(200, { ...SESSION, role: "viewer", signed_in: true }) : json(200, WORKSPACE),
    );
    renderTab();
    expect((await screen.findByTestId("workspace-calling-code")).textContent).toBe("+7");
    expect(screen.queryByTestId("workspace-save")).toBeNull();
  });
});

describe("WorkspaceDetails", () => {
  it("shows the values read-only", () => {
    renderWithProviders(<WorkspaceDetails workspace={WORKSPACE} />);
    expect(screen.getByTestId("workspace-name").textContent).toBe("Northwind");
    expect(screen.getByTestId("workspace-currency").textContent).toBe("USD · US Dollar");
    expect(screen.getByTestId("workspace-calling-code").textContent).toBe("+7");
    expect(screen.queryByTestId("workspace-save")).toBeNull();
  });
});
