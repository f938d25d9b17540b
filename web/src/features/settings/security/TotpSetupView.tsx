// Setting up two-step sign-in: the secret for the authenticator app (typed in as a "setup
// key", or the otpauth link for apps that take one), then a code from the app to prove it
// works. There is no QR code: no QR library is part of the app.
import { ActionIcon, Alert, Button, Code, CopyButton, Group, List, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { isCompleteTotpCode, normalizeTotpCode } from "../../auth/signIn";
import { CopyField } from "../members/CopyField";
import { groupSecret, type TotpSetup } from "./twoFactor";
import { useEnableTwoFactor } from "./useSecurityWrites";

interface TotpSetupViewProps {
  setup: TotpSetup;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}

export function TotpSetupView({ setup, onEnabled, onCancel }: TotpSetupViewProps) {
  const { t } = useTranslation("settings");
  return (
    <Stack gap="md" data-testid="totp-setup-view">
      <List type="ordered" size="sm" spacing="xs">
        <List.Item>{t("security.twoFactor.stepApp")}</List.Item>
        <List.Item>{t("security.twoFactor.stepKey")}</List.Item>
        <List.Item>{t("security.twoFactor.stepCode")}</List.Item>
      </List>
      <SecretKey secret={setup.secret} />
      <Stack gap={4}>
        <CopyField label={t("security.twoFactor.link")} value={setup.otpauth_url} testId="totp-link" />
        <Text size="xs" c="dimmed">
          {t("security.twoFactor.linkHint")}
        </Text>
      </Stack>
      <EnableForm onEnabled={onEnabled} onCancel={onCancel} />
    </Stack>
  );
}

function SecretKey({ secret }: { secret: string }) {
  const { t } = useTranslation("settings");
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="totp-secret-label">
        {t("security.twoFactor.secret")}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code fz="md" py={6} px="sm" aria-labelledby="totp-secret-label" data-testid="totp-secret" style={{ wordBreak: "break-word" }}>
          {groupSecret(secret)}
        </Code>
        <CopyButton value={secret} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t("copy.copied") : t("copy.copy")} withArrow>
              <ActionIcon
                variant="subtle"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label={copied ? t("copy.copied") : t("copy.copyNamed", { label: t("security.twoFactor.secret") })}
                data-testid="totp-secret-copy"
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        {t("security.twoFactor.secretHint")}
      </Text>
    </Stack>
  );
}

function EnableForm({ onEnabled, onCancel }: Omit<TotpSetupViewProps, "setup">) {
  const { t } = useTranslation("settings");
  const enable = useEnableTwoFactor();
  const form = useForm({
    initialValues: { code: "" },
    validate: { code: (value) => (isCompleteTotpCode(value) ? null : t("auth:twoFactor.codeIncomplete")) },
  });
  const submit = form.onSubmit(({ code }) =>
    enable.mutate(code, {
      onSuccess: (answer) => onEnabled(answer.recovery_codes),
      onError: (error) => {
        if (error instanceof ApiProblem && error.fieldError("code")) form.setFieldError("code", t("security.twoFactor.wrongCode"));
      },
    }),
  );
  const named = enable.error instanceof ApiProblem && Boolean(enable.error.fieldError("code"));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t("security.twoFactor.code")}
          required
          maw={220}
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="one-time-code"
          placeholder="123456"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: "0.3em" } }}
          data-testid="totp-enable-code"
          {...form.getInputProps("code")}
          onChange={(event) => form.setFieldValue("code", normalizeTotpCode(event.currentTarget.value))}
        />
        {enable.error && !named && (
          <Alert color="red" role="alert">
            {enable.error.message}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={enable.isPending} data-testid="totp-enable-submit">
            {t("security.twoFactor.enable")}
          </Button>
          <Button variant="default" onClick={onCancel} data-testid="totp-setup-cancel">
            {t("common:actions.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
