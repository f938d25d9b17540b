import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeFetch, type FakeRequest } from "../test/render";
import { distinctRefs, prefetchRecordNames, recordRefs, useRecordNames, type RecordRef } from "./recordNames";

afterEach(() => vi.unstubAllGlobals());

const COMPANIES: Record<string, { name: string; trashed?: boolean }> = {
  c1: { name: "Northwind" },
  c2: { name: "Southern Cross" },
  c3: { name: "Old Mill", trashed: true },
};

/** Answers list requests for companies by `id in [...]`, the trash only when asked for. */
function companiesApi() {
  return fakeFetch((request: FakeRequest) => {
    if (request.path !== "/api/v1/companies") return undefined;
    const ids = [...(request.url.searchParams.get("filter") ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
    const trash = request.url.searchParams.get("trash") === "only";
    const data = ids.flatMap((id) => {
      const company = COMPANIES[id];
      return company && Boolean(company.trashed) === trash ? [{ id, name: company.name }] : [];
    });
    return [200, { data, next_cursor: null }];
  });
}

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function newClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe("useRecordNames", () => {
  it("asks for the names used at the same moment in one request, and caches each", async () => {
    const requests = companiesApi();
    const client = newClient();
    const refs = recordRefs("companies", ["c2", "c1", null, "c1"]);
    const first = renderHook(() => useRecordNames(refs), { wrapper: wrapper(client) });
    const second = renderHook(() => useRecordNames(recordRefs("companies", ["c1"])), { wrapper: wrapper(client) });
    await waitFor(() => expect(first.result.current("companies", "c2")).toBe("Southern Cross"));
    expect(first.result.current("companies", "c1")).toBe("Northwind");
    expect(second.result.current("companies", "c1")).toBe("Northwind");
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.searchParams.get("filter")).toBe('id in ["c1", "c2"]');
    expect(requests[0]?.url.searchParams.get("fields")).toBe("name");

    renderHook(() => useRecordNames(recordRefs("companies", ["c2"])), { wrapper: wrapper(client) });
    expect(requests).toHaveLength(1);
  });

  it("names records in the trash, and says null for records that are gone", async () => {
    const requests = companiesApi();
    const { result } = renderHook(() => useRecordNames(recordRefs("companies", ["c1", "c3", "c9"])), {
      wrapper: wrapper(newClient()),
    });
    await waitFor(() => expect(result.current("companies", "c9")).toBeNull());
    expect(result.current("companies", "c1")).toBe("Northwind");
    expect(result.current("companies", "c3")).toBe("Old Mill");
    expect(requests.map((r) => r.url.searchParams.get("trash"))).toEqual([null, "only"]);
    expect(requests[1]?.url.searchParams.get("filter")).toBe('id in ["c3", "c9"]');
  });

  it("is undefined while a name loads", () => {
    companiesApi();
    const { result } = renderHook(() => useRecordNames(recordRefs("companies", ["c1"])), { wrapper: wrapper(newClient()) });
    expect(result.current("companies", "c1")).toBeUndefined();
  });
});

describe("prefetchRecordNames", () => {
  it("fills the cache ahead, and a failure leaves it to the names' own queries", async () => {
    companiesApi();
    const client = newClient();
    await prefetchRecordNames(client, recordRefs("companies", ["c1"]));
    const { result } = renderHook(() => useRecordNames(recordRefs("companies", ["c1"])), { wrapper: wrapper(client) });
    expect(result.current("companies", "c1")).toBe("Northwind");

    fakeFetch(() => [500, { type: "about:blank", title: "Oops", status: 500, detail: "down" }]);
    await expect(prefetchRecordNames(newClient(), recordRefs("deals", ["d1"]))).resolves.toBeUndefined();
  });
});

describe("distinctRefs", () => {
  it("keeps each record once, in an order that does not follow the rows", () => {
    const refs: RecordRef[] = [
      { object: "people", id: "p2" },
      { object: "companies", id: "c1" },
      { object: "people", id: "p2" },
      { object: "people", id: "p1" },
    ];
    expect(distinctRefs(refs)).toEqual([
      { object: "companies", id: "c1" },
      { object: "people", id: "p1" },
      { object: "people", id: "p2" },
    ]);
  });
});
