// The board of one pipeline, as the server counts it, narrowed to one owner if asked.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import type { Board } from "../../api/types";
import { condition } from "../../lib/filterText";

/** Deals shown per column at first, and how many more each "show more" adds (server max 500). */
export const PER_STAGE_STEP = 50;
export const PER_STAGE_MAX = 500;

export function boardKey(pipelineId: string, ownerId: string | null, perStage: number) {
  return [...queryKeys.board, pipelineId, { owner: ownerId, perStage }] as const;
}

export type BoardKey = ReturnType<typeof boardKey>;

export function boardPath(pipelineId: string, ownerId: string | null, perStage: number): string {
  const filter = ownerId ? condition("owner_id", "eq", ownerId) : undefined;
  return `/api/v1/pipelines/${pipelineId}/board${query({ filter, per_stage: perStage })}`;
}

export function useBoard(pipelineId: string, ownerId: string | null, perStage: number) {
  return useQuery({
    queryKey: boardKey(pipelineId, ownerId, perStage),
    queryFn: ({ signal }) => api<Board>(boardPath(pipelineId, ownerId, perStage), { signal }),
    // Changing the owner or loading more keeps the old columns on screen until the new arrive.
    placeholderData: keepPreviousData,
  });
}
