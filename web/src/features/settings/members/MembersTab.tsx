// Settings → Members: who is in the workspace and with which role. Inviting people and
// changing roles come with the security work; until then the controls are shown disabled
// and say so, rather than pretend.
import { Alert, Badge, Button, Center, Group, Loader, Select, Stack, Table, Text } from "@mantine/core";
import { IconLock, IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useMembers } from "../../../api/hooks";
import type { Member, Role } from "../../../api/types";
import { useSession } from "../../../app/session";
import { ErrorState } from "../../../components/ErrorState";

const ROLES: readonly Role[] = ["owner", "admin", "member", "viewer"];

export function MembersTab() {
  const { t } = useTranslation("settings");
  const members = useMembers();
  if (members.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <Stack>
      <Alert color="blue" icon={<IconLock />} title={t("members.comingTitle")}>
        {t("members.comingText")}
      </Alert>
      <Group>
        <Button leftSection={<IconUserPlus size={16} />} disabled data-testid="member-invite">
          {t("members.invite")}
        </Button>
      </Group>
      <MemberTable members={members.data} />
    </Stack>
  );
}

function MemberTable({ members }: { members: Member[] }) {
  const { t } = useTranslation("settings");
  const { member_id: me } = useSession();
  const roles = ROLES.map((role) => ({ value: role, label: t(`members.roles.${role}`) }));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("members.name")}</Table.Th>
            <Table.Th>{t("members.email")}</Table.Th>
            <Table.Th w={180}>{t("members.role")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id} data-testid="member-row">
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={500}>{member.name}</Text>
                  {member.id === me && (
                    <Badge size="xs" variant="light">
                      {t("members.you")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.email}</Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t("members.roleOf", { name: member.name })}
                  data={roles}
                  value={member.role}
                  disabled
                  size="xs"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
