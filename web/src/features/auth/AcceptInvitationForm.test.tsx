// Accepting an invitation against a fake API: a new person gives a name and a password
// twice; a person with an account only its password.
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import { AcceptInvitationForm } from "./AcceptInvitationForm";
import type { InvitationLookup } from "./invitation";

const invitation: InvitationLookup = {
  workspace: { id: "w1", name: "Northwind" },
  email: "skinner@northwind.test",
  role: "member",
  expires_at: "2030-01-01T00:00:00Z",
  existing_account: false,
};

const session = {
  user: { id: "u9", email: "skinner@northwind.test", name: "Walter Skinner" },
  member_id: "m9",
  workspace: { id: "w1", name: "Northwind" },
  role: "member",
  csrf_token: "csrf",
};

afterEach(() => vi.unstubAllGlobals());

function renderForm(lookup: InvitationLookup) {
  const client = new QueryClient();
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={["/invite/tok"]}>
          <Routes>
            <Route path="/invite/:token" element={<AcceptInvitationForm token="tok" invitation={lookup} />} />
            <Route path="/my-work" element={<p>my work</p>} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}

describe("AcceptInvitationForm", () => {
  it("creates a new account, stores the session and opens My work", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(session), { status: 201, headers: { "Content-Type": "application/json" } }));
    vi.stubGlobal("fetch", fetchMock);
    const client = renderForm(invitation);

    fireEvent.change(screen.getByTestId("accept-name"), { target: { value: "Walter Skinner" } });
    fireEvent.change(screen.getByTestId("accept-password"), { target: { value: "i-want-to-believe" } });
    fireEvent.change(screen.getByTestId("accept-password-confirm"), { target: { value: "i-want-to-believe!" } });
    fireEvent.click(screen.getByTestId("accept-submit"));
    expect(await screen.findByText("The passwords differ")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByTestId("accept-password-confirm"), { target: { value: "i-want-to-believe" } });
    fireEvent.click(screen.getByTestId("accept-submit"));
    await screen.findByText("my work");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/invitation/accept");
    expect(JSON.parse(String(init.body))).toEqual({ token: "tok", name: "Walter Skinner", password: "i-want-to-believe" });
    expect(client.getQueryData(["session"])).toEqual(session);
  });

  it("asks an existing account only for its password and says when it is wrong", async () => {
    const problem = {
      type: "/api/problems/validation",
      title: "Invalid",
      status: 422,
      detail: "invalid",
      errors: [{ field: "password", message: "is not the password of this account" }],
    };
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(problem), { status: 422, headers: { "Content-Type": "application/problem+json" } })));
    renderForm({ ...invitation, existing_account: true });

    expect(screen.queryByTestId("accept-name")).toBeNull();
    expect(screen.queryByTestId("accept-password-confirm")).toBeNull();
    fireEvent.change(screen.getByTestId("accept-password"), { target: { value: "old" } });
    fireEvent.click(screen.getByTestId("accept-submit"));
    await waitFor(() => expect(screen.getByText("This is not the password of this account")).toBeTruthy());
  });
});
