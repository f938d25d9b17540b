// One thing the text says someone will do, with a button that makes it a task on the same
// records, due when the text said.
import { Button, Group, Stack, Text } from "@mantine/core";
import { IconCheck, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../../api/types";
import { formatDate } from "../../../lib/format";
import { useCreateActivity } from "../timelineApi";
import { actionTaskInput, assigneeKey } from "./actionTask";
import type { ActionItem } from "./analysisApi";
import { dueAt } from "./dueHint";

interface ActionItemRowProps {
  item: ActionItem;
  activity: Activity;
  occurredAt: Date;
}

export function ActionItemRow({ item, activity, occurredAt }: ActionItemRowProps) {
  const { t, i18n } = useTranslation("timeline");
  const create = useCreateActivity();
  const due = dueAt(item.due, occurredAt);
  const assignee = assigneeKey(item.assignee);
  const facts = [
    assignee && ("name" in assignee ? assignee.name : t(`analysis.assignees.${assignee.key}`)),
    due && t("analysis.due", { date: formatDate(due, i18n.language) }),
  ].filter(Boolean);
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm" data-testid="action-item">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
          {item.title}
        </Text>
        {facts.length > 0 && (
          <Text size="xs" c="dimmed">
            {facts.join(" · ")}
          </Text>
        )}
        <Text size="xs" c="dimmed" fs="italic" style={{ overflowWrap: "anywhere" }}>
          “{item.sentence}”
        </Text>
        {create.isError && (
          <Text size="xs" c="red" role="alert">
            {create.error.message}
          </Text>
        )}
      </Stack>
      <Button
        size="compact-xs"
        variant={create.isSuccess ? "subtle" : "light"}
        color={create.isSuccess ? "teal" : undefined}
        leftSection={create.isSuccess ? <IconCheck size={14} /> : <IconPlus size={14} />}
        loading={create.isPending}
        // Made once: a second click would make a second task.
        disabled={create.isSuccess}
        onClick={() => create.mutate(actionTaskInput(item, activity, occurredAt))}
        aria-label={create.isSuccess ? t("analysis.taskCreated") : t("analysis.createTaskNamed", { title: item.title })}
        style={{ flexShrink: 0 }}
        data-testid="action-item-create-task"
      >
        {create.isSuccess ? t("analysis.taskCreated") : t("analysis.createTask")}
      </Button>
    </Group>
  );
}
