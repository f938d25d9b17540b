import { describe, expect, it } from "vitest";
import { acceptBody, acceptProblem, type AcceptValues } from "./invitation";

const values: AcceptValues = { name: "  Walter Skinner ", password: "smoking-man-1", confirm: "smoking-man-1" };

describe("acceptBody", () => {
  it("sends a new person's name and password", () => {
    expect(acceptBody("tok", false, values)).toEqual({ token: "tok", name: "Walter Skinner", password: "smoking-man-1" });
  });

  it("sends only the password of an existing account", () => {
    expect(acceptBody("tok", true, values)).toEqual({ token: "tok", password: "smoking-man-1" });
  });
});

describe("acceptProblem", () => {
  it("asks a new person for a name, a long password and the same one twice", () => {
    expect(acceptProblem("name", { ...values, name: " " }, false)).toBe("required");
    expect(acceptProblem("password", { ...values, password: "short" }, false)).toBe("shortPassword");
    expect(acceptProblem("password", { ...values, password: "" }, false)).toBe("required");
    expect(acceptProblem("confirm", { ...values, confirm: "other" }, false)).toBe("invite.passwordsDiffer");
    for (const field of ["name", "password", "confirm"] as const) expect(acceptProblem(field, values, false)).toBeNull();
  });

  it("asks an existing account only for its password, whatever its length", () => {
    const existing = { name: "", password: "old", confirm: "" };
    expect(acceptProblem("name", existing, true)).toBeNull();
    expect(acceptProblem("password", existing, true)).toBeNull();
    expect(acceptProblem("confirm", existing, true)).toBeNull();
    expect(acceptProblem("password", { ...existing, password: "" }, true)).toBe("required");
  });
});
