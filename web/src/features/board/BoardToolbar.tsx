// Which board: the pipeline (in the URL path) and whose deals (in the URL query, `?owner=me`).
import { Group, Select, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Member, Pipeline } from "../../api/types";
import { memberLabel } from "../../lib/format";

/** `all`, `me`, or a member id. */
export type OwnerChoice = string;

export interface BoardToolbarProps {
  pipelines: Pipeline[];
  pipelineId: string;
  onPipeline: (id: string) => void;
  members: Member[];
  owner: OwnerChoice;
  onOwner: (owner: OwnerChoice) => void;
  /** The open deals of the whole board, e.g. "Open: 23 · $1.2M". */
  summary?: string;
}

export function BoardToolbar({ pipelines, pipelineId, onPipeline, members, owner, onOwner, summary }: BoardToolbarProps) {
  const { t } = useTranslation("board");
  const owners = [
    { value: "all", label: t("owner.all") },
    { value: "me", label: t("owner.mine") },
    ...members.map((m) => ({ value: m.id, label: memberLabel(m) })),
  ];
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Title order={1} size="h3">
          {t("title")}
        </Title>
        {summary && (
          <Text size="sm" c="dimmed" className="hide-on-phone" truncate data-testid="board-summary">
            {summary}
          </Text>
        )}
      </Group>
      {/* Side by side even on a phone: the board below needs the height. */}
      <SimpleGrid cols={2} spacing="xs" w={{ base: "100%", sm: 420 }}>
        <Select
          aria-label={t("pipeline")}
          data={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          value={pipelineId}
          onChange={(value) => value && onPipeline(value)}
          allowDeselect={false}
          data-testid="pipeline-select"
        />
        <Select
          aria-label={t("owner.label")}
          data={owners}
          value={owner}
          onChange={(value) => onOwner(value ?? "all")}
          allowDeselect={false}
          searchable={members.length > 8}
          data-testid="owner-filter"
        />
      </SimpleGrid>
    </Group>
  );
}
