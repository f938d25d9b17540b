// The stages of the pipeline being edited, in order. Dragging a stage onto another puts it
// in that one's place; the arrow buttons do the same from the keyboard, and focus follows
// the stage that moved.
import { DndContext, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StageKind } from "../../../api/types";
import type { DraftStage } from "./pipelineDraft";
import { stageControlId, StageRow } from "./StageRow";

interface StageListProps {
  stages: DraftStage[];
  errors: Record<string, string[]>;
  onChange: (key: string, change: { name?: string; probability?: number }) => void;
  onKind: (key: string, kind: StageKind) => void;
  onMove: (from: number, to: number) => void;
  onMoveOnto: (key: string, ontoKey: string) => void;
  onRemove: (key: string) => void;
}

/** Puts focus on a control once React has placed the moved row. */
function focusSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function StageList({ stages, errors, onChange, onKind, onMove, onMoveOnto, onRemove }: StageListProps) {
  const { t } = useTranslation("settings");
  // A few pixels of movement before a drag starts, so a click on the grip is not a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const nameOf = (key: string | number) => stages.find((s) => s.key === key)?.name ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("pipelines.drag.start", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("pipelines.drag.over", { name: nameOf(active.id), other: nameOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("pipelines.drag.end", { name: nameOf(active.id), other: nameOf(over.id) }) : undefined,
    onDragCancel: ({ active }) => t("pipelines.drag.cancel", { name: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMoveOnto(String(active.id), String(over.id));
  };

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("pipelines.drag.instructions") } }}
    >
      <Stack gap="xs">
        <ColumnTitles />
        {stages.map((stage, index) => (
          <StageRow
            key={stage.key}
            stage={stage}
            index={index}
            count={stages.length}
            errors={errors[stage.key] ?? []}
            onChange={(change) => onChange(stage.key, change)}
            onKind={(kind) => onKind(stage.key, kind)}
            onMove={(to) => {
              onMove(index, to);
              const edge = to === 0 || to === stages.length - 1;
              // At the top or bottom the button pressed is disabled; focus its twin instead.
              const control = edge ? (to === 0 ? "down" : "up") : to < index ? "up" : "down";
              focusSoon(stageControlId(stage.key, control));
            }}
            onRemove={() => onRemove(stage.key)}
          />
        ))}
      </Stack>
    </DndContext>
  );
}

/** Titles over the stage fields, where the rows are wide enough to sit in one line. */
function ColumnTitles() {
  const { t } = useTranslation("settings");
  const title = (text: string, width?: number) => (
    <Text size="xs" c="dimmed" fw={600} w={width} style={width ? undefined : { flex: "1 1 160px" }}>
      {text}
    </Text>
  );
  return (
    <Group gap="xs" wrap="nowrap" px="xs" visibleFrom="lg" aria-hidden>
      <Box w={28} />
      {title(t("pipelines.columns.name"))}
      {title(t("pipelines.columns.probability"), 88)}
      {title(t("pipelines.columns.kind"), 132)}
      <Box w={88} />
    </Group>
  );
}
