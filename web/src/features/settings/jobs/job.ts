// Background jobs as the server lists them (webhook deliveries, for now), and what an admin
// may do with each.

export const JOB_STATUSES = ["queued", "running", "succeeded", "dead", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job {
  id: string;
  /** What it does, e.g. `webhook.deliver`. */
  kind: string;
  key: string | null;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  /** When it runs (next), for a queued job. */
  run_at: string;
  /** 0–1, for jobs that report it. */
  progress: number | null;
  progress_note: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface JobPage {
  data: Job[];
  next_before: string | null;
}

export const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  queued: "gray",
  running: "blue",
  succeeded: "green",
  dead: "red",
  cancelled: "yellow",
};

/** A job that gave up (or was called off) can be queued again. */
export function canRetry(job: Pick<Job, "status">): boolean {
  return job.status === "dead" || job.status === "cancelled";
}

/** Only a job not yet started can be called off. */
export function canCancel(job: Pick<Job, "status">): boolean {
  return job.status === "queued";
}

/** Still changing: the list looks again while any job is. */
export function isActive(job: Pick<Job, "status">): boolean {
  return job.status === "queued" || job.status === "running";
}

/** Progress as a whole percentage, clamped; `null` when the job reports none. */
export function progressPercent(progress: number | null): number | null {
  if (progress === null || !Number.isFinite(progress)) return null;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}
