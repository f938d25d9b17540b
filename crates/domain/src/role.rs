//! Members' roles and the rules for changing them.
//!
//! Owners manage everything, including other owners; admins manage settings, members and
//! keys but cannot touch owners or make new ones; members create and edit records; viewers
//! only read. A workspace always keeps at least one owner.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Owner,
    Admin,
    Member,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Owner, Role::Admin, Role::Member, Role::Viewer];

    pub fn name(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }

    /// Whether this role has at least the power of `needed` (`Owner` is the most).
    pub fn at_least(self, needed: Role) -> bool {
        self <= needed
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why `actor` may not give `target` (now `current`, or a new invitee) the role `wanted`.
/// `owners` is how many owners the workspace has.
pub fn role_change_problem(
    actor: Role,
    current: Option<Role>,
    wanted: Role,
    owners: usize,
) -> Option<&'static str> {
    if !actor.at_least(Role::Admin) {
        return Some("only owners and admins manage members");
    }
    let touches_owner = wanted == Role::Owner || current == Some(Role::Owner);
    if touches_owner && actor != Role::Owner {
        return Some("only an owner can make or change an owner");
    }
    if current == Some(Role::Owner) && wanted != Role::Owner && owners <= 1 {
        return Some("the workspace needs at least one owner; make someone else owner first");
    }
    None
}

/// Why `actor` may not remove a member whose role is `target`.
pub fn removal_problem(actor: Role, target: Role, owners: usize) -> Option<&'static str> {
    if !actor.at_least(Role::Admin) {
        return Some("only owners and admins manage members");
    }
    if target == Role::Owner && actor != Role::Owner {
        return Some("only an owner can remove an owner");
    }
    if target == Role::Owner && owners <= 1 {
        return Some("the workspace needs at least one owner; make someone else owner first");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_order_by_power() {
        assert!(Role::Owner.at_least(Role::Admin));
        assert!(Role::Member.at_least(Role::Member));
        assert!(!Role::Viewer.at_least(Role::Member));
        assert_eq!(Role::parse("admin"), Some(Role::Admin));
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn admins_manage_members_but_not_owners() {
        assert_eq!(
            role_change_problem(Role::Admin, Some(Role::Viewer), Role::Member, 1),
            None
        );
        assert!(role_change_problem(Role::Admin, Some(Role::Member), Role::Owner, 1).is_some());
        assert!(role_change_problem(Role::Admin, Some(Role::Owner), Role::Member, 2).is_some());
        assert!(role_change_problem(Role::Member, None, Role::Viewer, 1).is_some());
        assert_eq!(role_change_problem(Role::Owner, None, Role::Owner, 1), None);
    }

    #[test]
    fn the_last_owner_stays() {
        assert!(role_change_problem(Role::Owner, Some(Role::Owner), Role::Admin, 1).is_some());
        assert_eq!(
            role_change_problem(Role::Owner, Some(Role::Owner), Role::Admin, 2),
            None
        );
        assert!(removal_problem(Role::Owner, Role::Owner, 1).is_some());
        assert_eq!(removal_problem(Role::Owner, Role::Owner, 2), None);
        assert!(removal_problem(Role::Admin, Role::Owner, 2).is_some());
        assert_eq!(removal_problem(Role::Admin, Role::Member, 1), None);
    }
}
