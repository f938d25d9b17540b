// Turning two-step sign-in off asks for the password: a session left open on a shared
// computer must not be enough to weaken the account.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { useDisableTwoFactor } from "./useSecurityWrites";

export function DisableTwoFactorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const disable = useDisableTwoFactor();
  const form = useForm({
    initialValues: { password: "" },
    validate: { password: (value) => (value ? null : t("auth:required")) },
  });
  const close = () => {
    disable.reset();
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(({ password }) =>
    disable.mutate(password, {
      onSuccess: () => {
        notifications.show({ message: t("security.twoFactor.disabled") });
        close();
      },
      onError: (error) => {
        if (error instanceof ApiProblem && error.fieldError("password")) {
          form.setFieldError("password", t("security.twoFactor.wrongPassword"));
        }
      },
    }),
  );
  const named = disable.error instanceof ApiProblem && Boolean(disable.error.fieldError("password"));
  return (
    <Modal opened={opened} onClose={close} title={t("security.twoFactor.disableTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("security.twoFactor.disableText")}</Text>
          <PasswordInput
            label={t("security.twoFactor.password")}
            required
            data-autofocus
            autoComplete="current-password"
            data-testid="totp-disable-password"
            {...form.getInputProps("password")}
          />
          {disable.error && !named && (
            <Alert color="red" role="alert">
              {disable.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" color="red" loading={disable.isPending} data-testid="totp-disable-submit">
              {t("security.twoFactor.disable")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
