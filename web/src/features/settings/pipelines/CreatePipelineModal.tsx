// Names a new pipeline. It starts with one open stage and the won and lost stages every
// pipeline needs, to be shaped in the editor that opens next.
import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { Pipeline, PipelineInput, StageKind } from "../../../api/types";
import { defaultProbability } from "./pipelineDraft";
import { useCreatePipeline } from "./usePipelineWrites";

const STARTER_STAGES: StageKind[] = ["open", "won", "lost"];

interface CreatePipelineModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (pipeline: Pipeline) => void;
}

export function CreatePipelineModal({ opened, onClose, onCreated }: CreatePipelineModalProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const create = useCreatePipeline();
  const form = useForm({
    initialValues: { name: "" },
    validate: { name: (value) => (value.trim() ? null : t("pipelines.problems.nameRequired")) },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit(({ name }) => {
    const input: PipelineInput = {
      name: name.trim(),
      stages: STARTER_STAGES.map((kind) => ({
        name: t(`pipelines.starterStages.${kind}`),
        kind,
        probability: defaultProbability(kind),
      })),
    };
    create.mutate(input, {
      onSuccess: (pipeline) => {
        close();
        onCreated(pipeline);
      },
      onError: (error) => {
        const message = error instanceof ApiProblem ? error.fieldError("name") : undefined;
        if (message) form.setFieldError("name", message);
      },
    });
  });
  const otherError = create.error && !(create.error instanceof ApiProblem && create.error.fieldError("name"));

  return (
    <Modal opened={opened} onClose={close} title={t("pipelines.createTitle")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("pipelines.name")}
            placeholder={t("pipelines.namePlaceholder")}
            required
            data-autofocus
            maxLength={100}
            data-testid="pipeline-create-name"
            {...form.getInputProps("name")}
          />
          {otherError && create.error && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {create.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc("actions.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="pipeline-create-submit">
              {tc("actions.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
