// One click completes a task: it leaves the list at once, the server is told with the version
// shown, and the notification offers to undo. A refusal puts the task back and says why.
import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { useFieldLabel } from "../../api/fieldLabel";
import { queryKeys } from "../../api/hooks";
import { patchRecord } from "../../api/records";
import type { Activity } from "../../api/types";
import { problemText } from "../../lib/problemText";
import { findTask, myTasksKey, withoutTask, withTask, type TaskPages } from "./useMyTasks";

const STATUS_KEY = [...queryKeys.activities, "status"] as const;

type Position = { page: number; index: number } | null;

function patchStatus(task: Activity, status: "done" | "open"): Promise<Activity> {
  return patchRecord<Activity>("activities", task.id, task.version, { status });
}

function useStatusMutation(memberId: string, status: "done" | "open", onSaved?: (saved: Activity, at: Position) => void) {
  const client = useQueryClient();
  const { t } = useTranslation("mywork");
  const fieldLabel = useFieldLabel("activities");
  const key = myTasksKey(memberId);
  return useMutation({
    mutationKey: STATUS_KEY,
    mutationFn: ({ task }: { task: Activity; at?: Position }) => patchStatus(task, status),
    onMutate: async ({ task, at }) => {
      await client.cancelQueries({ queryKey: key });
      const pages = client.getQueryData<TaskPages>(key);
      const position = at ?? findTask(pages, task.id);
      client.setQueryData<TaskPages>(key, (current) =>
        status === "done" ? withoutTask(current, task.id) : position ? withTask(current, { ...task, status }, position) : current,
      );
      return { position };
    },
    onError: (error, { task }, context) => {
      const position = context?.position;
      client.setQueryData<TaskPages>(key, (current) =>
        status === "done" ? (position ? withTask(current, task, position) : current) : withoutTask(current, task.id),
      );
      const reason = error instanceof ApiProblem && error.isConflict ? t("complete.conflict") : problemText(error, fieldLabel);
      notifications.show({
        color: "red",
        title: t(status === "done" ? "complete.failed" : "complete.undoFailed", { task: task.subject || t("untitled") }),
        message: reason,
      });
    },
    onSuccess: (saved, _input, context) => onSaved?.(saved, context.position),
    onSettled: () => {
      // Refetch once the last quick click is answered, so no finished task flickers back.
      if (client.isMutating({ mutationKey: STATUS_KEY }) === 1) void client.invalidateQueries({ queryKey: queryKeys.activities });
    },
  });
}

export function useCompleteTask(memberId: string) {
  const { t } = useTranslation("mywork");
  const reopen = useStatusMutation(memberId, "open");
  return useStatusMutation(memberId, "done", (saved, at) => {
    const id = `task-done-${saved.id}`;
    notifications.show({
      id,
      color: "teal",
      autoClose: 6000,
      title: t("complete.done"),
      message: (
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" truncate>
            {saved.subject || t("untitled")}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            data-testid="task-undo"
            onClick={() => {
              notifications.hide(id);
              reopen.mutate({ task: saved, at });
            }}
          >
            {t("complete.undo")}
          </Button>
        </Group>
      ),
    });
  });
}
