// Settings → Pipelines: the workspace's pipelines beside the editor of the one chosen
// (`/settings/pipelines/:pipelineId`, the first one when none is named).
import { Button, Center, EmptyState, Grid, Loader, NavLink, Stack, Text } from "@mantine/core";
import { IconLayoutKanban, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { usePipelines } from "../../../api/hooks";
import type { Pipeline } from "../../../api/types";
import { ErrorState } from "../../../components/ErrorState";
import { CreatePipelineModal } from "./CreatePipelineModal";
import { PipelineEditor } from "./PipelineEditor";

export function PipelinesTab() {
  const { t } = useTranslation("settings");
  const { pipelineId } = useParams();
  const navigate = useNavigate();
  const pipelines = usePipelines();
  const [creating, setCreating] = useState(false);

  if (pipelines.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (pipelines.isError) return <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />;

  const list = pipelines.data;
  const selected = pipelineId ? list.find((p) => p.id === pipelineId) : list[0];
  if (pipelineId && !selected) return <Navigate to="/settings/pipelines" replace />;
  const modal = (
    <CreatePipelineModal
      opened={creating}
      onClose={() => setCreating(false)}
      onCreated={(p) => navigate(`/settings/pipelines/${p.id}`)}
    />
  );

  if (!selected) {
    return (
      <>
        <EmptyState
          icon={<IconLayoutKanban />}
          title={t("pipelines.emptyTitle")}
          description={t("pipelines.emptyText")}
        >
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="pipeline-create">
              {t("pipelines.create")}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
        {modal}
      </>
    );
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <PipelineList pipelines={list} selectedId={selected.id} onCreate={() => setCreating(true)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {/* A fresh editor per pipeline, so no draft carries over to another. */}
        <PipelineEditor key={selected.id} pipeline={selected} onDeleted={() => navigate("/settings/pipelines")} />
      </Grid.Col>
      {modal}
    </Grid>
  );
}

function PipelineList({ pipelines, selectedId, onCreate }: { pipelines: Pipeline[]; selectedId: string; onCreate: () => void }) {
  const { t } = useTranslation("settings");
  return (
    <Stack gap="xs">
      <nav aria-label={t("pipelines.listLabel")}>
        {pipelines.map((pipeline) => (
          <NavLink
            key={pipeline.id}
            component={Link}
            to={`/settings/pipelines/${pipeline.id}`}
            label={pipeline.name}
            description={<Text span size="xs" c="dimmed">{t("pipelines.stageCount", { number: pipeline.stages.length })}</Text>}
            active={pipeline.id === selectedId}
            aria-current={pipeline.id === selectedId ? "page" : undefined}
            data-testid="pipeline-list-item"
          />
        ))}
      </nav>
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onCreate} data-testid="pipeline-create">
        {t("pipelines.create")}
      </Button>
    </Stack>
  );
}
