// A member's role, changeable within the rules; a locked row says why it is locked.
import { Loader, Select, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Member, Role } from "../../../api/types";
import { LockedTooltip } from "./LockedTooltip";
import { assignableRoles, roleLock } from "./roleRules";

interface MemberRoleSelectProps {
  member: Member;
  actor: Role;
  owners: number;
  pending: boolean;
  onChange: (role: Role) => void;
}

export function MemberRoleSelect({ member, actor, owners, pending, onChange }: MemberRoleSelectProps) {
  const { t } = useTranslation("settings");
  const lock = roleLock(actor, member.role, owners);
  const reason = lock && t(`members.problems.${lock}`);
  const data = assignableRoles(actor, member.role, owners).map((role) => ({
    value: role,
    label: t(`members.roles.${role}`),
  }));
  return (
    <LockedTooltip reason={reason}>
      <Select
        aria-label={t("members.roleOf", { name: member.name })}
        // Read out with the field; the tooltip shows it to the eye.
        description={reason}
        descriptionProps={{ className: VisuallyHidden.classes.root }}
        data={data}
        value={member.role}
        onChange={(value) => value && value !== member.role && onChange(value as Role)}
        disabled={lock !== null || pending}
        allowDeselect={false}
        rightSection={pending ? <Loader size={14} /> : undefined}
        size="xs"
        w={140}
        data-testid="member-role"
      />
    </LockedTooltip>
  );
}
