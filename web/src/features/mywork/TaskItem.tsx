// One open task: a checkbox that completes it, what to do, when it is due, and links to the
// person, company and deal it is for.
import { Badge, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { NameLookup } from "../../api/recordNames";
import type { Activity } from "../../api/types";
import { formatDateTime, formatTime } from "../../lib/format";
import { RecordLinks } from "./RecordLinks";
import type { TaskGroupName } from "./taskGroups";

export interface TaskItemProps {
  task: Activity;
  group: TaskGroupName;
  names: NameLookup;
  now: Date;
  onComplete: (task: Activity) => void;
}

export function TaskItem({ task, group, names, now, onComplete }: TaskItemProps) {
  const { t, i18n } = useTranslation("mywork");
  const subject = task.subject || t("untitled");
  const late = task.due_at !== null && new Date(task.due_at).getTime() < now.getTime();
  const due = group === "today" ? formatTime(task.due_at, i18n.language) : formatDateTime(task.due_at, i18n.language);
  return (
    <Paper withBorder p="xs" data-testid="task-item" data-task-id={task.id}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          aria-label={t("complete.label", { task: subject })}
          checked={false}
          onChange={() => onComplete(task)}
          data-testid="task-complete"
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
              {subject}
            </Text>
            {task.priority === "high" && (
              <Badge color="red" variant="light" size="sm">
                {t("fields:values.priority.high")}
              </Badge>
            )}
          </Group>
          {due && (
            <Text size="xs" c={late ? "red" : "dimmed"}>
              {t("due", { when: due })}
            </Text>
          )}
          <RecordLinks activity={task} names={names} />
        </Stack>
      </Group>
    </Paper>
  );
}
