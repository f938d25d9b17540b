// Settings → Members: who is in the workspace and with which role. Owners and admins invite
// people by a one-time link, change roles within the rules of `roleRules.ts` and remove
// members; everyone else sees the list read-only.
import { Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useMembers } from "../../../api/hooks";
import { useSession } from "../../../app/session";
import { ErrorState } from "../../../components/ErrorState";
import { InviteModal } from "./InviteModal";
import { MemberTable } from "./MemberTable";
import { PendingInvitations } from "./PendingInvitations";
import { managesMembers } from "./roleRules";

export function MembersTab() {
  const { t } = useTranslation("settings");
  const { member_id: me, role } = useSession();
  const members = useMembers();
  const [inviting, invite] = useDisclosure(false);
  const manager = managesMembers(role);
  if (members.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t(manager ? "members.intro" : "members.readOnly")}
        </Text>
        {manager && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={invite.open} data-testid="invite-open">
            {t("members.invite")}
          </Button>
        )}
      </Group>
      <MemberTable members={members.data} me={me} actor={role} />
      {manager && <PendingInvitations />}
      {manager && <InviteModal opened={inviting} actor={role} onClose={invite.close} />}
    </Stack>
  );
}
