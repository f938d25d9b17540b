// My open tasks in four piles: overdue, today, upcoming, no date.
import { Badge, Button, Center, EmptyState, Group, Loader, Stack, Title } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { NameLookup } from "../../api/recordNames";
import type { Activity } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { useLinkNames } from "./RecordLinks";
import { groupTasks, TASK_GROUPS, type TaskGroupName } from "./taskGroups";
import { TaskItem } from "./TaskItem";
import { useCompleteTask } from "./useCompleteTask";
import { useMyTasks } from "./useMyTasks";
import { useNow } from "./useNow";

const GROUP_COLOR: Record<TaskGroupName, string> = { overdue: "red", today: "blue", upcoming: "gray", noDate: "gray" };

interface SectionProps {
  name: TaskGroupName;
  tasks: Activity[];
  names: NameLookup;
  now: Date;
  onComplete: (task: Activity) => void;
}

function TaskSection({ name, tasks, names, now, onComplete }: SectionProps) {
  const { t } = useTranslation("mywork");
  return (
    <Stack gap="xs" component="section" aria-labelledby={`tasks-${name}`} data-testid={`task-group-${name}`}>
      <Group gap="xs">
        <Title order={3} size="h5" id={`tasks-${name}`}>
          {t(`groups.${name}`)}
        </Title>
        <Badge variant="light" color={GROUP_COLOR[name]} size="sm">
          {tasks.length}
        </Badge>
      </Group>
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} group={name} names={names} now={now} onComplete={onComplete} />
      ))}
    </Stack>
  );
}

export function TaskList({ memberId }: { memberId: string }) {
  const { t } = useTranslation("mywork");
  const now = useNow();
  const tasks = useMyTasks(memberId);
  const complete = useCompleteTask(memberId);
  const all = tasks.data?.pages.flatMap((page) => page.data) ?? [];
  const names = useLinkNames(all);

  if (tasks.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (all.length === 0) {
    return <EmptyState icon={<IconChecks />} title={t("empty.title")} description={t("empty.text")} data-testid="tasks-empty" />;
  }
  const groups = groupTasks(all, now);
  return (
    <Stack gap="lg">
      {TASK_GROUPS.filter((name) => groups[name].length > 0).map((name) => (
        <TaskSection
          key={name}
          name={name}
          tasks={groups[name]}
          names={names}
          now={now}
          onComplete={(task) => complete.mutate({ task })}
        />
      ))}
      {tasks.hasNextPage && (
        <Button variant="default" onClick={() => void tasks.fetchNextPage()} loading={tasks.isFetchingNextPage}>
          {t("common:actions.loadMore")}
        </Button>
      )}
    </Stack>
  );
}
