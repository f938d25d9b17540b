// Asks before deleting a pipeline. The server refuses while deals are in it and says how
// many; that answer is shown here as it came.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { Pipeline } from "../../../api/types";
import { ConfirmModal } from "../../../components/ConfirmModal";
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
    <ConfirmModal
      opened={pipeline !== null}
      title={t("pipelines.deleteTitle", { name: pipeline?.name ?? "" })}
      confirmLabel={tc("actions.delete")}
      onConfirm={confirm}
      onClose={close}
      pending={remove.isPending}
      error={remove.error}
      errorTitle={t("pipelines.deleteFailed")}
      testId="pipeline-delete-confirm"
    >
      {t("pipelines.deleteText")}
    </ConfirmModal>
  );
}
