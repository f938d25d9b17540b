// The workspace's background jobs, newest first, a page at a time, optionally of one status;
// and retrying or cancelling one.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import { isActive, type Job, type JobPage, type JobStatus } from "./job";

const jobsKey = ["jobs"] as const;

const PAGE_SIZE = 50;
/** While a job is queued or running, the list looks again this often. */
const ACTIVE_POLL_MS = 5_000;

export function useJobs(status: JobStatus | null) {
  return useInfiniteQuery({
    queryKey: [...jobsKey, status] as const,
    queryFn: ({ pageParam, signal }) =>
      api<JobPage>(`/api/v1/jobs${query({ status, limit: PAGE_SIZE, before: pageParam })}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_before,
    refetchInterval: (q) => (q.state.data?.pages.some((page) => page.data.some(isActive)) ? ACTIVE_POLL_MS : false),
  });
}

/** `retry` or `cancel`; the answer is the job as it is now, and every list is refreshed. */
export function useJobAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ job, action }: { job: Job; action: "retry" | "cancel" }) =>
      api<Job>(`/api/v1/jobs/${job.id}/${action}`, { method: "POST" }),
    onSettled: () => client.invalidateQueries({ queryKey: jobsKey }),
  });
}
