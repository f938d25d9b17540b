// "Analysis" under a call, note or email: asked for when opened, it shows the text's summary
// in its own sentences and the action items found in it, each of which can become a task.
import { Button, Collapse, Group, List, Loader, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../../api/types";
import { ActionItemRow } from "./ActionItemRow";
import { useAnalysis } from "./analysisApi";

function Heading({ children }: { children: string }) {
  return (
    <Text size="xs" fw={600} c="dimmed" tt="uppercase">
      {children}
    </Text>
  );
}

function AnalysisContent({ activity, occurredAt }: { activity: Activity; occurredAt: Date }) {
  const { t } = useTranslation(["timeline", "common"]);
  const analysis = useAnalysis(activity);
  if (analysis.isPending) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {t("analysis.loading")}
        </Text>
      </Group>
    );
  }
  if (analysis.isError) {
    return (
      <Group gap="xs" role="alert">
        <Text size="xs" c="red">
          {analysis.error.message}
        </Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={() => void analysis.refetch()}>
          {t("common:actions.retry")}
        </Button>
      </Group>
    );
  }
  const { summary, action_items: items } = analysis.data;
  return (
    <Stack gap="xs" data-testid="analysis">
      <Stack gap={2}>
        <Heading>{t("analysis.summary")}</Heading>
        {summary.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("analysis.noSummary")}
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="analysis-summary">
            {summary.map((sentence, i) => (
              <List.Item key={i} style={{ overflowWrap: "anywhere" }}>
                {sentence}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap={4}>
        <Heading>{t("analysis.actionItems")}</Heading>
        {items.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t("analysis.noActionItems")}
          </Text>
        ) : (
          items.map((item, i) => <ActionItemRow key={i} item={item} activity={activity} occurredAt={occurredAt} />)
        )}
      </Stack>
    </Stack>
  );
}

export function AnalysisPanel({ activity, occurredAt }: { activity: Activity; occurredAt: Date }) {
  const { t } = useTranslation("timeline");
  const [open, setOpen] = useState(false);
  // Asked for only once opened (most activities are never analysed by anyone), and kept
  // after that so that closing animates.
  const [asked, setAsked] = useState(false);
  const toggle = () => {
    setAsked(true);
    setOpen((value) => !value);
  };
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-xs"
        leftSection={<Chevron size={14} aria-hidden />}
        onClick={toggle}
        aria-expanded={open}
        data-testid="analysis-toggle"
      >
        {t("analysis.title")}
      </Button>
      <Collapse expanded={open}>
        {asked && (
          <Stack
            mt={4}
            p="xs"
            gap="xs"
            bg="var(--mantine-color-default-hover)"
            style={{ borderRadius: "var(--mantine-radius-sm)" }}
          >
            <AnalysisContent activity={activity} occurredAt={occurredAt} />
          </Stack>
        )}
      </Collapse>
    </div>
  );
}
