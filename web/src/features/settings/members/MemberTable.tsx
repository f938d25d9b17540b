// The workspace's members. Admins change roles in place and remove members after a
// confirmation; lowering one's own role is confirmed too, as it cannot be undone alone.
import { Table, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member, Role } from "../../../api/types";
import { ConfirmModal } from "../../../components/ConfirmModal";
import { MemberRow } from "./MemberRow";
import { isDemotion, managesMembers, ownerCount } from "./roleRules";
import { RemoveMemberModal } from "./RemoveMemberModal";
import { useChangeRole } from "./useMemberWrites";

interface MemberTableProps {
  members: Member[];
  me: string;
  actor: Role;
}

interface RoleChange {
  member: Member;
  role: Role;
}

export function MemberTable({ members, me, actor }: MemberTableProps) {
  const { t } = useTranslation("settings");
  const owners = ownerCount(members);
  const changeRole = useChangeRole(me);
  const [ownDemotion, setOwnDemotion] = useState<RoleChange | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  const applyRole = (change: RoleChange) =>
    changeRole.mutate(change, {
      onSuccess: (updated) => {
        setOwnDemotion(null);
        notifications.show({
          message: t("members.roleChanged", { name: updated.name, role: t(`members.roles.${updated.role}`) }),
        });
      },
      onError: (error) => {
        setOwnDemotion(null);
        notifications.show({ color: "red", title: t("members.roleFailed"), message: error.message });
      },
    });
  const requestRole = (member: Member, role: Role) => {
    if (member.id === me && isDemotion(member.role, role)) setOwnDemotion({ member, role });
    else applyRole({ member, role });
  };

  return (
    <>
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("members.member")}</Table.Th>
              <Table.Th w={160}>{t("members.role")}</Table.Th>
              {managesMembers(actor) && (
                <Table.Th w={52}>
                  <VisuallyHidden>{t("members.actions")}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <MemberRow
                key={member.id}
                member={member}
                isMe={member.id === me}
                actor={actor}
                owners={owners}
                rolePending={changeRole.isPending && changeRole.variables.member.id === member.id}
                onRole={requestRole}
                onRemove={setRemoving}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={ownDemotion !== null}
        title={t("members.demoteSelfTitle")}
        confirmLabel={t("members.demoteSelfConfirm", { role: ownDemotion && t(`members.roles.${ownDemotion.role}`) })}
        onConfirm={() => ownDemotion && applyRole(ownDemotion)}
        onClose={() => setOwnDemotion(null)}
        pending={changeRole.isPending}
        testId="member-demote-confirm"
      >
        {t("members.demoteSelfText")}
      </ConfirmModal>
      <RemoveMemberModal member={removing} me={me} onClose={() => setRemoving(null)} />
    </>
  );
}
