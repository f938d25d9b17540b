// A new subscription: the address to post to, what it is for, and which events to send.
import { Alert, Button, Group, MultiSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { eventGroups, urlProblem, webhookInput, type CreatedWebhook } from "./webhook";
import { useCreateWebhook } from "./useWebhooks";

interface WebhookFormValues {
  url: string;
  description: string;
  event_types: string[];
}

const FORM_FIELDS = ["url", "description", "event_types"];

/** `event_types.2` → `event_types`. */
function formField(field: string): string {
  return field.replace(/\.\d+$/, "");
}

interface CreateWebhookFormProps {
  onCreated: (webhook: CreatedWebhook) => void;
  onCancel: () => void;
}

export function CreateWebhookForm({ onCreated, onCancel }: CreateWebhookFormProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const create = useCreateWebhook();
  const form = useForm<WebhookFormValues>({
    initialValues: { url: "", description: "", event_types: [] },
    validate: {
      url: (value) => {
        const problem = urlProblem(value);
        return problem ? t(`webhooks.urlProblems.${problem}`) : null;
      },
      event_types: (value) => (value.length > 0 ? null : t("webhooks.eventsRequired")),
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(webhookInput(values), {
      onSuccess: onCreated,
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return;
        for (const e of error.problem.errors ?? []) form.setFieldError(formField(e.field), e.message);
      },
    }),
  );
  const named =
    create.error instanceof ApiProblem && create.error.problem.errors?.some((e) => FORM_FIELDS.includes(formField(e.field)));
  const groups = eventGroups().map((group) => ({
    group: t(`webhooks.objects.${group.object}`),
    items: group.types.map((type) => ({ value: type, label: t(`webhooks.events.${type}`) })),
  }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("webhooks.url")}
          description={t("webhooks.urlHint")}
          placeholder="https://"
          required
          type="url"
          maxLength={2000}
          data-autofocus
          data-testid="webhook-url"
          {...form.getInputProps("url")}
        />
        <TextInput
          label={t("webhooks.description")}
          placeholder={t("webhooks.descriptionPlaceholder")}
          maxLength={500}
          data-testid="webhook-description"
          {...form.getInputProps("description")}
        />
        <MultiSelect
          label={t("webhooks.eventTypes")}
          description={t("webhooks.eventTypesHint")}
          placeholder={form.values.event_types.length === 0 ? t("webhooks.eventTypesPlaceholder") : undefined}
          data={groups}
          required
          searchable
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
          data-testid="webhook-events"
          {...form.getInputProps("event_types")}
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
          <Button type="submit" loading={create.isPending} data-testid="webhook-submit">
            {t("webhooks.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
