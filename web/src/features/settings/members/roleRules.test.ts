import { describe, expect, it } from "vitest";
import {
  assignableRoles,
  atLeast,
  isDemotion,
  ownerCount,
  removalProblem,
  roleChangeProblem,
  roleLock,
} from "./roleRules";

// The same cases as the tests in crates/domain/src/role.rs, so the two stay in step.
describe("roleChangeProblem", () => {
  it("orders roles by power", () => {
    expect(atLeast("owner", "admin")).toBe(true);
    expect(atLeast("member", "member")).toBe(true);
    expect(atLeast("viewer", "member")).toBe(false);
  });

  it("lets admins manage members but not owners", () => {
    expect(roleChangeProblem("admin", "viewer", "member", 1)).toBeNull();
    expect(roleChangeProblem("admin", "member", "owner", 1)).toBe("ownerOnly");
    expect(roleChangeProblem("admin", "owner", "member", 2)).toBe("ownerOnly");
    expect(roleChangeProblem("member", null, "viewer", 1)).toBe("notManager");
    expect(roleChangeProblem("owner", null, "owner", 1)).toBeNull();
  });

  it("keeps the last owner", () => {
    expect(roleChangeProblem("owner", "owner", "admin", 1)).toBe("lastOwner");
    expect(roleChangeProblem("owner", "owner", "admin", 2)).toBeNull();
    expect(removalProblem("owner", "owner", 1)).toBe("lastOwner");
    expect(removalProblem("owner", "owner", 2)).toBeNull();
    expect(removalProblem("admin", "owner", 2)).toBe("ownerRemoveOnly");
    expect(removalProblem("admin", "member", 1)).toBeNull();
    expect(removalProblem("viewer", "member", 1)).toBe("notManager");
  });
});

describe("assignableRoles", () => {
  it("offers owners every role and admins all but owner", () => {
    expect(assignableRoles("owner", null, 1)).toEqual(["owner", "admin", "member", "viewer"]);
    expect(assignableRoles("admin", null, 1)).toEqual(["admin", "member", "viewer"]);
    expect(assignableRoles("admin", "viewer", 1)).toEqual(["admin", "member", "viewer"]);
  });

  it("keeps the current role as the only choice where nothing else is allowed", () => {
    expect(assignableRoles("owner", "owner", 1)).toEqual(["owner"]);
    expect(assignableRoles("admin", "owner", 2)).toEqual(["owner"]);
    expect(assignableRoles("member", "viewer", 1)).toEqual(["viewer"]);
  });
});

describe("roleLock", () => {
  it("says why a row cannot be changed", () => {
    expect(roleLock("owner", "owner", 1)).toBe("lastOwner");
    expect(roleLock("admin", "owner", 3)).toBe("ownerOnly");
    expect(roleLock("member", "viewer", 1)).toBe("notManager");
  });

  it("is null when some other role may be given", () => {
    expect(roleLock("owner", "owner", 2)).toBeNull();
    expect(roleLock("admin", "member", 1)).toBeNull();
  });
});

describe("helpers", () => {
  it("counts owners and spots demotions", () => {
    expect(ownerCount([{ role: "owner" }, { role: "admin" }, { role: "owner" }])).toBe(2);
    expect(isDemotion("owner", "admin")).toBe(true);
    expect(isDemotion("viewer", "member")).toBe(false);
    expect(isDemotion("member", "member")).toBe(false);
  });
});
