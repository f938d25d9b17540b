// One stage in the pipeline editor: its name, win probability and kind, and the buttons that
// move or remove it. The grip drags it (pointer only); the arrow buttons move it by keyboard.
import { ActionIcon, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { useDraggable, useDroppable } from "@dnd-kit/core";
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { StageKind } from "../../../api/types";
import { STAGE_KINDS, type DraftStage } from "./pipelineDraft";

export interface StageRowProps {
  stage: DraftStage;
  index: number;
  count: number;
  /** Problems to show under the row, already in words. */
  errors: string[];
  onChange: (change: { name?: string; probability?: number }) => void;
  onKind: (kind: StageKind) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

/** The DOM id of a stage's control, to give focus back after a move. */
export const stageControlId = (key: string, control: "name" | "up" | "down") => `stage-${key}-${control}`;

export function StageRow({ stage, index, count, errors, onChange, onKind, onMove, onRemove }: StageRowProps) {
  const { t } = useTranslation("settings");
  const { t: tf } = useTranslation("fields");
  const { setNodeRef: setDragNode, listeners, transform: offset, isDragging } = useDraggable({ id: stage.key });
  const { setNodeRef: setDropNode, isOver } = useDroppable({ id: stage.key });
  const name = stage.name.trim() || t("pipelines.unnamedStage");
  const transform = offset ? `translate3d(0, ${offset.y}px, 0)` : undefined;

  return (
    <Paper
      ref={setDropNode}
      withBorder
      p="xs"
      data-testid="stage-row"
      style={{
        transform,
        position: "relative",
        zIndex: isDragging ? 2 : undefined,
        boxShadow: isDragging ? "var(--mantine-shadow-md)" : undefined,
        borderColor: isOver && !isDragging ? "var(--mantine-primary-color-filled)" : undefined,
      }}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" align="center">
          <ActionIcon
            ref={setDragNode}
            {...listeners}
            variant="subtle"
            color="gray"
            tabIndex={-1}
            aria-hidden
            style={{ cursor: "grab", touchAction: "none" }}
          >
            <IconGripVertical size={18} />
          </ActionIcon>
          <TextInput
            id={stageControlId(stage.key, "name")}
            data-testid="stage-name"
            aria-label={t("pipelines.stageName", { position: index + 1 })}
            value={stage.name}
            onChange={(event) => onChange({ name: event.currentTarget.value })}
            maxLength={100}
            style={{ flex: "1 1 160px" }}
          />
          <NumberInput
            data-testid="stage-probability"
            aria-label={t("pipelines.probabilityOf", { name })}
            title={t("pipelines.probability")}
            value={Number.isNaN(stage.probability) ? "" : stage.probability}
            onChange={(value) => onChange({ probability: typeof value === "number" ? value : Number.NaN })}
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            suffix="%"
            w={88}
          />
          <Select
            data-testid="stage-kind"
            aria-label={t("pipelines.kindOf", { name })}
            value={stage.kind}
            onChange={(value) => value && onKind(value as StageKind)}
            data={STAGE_KINDS.map((kind) => ({ value: kind, label: tf(`values.stage_kind.${kind}`) }))}
            allowDeselect={false}
            w={132}
          />
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t("pipelines.moveUp")}>
              <ActionIcon
                id={stageControlId(stage.key, "up")}
                variant="subtle"
                color="gray"
                aria-label={t("pipelines.moveUpNamed", { name })}
                disabled={index === 0}
                onClick={() => onMove(index - 1)}
              >
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("pipelines.moveDown")}>
              <ActionIcon
                id={stageControlId(stage.key, "down")}
                variant="subtle"
                color="gray"
                aria-label={t("pipelines.moveDownNamed", { name })}
                disabled={index === count - 1}
                onClick={() => onMove(index + 1)}
              >
                <IconArrowDown size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("pipelines.removeStage")}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("pipelines.removeStageNamed", { name })}
                data-testid="stage-delete"
                onClick={onRemove}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {errors.map((error) => (
          <Text key={error} size="xs" c="red" pl={36} role="alert">
            {error}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
