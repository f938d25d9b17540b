// The columns of one board and the drag and drop between them. A drop asks the server to move
// the deal (useMoveDeal); a drop on a lost stage first asks why.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMemberName } from "../../api/hooks";
import { recordRefs, useRecordNames } from "../../api/recordNames";
import type { Board, Deal, Stage } from "../../api/types";
import classes from "./board.module.css";
import { BoardColumn } from "./BoardColumn";
import { columnKeyboardCoordinates } from "./columnKeys";
import { DealCardOverlay } from "./DealCard";
import { LostReasonModal, type LostRequest } from "./LostReasonModal";
import type { BoardKey } from "./useBoard";
import { useMoveDeal, useMovingDealIds } from "./useMoveDeal";

function useBoardSensors() {
  return useSensors(
    // A few pixels of travel before a drag starts, so a click on the card's link stays a click.
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // On touch screens a swipe scrolls the board; holding a card a moment picks it up.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
}

/** What a screen reader hears while a card is dragged, in the reader's language. */
function useAnnouncements(stages: Stage[]): Announcements {
  const { t } = useTranslation("board");
  const dealName = (data: unknown) => (data as { deal?: Deal } | undefined)?.deal?.name || t("untitled");
  const stageName = (id: unknown) => stages.find((s) => s.id === id)?.name ?? "";
  return {
    onDragStart: ({ active }) => t("dnd.start", { deal: dealName(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over
        ? t("dnd.over", { deal: dealName(active.data.current), stage: stageName(over.id) })
        : t("dnd.outside", { deal: dealName(active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t("dnd.dropped", { deal: dealName(active.data.current), stage: stageName(over.id) })
        : t("dnd.cancelled", { deal: dealName(active.data.current) }),
    onDragCancel: ({ active }) => t("dnd.cancelled", { deal: dealName(active.data.current) }),
  };
}

export interface BoardColumnsProps {
  board: Board;
  boardKey: BoardKey;
  onShowMore?: () => void;
  /** The board shown is the previous one while the asked-for one loads: no moves then. */
  busy?: boolean;
}

export function BoardColumns({ board, boardKey, onShowMore, busy }: BoardColumnsProps) {
  const { t } = useTranslation("board");
  const stages = board.columns.map((c) => c.stage);
  const move = useMoveDeal(boardKey);
  const movingIds = useMovingDealIds();
  const memberName = useMemberName();
  const names = useRecordNames(recordRefs("companies", board.columns.flatMap((c) => c.deals.map((d) => d.company_id))));
  const companyName = (id: string | null) => (id ? (names("companies", id) ?? undefined) : undefined);
  const [dragged, setDragged] = useState<Deal | null>(null);
  const [lost, setLost] = useState<LostRequest | null>(null);
  const announcements = useAnnouncements(stages);
  const sensors = useBoardSensors();

  const requestMove = (deal: Deal, stage: Stage) => {
    if (deal.stage_id === stage.id) return;
    if (stage.kind === "lost") setLost({ deal, stage });
    else move.mutate({ deal, stage });
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged((active.data.current as { deal: Deal }).deal);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const stage = stages.find((s) => s.id === over?.id);
    if (stage) requestMove((active.data.current as { deal: Deal }).deal, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("dnd.instructions") } }}
    >
      <div className={classes.board} data-testid="board" data-busy={busy || undefined} aria-busy={busy}>
        {board.columns.map((column) => (
          <BoardColumn
            key={column.stage.id}
            column={column}
            stages={stages}
            companyName={companyName}
            ownerName={memberName}
            movingIds={movingIds}
            onMove={requestMove}
            onShowMore={onShowMore}
          />
        ))}
      </div>
      <DragOverlay>
        {dragged && (
          <DealCardOverlay
            deal={dragged}
            companyName={companyName(dragged.company_id)}
            ownerName={memberName(dragged.owner_id)}
            stages={stages}
            onMove={requestMove}
          />
        )}
      </DragOverlay>
      <LostReasonModal
        request={lost}
        onCancel={() => setLost(null)}
        onSubmit={(request, reason) => {
          setLost(null);
          move.mutate({ ...request, lostReason: reason });
        }}
      />
    </DndContext>
  );
}
