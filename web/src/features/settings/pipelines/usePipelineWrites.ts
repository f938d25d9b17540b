// Creating, saving and deleting pipelines. Every write refreshes the pipelines list, which
// the board, the deal forms and the filters read.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Pipeline, PipelineInput } from "../../../api/types";

export function useCreatePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PipelineInput) => api<Pipeline>("/api/v1/pipelines", { method: "POST", body: input }),
    onSuccess: (created) => {
      client.setQueryData<Pipeline[]>(queryKeys.pipelines, (list) => (list ? [...list, created] : list));
      void client.invalidateQueries({ queryKey: queryKeys.pipelines });
    },
  });
}

/** Replaces the pipeline's name and stages; `input.version` is the version edited (412 if stale). */
export function useSavePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PipelineInput }) =>
      api<Pipeline>(`/api/v1/pipelines/${id}`, { method: "PUT", body: input }),
    onSuccess: (saved) => {
      client.setQueryData<Pipeline[]>(queryKeys.pipelines, (list) =>
        list?.map((p) => (p.id === saved.id ? saved : p)),
      );
      void client.invalidateQueries({ queryKey: queryKeys.pipelines });
    },
  });
}

export function useDeletePipeline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pipeline: Pipeline) =>
      api<void>(`/api/v1/pipelines/${pipeline.id}`, {
        method: "DELETE",
        headers: { "If-Match": String(pipeline.version) },
      }),
    onSuccess: (_, pipeline) => {
      client.setQueryData<Pipeline[]>(queryKeys.pipelines, (list) => list?.filter((p) => p.id !== pipeline.id));
      void client.invalidateQueries({ queryKey: queryKeys.pipelines });
    },
  });
}

/** Reads the pipelines again and gives the one asked for as it is now (after a 412). */
export function useReloadPipeline() {
  const client = useQueryClient();
  return async (id: string): Promise<Pipeline | undefined> => {
    await client.invalidateQueries({ queryKey: queryKeys.pipelines });
    return client.getQueryData<Pipeline[]>(queryKeys.pipelines)?.find((p) => p.id === id);
  };
}
