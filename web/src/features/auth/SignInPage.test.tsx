// Signing in with two steps against a fake API: the password answers a challenge, the code
// (or a recovery code) answers the session, which lands in the session cache.
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import i18n from "../../i18n";
import SignInPage from "./SignInPage";

const session = {
  signed_in: true,
  user: { id: "u1", email: "dana@northwind.test", name: "Dana Scully" },
  member_id: "m1",
  workspace: { id: "w1", name: "Northwind" },
  role: "owner",
  csrf_token: "csrf",
  totp_enabled: true,
};

const challenge = { signed_in: false, totp_required: true, challenge: "ch-1" };

type Answer = [number, unknown];

function respond([status, body]: Answer): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  const headers: Record<string, string> = { "Content-Type": type };
  // The server says how long to wait, as a real one does.
  const wait = status === 429 ? /(\d+) seconds/.exec(JSON.stringify(body))?.[1] : undefined;
  if (wait) headers["Retry-After"] = wait;
  return new Response(JSON.stringify(body), { status, headers });
}

function problem(status: number, detail: string, errors: { field: string; message: string }[] = []) {
  return { type: "about:blank", title: "Problem", status, detail, errors };
}

/** Answers each request with the next answer for its path; returns the bodies sent. */
function fakeApi(answers: Record<string, Answer[]>) {
  const sent: { path: string; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string, init: RequestInit = {}) => {
      sent.push({ path, body: JSON.parse(String(init.body)) });
      const next = answers[path]?.shift();
      if (!next) throw new Error(`unexpected request to ${path}`);
      return respond(next);
    }),
  );
  return sent;
}

function renderPage() {
  void i18n.changeLanguage("en");
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={["/sign-in"]}>
          <SignInPage />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return client;
}

async function passPassword() {
  fireEvent.change(screen.getByTestId("sign-in-email"), { target: { value: "dana@northwind.test" } });
  fireEvent.change(screen.getByTestId("sign-in-password"), { target: { value: "trust-no-one-1" } });
  fireEvent.click(screen.getByTestId("sign-in-submit"));
  return screen.findByTestId("totp-code");
}

afterEach(() => vi.unstubAllGlobals());

describe("SignInPage, second step", () => {
  it("asks for the app's code after the password and signs in with it", async () => {
    const sent = fakeApi({ "/api/v1/session": [[200, challenge]], "/api/v1/session/totp/verify": [[201, session]] });
    const client = renderPage();
    const code = await passPassword();
    expect(code.getAttribute("inputmode")).toBe("numeric");
    expect(code.getAttribute("autocomplete")).toBe("one-time-code");
    expect(document.activeElement).toBe(code);

    fireEvent.change(code, { target: { value: "123" } });
    fireEvent.click(screen.getByTestId("totp-submit"));
    expect(await screen.findByText("Enter the six digits the app shows")).toBeTruthy();
    expect(sent).toHaveLength(1);

    fireEvent.change(code, { target: { value: "123 456" } });
    expect((code as HTMLInputElement).value).toBe("123456");
    fireEvent.click(screen.getByTestId("totp-submit"));
    await waitFor(() => expect(client.getQueryData(["session"])).toEqual(session));
    expect(sent[1]).toEqual({ path: "/api/v1/session/totp/verify", body: { challenge: "ch-1", code: "123456" } });
  });

  it("says a wrong code in words, and takes a recovery code instead", async () => {
    const wrong = problem(422, "invalid", [{ field: "code", message: "is not right, or was used already" }]);
    const sent = fakeApi({
      "/api/v1/session": [[200, challenge]],
      "/api/v1/session/totp/verify": [[422, wrong], [200, session]],
    });
    const client = renderPage();
    fireEvent.change(await passPassword(), { target: { value: "000000" } });
    fireEvent.click(screen.getByTestId("totp-submit"));
    expect(await screen.findByText(/This code is not right or was used already/)).toBeTruthy();

    fireEvent.click(screen.getByTestId("totp-use-recovery"));
    fireEvent.change(screen.getByTestId("recovery-code"), { target: { value: "K3F9 X2QA" } });
    fireEvent.click(screen.getByTestId("totp-submit"));
    await waitFor(() => expect(client.getQueryData(["session"])).toEqual(session));
    expect(sent[2]?.body).toEqual({ challenge: "ch-1", recovery_code: "k3f9-x2qa" });
  });

  it("goes back to the password, email kept, when the challenge has expired", async () => {
    fakeApi({
      "/api/v1/session": [[200, challenge]],
      "/api/v1/session/totp/verify": [[401, problem(401, "the sign-in took too long")]],
    });
    renderPage();
    fireEvent.change(await passPassword(), { target: { value: "123456" } });
    fireEvent.click(screen.getByTestId("totp-submit"));
    expect((await screen.findByTestId("sign-in-notice")).textContent).toMatch(/took too long/);
    expect((screen.getByTestId("sign-in-email") as HTMLInputElement).value).toBe("dana@northwind.test");
    expect((screen.getByTestId("sign-in-password") as HTMLInputElement).value).toBe("");
  });

  it("counts down after too many failed sign-ins", async () => {
    fakeApi({ "/api/v1/session": [[429, problem(429, "too many failed sign-ins; try again in 30 seconds")]] });
    renderPage();
    fireEvent.change(screen.getByTestId("sign-in-email"), { target: { value: "dana@northwind.test" } });
    fireEvent.change(screen.getByTestId("sign-in-password"), { target: { value: "guess" } });
    fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByTestId("sign-in-error")).textContent).toBe("Too many failed attempts. Try again in 30 seconds.");
    expect(screen.getByTestId("sign-in-submit").hasAttribute("disabled")).toBe(true);
  });
});
