// What an admin may do to each member, as the table offers it.
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import "../../../i18n";
import type { Member, Role } from "../../../api/types";
import { MemberTable } from "./MemberTable";

const members: Member[] = [
  { id: "m1", user_id: "u1", email: "dana@northwind.test", name: "Dana Scully", role: "owner" },
  { id: "m2", user_id: "u2", email: "fox@northwind.test", name: "Fox Mulder", role: "admin" },
  { id: "m3", user_id: "u3", email: "walter@northwind.test", name: "Walter Skinner", role: "member" },
];

function renderTable(actor: Role, me: string) {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <MemberTable members={members} me={me} actor={actor} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return screen.getAllByTestId("member-row");
}

describe("MemberTable", () => {
  it("lets an admin manage members but not the owner, and says why", () => {
    const [owner, admin, member] = renderTable("admin", "m2") as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(admin).getByTestId("member-you")).toBeTruthy();

    const ownerRole = within(owner).getByTestId("member-role") as HTMLInputElement;
    expect(ownerRole.disabled).toBe(true);
    const reason = document.getElementById(ownerRole.getAttribute("aria-describedby") ?? "none");
    expect(reason?.textContent).toBe("Only an owner can make someone an owner or change an owner's role.");
    expect((within(owner).getByTestId("member-remove") as HTMLButtonElement).disabled).toBe(true);

    expect((within(member).getByTestId("member-role") as HTMLInputElement).disabled).toBe(false);
    expect((within(member).getByTestId("member-remove") as HTMLButtonElement).disabled).toBe(false);
  });

  it("keeps the last owner an owner", () => {
    const [owner] = renderTable("owner", "m1") as [HTMLElement];
    expect((within(owner).getByTestId("member-role") as HTMLInputElement).disabled).toBe(true);
    expect((within(owner).getByTestId("member-remove") as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows roles read-only to everyone else", () => {
    const rows = renderTable("member", "m3");
    expect(screen.queryAllByTestId("member-role")).toHaveLength(0);
    expect(screen.queryAllByTestId("member-remove")).toHaveLength(0);
    expect(within(rows[2] as HTMLElement).getByTestId("member-role-text").textContent).toBe("Member");
  });
});
