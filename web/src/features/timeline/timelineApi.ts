// The timeline of a record (activities and system events, newest first) and the writes made
// from it: logging an activity and completing a task.
import { useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import { patchRecord } from "../../api/records";
import type { Activity, ObjectName, Page, TimelineEntry } from "../../api/types";

const PAGE_SIZE = 30;

export function entryKey(entry: TimelineEntry): string {
  return entry.type === "activity" ? `activity:${entry.activity?.id}` : `event:${entry.id}:${entry.event}`;
}

export function useTimeline(object: ObjectName, id: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.timeline(object, id),
    queryFn: ({ pageParam, signal }) =>
      api<Page<TimelineEntry>>(`/api/v1/${object}/${id}/timeline${query({ limit: PAGE_SIZE, cursor: pageParam })}`, {
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
}

/** Activities show on every timeline they link to, in "My work" and on the dashboard. */
function refreshActivities(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: queryKeys.timelines });
  void client.invalidateQueries({ queryKey: queryKeys.activities });
  void client.invalidateQueries({ queryKey: queryKeys.dashboard });
}

export function useCreateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => api<Activity>("/api/v1/activities", { method: "POST", body: input }),
    onSuccess: () => refreshActivities(client),
  });
}

export function useTaskStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ task, status }: { task: Activity; status: "open" | "done" }) =>
      patchRecord<Activity>("activities", task.id, task.version, { status }),
    // On a conflict too: the timeline then shows the task as it is now.
    onSettled: () => refreshActivities(client),
  });
}
