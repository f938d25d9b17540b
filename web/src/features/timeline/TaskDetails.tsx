// A task: tick it off right here; due date, assignee and priority beside it.
import { Badge, Checkbox, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { useMemberName } from "../../api/hooks";
import type { Activity } from "../../api/types";
import { formatDateTime } from "../../lib/format";
import { Markdown } from "./Markdown";
import { useTaskStatus } from "./timelineApi";

function isOverdue(task: Activity): boolean {
  return task.status === "open" && task.due_at !== null && new Date(task.due_at).getTime() < Date.now();
}

export function TaskDetails({ task }: { task: Activity }) {
  const { t, i18n } = useTranslation(["timeline", "fields", "common"]);
  const memberName = useMemberName();
  const status = useTaskStatus();
  // The box follows the click at once; the server's answer (or its refusal) settles it.
  const done = status.isPending ? status.variables.status === "done" : task.status === "done";
  const subject = task.subject || t("task.untitled");
  const assignee = memberName(task.assignee_id);
  const overdue = isOverdue(task);

  const toggle = () =>
    status.mutate(
      { task, status: task.status === "done" ? "open" : "done" },
      {
        onError: (error) =>
          notifications.show(
            error instanceof ApiProblem && error.isConflict
              ? { color: "yellow", title: t("common:conflict.title"), message: t("task.changedMeanwhile") }
              : { color: "red", message: error.message },
          ),
      },
    );

  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Checkbox
        mt={2}
        checked={done}
        disabled={status.isPending || task.status === "canceled"}
        onChange={toggle}
        aria-label={done ? t("task.reopen", { subject }) : t("task.complete", { subject })}
        data-testid="task-complete"
      />
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} td={done ? "line-through" : undefined} c={done ? "dimmed" : undefined}>
          {subject}
        </Text>
        <Group gap="xs">
          {task.due_at && (
            <Text size="xs" c={overdue ? "red" : "dimmed"} fw={overdue ? 600 : undefined}>
              {t("task.due", { date: formatDateTime(task.due_at, i18n.language) })}
              {overdue && ` · ${t("task.overdue")}`}
            </Text>
          )}
          {assignee && (
            <Text size="xs" c="dimmed">
              {t("task.assignee", { name: assignee })}
            </Text>
          )}
          {task.priority && task.priority !== "normal" && (
            <Badge size="xs" variant="light" color={task.priority === "high" ? "red" : "gray"}>
              {t(`fields:values.priority.${task.priority}`)}
            </Badge>
          )}
          {task.status && task.status !== "open" && (
            <Badge size="xs" variant="light" color={done ? "green" : "gray"}>
              {t(`fields:values.status.${task.status}`)}
            </Badge>
          )}
        </Group>
        {task.body && <Markdown text={task.body} />}
      </Stack>
    </Group>
  );
}
