// One deal on the board: name (a link to the deal), company, amount, owner and time in stage.
// The card is picked up with the mouse, a long press, or Space/Enter when focused; the
// "move to" menu does the same without dragging.
import { useDraggable } from "@dnd-kit/core";
import { Anchor, Avatar, Group, Loader, Paper, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Deal, Stage } from "../../api/types";
import { formatDate, formatMoney } from "../../lib/format";
import classes from "./board.module.css";
import { daysInStage, formatDays, initials } from "./cardFacts";
import { MoveMenu } from "./MoveMenu";

export interface DealCardProps {
  deal: Deal;
  companyName: string | undefined;
  ownerName: string;
  stages: Stage[];
  onMove: (deal: Deal, stage: Stage) => void;
  /** The server has not answered this card's last move yet. */
  moving?: boolean;
}

function CardBody({ deal, companyName, ownerName, stages, onMove, moving }: DealCardProps) {
  const { t, i18n } = useTranslation("board");
  const days = daysInStage(deal.stage_entered_at, new Date());
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor
          component={Link}
          to={`/deals/${deal.id}`}
          fw={600}
          size="sm"
          lineClamp={2}
          // A native link drag would steal the mouse from the card's own drag.
          draggable={false}
          data-testid="deal-card-link"
        >
          {deal.name || t("untitled")}
        </Anchor>
        {moving ? <Loader size={16} aria-label={t("saving")} /> : <MoveMenu deal={deal} stages={stages} onMove={onMove} />}
      </Group>
      {companyName && (
        <Text size="xs" c="dimmed" truncate>
          {companyName}
        </Text>
      )}
      <Group justify="space-between" wrap="nowrap" mt={6} gap="xs">
        <Text size="sm" fw={500}>
          {formatMoney(deal.amount, deal.currency, i18n.language)}
        </Text>
        <Group gap={6} wrap="nowrap">
          {days !== null && (
            <Tooltip label={t("card.since", { date: formatDate(deal.stage_entered_at, i18n.language) })}>
              <Text size="xs" c="dimmed" aria-label={t("card.inStage", { days: formatDays(days, i18n.language) })}>
                {formatDays(days, i18n.language)}
              </Text>
            </Tooltip>
          )}
          {ownerName && (
            <Tooltip label={ownerName}>
              <Avatar size={24} radius="xl" name={ownerName} color="initials" aria-label={t("card.owner", { name: ownerName })}>
                {initials(ownerName)}
              </Avatar>
            </Tooltip>
          )}
        </Group>
      </Group>
    </>
  );
}

/** What a screen reader says for the card: name, company, amount, time in stage. */
function useCardLabel({ deal, companyName }: DealCardProps): string {
  const { t, i18n } = useTranslation("board");
  const days = daysInStage(deal.stage_entered_at, new Date());
  return [
    deal.name || t("untitled"),
    companyName,
    formatMoney(deal.amount, deal.currency, i18n.language),
    days === null ? "" : t("card.inStage", { days: formatDays(days, i18n.language) }),
  ]
    .filter(Boolean)
    .join(", ");
}

/** A card that can be dragged to another column. */
export function DealCard(props: DealCardProps) {
  const label = useCardLabel(props);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: props.deal.id,
    data: { deal: props.deal },
    disabled: props.moving,
  });
  const ref = (node: HTMLDivElement | null) => {
    setNodeRef(node);
    // Only the card itself starts a keyboard drag: Enter on its link still opens the deal.
    setActivatorNodeRef(node);
  };
  return (
    <Paper
      ref={ref}
      withBorder
      p="xs"
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-testid="deal-card"
      data-deal-id={props.deal.id}
      {...attributes}
      {...listeners}
      aria-label={label}
    >
      <CardBody {...props} />
    </Paper>
  );
}

/** The copy of a card that follows the pointer while dragging. */
export function DealCardOverlay(props: DealCardProps) {
  return (
    <Paper withBorder shadow="md" p="xs" className={classes.card} data-overlay>
      <CardBody {...props} />
    </Paper>
  );
}
