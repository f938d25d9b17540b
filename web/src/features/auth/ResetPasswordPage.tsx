// `/reset-password/:token`: the page a reset link (from `relata admin reset-password`) opens.
// The person chooses a new password twice; then every session of theirs has ended and they
// sign in with it. Open to everyone, signed in or not.
import { Alert, Button, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api, ApiProblem } from "../../api/client";
import { AuthFrame } from "./AuthFrame";
import { confirmProblem, newPasswordProblem } from "./passwords";

export default function ResetPasswordPage() {
  const { t } = useTranslation("auth");
  const { token = "" } = useParams();
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <AuthFrame title={t("reset.doneTitle")} subtitle="">
        <Alert color="green" icon={<IconCircleCheck />} data-testid="reset-done">
          {t("reset.doneText")}
        </Alert>
        {/* A full load, not a route change: the reset ended every session, this browser's too. */}
        <Button component="a" href="/sign-in" data-testid="reset-to-sign-in">
          {t("reset.toSignIn")}
        </Button>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("reset.title")} subtitle={t("reset.subtitle")}>
      <ResetForm token={token} onDone={() => setDone(true)} />
    </AuthFrame>
  );
}

interface ResetValues {
  password: string;
  confirm: string;
}

function ResetForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation("auth");
  const reset = useMutation({
    mutationFn: (password: string) => api<void>("/api/v1/password-reset", { method: "POST", body: { token, password } }),
  });
  const form = useForm<ResetValues>({
    initialValues: { password: "", confirm: "" },
    validate: {
      password: (value) => {
        const key = newPasswordProblem(value);
        return key && t(key);
      },
      confirm: (value, values) => {
        const key = confirmProblem(values.password, value);
        return key && t(key);
      },
    },
  });
  const submit = form.onSubmit((values) =>
    reset.mutate(values.password, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof ApiProblem) for (const e of error.problem.errors ?? []) form.setFieldError(e.field, e.message);
      },
    }),
  );
  const named = reset.error instanceof ApiProblem && Boolean(reset.error.problem.errors?.length);
  const dead = reset.error instanceof ApiProblem && reset.error.status === 404;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={t("reset.password")}
          description={t("passwordRule")}
          required
          autoFocus
          autoComplete="new-password"
          data-testid="reset-password"
          {...form.getInputProps("password")}
        />
        <PasswordInput
          label={t("reset.confirm")}
          required
          autoComplete="new-password"
          data-testid="reset-password-confirm"
          {...form.getInputProps("confirm")}
        />
        {reset.error && !named && (
          <Alert color="red" role="alert" title={dead ? t("reset.deadTitle") : undefined} data-testid="reset-error">
            {dead ? t("reset.deadText") : reset.error.message}
          </Alert>
        )}
        <Button type="submit" loading={reset.isPending} data-testid="reset-submit">
          {t("reset.submit")}
        </Button>
      </Stack>
    </form>
  );
}
