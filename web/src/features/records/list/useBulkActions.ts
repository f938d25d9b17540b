// The bulk actions' work: build the batch, send it, show the saved records, and tell the user
// how it went in a notification.
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { queryKeys } from "../../../api/hooks";
import type { Pipeline } from "../../../api/types";
import { batchUpdate, deleteMany, fetchCurrent, withTag, type BulkOutcome } from "./bulk";
import type { ListObject } from "./columns";
import { mergeRows, removeRows, type ListRow } from "./useRecordPage";

export function useBulkActions(object: ListObject, rows: ListRow[], onDeleted: (ids: string[]) => void) {
  const { t } = useTranslation("records");
  const client = useQueryClient();
  const [running, setRunning] = useState(false);

  function report(outcome: BulkOutcome) {
    mergeRows(client, object, outcome.done);
    // Changed rows may no longer match the filter or the order; the tables reload.
    void client.invalidateQueries({ queryKey: queryKeys.list(object) });
    if (outcome.failed === 0) {
      notifications.show({ color: "green", message: t("bulk.updated", { count: outcome.done.length }) });
    } else {
      notifications.show({
        color: "red",
        title: t("bulk.partly", { done: outcome.done.length, failed: outcome.failed }),
        message: outcome.error?.message ?? "",
        autoClose: false,
      });
    }
  }

  async function run(work: () => Promise<void>) {
    setRunning(true);
    try {
      await work();
    } catch (error) {
      notifications.show({ color: "red", title: t("bulk.failed"), message: (error as Error).message, autoClose: false });
    } finally {
      setRunning(false);
    }
  }

  const assignOwner = (memberId: string) =>
    run(async () => report(await batchUpdate(object, rows.map((r) => ({ id: r.id, version: r.version, owner_id: memberId })))));

  const moveStage = (pipelines: Pipeline[], stageId: string) =>
    run(async () => {
      const pipeline = pipelines.find((p) => p.stages.some((s) => s.id === stageId));
      if (!pipeline) return;
      const records = rows.map((r) => ({ id: r.id, version: r.version, pipeline_id: pipeline.id, stage_id: stageId }));
      report(await batchUpdate(object, records));
    });

  // Tags are replaced as a whole, so the current ones are read first: the table may not show them.
  const addTag = (tag: string) =>
    run(async () => {
      const current = await fetchCurrent(object, rows.map((r) => r.id), ["tags"]);
      const records = current
        .filter((r) => withTag(r.tags as string[] | null, tag).length !== ((r.tags as string[] | null) ?? []).length)
        .map((r) => ({ id: r.id, version: r.version, tags: withTag(r.tags as string[] | null, tag) }));
      if (records.length === 0) {
        notifications.show({ message: t("bulk.tagPresent", { tag }) });
        return;
      }
      report(await batchUpdate(object, records));
    });

  const remove = () =>
    run(async () => {
      const outcome = await deleteMany(object, rows.map((r) => r.id));
      removeRows(client, object, outcome.deleted);
      onDeleted(outcome.deleted);
      void client.invalidateQueries({ queryKey: queryKeys.list(object) });
      if (outcome.failed === 0) {
        notifications.show({ color: "green", message: t("bulk.deleted", { count: outcome.deleted.length }) });
      } else {
        notifications.show({
          color: "red",
          title: t("bulk.deletedPartly", { done: outcome.deleted.length, failed: outcome.failed }),
          message: outcome.error?.message ?? "",
          autoClose: false,
        });
      }
    });

  return { running, assignOwner, moveStage, addTag, remove };
}
