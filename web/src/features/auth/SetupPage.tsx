// First run: name the workspace and create its owner, who is then signed in.
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, ApiProblem } from "../../api/client";
import type { Session } from "../../api/types";
import { useAcceptSession } from "../../app/session";
import { AuthFrame } from "./AuthFrame";
import { newPasswordProblem } from "./passwords";

interface SetupValues {
  workspace_name: string;
  owner_name: string;
  owner_email: string;
  owner_password: string;
}

export default function SetupPage() {
  const { t } = useTranslation("auth");
  const accept = useAcceptSession();
  const form = useForm<SetupValues>({
    initialValues: { workspace_name: "", owner_name: "", owner_email: "", owner_password: "" },
    validate: {
      workspace_name: (v) => (v.trim() ? null : t("required")),
      owner_name: (v) => (v.trim() ? null : t("required")),
      owner_email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t("badEmail")),
            owner_password: (v) => {
        const problem = newPasswordProblem(v);
        return problem ? t(problem) : null;
      },
    },
  });
  const setup = useMutation({
    mutationFn: (values: SetupValues) => api<{ session: Session }>("/api/v1/setup", { method: "POST", body: values }),
    onSuccess: (result) => accept(result.session),
    onError: (error) => {
      if (error instanceof ApiProblem) {
        for (const e of error.problem.errors ?? []) form.setFieldError(e.field, e.message);
      }
    },
  });

  return (
    <AuthFrame title={t("setup.title")} subtitle={t("setup.subtitle")}>
      <form onSubmit={form.onSubmit((values) => setup.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t("setup.workspace")} placeholder={t("setup.workspacePlaceholder")} required autoFocus {...form.getInputProps("workspace_name")} />
          <TextInput label={t("setup.name")} required autoComplete="name" {...form.getInputProps("owner_name")} />
          <TextInput label={t("email")} type="email" required autoComplete="email" {...form.getInputProps("owner_email")} />
          <PasswordInput label={t("password")} description={t("passwordRule")} required autoComplete="new-password" {...form.getInputProps("owner_password")} />
          {setup.error && !(setup.error instanceof ApiProblem && setup.error.problem.errors?.length) && (
            <Alert color="red" role="alert">
              {setup.error.message}
            </Alert>
          )}
          <Button type="submit" loading={setup.isPending}>
            {t("setup.submit")}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
