// The first step of signing in: email and password. An account with two-step sign-in answers
// with a challenge for the second step instead of a session.
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconClockPause } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { useAcceptSession } from "../../app/session";
import { SignInError } from "./SignInError";
import { needsSecondFactor, retryAfterSeconds, type Credentials } from "./signIn";
import { useCountdown } from "./useCountdown";
import { usePasswordSignIn } from "./useSignIn";

interface PasswordStepProps {
  /** The email typed before, when coming back from the second step. */
  initialEmail: string;
  /** Why the person is here again (the second step took too long), as a key under `auth:`. */
  notice: string | null;
  onChallenge: (challenge: string, email: string) => void;
}

export function PasswordStep({ initialEmail, notice, onChallenge }: PasswordStepProps) {
  const { t } = useTranslation("auth");
  const accept = useAcceptSession();
  const signIn = usePasswordSignIn();
  const [wait, startWait] = useCountdown();
  const form = useForm<Credentials>({
    initialValues: { email: initialEmail, password: "" },
    validate: {
      email: (v) => (v.trim() ? null : t("required")),
      password: (v) => (v ? null : t("required")),
    },
  });
  const submit = form.onSubmit((values) =>
    signIn.mutate(values, {
      onSuccess: (answer) => (needsSecondFactor(answer) ? onChallenge(answer.challenge, values.email) : accept(answer)),
      onError: (error) => {
        const seconds = retryAfterSeconds(error);
        if (seconds) startWait(seconds);
        if (error instanceof ApiProblem) for (const e of error.problem.errors ?? []) form.setFieldError(e.field, e.message);
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice && !signIn.error && (
          <Alert color="yellow" icon={<IconClockPause />} data-testid="sign-in-notice">
            {t(notice)}
          </Alert>
        )}
        <TextInput
          label={t("email")}
          type="email"
          required
          autoFocus={initialEmail === ""}
          autoComplete="username"
          data-testid="sign-in-email"
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label={t("password")}
          required
          autoFocus={initialEmail !== ""}
          autoComplete="current-password"
          data-testid="sign-in-password"
          {...form.getInputProps("password")}
        />
        <SignInError error={signIn.error} wait={wait} />
        <Button type="submit" loading={signIn.isPending} disabled={wait > 0} data-testid="sign-in-submit">
          {t("signIn.submit")}
        </Button>
      </Stack>
    </form>
  );
}
