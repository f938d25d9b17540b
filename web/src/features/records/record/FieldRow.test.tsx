// The conflict flow at one field, against a fake API: someone else saved first, the user
// sees both values, and "save mine anyway" saves on top of theirs.
import { DataList } from "@mantine/core";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ValueContext } from "../../../lib/valueText";
import { testCompany } from "../../../test/records";
import { fakeFetch, renderWithProviders } from "../../../test/render";
import { bindingFor } from "./fieldKinds";
import { FieldRow } from "./FieldRow";

const company = testCompany({
  id: "c1",
  version: 3,
  name: "Southern Cross",
  other_domains: [],
  industry: "Logistics",
  tags: [],
  custom: {},
});

const ctx: ValueContext = {
  locale: "en",
  optionLabel: (_f, v) => v,
  memberName: () => "",
  stageName: () => "",
  pipelineName: () => "",
  recordName: () => "",
};

afterEach(() => vi.unstubAllGlobals());

describe("FieldRow", () => {
  it("shows their value and mine on a conflict, then saves mine on top of theirs", async () => {
    const theirs = { ...company, version: 4, industry: "Shipping" };
    let patches = 0;
    const requests = fakeFetch((request) => {
      // Members, pipelines and the workspace, for putting values into words.
      if (request.method !== "PATCH") return [200, { data: [], settings: {} }];
      patches += 1;
      if (patches === 1) {
        return [412, { type: "/api/problems/version-conflict", title: "Conflict", status: 412, detail: "stale", current: theirs }];
      }
      return [200, { ...theirs, version: 5, industry: "Freight" }];
    });
    const saves = () => requests.filter((r) => r.method === "PATCH").map((r) => ({ ifMatch: r.headers.get("If-Match"), body: r.body }));

    const { client } = renderWithProviders(
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
      </DataList>,
    );

    fireEvent.click(screen.getByTestId("field-edit"));
    const input = screen.getByRole("textbox", { name: "Industry" });
    fireEvent.change(input, { target: { value: "Freight" } });
    fireEvent.keyDown(input, { key: "Enter" });

    const notice = await screen.findByTestId("field-conflict");
    expect(notice.textContent).toContain("Shipping");
    expect(notice.textContent).toContain("Freight");
    expect(saves()[0]).toEqual({ ifMatch: "3", body: { industry: "Freight" } });
    // My value is still in the editor while I decide.
    expect((screen.getByRole("textbox", { name: "Industry" }) as HTMLInputElement).value).toBe("Freight");

    fireEvent.click(screen.getByTestId("conflict-keep-mine"));
    await waitFor(() => expect(screen.queryByTestId("field-conflict")).toBeNull());
    expect(saves()[1]).toEqual({ ifMatch: "4", body: { industry: "Freight" } });
    expect(client.getQueryData(["companies", "record", "c1"])).toMatchObject({ version: 5, industry: "Freight" });
  });
});
