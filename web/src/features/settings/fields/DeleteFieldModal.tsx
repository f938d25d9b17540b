// Asks before removing a custom field: every value it holds on every record goes with it.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { FieldInfo } from "../../../api/hooks";
import type { ObjectName } from "../../../api/types";
import { ConfirmModal } from "../../../components/ConfirmModal";
import { useDeleteField } from "./useCustomFieldWrites";

interface DeleteFieldModalProps {
  object: ObjectName;
  /** The field to delete; null when the modal is closed. */
  field: FieldInfo | null;
  onClose: () => void;
}

export function DeleteFieldModal({ object, field, onClose }: DeleteFieldModalProps) {
  const { t } = useTranslation("settings");
  const remove = useDeleteField(object);
  const label = field?.label ?? field?.key ?? "";
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (!field) return;
    remove.mutate(field.key.replace(/^custom\./, ""), {
      onSuccess: () => {
        notifications.show({ message: t("fields.deleted", { label }) });
        close();
      },
    });
  };
  return (
    <ConfirmModal
      opened={field !== null}
      title={t("fields.deleteTitle", { label })}
      confirmLabel={t("fields.deleteConfirm")}
      onConfirm={confirm}
      onClose={close}
      pending={remove.isPending}
      error={remove.error}
      testId="field-delete-confirm"
    >
      {t(`fields.deleteText.${object}`, { label })}
    </ConfirmModal>
  );
}
