// Sign-in with email and password.
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { Session } from "../../api/types";
import { useAcceptSession } from "../../app/session";
import { AuthFrame } from "./AuthFrame";

interface Credentials {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation("auth");
  const accept = useAcceptSession();
  const form = useForm<Credentials>({
    initialValues: { email: "", password: "" },
    validate: {
      email: (v) => (v.trim() ? null : t("required")),
      password: (v) => (v ? null : t("required")),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: Credentials) => api<Session>("/api/v1/session", { method: "POST", body: values }),
    onSuccess: accept,
  });

  return (
    <AuthFrame title={t("signIn.title")} subtitle={t("signIn.subtitle")}>
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t("email")} type="email" required autoFocus autoComplete="username" {...form.getInputProps("email")} />
          <PasswordInput label={t("password")} required autoComplete="current-password" {...form.getInputProps("password")} />
          {signIn.error && (
            <Alert color="red" role="alert">
              {signIn.error.message}
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending}>
            {t("signIn.submit")}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
