// "Move to…": the same moves as dragging, for keyboards, screen readers and small screens.
import { ActionIcon, Menu } from "@mantine/core";
import { IconArrowsRightLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Deal, Stage } from "../../api/types";

export function MoveMenu({ deal, stages, onMove }: { deal: Deal; stages: Stage[]; onMove: (deal: Deal, stage: Stage) => void }) {
  const { t } = useTranslation("board");
  const others = stages.filter((s) => s.id !== deal.stage_id);
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t("moveTo")}
          data-testid="deal-move-menu"
          // The card below listens for drags; a press on this button is not one.
          onMouseDown={(e) => e.stopPropagation()}
          onTouchStart={(e) => e.stopPropagation()}
        >
          <IconArrowsRightLeft size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("moveTo")}</Menu.Label>
        {others.map((stage) => (
          <Menu.Item key={stage.id} onClick={() => onMove(deal, stage)} data-testid="move-to-stage" data-stage-id={stage.id}>
            {stage.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
