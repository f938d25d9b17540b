// A logged call: direction, length, outcome, the rep's notes and the transcript on demand.
import { Anchor, Badge, Button, Collapse, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconArrowDownLeft, IconArrowUpRight, IconClock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../api/types";
import { formatDuration } from "../../lib/format";
import { Markdown } from "./Markdown";

const OUTCOME_COLORS: Record<string, string> = {
  connected: "green",
  voicemail: "yellow",
  failed: "red",
  wrong_number: "red",
};

export function CallDetails({ call }: { call: Activity }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const [open, transcript] = useDisclosure(false);
  const DirectionIcon = call.direction === "inbound" ? IconArrowDownLeft : IconArrowUpRight;
  return (
    <Stack gap={6}>
      <Group gap="sm">
        {call.direction && (
          <Group gap={2} data-testid="call-direction">
            <DirectionIcon size={14} aria-hidden />
            <Text size="xs">{t(`fields:values.direction.${call.direction}`)}</Text>
          </Group>
        )}
        {call.duration_seconds !== null && (
          <Group gap={2} aria-label={t("fields:activities.duration_seconds")} data-testid="call-duration">
            <IconClock size={14} aria-hidden />
            <Text size="xs">{formatDuration(call.duration_seconds)}</Text>
          </Group>
        )}
        {call.outcome && (
          <Badge size="sm" variant="light" color={OUTCOME_COLORS[call.outcome] ?? "gray"} style={{ textTransform: "none" }}>
            {t(`fields:values.outcome.${call.outcome}`)}
          </Badge>
        )}
      </Group>
      {call.body && <Markdown text={call.body} />}
      {call.recording_url && /^https?:\/\//i.test(call.recording_url) && (
        <Anchor href={call.recording_url} target="_blank" rel="noopener noreferrer" size="xs">
          {t("call.recording")}
        </Anchor>
      )}
      {call.transcript && (
        <div>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={transcript.toggle}
            aria-expanded={open}
            data-testid="call-transcript-toggle"
          >
            {open ? t("call.hideTranscript") : t("call.showTranscript")}
          </Button>
          <Collapse expanded={open}>
            <Text
              size="sm"
              mt={4}
              p="xs"
              bg="var(--mantine-color-default-hover)"
              style={{ whiteSpace: "pre-wrap", borderRadius: "var(--mantine-radius-sm)" }}
              data-testid="call-transcript"
            >
              {call.transcript}
            </Text>
          </Collapse>
        </div>
      )}
    </Stack>
  );
}
