// A task in a few keystrokes: what to do, by when, and for whom (the API wants every activity
// linked to a person, a company or a deal, so that it shows on their timeline).
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { useFieldLabel } from "../../api/fieldLabel";
import { queryKeys } from "../../api/hooks";
import type { Activity } from "../../api/types";
import { PICKER_FORMAT } from "../../lib/dateValues";
import { formatDateTime } from "../../lib/format";
import { newTaskBody, newTaskErrors, type NewTaskValues } from "./newTask";
import { RecordPicker } from "./RecordPicker";

/** Quick due dates: end of today, tomorrow morning, a week from now. */
function duePresets(t: (key: string) => string) {
  const today = dayjs();
  return [
    { value: today.hour(17).minute(0).second(0).format(PICKER_FORMAT), label: t("newTask.presets.today") },
    { value: today.add(1, "day").hour(9).minute(0).second(0).format(PICKER_FORMAT), label: t("newTask.presets.tomorrow") },
    { value: today.add(7, "day").hour(9).minute(0).second(0).format(PICKER_FORMAT), label: t("newTask.presets.nextWeek") },
  ];
}

export function NewTaskForm({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation("mywork");
  const client = useQueryClient();
  const fieldLabel = useFieldLabel("activities");
  const form = useForm<NewTaskValues>({
    initialValues: { subject: "", due: null, link: null },
    validate: {
      subject: (v) => (v.trim() ? null : t("newTask.subjectRequired")),
      link: (v) => (v ? null : t("newTask.linkRequired")),
    },
  });
  const create = useMutation({
    mutationFn: (values: NewTaskValues) =>
      api<Activity>("/api/v1/activities", { method: "POST", body: newTaskBody(values, memberId) }),
    onSuccess: (task) => {
      form.reset();
      notifications.show({ color: "teal", title: t("newTask.added"), message: task.subject });
      void client.invalidateQueries({ queryKey: queryKeys.activities });
    },
    onError: (error) => form.setErrors(newTaskErrors(error, fieldLabel).fields),
  });
  const rest = create.error ? newTaskErrors(create.error, fieldLabel).rest : null;

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate data-testid="new-task-form">
      <Stack gap="xs">
        <TextInput
          label={t("newTask.subject")}
          placeholder={t("newTask.subjectPlaceholder")}
          required
          data-testid="new-task-subject"
          {...form.getInputProps("subject")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <DateTimePicker
            label={t("newTask.due")}
            placeholder={t("newTask.duePlaceholder")}
            clearable
            presets={duePresets(t)}
            valueFormat={(value) => formatDateTime(dayjs(value).toDate(), i18n.language)}
            data-testid="new-task-due"
            {...form.getInputProps("due")}
          />
          <RecordPicker
            label={t("newTask.link")}
            required
            value={form.values.link}
            onChange={(link) => form.setFieldValue("link", link)}
            error={form.errors.link as string | undefined}
          />
        </SimpleGrid>
        {rest && (
          <Alert color="red" role="alert">
            {rest}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="new-task-submit">
            {t("newTask.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
