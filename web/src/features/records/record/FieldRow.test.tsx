// The conflict flow at one field, against a fake API: someone else saved first, the user
// sees both values, and "save mine anyway" saves on top of theirs.
import { DataList, MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../i18n";
import type { Company } from "../../../api/types";
import { bindingFor } from "./fieldKinds";
import { FieldRow } from "./FieldRow";
import type { ValueContext } from "./valueText";

const company: Company = {
  id: "c1",
  version: 3,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  created_by: null,
  deleted_at: null,
  name: "Southern Cross",
  domain: null,
  other_domains: [],
  industry: "Logistics",
  employees: null,
  annual_revenue: null,
  phone: null,
  street: null,
  city: null,
  region: null,
  postal_code: null,
  country: null,
  linkedin_url: null,
  description: null,
  owner_id: null,
  tags: [],
  custom: {},
};

const ctx: ValueContext = {
  locale: "en",
  optionLabel: (_f, v) => v,
  memberName: () => "",
  stageName: () => "",
  pipelineName: () => "",
  recordName: () => "",
};

function json(status: number, body: unknown, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });
}

afterEach(() => vi.unstubAllGlobals());

describe("FieldRow", () => {
  it("shows their value and mine on a conflict, then saves mine on top of theirs", async () => {
    const theirs = { ...company, version: 4, industry: "Shipping" };
    const calls: { ifMatch: string | null; body: string }[] = [];
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      // Members, pipelines and the workspace, for putting values into words.
      if (init.method !== "PATCH") return json(200, { data: [], settings: {} });
      calls.push({ ifMatch: new Headers(init.headers).get("If-Match"), body: String(init.body) });
      if (calls.length === 1) {
        return json(
          412,
          { type: "/api/problems/version-conflict", title: "Conflict", status: 412, detail: "stale", current: theirs },
          "application/problem+json",
        );
      }
      return json(200, { ...theirs, version: 5, industry: "Freight" });
    });
    vi.stubGlobal("fetch", fetchMock);

    const client = new QueryClient();
    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <DataList>
            <FieldRow
              object="companies"
              record={company}
              field={{ key: "industry", kind: "text", custom: false, options: null }}
              label="Industry"
              binding={bindingFor("companies", "industry")}
              writable
              ctx={ctx}
            />
          </DataList>
        </QueryClientProvider>
      </MantineProvider>,
    );

    fireEvent.click(screen.getByTestId("field-edit"));
    const input = screen.getByRole("textbox", { name: "Industry" });
    fireEvent.change(input, { target: { value: "Freight" } });
    fireEvent.keyDown(input, { key: "Enter" });

    const notice = await screen.findByTestId("field-conflict");
    expect(notice.textContent).toContain("Shipping");
    expect(notice.textContent).toContain("Freight");
    expect(calls[0]).toEqual({ ifMatch: "3", body: JSON.stringify({ industry: "Freight" }) });
    // My value is still in the editor while I decide.
    expect((screen.getByRole("textbox", { name: "Industry" }) as HTMLInputElement).value).toBe("Freight");

    fireEvent.click(screen.getByTestId("conflict-keep-mine"));
    await waitFor(() => expect(screen.queryByTestId("field-conflict")).toBeNull());
    expect(calls[1]).toEqual({ ifMatch: "4", body: JSON.stringify({ industry: "Freight" }) });
    expect(client.getQueryData(["companies", "record", "c1"])).toMatchObject({ version: 5, industry: "Freight" });
  });
});
