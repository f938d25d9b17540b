// Moves the record to the trash after asking once.
import { Button } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RecordObject } from "../../../api/types";
import { ConfirmModal } from "../../../components/ConfirmModal";
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
      <ConfirmModal
        opened={opened}
        title={t("trash.confirmTitle")}
        confirmLabel={t("trash.confirm")}
        onConfirm={() => moveToTrash(id, title, close)}
        onClose={close}
        pending={trash.isPending}
        error={trash.error}
        testId="record-delete-confirm"
      >
        {t("trash.confirmText", { title })}
      </ConfirmModal>
    </>
  );
}
