// Moves a deal to another stage (won, lost) with its version. If someone changed the deal
// meanwhile but not its stage, the move goes on top of their change; if they moved it too,
// the user is told where it is now instead of overriding them.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../api/types";
import { useValueContext } from "../../../api/valueContext";
import { mergePending } from "./conflict";
import { conflictCurrent, usePatchRecord } from "./useRecord";

const readStage = (record: object) => (record as Deal).stage_id;

export function useDealMove(deal: Deal) {
  const { t } = useTranslation("record");
  const patch = usePatchRecord("deals", deal.id);
  const ctx = useValueContext();

  const move = (changes: { stage_id: string; lost_reason?: string | null }, done: string, onDone?: () => void) => {
    const send = (version: number, retried: boolean) =>
      patch.mutate(
        { changes, version },
        {
          onSuccess: () => {
            notifications.show({ color: "green", message: done });
            onDone?.();
          },
          onError: (error) => {
            const current = conflictCurrent(error);
            if (!current) {
              // A dialog (onDone) shows its own errors; a plain button needs a notice.
              if (!onDone) notifications.show({ color: "red", message: error.message });
              return;
            }
            const merge = mergePending({ base: deal.stage_id, mine: changes.stage_id }, current, readStage);
            if (merge.kind === "reapply" && !retried) return send(merge.version, true);
            const stage = readStage(current);
            notifications.show({
              color: "yellow",
              title: t("common:conflict.title"),
              message: t("deal.movedMeanwhile", { stage: stage ? ctx.stageName(stage) : "—" }),
            });
            onDone?.();
          },
        },
      );
    send(deal.version, false);
  };
  return { move, patch };
}
