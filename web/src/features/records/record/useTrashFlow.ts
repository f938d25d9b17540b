// Delete to trash and restore, as the user experiences them: after deleting, the list opens
// and a notice offers "Restore", which brings the record back and opens it again.
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../../api/client";
import { recordUrl } from "../../../api/records";
import type { RecordObject } from "../../../api/types";
import { recordPath, type AnyRecord } from "./recordTypes";
import { showRestoreNotice } from "./restoreNotice";
import { storeRecord, useTrashRecord } from "./useRecord";

export function useRestore(object: RecordObject) {
  const { t } = useTranslation(["record", "common"]);
  const client = useQueryClient();
  const navigate = useNavigate();
  return async (id: string) => {
    try {
      const record = await api<AnyRecord>(`${recordUrl(object, id)}/restore`, { method: "POST" });
      storeRecord(client, object, record);
      notifications.show({ color: "green", message: t("trash.restored") });
      navigate(recordPath(object, id));
    } catch (error) {
      notifications.show({ color: "red", title: t("trash.restoreFailed"), message: (error as Error).message });
    }
  };
}

export function useTrashFlow(object: RecordObject) {
  const { t } = useTranslation(["record", "common"]);
  const navigate = useNavigate();
  const trash = useTrashRecord(object);
  const restore = useRestore(object);
  const moveToTrash = (id: string, title: string, onDone?: () => void) =>
    trash.mutate(id, {
      onSuccess: () => {
        onDone?.();
        navigate(`/${object}`);
        showRestoreNotice({
          title: t("common:states.deleted"),
          message: title,
          restoreLabel: t("common:actions.restore"),
          onRestore: () => restore(id),
        });
      },
    });
  return { moveToTrash, trash, restore };
}
