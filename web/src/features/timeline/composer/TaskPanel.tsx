// A task: what, by when, who, how urgent. The assignee starts as the signed-in member.
import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { MemberSelect } from "../../../components/MemberSelect";
import { DATE_TIME_DISPLAY } from "../../../lib/dateValues";
import { taskInput, type ActivityLink, type TaskValues } from "../activityInput";
import { ComposerFooter } from "./ComposerFooter";
import { useComposerSubmit } from "./useComposerSubmit";

const PRIORITIES = ["low", "normal", "high"] as const;

export function TaskPanel({ form, link }: { form: UseFormReturnType<TaskValues>; link: ActivityLink }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const { submit, saving, problem } = useComposerSubmit(form, taskInput, link);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t("fields:activities.subject")}
          placeholder={t("composer.taskSubject")}
          required
          onKeyDown={getHotkeyHandler([["mod+Enter", () => submit()]])}
          data-testid="composer-subject"
          {...form.getInputProps("subject")}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <DateTimePicker
            label={t("fields:activities.due_at")}
            valueFormat={DATE_TIME_DISPLAY}
            clearable
            data-testid="composer-task-due"
            {...form.getInputProps("due_at")}
          />
          <MemberSelect
            label={t("fields:activities.assignee_id")}
            clearable
            data-testid="composer-task-assignee"
            {...form.getInputProps("assignee_id")}
          />
          <Select
            label={t("fields:activities.priority")}
            data={PRIORITIES.map((p) => ({ value: p, label: t(`fields:values.priority.${p}`) }))}
            data-testid="composer-task-priority"
            {...form.getInputProps("priority")}
          />
        </SimpleGrid>
        <ComposerFooter label={t("composer.submit.task")} saving={saving} problem={problem} />
      </Stack>
    </form>
  );
}
