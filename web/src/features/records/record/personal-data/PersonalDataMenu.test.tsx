// The personal data tools against a fake API: the export saves the JSON as a file, and the
// erasure waits for the person's name before it asks the server, then reports and leaves.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Person } from "../../../../api/types";
import { Route, Routes } from "react-router";
import { fakeFetch, json, renderScreen, SESSION } from "../../../../test/render";
import { managesPersonalData } from "./personalDataApi";
import { PersonalDataMenu } from "./PersonalDataMenu";

const person = {
  id: "p1",
  first_name: "Erase",
  last_name: "Me",
  email: "erase.me@example.com",
} as Person;

function renderPersonPage() {
  return renderScreen(
    <Routes>
      <Route
        path="people/:id"
        element={
          <>
            <h1>Erase Me</h1>
            <PersonalDataMenu person={person} title="Erase Me" />
          </>
        }
      />
      <Route path="people" element={<p>People list</p>} />
    </Routes>,
    { path: "/people/p1", route: "*" },
  );
}

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe("PersonalDataMenu", () => {
  it("is offered to owners and admins only", () => {
    expect(managesPersonalData("owner")).toBe(true);
    expect(managesPersonalData("admin")).toBe(true);
    expect(managesPersonalData("member")).toBe(false);
    expect(managesPersonalData("viewer")).toBe(false);
  });

  it("is not shown to a member", async () => {
    vi.stubGlobal("fetch", async () => json(200, { ...SESSION, role: "member", signed_in: true }));
    renderPersonPage();
    await screen.findByText("Erase Me");
    expect(screen.queryByTestId("personal-data-menu")).toBeNull();
  });

  it("erases once the name is typed, says what was removed and opens the people list", async () => {
    const requests = fakeFetch((request) =>
      request.method === "POST" && request.path === "/api/v1/people/p1/erase"
        ? [200, { activities: 2, events: 1, audit_entries_redacted: 3 }]
        : undefined,
    );
    renderPersonPage();
    fireEvent.click(await screen.findByTestId("personal-data-menu"));
    fireEvent.click(await screen.findByTestId("personal-data-erase"));
    const submit = await screen.findByTestId("erase-submit");
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("erase-confirm-input"), { target: { value: "erase" } });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("erase-confirm-input"), { target: { value: "  ERASE me " } });
    expect((submit as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(submit);
    await screen.findByText("People list");
    expect((await screen.findByTestId("erase-summary")).textContent).toBe(
      "Removed 2 activities and 1 history event; 3 audit log entries redacted.",
    );
    const erase = requests.find((r) => r.method === "POST");
    expect(erase?.body).toEqual({ confirm: true });
    expect(erase?.headers.get("X-CSRF-Token")).toBe("csrf");
  });

  it("shows why an erasure failed and stays on the page", async () => {
    fakeFetch((request) =>
      request.method === "POST"
        ? [403, { type: "about:blank", title: "Forbidden", status: 403, detail: "Only owners and admins may do this" }]
        : undefined,
    );
    renderPersonPage();
    fireEvent.click(await screen.findByTestId("personal-data-menu"));
    fireEvent.click(await screen.findByTestId("personal-data-erase"));
    fireEvent.change(await screen.findByTestId("erase-confirm-input"), { target: { value: "erase.me@example.com" } });
    fireEvent.click(screen.getByTestId("erase-submit"));
    await screen.findByText("Only owners and admins may do this");
    expect(screen.queryByText("People list")).toBeNull();
  });

  it("saves the export as a JSON file", async () => {
    const requests = fakeFetch((request) =>
      request.path === "/api/v1/people/p1/personal-data" ? [200, { person: { email: person.email } }] : undefined,
    );
    // jsdom has no object URLs; the test stands in for the browser's.
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return "blob:export";
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe("person-p1.json");
      expect(this.href).toBe("blob:export");
    });
    renderPersonPage();
    fireEvent.click(await screen.findByTestId("personal-data-menu"));
    fireEvent.click(await screen.findByTestId("personal-data-export"));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ person: { email: "erase.me@example.com" } });
    expect(requests.some((r) => r.path === "/api/v1/people/p1/personal-data")).toBe(true);
  });
});
