// A new key's name, scope and optional expiry day.
import { Alert, Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { formatDate } from "../../../lib/format";
import { expiryInstant, KEY_SCOPES, type CreatedApiKey, type KeyScope } from "./apiKey";
import { useCreateApiKey } from "./useApiKeys";

interface KeyFormValues {
  name: string;
  scope: KeyScope;
  /** `YYYY-MM-DD`, or null for a key that never expires. */
  expires: string | null;
}

const FORM_FIELDS = ["name", "scope", "expires_at"];

interface CreateKeyFormProps {
  onCreated: (key: CreatedApiKey) => void;
  onCancel: () => void;
}

export function CreateKeyForm({ onCreated, onCancel }: CreateKeyFormProps) {
  const { t, i18n } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const create = useCreateApiKey();
  const [calendarOpen, setCalendarOpen] = useState(false);
  const form = useForm<KeyFormValues>({
    initialValues: { name: "", scope: "read", expires: null },
    validate: { name: (value) => (value.trim() ? null : t("apiKeys.nameRequired")) },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), scope: values.scope, expires_at: expiryInstant(values.expires) },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (!(error instanceof ApiProblem)) return;
          for (const e of error.problem.errors ?? []) {
            form.setFieldError(e.field === "expires_at" ? "expires" : e.field, e.message);
          }
        },
      },
    ),
  );
  const named =
    create.error instanceof ApiProblem && create.error.problem.errors?.some((e) => FORM_FIELDS.includes(e.field));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("apiKeys.name")}
          description={t("apiKeys.nameHint")}
          placeholder={t("apiKeys.namePlaceholder")}
          required
          maxLength={100}
          data-autofocus
          data-testid="apikey-name"
          {...form.getInputProps("name")}
        />
        <Radio.Group label={t("apiKeys.scope")} required data-testid="apikey-scope" {...form.getInputProps("scope")}>
          <Stack gap="sm" mt="xs">
            {KEY_SCOPES.map((scope) => (
              <Radio
                key={scope}
                value={scope}
                label={t(`apiKeys.scopes.${scope}`)}
                description={t(`apiKeys.scopeHelp.${scope}`)}
                data-testid={`apikey-scope-${scope}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <DateInput
          label={t("apiKeys.expires")}
          description={t("apiKeys.expiresHint")}
          placeholder={t("apiKeys.never")}
          clearable
          minDate={new Date()}
          // Shown in the reader's language; typing `YYYY-MM-DD` still parses.
          valueFormat={(day) => formatDate(day, i18n.language)}
          data-testid="apikey-expires"
          // Escape closes the open calendar only, not the whole modal (and the typed form).
          popoverProps={{ onOpen: () => setCalendarOpen(true), onClose: () => setCalendarOpen(false) }}
          data-mantine-stop-propagation={calendarOpen ? "true" : undefined}
          {...form.getInputProps("expires")}
        />
        {create.error && !named && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert">
            {create.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc("actions.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="apikey-submit">
            {t("apiKeys.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
