// The record's history, newest first, a page at a time.
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Timeline as MantineTimeline,
  Title,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ObjectName } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { entryKey, useTimeline } from "./timelineApi";
import { TimelineItem } from "./TimelineItem";

function TimelineSkeleton() {
  return (
    <Stack gap="lg" aria-hidden>
      {[0, 1, 2].map((i) => (
        <Group key={i} align="flex-start" wrap="nowrap">
          <Skeleton circle height={24} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={14} width="40%" />
            <Skeleton height={12} width="90%" />
            <Skeleton height={12} width="70%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

interface TimelineProps {
  object: ObjectName;
  id: string;
  /** The record's currency, for amounts in change events. */
  currency?: string | null;
}

export function Timeline({ object, id, currency }: TimelineProps) {
  const { t } = useTranslation(["timeline", "common"]);
  const timeline = useTimeline(object, id);

  let body;
  if (timeline.isPending) body = <TimelineSkeleton />;
  else if (timeline.isError && !timeline.data) {
    body = <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />;
  } else {
    const entries = timeline.data.pages.flatMap((page) => page.data);
    body =
      entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("empty")}
        </Text>
      ) : (
        <MantineTimeline bulletSize={24} lineWidth={2} active={-1}>
          {entries.map((entry) => (
            <TimelineItem key={entryKey(entry)} object={object} entry={entry} currency={currency} />
          ))}
        </MantineTimeline>
      );
  }

  return (
    <Paper withBorder p="md" data-testid="timeline">
      <Title order={2} size="h5" mb="md">
        {t("title")}
      </Title>
      {body}
      {timeline.isFetchNextPageError && (
        <Alert color="red" role="alert" mt="md" p="xs">
          {t("failedMore")} {timeline.error?.message}
        </Alert>
      )}
      {timeline.hasNextPage && (
        <Center mt="md">
          <Button
            variant="default"
            size="sm"
            onClick={() => void timeline.fetchNextPage()}
            loading={timeline.isFetchingNextPage}
            data-testid="timeline-load-more"
          >
            {t("common:actions.loadMore")}
          </Button>
        </Center>
      )}
    </Paper>
  );
}
