// My meetings this week and next, one heading per day, each with its time and place.
import { Badge, Center, EmptyState, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useDatesContext } from "@mantine/dates";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { NameLookup } from "../../api/recordNames";
import type { Activity } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { formatTime } from "../../lib/format";
import { agendaDays, agendaRange } from "./agenda";
import { dayTitle } from "./dayTitle";
import { RecordLinks, useLinkNames } from "./RecordLinks";
import { startOfLocalDay } from "./taskGroups";
import { useMyMeetings } from "./useMyMeetings";
import { useNow } from "./useNow";

function MeetingItem({ meeting, names, now }: { meeting: Activity; names: NameLookup; now: Date }) {
  const { t, i18n } = useTranslation("mywork");
  const start = formatTime(meeting.occurred_at, i18n.language);
  const end = formatTime(meeting.ends_at, i18n.language);
  const over = new Date(meeting.ends_at ?? meeting.occurred_at ?? 0).getTime() < now.getTime();
  return (
    <Paper withBorder p="xs" data-testid="meeting-item" data-meeting-id={meeting.id} opacity={over ? 0.6 : 1}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Text size="sm" fw={600} miw={88} style={{ fontVariantNumeric: "tabular-nums" }}>
          {end ? `${start}–${end}` : start}
        </Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
            {meeting.subject || t("untitledMeeting")}
          </Text>
          {meeting.location && (
            <Text size="xs" c="dimmed" truncate>
              {meeting.location}
            </Text>
          )}
          <RecordLinks activity={meeting} names={names} />
        </Stack>
      </Group>
    </Paper>
  );
}

function dayLabel(day: Date, now: Date, locale: string, t: (key: string) => string): { text: string; badge?: string } {
  const text = dayTitle(day, locale);
  const today = startOfLocalDay(now).getTime();
  if (day.getTime() === today) return { text, badge: t("agenda.today") };
  if (day.getTime() === startOfLocalDay(now, 1).getTime()) return { text, badge: t("agenda.tomorrow") };
  return { text };
}

export function MeetingAgenda({ memberId }: { memberId: string }) {
  const { t, i18n } = useTranslation("mywork");
  const now = useNow();
  const { getFirstDayOfWeek } = useDatesContext();
  const { from, to } = agendaRange(now, getFirstDayOfWeek());
  const meetings = useMyMeetings(memberId, from, to);
  const list = meetings.data?.data ?? [];
  const names = useLinkNames(list);

  if (meetings.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (meetings.isError) return <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const days = agendaDays(list);
  if (days.length === 0) {
    return <EmptyState icon={<IconCalendarEvent />} title={t("agenda.empty")} description={t("agenda.emptyText")} />;
  }
  return (
    <Stack gap="md">
      {days.map(({ day, meetings: items }) => {
        const label = dayLabel(day, now, i18n.language, t);
        return (
          <Stack key={day.getTime()} gap={6} component="section" aria-label={label.text}>
            <Group gap="xs">
              <Title order={3} size="h6">
                {label.text}
              </Title>
              {label.badge && (
                <Badge size="xs" variant="light">
                  {label.badge}
                </Badge>
              )}
            </Group>
            {items.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} names={names} now={now} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
