import { describe, expect, it } from "vitest";
import type { Session } from "../../../api/types";
import { groupSecret, recoveryCodesText, twoFactorOn } from "./twoFactor";

const session: Session = {
  user: { id: "u", email: "dana@northwind.test", name: "Dana" },
  member_id: "m",
  workspace: { id: "w", name: "Northwind" },
  role: "owner",
  csrf_token: "c",
  totp_enabled: false,
};

describe("groupSecret", () => {
  it("writes the key in groups of four", () => {
    expect(groupSecret("XASAAJWDI3SHUM6BYNA2P2KOGMHW7ME6")).toBe("XASA AJWD I3SH UM6B YNA2 P2KO GMHW 7ME6");
    expect(groupSecret("ABCDEF")).toBe("ABCD EF");
    expect(groupSecret("AB CD EF")).toBe("ABCD EF");
    expect(groupSecret("")).toBe("");
  });
});

describe("recoveryCodesText", () => {
  it("puts the heading, a blank line and one code per line", () => {
    expect(recoveryCodesText(["Relata recovery codes", "Account: dana"], ["k3f9-x2qa", "m4pq-7zzt"])).toBe(
      "Relata recovery codes\nAccount: dana\n\nk3f9-x2qa\nm4pq-7zzt\n",
    );
  });
});

describe("twoFactorOn", () => {
  it("reads the session's flag, off when the server does not say", () => {
    expect(twoFactorOn(session)).toBe(false);
    expect(twoFactorOn({ ...session, totp_enabled: true } as Session)).toBe(true);
    expect(twoFactorOn({ ...session, totp_enabled: false } as Session)).toBe(false);
  });
});
