// Edits one pipeline: its name and its stages, saved together with one PUT.
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconAlertTriangle, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Pipeline } from "../../../api/types";
import { DeletePipelineModal } from "./DeletePipelineModal";
import {
  addStage,
  moveStage,
  moveStageOnto,
  removeStage,
  setStageKind,
  unusedStageName,
  updateStage,
  type DraftProblems,
  type PipelineDraft,
  type ServerErrors,
} from "./pipelineDraft";
import { StageList } from "./StageList";
import { stageControlId } from "./StageRow";
import { usePipelineEditor } from "./usePipelineEditor";

/** The most stages a pipeline may have (the server's rule). */
const MAX_STAGES = 50;

export function PipelineEditor({ pipeline, onDeleted }: { pipeline: Pipeline; onDeleted: () => void }) {
  const { t } = useTranslation("settings");
  const editor = usePipelineEditor(pipeline);
  const { draft, edit, problems, server } = editor;
  const [deleting, setDeleting] = useState(false);

  const onAddStage = () => {
    const next = addStage(draft, unusedStageName(draft, t("pipelines.newStage")));
    edit(next);
    const added = next.stages.find((s) => !draft.stages.some((d) => d.key === s.key));
    if (added) requestAnimationFrame(() => document.getElementById(stageControlId(added.key, "name"))?.focus());
  };
  const nameError = problems.pipeline.includes("nameRequired") ? t("pipelines.problems.nameRequired") : server.name[0];
  const pipelineErrors = [
    ...problems.pipeline.filter((p) => p !== "nameRequired").map((p) => t(`pipelines.problems.${p}`)),
    ...server.pipeline,
    ...(editor.saveError ? [editor.saveError] : []),
  ];

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <TextInput
            data-testid="pipeline-name"
            label={t("pipelines.name")}
            value={draft.name}
            onChange={(event) => edit({ ...draft, name: event.currentTarget.value })}
            error={nameError}
            maxLength={100}
            style={{ flex: "1 1 240px" }}
          />
          <Button variant="subtle" color="red" onClick={() => setDeleting(true)} data-testid="pipeline-delete">
            {t("pipelines.delete")}
          </Button>
        </Group>
        {editor.conflict && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle />}
            title={t("pipelines.conflictTitle")}
            role="alert"
            withCloseButton
            onClose={editor.dismissConflict}
          >
            {t("pipelines.conflictText")}
          </Alert>
        )}
        <div>
          <Title order={4}>{t("pipelines.stages")}</Title>
          <Text size="sm" c="dimmed">
            {t("pipelines.stagesHint")}
          </Text>
        </div>
        <StageList
          stages={draft.stages}
          errors={stageMessages(draft, problems, server, t)}
          onChange={(key, change) => edit(updateStage(draft, key, change))}
          onKind={(key, kind) => edit(setStageKind(draft, key, kind))}
          onMove={(from, to) => edit(moveStage(draft, from, to))}
          onMoveOnto={(key, onto) => edit(moveStageOnto(draft, key, onto))}
          onRemove={(key) => edit(removeStage(draft, key))}
        />
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={onAddStage}
            disabled={draft.stages.length >= MAX_STAGES}
            data-testid="stage-add"
          >
            {t("pipelines.addStage")}
          </Button>
        </Group>
        {pipelineErrors.map((message) => (
          <Alert key={message} color="red" icon={<IconAlertTriangle />} title={t("pipelines.saveFailed")} role="alert">
            {message}
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button variant="default" disabled={!editor.dirty || editor.saving} onClick={editor.discard}>
            {t("pipelines.discard")}
          </Button>
          <Button onClick={editor.submit} disabled={!editor.dirty} loading={editor.saving} data-testid="pipeline-save">
            {t("pipelines.save")}
          </Button>
        </Group>
      </Stack>
      <DeletePipelineModal pipeline={deleting ? editor.base : null} onClose={() => setDeleting(false)} onDeleted={onDeleted} />
    </Paper>
  );
}

/** Each stage's problems in words: what the draft check found, then what the server said. */
function stageMessages(
  draft: PipelineDraft,
  problems: DraftProblems,
  server: ServerErrors,
  t: (key: string) => string,
): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  for (const stage of draft.stages) {
    const own = (problems.stages[stage.key] ?? []).map((p) => t(`pipelines.problems.${p}`));
    const all = [...own, ...(server.stages[stage.key] ?? [])];
    if (all.length) messages[stage.key] = all;
  }
  return messages;
}
