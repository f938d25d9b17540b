import { describe, expect, it } from "vitest";
import { authorizationHeader, expiryInstant, keyStatus } from "./apiKey";

describe("keyStatus", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("is active without expiry or before it", () => {
    expect(keyStatus({ expires_at: null, revoked_at: null }, now)).toBe("active");
    expect(keyStatus({ expires_at: "2026-03-11T00:00:00Z", revoked_at: null }, now)).toBe("active");
  });

  it("is expired from its expiry on", () => {
    expect(keyStatus({ expires_at: "2026-03-10T12:00:00Z", revoked_at: null }, now)).toBe("expired");
    expect(keyStatus({ expires_at: "2025-01-01T00:00:00Z", revoked_at: null }, now)).toBe("expired");
  });

  it("is revoked once revoked, expired or not", () => {
    expect(keyStatus({ expires_at: null, revoked_at: "2026-03-01T00:00:00Z" }, now)).toBe("revoked");
    expect(keyStatus({ expires_at: "2025-01-01T00:00:00Z", revoked_at: "2026-03-01T00:00:00Z" }, now)).toBe("revoked");
  });
});

describe("expiryInstant", () => {
  it("is the last moment of the chosen local day", () => {
    const instant = new Date(expiryInstant("2026-12-31") ?? "");
    expect(instant.getFullYear()).toBe(2026);
    expect(instant.getMonth()).toBe(11);
    expect(instant.getDate()).toBe(31);
    expect(instant.getHours()).toBe(23);
    expect(instant.getMinutes()).toBe(59);
  });

  it("is absent when no day is chosen", () => {
    expect(expiryInstant(null)).toBeUndefined();
    expect(expiryInstant("")).toBeUndefined();
  });
});

describe("authorizationHeader", () => {
  it("sends the key as a bearer token", () => {
    expect(authorizationHeader("relata_abc")).toBe("Authorization: Bearer relata_abc");
  });
});
