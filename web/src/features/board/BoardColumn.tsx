// One stage of the board: its name, how many deals and how much money it holds, its cards,
// and a drop target for cards from other stages.
import { useDroppable } from "@dnd-kit/core";
import { Badge, Button, Group, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BoardColumn as Column, Deal, Stage } from "../../api/types";
import { formatSums } from "../../lib/format";
import classes from "./board.module.css";
import { DealCard } from "./DealCard";

const KIND_COLOR = { open: "gray", won: "teal", lost: "red" } as const;

export interface BoardColumnProps {
  column: Column;
  stages: Stage[];
  /** A company's name, once known. */
  companyName: (id: string | null) => string | undefined;
  ownerName: (id: string | null) => string;
  movingIds: Set<string>;
  onMove: (deal: Deal, stage: Stage) => void;
  /** Shown when the column holds more deals than it lists. */
  onShowMore?: () => void;
}

function ColumnHeader({ column }: { column: Column }) {
  const { t, i18n } = useTranslation("board");
  const sums = formatSums(
    column.amounts.filter((s) => s.sum !== 0),
    i18n.language,
  );
  return (
    <div className={classes.columnHeader}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600} size="sm" truncate>
          {column.stage.name}
        </Text>
        <Tooltip label={t("column.count", { n: column.count })}>
          <Badge variant="light" color={KIND_COLOR[column.stage.kind]} data-testid="board-column-count">
            {column.count}
          </Badge>
        </Tooltip>
      </Group>
      <Text size="xs" c="dimmed" truncate data-testid="board-column-sums">
        {sums || "\u00a0"}
      </Text>
    </div>
  );
}

export function BoardColumn({ column, stages, companyName, ownerName, movingIds, onMove, onShowMore }: BoardColumnProps) {
  const { t } = useTranslation("board");
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id, data: { stage: column.stage } });
  const hidden = column.count - column.deals.length;
  return (
    <section
      ref={setNodeRef}
      className={classes.column}
      data-over={isOver || undefined}
      data-testid="board-column"
      data-stage-id={column.stage.id}
      data-stage-name={column.stage.name}
      aria-label={column.stage.name}
    >
      <ColumnHeader column={column} />
      <div className={classes.cards}>
        {column.deals.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            companyName={companyName(deal.company_id)}
            ownerName={ownerName(deal.owner_id)}
            stages={stages}
            onMove={onMove}
            moving={movingIds.has(deal.id)}
          />
        ))}
        {column.count === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {t("column.empty")}
          </Text>
        )}
        {hidden > 0 && (
          <Group justify="center" gap={4} py={4}>
            <Text size="xs" c="dimmed">
              {t("column.shown", { shown: column.deals.length, total: column.count })}
            </Text>
            {onShowMore && (
              <Button variant="subtle" size="compact-xs" onClick={onShowMore}>
                {t("column.showMore")}
              </Button>
            )}
          </Group>
        )}
      </div>
    </section>
  );
}
