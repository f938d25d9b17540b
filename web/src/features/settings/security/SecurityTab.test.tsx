// The Security tab against a fake API: setting up two-step sign-in shows the key, takes a
// code, shows the recovery codes once; turning it off asks for the password.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, renderScreen, SESSION } from "../../../test/render";
import { SecurityTab } from "./SecurityTab";

const SECRET = "XASAAJWDI3SHUM6BYNA2P2KOGMHW7ME6";
const CODES = ["k3f9-x2qa", "m4pq-7zzt", "a2b3-c4d5", "e6f7-g8h9", "j2k3-m4n5", "p6q7-r8s9", "t2u3-v4w5", "x6y7-z8a9", "b2c3-d4e5", "f6g7-h8j9"];

afterEach(() => vi.unstubAllGlobals());

describe("SecurityTab", () => {
  it("sets two-step sign-in up and turns it off again", async () => {
    const requests = fakeFetch(({ method, path, body }) => {
      if (method === "POST" && path === "/api/v1/session/totp") {
        return [200, { secret: SECRET, otpauth_url: `otpauth://totp/Relata:alex?secret=${SECRET}` }];
      }
      if (path === "/api/v1/session/totp/enable") return [200, { recovery_codes: CODES }];
      if (path === "/api/v1/session/totp/disable") {
        const right = (body as { password: string }).password === "trust-no-one-1";
        if (right) return [204, null];
        return [422, { type: "about:blank", title: "Invalid", status: 422, detail: "invalid", errors: [{ field: "password", message: "is not your password" }] }];
      }
      return undefined;
    });
    const { client } = renderScreen(<SecurityTab />, { path: "/settings/security", route: "/settings/security" });

    expect((await screen.findByTestId("totp-status")).textContent).toBe("Off");
    fireEvent.click(screen.getByTestId("totp-setup"));
    expect((await screen.findByTestId("totp-secret")).textContent).toBe("XASA AJWD I3SH UM6B YNA2 P2KO GMHW 7ME6");
    expect((screen.getByTestId("totp-link") as HTMLInputElement).value).toContain(`secret=${SECRET}`);

    fireEvent.change(screen.getByTestId("totp-enable-code"), { target: { value: "654 321" } });
    fireEvent.click(screen.getByTestId("totp-enable-submit"));
    const codes = await screen.findByTestId("recovery-codes");
    expect(within(codes).getAllByText(/^[a-z0-9]{4}-[a-z0-9]{4}$/)).toHaveLength(10);
    expect(requests.find((r) => r.path === "/api/v1/session/totp/enable")?.body).toEqual({ code: "654321" });
    expect(client.getQueryData(["session"])).toMatchObject({ totp_enabled: true });
    expect(screen.getByTestId("totp-status").textContent).toBe("On");

    fireEvent.click(screen.getByTestId("recovery-codes-done"));
    expect(screen.queryByTestId("recovery-codes")).toBeNull();
    fireEvent.click(screen.getByTestId("totp-disable"));
    fireEvent.change(await screen.findByTestId("totp-disable-password"), { target: { value: "wrong" } });
    fireEvent.click(screen.getByTestId("totp-disable-submit"));
    expect(await screen.findByText("This is not your password")).toBeTruthy();
    fireEvent.change(screen.getByTestId("totp-disable-password"), { target: { value: "trust-no-one-1" } });
    fireEvent.click(screen.getByTestId("totp-disable-submit"));
    await waitFor(() => expect(screen.getByTestId("totp-status").textContent).toBe("Off"));
    expect(client.getQueryData(["session"])).toMatchObject({ totp_enabled: false });
  });

  it("changes the password and keeps the new session", async () => {
    const fresh = { ...SESSION, csrf_token: "fresh", signed_in: true };
    const requests = fakeFetch(({ path }) => (path === "/api/v1/session/password" ? [200, fresh] : undefined));
    const { client } = renderScreen(<SecurityTab />, { path: "/settings/security", route: "/settings/security" });
    fireEvent.change(await screen.findByTestId("password-current"), { target: { value: "old-password-1" } });
    fireEvent.change(screen.getByTestId("password-new"), { target: { value: "new-password-1" } });
    fireEvent.change(screen.getByTestId("password-confirm"), { target: { value: "new-password-2" } });
    fireEvent.click(screen.getByTestId("password-submit"));
    expect(await screen.findByText("The passwords differ")).toBeTruthy();

    fireEvent.change(screen.getByTestId("password-confirm"), { target: { value: "new-password-1" } });
    fireEvent.click(screen.getByTestId("password-submit"));
    await waitFor(() => expect(client.getQueryData(["session"])).toMatchObject({ csrf_token: "fresh" }));
    expect(requests.find((r) => r.path === "/api/v1/session/password")?.body).toEqual({
      current_password: "old-password-1",
      new_password: "new-password-1",
    });
    expect(await screen.findByText("Password changed. Every other session has ended.")).toBeTruthy();
    expect((screen.getByTestId("password-current") as HTMLInputElement).value).toBe("");
  });
});
