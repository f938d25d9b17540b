import { describe, expect, it } from "vitest";
import { confirmProblem, newPasswordProblem } from "./passwords";

describe("new passwords", () => {
  it("must be there and at least ten characters", () => {
    expect(newPasswordProblem("")).toBe("required");
    expect(newPasswordProblem("short")).toBe("shortPassword");
    expect(newPasswordProblem("long-enough")).toBeNull();
  });

  it("must be repeated exactly", () => {
    expect(confirmProblem("long-enough", "")).toBe("required");
    expect(confirmProblem("long-enough", "long-enougH")).toBe("passwordsDiffer");
    expect(confirmProblem("long-enough", "long-enough")).toBeNull();
  });
});
