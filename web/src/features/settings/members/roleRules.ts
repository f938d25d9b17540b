// Who may give which role, mirroring `crates/domain/src/role.rs`. The server has the last
// word; these rules only keep the screen from offering what it would refuse, and say why.
import type { Role } from "../../../api/types";

/** Strongest first, as `Role::ALL` orders them. */
export const ROLES: readonly Role[] = ["owner", "admin", "member", "viewer"];

/** Why a change is refused; each has a sentence under `settings:members.problems`. */
export type RoleProblem = "notManager" | "ownerOnly" | "ownerRemoveOnly" | "lastOwner";

/** Whether `role` has at least the power of `needed`. */
export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(needed);
}

export function managesMembers(role: Role): boolean {
  return atLeast(role, "admin");
}

/** Why `actor` may not give the role `wanted` to a member now holding `current`
 * (`null`: a new invitee), in a workspace with `owners` owners. */
export function roleChangeProblem(actor: Role, current: Role | null, wanted: Role, owners: number): RoleProblem | null {
  if (!managesMembers(actor)) return "notManager";
  const touchesOwner = wanted === "owner" || current === "owner";
  if (touchesOwner && actor !== "owner") return "ownerOnly";
  if (current === "owner" && wanted !== "owner" && owners <= 1) return "lastOwner";
  return null;
}

/** Why `actor` may not remove a member whose role is `target`. */
export function removalProblem(actor: Role, target: Role, owners: number): RoleProblem | null {
  if (!managesMembers(actor)) return "notManager";
  if (target === "owner" && actor !== "owner") return "ownerRemoveOnly";
  if (target === "owner" && owners <= 1) return "lastOwner";
  return null;
}

/** The roles `actor` may give someone now holding `current` (or a new invitee), strongest
 * first. A member's own role is always included, as the value the select shows. */
export function assignableRoles(actor: Role, current: Role | null, owners: number): Role[] {
  return ROLES.filter((role) => role === current || roleChangeProblem(actor, current, role, owners) === null);
}

/** Why a member's role cannot be changed at all, or null when at least one other role may
 * be given. */
export function roleLock(actor: Role, current: Role, owners: number): RoleProblem | null {
  const problems = ROLES.filter((role) => role !== current).map((role) => roleChangeProblem(actor, current, role, owners));
  if (problems.some((problem) => problem === null)) return null;
  return problems[0] ?? "notManager";
}

export function ownerCount(members: readonly { role: Role }[]): number {
  return members.filter((member) => member.role === "owner").length;
}

/** Whether moving from `from` to `to` takes powers away (asked before doing it to oneself). */
export function isDemotion(from: Role, to: Role): boolean {
  return ROLES.indexOf(to) > ROLES.indexOf(from);
}
