// Asks before removing a custom field: every value it holds on every record goes with it.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FieldInfo } from "../../../api/hooks";
import type { ObjectName } from "../../../api/types";
import { useDeleteField } from "./useCustomFieldWrites";

interface DeleteFieldModalProps {
  object: ObjectName;
  /** The field to delete; null when the modal is closed. */
  field: FieldInfo | null;
  onClose: () => void;
}

export function DeleteFieldModal({ object, field, onClose }: DeleteFieldModalProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
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
    <Modal opened={field !== null} onClose={close} title={t("fields.deleteTitle", { label })}>
      <Stack>
        <Text size="sm">{t(`fields.deleteText.${object}`, { label })}</Text>
        {remove.error && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert">
            {remove.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc("actions.cancel")}
          </Button>
          <Button color="red" onClick={confirm} loading={remove.isPending} data-testid="field-delete-confirm">
            {t("fields.deleteConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
