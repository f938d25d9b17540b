// Setting a new password from a reset link against a fake API.
import { fireEvent, screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, renderScreen } from "../../test/render";
import ResetPasswordPage from "./ResetPasswordPage";

afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  return renderScreen(
    <Routes>
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
    </Routes>,
    { path: "/reset-password/tok-1", route: "/*" },
  );
}

function fill(password: string, confirm: string) {
  fireEvent.change(screen.getByTestId("reset-password"), { target: { value: password } });
  fireEvent.change(screen.getByTestId("reset-password-confirm"), { target: { value: confirm } });
  fireEvent.click(screen.getByTestId("reset-submit"));
}

describe("ResetPasswordPage", () => {
  it("sets the password with the link's token and points to sign-in", async () => {
    const requests = fakeFetch(({ path }) => (path === "/api/v1/password-reset" ? [204, null] : undefined));
    renderPage();
    await screen.findByTestId("reset-password");
    fill("short", "short");
    expect(await screen.findByText("Use at least 10 characters")).toBeTruthy();
    fill("a-new-password", "a-new-passw0rd");
    expect(await screen.findByText("The passwords differ")).toBeTruthy();
    fill("a-new-password", "a-new-password");
    expect(await screen.findByTestId("reset-done")).toBeTruthy();
    expect(requests.find((r) => r.path === "/api/v1/password-reset")?.body).toEqual({ token: "tok-1", password: "a-new-password" });
    expect(screen.getByTestId("reset-to-sign-in").getAttribute("href")).toBe("/sign-in");
  });

  it("says when the link no longer works", async () => {
    fakeFetch(({ path }) =>
      path === "/api/v1/password-reset" ? [404, { type: "about:blank", title: "Not found", status: 404, detail: "used" }] : undefined,
    );
    renderPage();
    await screen.findByTestId("reset-password");
    fill("a-new-password", "a-new-password");
    expect((await screen.findByTestId("reset-error")).textContent).toContain("This reset link no longer works");
  });
});
