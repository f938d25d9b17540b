// A meeting: what, when it starts and ends, where.
import { SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { DATE_TIME_DISPLAY } from "../../../lib/dateValues";
import { meetingInput, type ActivityLink, type MeetingValues } from "../activityInput";
import { ComposerFooter } from "./ComposerFooter";
import { useComposerSubmit } from "./useComposerSubmit";

export function MeetingPanel({ form, link }: { form: UseFormReturnType<MeetingValues>; link: ActivityLink }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const { submit, saving, problem } = useComposerSubmit(form, meetingInput, link);
  const hotkeys = getHotkeyHandler([["mod+Enter", () => submit()]]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t("fields:activities.subject")}
          required
          onKeyDown={hotkeys}
          data-testid="composer-subject"
          {...form.getInputProps("subject")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <DateTimePicker
            label={t("composer.meetingStart")}
            valueFormat={DATE_TIME_DISPLAY}
            clearable
            data-testid="composer-meeting-start"
            {...form.getInputProps("occurred_at")}
          />
          <DateTimePicker
            label={t("composer.meetingEnd")}
            valueFormat={DATE_TIME_DISPLAY}
            clearable
            data-testid="composer-meeting-end"
            {...form.getInputProps("ends_at")}
          />
        </SimpleGrid>
        <TextInput
          label={t("fields:activities.location")}
          onKeyDown={hotkeys}
          data-testid="composer-meeting-location"
          {...form.getInputProps("location")}
        />
        <Textarea
          label={t("composer.meetingNotes")}
          autosize
          minRows={2}
          maxRows={12}
          onKeyDown={hotkeys}
          data-testid="composer-meeting-notes"
          {...form.getInputProps("body")}
        />
        <ComposerFooter label={t("composer.submit.meeting")} saving={saving} problem={problem} />
      </Stack>
    </form>
  );
}
