// Changing one's password: the current one proves it is the user, the new one twice. Every
// other session ends (whoever knew the old password is out); this browser stays signed in.
import { Alert, Button, Group, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { useSession } from "../../../app/session";
import { confirmProblem, newPasswordProblem } from "../../auth/passwords";
import { useChangePassword } from "./useSecurityWrites";

interface PasswordValues {
  current: string;
  next: string;
  confirm: string;
}

/** The API's field names, as the form names them. */
const FORM_FIELD: Record<string, keyof PasswordValues> = { current_password: "current", new_password: "next" };

export function ChangePasswordForm() {
  const { t } = useTranslation("settings");
  const { user } = useSession();
  const change = useChangePassword();
  const rule = (key: string | null) => key && t(`auth:${key}`);
  const form = useForm<PasswordValues>({
    initialValues: { current: "", next: "", confirm: "" },
    validate: {
      current: (value) => (value ? null : t("auth:required")),
      next: (value) => rule(newPasswordProblem(value)),
      confirm: (value, values) => rule(confirmProblem(values.next, value)),
    },
  });
  const submit = form.onSubmit((values) =>
    change.mutate(
      { current_password: values.current, new_password: values.next },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: "green", message: t("security.password.changed") });
        },
        onError: (error) => {
          if (!(error instanceof ApiProblem)) return;
          for (const e of error.problem.errors ?? []) {
            const field = FORM_FIELD[e.field];
            // The server says this one in English; it is common enough to say in the reader's.
            const message = e.field === "current_password" ? t("security.password.wrongCurrent") : e.message;
            if (field) form.setFieldError(field, message);
          }
        },
      },
    ),
  );
  const named = change.error instanceof ApiProblem && change.error.problem.errors?.some((e) => e.field in FORM_FIELD);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        {/* For password managers: which account this password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <PasswordInput
          label={t("security.password.current")}
          required
          autoComplete="current-password"
          data-testid="password-current"
          {...form.getInputProps("current")}
        />
        <PasswordInput
          label={t("security.password.new")}
          description={t("auth:passwordRule")}
          required
          autoComplete="new-password"
          data-testid="password-new"
          {...form.getInputProps("next")}
        />
        <PasswordInput
          label={t("security.password.confirm")}
          required
          autoComplete="new-password"
          data-testid="password-confirm"
          {...form.getInputProps("confirm")}
        />
        {change.error && !named && (
          <Alert color="red" role="alert">
            {change.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={change.isPending} data-testid="password-submit">
            {t("security.password.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
