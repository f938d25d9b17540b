// Invitations sent and not yet accepted, for admins: who, with which role, until when, and
// a way to withdraw one (its link stops working at once).
import { Button, Center, Loader, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { formatDateTime, formatRelative } from "../../../lib/format";
import { isExpired } from "./invitationLink";
import { useInvitations, useWithdrawInvitation, type Invitation } from "./useInvitations";

export function PendingInvitations() {
  const { t } = useTranslation("settings");
  const invitations = useInvitations(true);
  let content;
  if (invitations.isPending) {
    content = (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  } else if (invitations.isError) {
    content = <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />;
  } else if (invitations.data.length === 0) {
    content = (
      <Text size="sm" c="dimmed" data-testid="invitations-empty">
        {t("invitations.empty")}
      </Text>
    );
  } else {
    content = <InvitationTable invitations={invitations.data} />;
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("invitations.title")}
      </Title>
      {content}
    </Stack>
  );
}

function InvitationTable({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation("settings");
  return (
    <Table verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("invitations.invitation")}</Table.Th>
          <Table.Th w={1}>
            <VisuallyHidden>{t("members.actions")}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation("settings");
  const withdraw = useWithdrawInvitation();
  const expired = isExpired(invitation.expires_at);
  const when = formatRelative(invitation.expires_at, i18n.language);
  const onWithdraw = () =>
    withdraw.mutate(invitation.id, {
      onSuccess: () => notifications.show({ message: t("invitations.withdrawn", { email: invitation.email }) }),
      onError: (error) =>
        notifications.show({ color: "red", title: t("invitations.withdrawFailed"), message: error.message }),
    });
  return (
    <Table.Tr data-testid="invitation-row" data-invitation-id={invitation.id}>
      <Table.Td>
        <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
          {invitation.email}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`members.roles.${invitation.role}`)}
          {" · "}
          <Text
            span
            inherit
            c={expired ? "red" : undefined}
            title={formatDateTime(invitation.expires_at, i18n.language)}
          >
            {t(expired ? "invitations.expired" : "invitations.expires", { when })}
          </Text>
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconX size={14} />}
          loading={withdraw.isPending}
          onClick={onWithdraw}
          aria-label={t("invitations.withdrawNamed", { email: invitation.email })}
          data-testid="invitation-withdraw"
        >
          {t("invitations.withdraw")}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
