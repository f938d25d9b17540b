import { describe, expect, it } from "vitest";
import { invitationLink, isExpired } from "./invitationLink";

describe("invitationLink", () => {
  it("joins the origin and the path", () => {
    expect(invitationLink("https://crm.example.com", "/invite/abc-123")).toBe("https://crm.example.com/invite/abc-123");
  });

  it("copes with a trailing or a missing slash", () => {
    expect(invitationLink("http://127.0.0.1:8080/", "/invite/x")).toBe("http://127.0.0.1:8080/invite/x");
    expect(invitationLink("http://office:8080", "invite/x")).toBe("http://office:8080/invite/x");
  });
});

describe("isExpired", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("compares the expiry with now", () => {
    expect(isExpired("2026-03-10T11:59:59Z", now)).toBe(true);
    expect(isExpired("2026-03-17T12:00:00Z", now)).toBe(false);
  });
});
