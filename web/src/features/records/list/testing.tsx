// Test helpers: the providers a list component needs, and a fetch that answers like the API.
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { vi } from "vitest";
import i18n from "../../../i18n";

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/** Replaces fetch; `answer` gives `[status, json]` for each request. Returns the requests seen. */
export function stubApi(answer: (request: SeenRequest) => [number, unknown]): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const request = {
        method: init.method ?? "GET",
        path: new URL(input, "http://relata.test").pathname,
        headers: new Headers(init.headers),
        body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
      };
      seen.push(request);
      const [status, body] = answer(request);
      const type = status >= 400 ? "application/problem+json" : "application/json";
      return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });
    }),
  );
  return seen;
}

export function renderWithProviders(element: ReactElement) {
  void i18n.changeLanguage("en");
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter>{element}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
