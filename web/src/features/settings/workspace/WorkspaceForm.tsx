// The workspace's name and defaults, as owners and admins edit them. Only what changed is
// sent; the API's word on a field is shown at that field.
import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { Workspace } from "../../../api/types";
import { CurrencySelect } from "../../records/record/inputs/CurrencySelect";
import { useUpdateWorkspace } from "./useUpdateWorkspace";
import {
  API_FIELDS,
  callingCodeProblem,
  nameProblem,
  normalizeCallingCode,
  workspaceChange,
  workspaceValues,
  type WorkspaceChange,
  type WorkspaceValues,
} from "./workspaceSettings";

export function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation("workspace");
  const update = useUpdateWorkspace();
  const form = useForm<WorkspaceValues>({
    initialValues: workspaceValues(workspace),
    validate: {
      name: (value) => problemMessage(t, nameProblem(value)),
      currency: (value) => (/^[A-Za-z]{3}$/.test(value.trim()) ? null : t("problems.currencyRequired")),
      callingCode: (value) => problemMessage(t, callingCodeProblem(value)),
    },
  });
  const saved = workspaceValues(workspace);
  const unchanged = Object.keys(workspaceChange(saved, form.values)).length === 0;
  const save = (change: WorkspaceChange) =>
    update.mutate(change, {
      onSuccess: (next) => {
        const values = workspaceValues(next);
        form.setInitialValues(values);
        form.setValues(values);
        notifications.show({ color: "green", message: t("saved") });
      },
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return;
        for (const e of error.problem.errors ?? []) {
          const field = API_FIELDS[e.field];
          if (field) form.setFieldError(field, e.message);
        }
      },
    });
  const unplaced = update.error && !namesFormField(update.error);
  return (
    <form onSubmit={form.onSubmit((values) => save(workspaceChange(saved, values)))} noValidate>
      <Stack maw={480}>
        <TextInput label={t("name")} required data-testid="workspace-name" {...form.getInputProps("name")} />
        <CurrencySelect
          label={t("currency")}
          description={t("currencyHelp")}
          required
          allowDeselect={false}
          nothingFoundMessage={t("noCurrency")}
          data-testid="workspace-currency"
          {...form.getInputProps("currency")}
        />
        <TextInput
          label={t("callingCode")}
          description={t("callingCodeHelp")}
          required
          inputMode="numeric"
          autoComplete="off"
          leftSection="+"
          data-testid="workspace-calling-code"
          {...form.getInputProps("callingCode")}
          onChange={(event) => form.setFieldValue("callingCode", normalizeCallingCode(event.currentTarget.value))}
        />
        {unplaced && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t("saveFailed")} role="alert">
            {update.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={unchanged} data-testid="workspace-save">
            {t("save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function problemMessage(t: (key: string) => string, problem: string | null): string | null {
  return problem ? t(`problems.${problem}`) : null;
}

/** Whether the API named a field the form shows, so the error is already at that field. */
function namesFormField(error: Error): boolean {
  return error instanceof ApiProblem && (error.problem.errors ?? []).some((e) => e.field in API_FIELDS);
}
