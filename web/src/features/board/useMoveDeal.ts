// Moving a deal to another stage: the card moves at once (boardReducer), the server is asked
// with the version the card shows, and a refusal puts the card back and says why.
import { notifications } from "@mantine/notifications";
import { useMutation, useMutationState, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { useFieldLabel } from "../../api/fieldLabel";
import { queryKeys } from "../../api/hooks";
import { patchRecord } from "../../api/records";
import type { Board, Deal, Stage } from "../../api/types";
import { problemText } from "../../lib/problemText";
import { boardReducer, locateDeal, type BoardAction } from "./boardReducer";
import type { BoardKey } from "./useBoard";

export interface MoveRequest {
  deal: Deal;
  stage: Stage;
  /** Asked for when the stage is a lost one. */
  lostReason?: string;
}

const MOVE_KEY = [...queryKeys.board, "move"] as const;

function patchDeal({ deal, stage, lostReason }: MoveRequest): Promise<Deal> {
  const changes: Record<string, unknown> = { stage_id: stage.id };
  if (lostReason !== undefined) changes.lost_reason = lostReason;
  return patchRecord<Deal>("deals", deal.id, deal.version, changes);
}

function update(client: QueryClient, key: BoardKey, action: BoardAction): void {
  client.setQueryData<Board>(key, (board) => (board ? boardReducer(board, action) : board));
}

export function useMoveDeal(key: BoardKey) {
  const client = useQueryClient();
  const { t } = useTranslation("board");
  const fieldLabel = useFieldLabel("deals");

  const reason = (error: Error): string => {
    if (error instanceof ApiProblem && error.isConflict) return t("failed.conflict");
    if (error instanceof ApiProblem && error.status === 0) return t("failed.network");
    return problemText(error, fieldLabel);
  };

  return useMutation({
    mutationKey: MOVE_KEY,
    mutationFn: patchDeal,
    onMutate: async ({ deal, stage, lostReason }) => {
      // A board refetch landing after this point would paint the card back in its old column.
      await client.cancelQueries({ queryKey: key });
      const board = client.getQueryData<Board>(key);
      const index = (board && locateDeal(board, deal.id)?.index) ?? 0;
      update(client, key, { type: "move", dealId: deal.id, toStageId: stage.id, at: new Date().toISOString(), lostReason });
      return { original: deal, index };
    },
    onError: (error, { deal }, moved) => {
      if (moved) update(client, key, { type: "revert", deal: moved.original, index: moved.index });
      notifications.show({
        color: "red",
        title: t("failed.title", { deal: deal.name || t("untitled") }),
        message: reason(error),
      });
    },
    onSuccess: (saved) => update(client, key, { type: "saved", deal: saved }),
    onSettled: () => {
      // Refetch once the last of several quick moves is done, so none is painted back.
      if (client.isMutating({ mutationKey: MOVE_KEY }) === 1) void client.invalidateQueries({ queryKey: queryKeys.board });
      void client.invalidateQueries({ queryKey: queryKeys.records("deals") });
      void client.invalidateQueries({ queryKey: queryKeys.dashboard });
    },
  });
}

/** Ids of deals whose move the server has not answered yet; their cards wait. */
export function useMovingDealIds(): Set<string> {
  const ids = useMutationState({
    filters: { mutationKey: MOVE_KEY, status: "pending" },
    select: (mutation) => (mutation.state.variables as MoveRequest | undefined)?.deal.id,
  });
  return new Set(ids.filter((id): id is string => Boolean(id)));
}
