import { describe, expect, it } from "vitest";
import { ApiProblem } from "../../api/client";
import {
  isCompleteTotpCode,
  needsSecondFactor,
  normalizeRecoveryCode,
  normalizeTotpCode,
  retryAfterSeconds,
  secondFactorBody,
  type SignInAnswer,
} from "./signIn";

function problem(status: number, detail = "") {
  return new ApiProblem({ type: "about:blank", title: "t", status, detail });
}

describe("normalizeTotpCode", () => {
  it("keeps the digits of a pasted or spaced code, at most six", () => {
    expect(normalizeTotpCode("123 456")).toBe("123456");
    expect(normalizeTotpCode(" 123-456 ")).toBe("123456");
    expect(normalizeTotpCode("1234567")).toBe("123456");
    expect(normalizeTotpCode("12a")).toBe("12");
    expect(normalizeTotpCode("")).toBe("");
  });

  it("knows a complete code", () => {
    expect(isCompleteTotpCode("012345")).toBe(true);
    expect(isCompleteTotpCode("12345")).toBe(false);
    expect(isCompleteTotpCode("12345a")).toBe(false);
  });
});

describe("normalizeRecoveryCode", () => {
  it("writes a code the way the server made it", () => {
    expect(normalizeRecoveryCode("K3F9-X2QA")).toBe("k3f9-x2qa");
    expect(normalizeRecoveryCode(" k3f9x2qa ")).toBe("k3f9-x2qa");
    expect(normalizeRecoveryCode("k3f9 x2qa")).toBe("k3f9-x2qa");
  });

  it("leaves anything else for the server to refuse", () => {
    expect(normalizeRecoveryCode(" ABC ")).toBe("abc");
  });
});

describe("secondFactorBody", () => {
  it("sends the app's code or a recovery code", () => {
    expect(secondFactorBody("ch", "code", "123 456")).toEqual({ challenge: "ch", code: "123456" });
    expect(secondFactorBody("ch", "recovery", "K3F9X2QA")).toEqual({ challenge: "ch", recovery_code: "k3f9-x2qa" });
  });
});

describe("needsSecondFactor", () => {
  it("tells a challenge from a session", () => {
    const challenge: SignInAnswer = { signed_in: false, totp_required: true, challenge: "ch" };
    expect(needsSecondFactor(challenge)).toBe(true);
    const session = {
      signed_in: true as const,
      user: { id: "u", email: "e", name: "n" },
      member_id: "m",
      workspace: { id: "w", name: "W" },
      role: "owner" as const,
      csrf_token: "c",
      totp_enabled: false,
    };
    expect(needsSecondFactor(session)).toBe(false);
  });
});

describe("retryAfterSeconds", () => {
  it("takes the wait from Retry-After, or a minute without it", () => {
    expect(retryAfterSeconds(new ApiProblem({ type: "", title: "", status: 429, detail: "x" }, 42))).toBe(42);
    expect(retryAfterSeconds(problem(429, "slow down"))).toBe(60);
  });

  it("is null for other errors", () => {
    expect(retryAfterSeconds(problem(401, "try again in 5 seconds"))).toBeNull();
    expect(retryAfterSeconds(new Error("try again in 5 seconds"))).toBeNull();
  });
});
