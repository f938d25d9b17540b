// `/invite/:token`: the page an invitation link opens. It says which workspace invites whom
// with which role, and lets the invited person accept. Someone already signed in here is
// told that accepting signs this browser in as the invited person instead.
import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiProblem } from "../../api/client";
import { useSessionState } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { formatDateTime } from "../../lib/format";
import { AcceptInvitationForm } from "./AcceptInvitationForm";
import { AuthFrame } from "./AuthFrame";
import type { InvitationLookup } from "./invitation";
import { useInvitationLookup } from "./useInvitation";

export default function InvitePage() {
  const { t } = useTranslation("auth");
  const { token = "" } = useParams();
  const [accepted, setAccepted] = useState(false);
  const lookup = useInvitationLookup(token, !accepted);
  if (lookup.isPending) {
    return (
      <AuthFrame title={t("invite.checkingTitle")} subtitle={t("invite.checking")}>
        <Center py="md">
          <Loader />
        </Center>
      </AuthFrame>
    );
  }
  if (lookup.isError) {
    if (lookup.error instanceof ApiProblem && lookup.error.status === 404) return <DeadInvitation />;
    return (
      <AuthFrame title={t("invite.checkingTitle")} subtitle="">
        <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} />
      </AuthFrame>
    );
  }
  return <Invitation token={token} invitation={lookup.data} onAccepted={() => setAccepted(true)} />;
}

interface InvitationProps {
  token: string;
  invitation: InvitationLookup;
  onAccepted: () => void;
}

function Invitation({ token, invitation, onAccepted }: InvitationProps) {
  const { t, i18n } = useTranslation("auth");
  const existing = invitation.existing_account;
  return (
    <AuthFrame
      title={t("invite.title", { workspace: invitation.workspace.name })}
      subtitle={existing ? t("invite.existingSubtitle") : t("invite.newSubtitle")}
    >
      <Stack gap={4} data-testid="invite-details">
        <Text size="sm">
          {t("invite.invitedAs", { email: invitation.email, role: t(`invite.roles.${invitation.role}`) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("invite.validUntil", { date: formatDateTime(invitation.expires_at, i18n.language) })}
        </Text>
      </Stack>
      <SignedInNotice invitedEmail={invitation.email} />
      <AcceptInvitationForm token={token} invitation={invitation} onAccepted={onAccepted} />
    </AuthFrame>
  );
}

/** Accepting replaces this browser's session; say so to whoever is signed in now. */
function SignedInNotice({ invitedEmail }: { invitedEmail: string }) {
  const { t } = useTranslation("auth");
  const state = useSessionState();
  if (state.status !== "signed-in") return null;
  const { user } = state.session;
  const same = user.email.toLowerCase() === invitedEmail.toLowerCase();
  return (
    <Alert color="blue" icon={<IconInfoCircle />} data-testid="invite-signed-in">
      {same
        ? t("invite.signedInSame", { workspace: state.session.workspace.name })
        : t("invite.signedInOther", { name: user.name, email: user.email, invited: invitedEmail })}
    </Alert>
  );
}

function DeadInvitation() {
  const { t } = useTranslation("auth");
  const signedIn = useSessionState().status === "signed-in";
  return (
    <AuthFrame title={t("invite.deadTitle")} subtitle={t("invite.deadText")}>
      <Button component={Link} to={signedIn ? "/my-work" : "/sign-in"} variant="light" data-testid="invite-dead-link">
        {signedIn ? t("invite.backToWork") : t("invite.toSignIn")}
      </Button>
    </AuthFrame>
  );
}
