// One entry of the timeline: its kind as the bullet, who and when on top, the content below.
import { Box, Group, Text, Timeline } from "@mantine/core";
import {
  IconCalendarEvent,
  IconCheckbox,
  IconHistory,
  IconMail,
  IconNote,
  IconPhone,
  type Icon,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMemberName } from "../../api/hooks";
import type { Activity, ActivityKind, ObjectName, TimelineEntry } from "../../api/types";
import { activityMoment, analysable } from "./analysis/actionTask";
import { AnalysisPanel } from "./analysis/AnalysisPanel";
import { CallDetails } from "./CallDetails";
import { EmailDetails } from "./EmailDetails";
import { EventContent } from "./EventItem";
import { Markdown } from "./Markdown";
import { MeetingDetails } from "./MeetingDetails";
import { RelativeTime } from "./RelativeTime";
import { SentimentBadge } from "./SentimentBadge";
import { TaskDetails } from "./TaskDetails";

type Kind = ActivityKind | "event";

const LOOK: Record<Kind, { icon: Icon; color: string }> = {
  note: { icon: IconNote, color: "yellow" },
  task: { icon: IconCheckbox, color: "teal" },
  call: { icon: IconPhone, color: "blue" },
  email: { icon: IconMail, color: "grape" },
  meeting: { icon: IconCalendarEvent, color: "orange" },
  event: { icon: IconHistory, color: "gray" },
};

function ActivityContent({ activity }: { activity: Activity }) {
  switch (activity.kind) {
    case "call":
      return <CallDetails call={activity} />;
    case "email":
      return <EmailDetails email={activity} />;
    case "task":
      return <TaskDetails task={activity} />;
    case "meeting":
      return <MeetingDetails meeting={activity} />;
    default:
      return activity.body ? <Markdown text={activity.body} /> : null;
  }
}

interface TimelineItemProps {
  object: ObjectName;
  entry: TimelineEntry;
  currency?: string | null;
}

/** Mantine's Timeline passes layout props to its children; they go on to the item. */
export function TimelineItem({ object, entry, currency, ...layout }: TimelineItemProps & Record<string, unknown>) {
  const { t } = useTranslation("fields");
  const memberName = useMemberName();
  const activity = entry.type === "activity" ? entry.activity : undefined;
  const kind: Kind = activity?.kind ?? "event";
  const { icon: KindIcon, color } = LOOK[kind] ?? LOOK.event;
  const author = memberName(activity ? (activity.owner_id ?? activity.created_by) : entry.actor_id);
  // A task shows its subject beside its checkbox.
  const subject = activity && activity.kind !== "task" ? activity.subject : null;

  let content: ReactNode;
  if (activity) content = <ActivityContent activity={activity} />;
  else content = <EventContent object={object} entry={entry} currency={currency} />;

  return (
    <Timeline.Item
      {...layout}
      bullet={<KindIcon size={14} aria-hidden style={{ color: `var(--mantine-color-${color}-filled)` }} />}
      data-testid="timeline-item"
      data-kind={kind}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Group gap={6} style={{ minWidth: 0 }} wrap="nowrap">
          {activity && (
            <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
              {t(`values.kind.${activity.kind}`)}
            </Text>
          )}
          {subject && (
            <Text size="sm" fw={500} truncate="end">
              {subject}
            </Text>
          )}
          {activity && entry.sentiment && <SentimentBadge sentiment={entry.sentiment} />}
          {!activity && author && (
            <Text size="xs" c="dimmed" truncate="end">
              {author}
            </Text>
          )}
        </Group>
        <RelativeTime at={entry.at} style={{ flexShrink: 0 }} />
      </Group>
      {activity && author && (
        <Text size="xs" c="dimmed">
          {author}
        </Text>
      )}
      <Box mt={4}>{content}</Box>
      {activity && analysable(activity) && (
        <Box mt={4}>
          <AnalysisPanel activity={activity} occurredAt={activityMoment(activity, entry)} />
        </Box>
      )}
    </Timeline.Item>
  );
}
