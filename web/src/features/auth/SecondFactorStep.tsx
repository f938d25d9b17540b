// The second step of signing in: the six digits the authenticator app shows, or one of the
// recovery codes for a lost phone. A challenge that expired (five minutes, five tries) sends
// the person back to the password.
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { useAcceptSession } from "../../app/session";
import { SignInError } from "./SignInError";
import { isCompleteTotpCode, normalizeTotpCode, retryAfterSeconds, secondFactorBody } from "./signIn";
import { useCountdown } from "./useCountdown";
import { useSecondFactor } from "./useSignIn";

interface SecondFactorValues {
  mode: "code" | "recovery";
  code: string;
}

interface SecondFactorStepProps {
  challenge: string;
  /** The challenge is gone: sign in with the password again. */
  onExpired: () => void;
  onBack: () => void;
}

export function SecondFactorStep({ challenge, onExpired, onBack }: SecondFactorStepProps) {
  const { t } = useTranslation("auth");
  const accept = useAcceptSession();
  const verify = useSecondFactor();
  const [wait, startWait] = useCountdown();
  const form = useForm<SecondFactorValues>({
    initialValues: { mode: "code", code: "" },
    validate: {
      code: (value, values) => {
        if (values.mode === "recovery") return value.trim() ? null : t("required");
        return isCompleteTotpCode(value) ? null : t("twoFactor.codeIncomplete");
      },
    },
  });
  const recovery = form.values.mode === "recovery";
  const switchMode = () => {
    verify.reset();
    form.setValues({ mode: recovery ? "code" : "recovery", code: "" });
    form.clearErrors();
  };
  const submit = form.onSubmit((values) =>
    verify.mutate(secondFactorBody(challenge, values.mode, values.code), {
      onSuccess: accept,
      onError: (error) => {
        if (error instanceof ApiProblem && error.status === 401) return onExpired();
        const seconds = retryAfterSeconds(error);
        if (seconds) startWait(seconds);
        // The server names `code` or `recovery_code`; both are the one field here.
        if (error instanceof ApiProblem && error.problem.errors?.length) {
          form.setFieldError("code", t(recovery ? "twoFactor.wrongRecoveryCode" : "twoFactor.wrongCode"));
        }
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {recovery ? <RecoveryCodeInput form={form} /> : <AppCodeInput form={form} />}
        <SignInError error={verify.error} wait={wait} />
        <Button type="submit" loading={verify.isPending} disabled={wait > 0} data-testid="totp-submit">
          {t("twoFactor.submit")}
        </Button>
        <Group justify="space-between" gap="xs">
          <Button variant="subtle" size="compact-sm" onClick={onBack} data-testid="totp-back">
            {t("twoFactor.back")}
          </Button>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={switchMode}
            data-testid={recovery ? "totp-use-app" : "totp-use-recovery"}
          >
            {recovery ? t("twoFactor.useApp") : t("twoFactor.useRecovery")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type SecondFactorForm = UseFormReturnType<SecondFactorValues>;

function AppCodeInput({ form }: { form: SecondFactorForm }) {
  const { t } = useTranslation("auth");
  return (
    <TextInput
      label={t("twoFactor.code")}
      description={t("twoFactor.codeHint")}
      required
      autoFocus
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="one-time-code"
      placeholder="123456"
      size="md"
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: "0.3em" } }}
      data-testid="totp-code"
      {...form.getInputProps("code")}
      onChange={(event) => form.setFieldValue("code", normalizeTotpCode(event.currentTarget.value))}
    />
  );
}

function RecoveryCodeInput({ form }: { form: SecondFactorForm }) {
  const { t } = useTranslation("auth");
  return (
    <TextInput
      label={t("twoFactor.recoveryCode")}
      description={t("twoFactor.recoveryHint")}
      required
      autoFocus
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      placeholder="xxxx-xxxx"
      size="md"
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      data-testid="recovery-code"
      {...form.getInputProps("code")}
    />
  );
}
