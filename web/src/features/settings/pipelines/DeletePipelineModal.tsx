// Asks before deleting a pipeline. The server refuses while deals are in it and says how
// many; that answer is shown here as it came.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Pipeline } from "../../../api/types";
import { useDeletePipeline } from "./usePipelineWrites";

interface DeletePipelineModalProps {
  /** The pipeline to delete; null when the modal is closed. */
  pipeline: Pipeline | null;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeletePipelineModal({ pipeline, onClose, onDeleted }: DeletePipelineModalProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const remove = useDeletePipeline();
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!pipeline) return;
    remove.mutate(pipeline, {
      onSuccess: () => {
        notifications.show({ message: t("pipelines.deleted", { name: pipeline.name }) });
        close();
        onDeleted();
      },
    });
  };
  return (
    <Modal opened={pipeline !== null} onClose={close} title={t("pipelines.deleteTitle", { name: pipeline?.name ?? "" })}>
      <Stack>
        <Text size="sm">{t("pipelines.deleteText")}</Text>
        {remove.error && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t("pipelines.deleteFailed")} role="alert">
            {remove.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc("actions.cancel")}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-testid="pipeline-delete-confirm">
            {tc("actions.delete")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
