// The invitation's email and role. Only the roles the signed-in person may give are offered,
// each with a sentence on what it allows.
import { Alert, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { Role } from "../../../api/types";
import { assignableRoles } from "./roleRules";
import { useInvite, type CreatedInvitation, type InvitationInput } from "./useInvitations";

const FORM_FIELDS = ["email", "role"];

interface InviteFormProps {
  actor: Role;
  onCreated: (invitation: CreatedInvitation) => void;
  onCancel: () => void;
}

export function InviteForm({ actor, onCreated, onCancel }: InviteFormProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const invite = useInvite();
  const roles = assignableRoles(actor, null, 0);
  const form = useForm<InvitationInput>({
    initialValues: { email: "", role: "member" },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t("invite.badEmail")),
    },
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(
      { ...values, email: values.email.trim() },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (!(error instanceof ApiProblem)) return;
          // 409: the address belongs to a member already.
          if (error.status === 409) form.setFieldError("email", t("invite.alreadyMember"));
          for (const e of error.problem.errors ?? []) form.setFieldError(e.field, e.message);
        },
      },
    ),
  );
  const named = invite.error instanceof ApiProblem && (invite.error.status === 409 || hasFormField(invite.error));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("members.email")}
          type="email"
          placeholder="anna@example.com"
          required
          data-autofocus
          data-testid="invite-email"
          {...form.getInputProps("email")}
        />
        <Select
          label={t("members.role")}
          description={t(`invite.roleHelp.${form.values.role}`)}
          data={roles.map((role) => ({ value: role, label: t(`members.roles.${role}`) }))}
          allowDeselect={false}
          required
          data-testid="invite-role"
          {...form.getInputProps("role")}
        />
        {invite.error && !named && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert">
            {invite.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc("actions.cancel")}
          </Button>
          <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
            {t("invite.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function hasFormField(error: ApiProblem): boolean {
  return error.problem.errors?.some((e) => FORM_FIELDS.includes(e.field)) ?? false;
}
