// A meeting: when, until when, where, and any notes.
import { Group, Stack, Text } from "@mantine/core";
import { IconCalendarEvent, IconMapPin } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../api/types";
import { formatDateTime, formatTime } from "../../lib/format";
import { Markdown } from "./Markdown";

function sameDay(a: string, b: string): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

export function MeetingDetails({ meeting }: { meeting: Activity }) {
  const { t, i18n } = useTranslation("timeline");
  const locale = i18n.language;
  const start = meeting.occurred_at;
  const end = meeting.ends_at;
  let until = "";
  if (start && end) until = sameDay(start, end) ? formatTime(end, locale) : formatDateTime(end, locale);
  return (
    <Stack gap={4}>
      {start && (
        <Group gap={4}>
          <IconCalendarEvent size={14} aria-hidden />
          <Text size="xs">
            {formatDateTime(start, locale)}
            {until && ` ${t("meeting.until", { time: until })}`}
          </Text>
        </Group>
      )}
      {meeting.location && (
        <Group gap={4}>
          <IconMapPin size={14} aria-hidden />
          <Text size="xs">{meeting.location}</Text>
        </Group>
      )}
      {meeting.body && <Markdown text={meeting.body} />}
    </Stack>
  );
}
