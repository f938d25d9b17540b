// The new invitation's link, shown this once: the server keeps only a hash of it.
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { CopyField } from "./CopyField";
import { invitationLink } from "./invitationLink";
import type { CreatedInvitation } from "./useInvitations";

interface InviteLinkViewProps {
  invitation: CreatedInvitation;
  onAnother: () => void;
  onDone: () => void;
}

export function InviteLinkView({ invitation, onAnother, onDone }: InviteLinkViewProps) {
  const { t, i18n } = useTranslation("settings");
  const link = invitationLink(window.location.origin, invitation.path);
  return (
    <Stack>
      <Text size="sm">
        {t("invite.sendLink", {
          email: invitation.email,
          role: t(`members.roles.${invitation.role}`),
          date: formatDateTime(invitation.expires_at, i18n.language),
        })}
      </Text>
      <CopyField label={t("invite.link")} value={link} testId="invite-link" />
      <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="invite-once">
        {t("invite.shownOnce")}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onAnother} data-testid="invite-another">
          {t("invite.another")}
        </Button>
        <Button onClick={onDone} data-testid="invite-done">
          {t("invite.done")}
        </Button>
      </Group>
    </Stack>
  );
}
