// Accepting an invitation: a new person chooses a name and a password (twice); a person with
// an account gives its password. Then the invited person is signed in and lands on My work.
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiProblem } from "../../api/client";
import { useAcceptSession } from "../../app/session";
import { acceptBody, acceptProblem, type AcceptValues, type InvitationLookup } from "./invitation";
import { useAcceptInvitation } from "./useInvitation";

const FORM_FIELDS = ["name", "password"];

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationLookup;
  /** Called first on success: the link is used up and must not be looked up again. */
  onAccepted?: () => void;
}

export function AcceptInvitationForm({ token, invitation, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation("auth");
  const acceptSession = useAcceptSession();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const existing = invitation.existing_account;
  const problem = (field: keyof AcceptValues) => (_: string, values: AcceptValues) => {
    const key = acceptProblem(field, values, existing);
    return key && t(key);
  };
  const form = useForm<AcceptValues>({
    initialValues: { name: "", password: "", confirm: "" },
    validate: { name: problem("name"), password: problem("password"), confirm: problem("confirm") },
  });
  const submit = form.onSubmit((values) =>
    accept.mutate(acceptBody(token, existing, values), {
      onSuccess: (session) => {
        onAccepted?.();
        acceptSession(session);
        notifications.show({ message: t("invite.welcome", { workspace: session.workspace.name }) });
        navigate("/my-work", { replace: true });
      },
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return;
        for (const e of error.problem.errors ?? []) {
          // The server words this one in English; it is common enough to say in the reader's.
          const wrong = existing && e.field === "password";
          form.setFieldError(e.field, wrong ? t("invite.wrongPassword") : e.message);
        }
      },
    }),
  );
  const named = accept.error instanceof ApiProblem && accept.error.problem.errors?.some((e) => FORM_FIELDS.includes(e.field));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t("email")} value={invitation.email} readOnly autoComplete="username" data-testid="accept-email" />
        {!existing && (
          <TextInput
            label={t("invite.name")}
            required
            autoFocus
            autoComplete="name"
            maxLength={100}
            data-testid="accept-name"
            {...form.getInputProps("name")}
          />
        )}
        <PasswordInput
          label={existing ? t("password") : t("invite.newPassword")}
          description={existing ? t("invite.existingHint") : t("passwordRule")}
          required
          autoFocus={existing}
          autoComplete={existing ? "current-password" : "new-password"}
          data-testid="accept-password"
          {...form.getInputProps("password")}
        />
        {!existing && (
          <PasswordInput
            label={t("invite.confirmPassword")}
            required
            autoComplete="new-password"
            data-testid="accept-password-confirm"
            {...form.getInputProps("confirm")}
          />
        )}
        {accept.error && !named && (
          <Alert color="red" role="alert">
            {accept.error instanceof ApiProblem && accept.error.status === 404 ? t("invite.deadText") : accept.error.message}
          </Alert>
        )}
        <Button type="submit" loading={accept.isPending} data-testid="accept-submit">
          {existing ? t("invite.joinSubmit") : t("invite.createSubmit")}
        </Button>
      </Stack>
    </form>
  );
}
