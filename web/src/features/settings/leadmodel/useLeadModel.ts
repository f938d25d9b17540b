// The lead model, and training it again: the training job is polled every 2 s until it
// succeeds or dies, then the model is read again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiProblem } from "../../../api/client";
import { isFinished, type LeadModel, type TrainingJob } from "./leadModel";

export const leadModelKey = ["lead-model"] as const;
export const JOB_POLL_MS = 2_000;

/** `null` when the model was never trained (the server answers 404). */
export function useLeadModel() {
  return useQuery({
    queryKey: leadModelKey,
    queryFn: async ({ signal }) => {
      try {
        return await api<LeadModel>("/api/v1/insights/lead-model", { signal });
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useTrainLeadModel() {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => api<TrainingJob>("/api/v1/insights/lead-model/train", { method: "POST" }),
    onSuccess: (job) => {
      client.setQueryData([...leadModelKey, "job", job.id], job);
      setJobId(job.id);
    },
  });
  const job = useQuery({
    queryKey: [...leadModelKey, "job", jobId] as const,
    queryFn: async ({ signal }) => {
      const answer = await api<TrainingJob>(`/api/v1/jobs/${jobId}`, { signal });
      if (answer.status === "succeeded") void client.invalidateQueries({ queryKey: leadModelKey, exact: true });
      return answer;
    },
    enabled: jobId !== null,
    // The POST's answer is cached as the first look; the job is asked for again at once.
    staleTime: 0,
    refetchInterval: (q) => (isFinished(q.state.data) ? false : JOB_POLL_MS),
  });
  const current = jobId === null ? undefined : job.data;
  return {
    start: () => start.mutate(),
    /** Asking to train, or training. */
    training: start.isPending || (jobId !== null && !isFinished(current) && !job.isError),
    job: current,
    error: start.error ?? job.error,
  };
}
