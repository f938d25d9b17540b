// One member: name (and "you") over email, role, and for admins the role select and removal.
import { ActionIcon, Badge, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { useId } from "@mantine/hooks";
import { IconUserMinus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Member, Role } from "../../../api/types";
import { LockedTooltip } from "./LockedTooltip";
import { MemberRoleSelect } from "./MemberRoleSelect";
import { managesMembers, removalProblem } from "./roleRules";

interface MemberRowProps {
  member: Member;
  isMe: boolean;
  actor: Role;
  owners: number;
  rolePending: boolean;
  onRole: (member: Member, role: Role) => void;
  onRemove: (member: Member) => void;
}

export function MemberRow({ member, isMe, actor, owners, rolePending, onRole, onRemove }: MemberRowProps) {
  const { t } = useTranslation("settings");
  const manager = managesMembers(actor);
  return (
    <Table.Tr data-testid="member-row" data-member-id={member.id}>
      <Table.Td>
        <Group gap={6}>
          <Text fw={500}>{member.name}</Text>
          {isMe && (
            <Badge size="xs" variant="light" data-testid="member-you">
              {t("members.you")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {manager ? (
          <MemberRoleSelect
            member={member}
            actor={actor}
            owners={owners}
            pending={rolePending}
            onChange={(role) => onRole(member, role)}
          />
        ) : (
          <Text size="sm" data-testid="member-role-text">
            {t(`members.roles.${member.role}`)}
          </Text>
        )}
      </Table.Td>
      {manager && (
        <Table.Td>
          <RemoveButton member={member} actor={actor} owners={owners} onRemove={onRemove} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function RemoveButton({ member, actor, owners, onRemove }: Pick<MemberRowProps, "member" | "actor" | "owners" | "onRemove">) {
  const { t } = useTranslation("settings");
  const id = useId();
  const problem = removalProblem(actor, member.role, owners);
  const reason = problem && t(`members.problems.${problem}`);
  return (
    <LockedTooltip reason={reason}>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t("members.removeNamed", { name: member.name })}
        aria-describedby={reason ? id : undefined}
        disabled={problem !== null}
        onClick={() => onRemove(member)}
        data-testid="member-remove"
      >
        <IconUserMinus size={18} />
        {reason && <VisuallyHidden id={id}>{reason}</VisuallyHidden>}
      </ActionIcon>
    </LockedTooltip>
  );
}
