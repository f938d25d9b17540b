// Test helpers: a fetch that answers like the API, and renders inside the app's providers —
// a component alone (`renderWithProviders`), or a whole screen signed in (`renderScreen`).
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement, ReactNode } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { vi } from "vitest";
import type { Session } from "../api/types";
import { SessionProvider, useSessionState } from "../app/session";
import i18n from "../i18n";

export const SESSION: Session = {
  user: { id: "u1", email: "alex@example.com", name: "Alex Morgan" },
  member_id: "m1",
  workspace: { id: "w1", name: "Northwind" },
  role: "owner",
  csrf_token: "csrf",
    totp_enabled: false,
};

export interface FakeRequest {
  method: string;
  path: string;
  url: URL;
  /** The JSON body, parsed; other bodies as sent. */
  body: unknown;
  headers: Headers;
}

/** Answers a request with `[status, json]`, or `undefined` for a 404. */
export type FakeApi = (request: FakeRequest) => [number, unknown] | undefined | Promise<[number, unknown] | undefined>;

export function json(status: number, body: unknown): Response {
  const type = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { "Content-Type": type } });
}

/** Replaces fetch with `api`; returns the list of requests made, for assertions. */
export function fakeFetch(api: FakeApi): FakeRequest[] {
  const requests: FakeRequest[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, "http://relata.test");
      const request: FakeRequest = {
        method: init.method ?? "GET",
        path: url.pathname,
        url,
        body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
        headers: new Headers(init.headers),
      };
      requests.push(request);
      // The session answer says whether anyone is signed in.
      if (request.path === "/api/v1/session") return json(200, { ...SESSION, signed_in: true });
      const answer = await api(request);
      return answer ? json(answer[0], answer[1]) : json(404, { type: "about:blank", title: "Not found", status: 404, detail: "no such thing" });
    }),
  );
  return requests;
}

function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
  });
}

function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider env="test">
      <Notifications />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

/** A component with Mantine, a query client of its own and a router; in English. */
export function renderWithProviders(element: ReactElement) {
  void i18n.changeLanguage("en");
  const client = testQueryClient();
  const result = render(
    <Providers client={client}>
      <MemoryRouter>{element}</MemoryRouter>
    </Providers>,
  );
  return { ...result, client };
}

/** Screens inside the shell may assume a session; so does the test. */
function SignedIn({ children }: { children: ReactNode }) {
  return useSessionState().status === "signed-in" ? children : null;
}

/** A screen at `path`, matched by `route`, for the signed-in `SESSION`. */
export function renderScreen(element: ReactElement, { path, route }: { path: string; route: string }) {
  const client = testQueryClient();
  const result = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[path]}>
        <SessionProvider>
          <SignedIn>
            <Routes>
              <Route path={route} element={element} />
            </Routes>
          </SignedIn>
        </SessionProvider>
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, client };
}
