// My open tasks, earliest due first (undated last, as the server sorts them), a page at a time.
import { useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import type { Activity, Page } from "../../api/types";
import { allOf, condition } from "../../lib/filterText";

const PAGE = 200;

/** Under "activities", so that any screen that writes activities refreshes this list too. */
export function myTasksKey(memberId: string) {
  return [...queryKeys.activities, "my-tasks", memberId] as const;
}

export type TaskPages = InfiniteData<Page<Activity>, string | null>;

export function myTasksFilter(memberId: string): string {
  return allOf("kind eq task", "status eq open", condition("assignee_id", "eq", memberId));
}

export function useMyTasks(memberId: string) {
  return useInfiniteQuery({
    queryKey: myTasksKey(memberId),
    queryFn: ({ pageParam, signal }) =>
      api<Page<Activity>>(
        `/api/v1/activities${query({ filter: myTasksFilter(memberId), sort: "due_at", limit: PAGE, cursor: pageParam })}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
}

/** The pages without one task (completed), or with it put back (undone / refused). */
export function withoutTask(pages: TaskPages | undefined, id: string): TaskPages | undefined {
  if (!pages) return pages;
  return { ...pages, pages: pages.pages.map((p) => ({ ...p, data: p.data.filter((t) => t.id !== id) })) };
}

/** Puts a task back into the page it came from, at its old position. */
export function withTask(pages: TaskPages | undefined, task: Activity, at: { page: number; index: number }): TaskPages | undefined {
  if (!pages) return pages;
  return {
    ...pages,
    pages: pages.pages.map((p, i) => {
      if (i !== at.page || p.data.some((t) => t.id === task.id)) return p;
      const data = [...p.data];
      data.splice(Math.min(at.index, data.length), 0, task);
      return { ...p, data };
    }),
  };
}

export function findTask(pages: TaskPages | undefined, id: string): { page: number; index: number } | null {
  for (const [page, p] of (pages?.pages ?? []).entries()) {
    const index = p.data.findIndex((t) => t.id === id);
    if (index >= 0) return { page, index };
  }
  return null;
}
