// Moves the record to the trash after asking once.
import { Alert, Button, Group, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RecordObject } from "./recordTypes";
import { useTrashFlow } from "./useTrashFlow";

export function DeleteRecordButton({ object, id, title }: { object: RecordObject; id: string; title: string }) {
  const { t } = useTranslation(["record", "common"]);
  const [opened, { open, close }] = useDisclosure(false);
  const { moveToTrash, trash } = useTrashFlow(object);
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="sm"
        leftSection={<IconTrash size={16} />}
        onClick={open}
        data-testid="record-delete"
      >
        {t("common:actions.delete")}
      </Button>
      <Modal opened={opened} onClose={close} title={t("trash.confirmTitle")} centered>
        <Text size="sm">{t("trash.confirmText", { title })}</Text>
        {trash.error && (
          <Alert color="red" role="alert" mt="sm" p="xs">
            {trash.error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>
            {t("common:actions.cancel")}
          </Button>
          <Button
            color="red"
            loading={trash.isPending}
            onClick={() => moveToTrash(id, title, close)}
            data-testid="record-delete-confirm"
          >
            {t("trash.confirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
