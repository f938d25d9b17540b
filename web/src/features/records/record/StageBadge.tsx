// A deal's stage as a badge: green when won, red when lost.
import { Badge, type BadgeProps } from "@mantine/core";
import { usePipelines } from "../../../api/hooks";
import type { Stage } from "../../../api/types";

const COLORS: Record<Stage["kind"], string> = { open: "blue", won: "green", lost: "red" };

export function useStage(stageId: string | null | undefined): Stage | undefined {
  const pipelines = usePipelines();
  if (!stageId) return undefined;
  return pipelines.data?.flatMap((p) => p.stages).find((s) => s.id === stageId);
}

export function StageBadge({ stageId, ...props }: { stageId: string | null | undefined } & BadgeProps) {
  const stage = useStage(stageId);
  if (!stage) return null;
  return (
    <Badge color={COLORS[stage.kind]} variant="light" style={{ textTransform: "none" }} {...props}>
      {stage.name}
    </Badge>
  );
}
