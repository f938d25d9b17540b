// Asks before deleting a subscription: its delivery log goes with it.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../../components/ConfirmModal";
import { useDeleteWebhook } from "./useWebhooks";
import type { Webhook } from "./webhook";

export function DeleteWebhookModal({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const remove = useDeleteWebhook();
  const url = webhook?.url ?? "";
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () =>
    webhook &&
    remove.mutate(webhook.id, {
      onSuccess: () => {
        notifications.show({ message: t("webhooks.deleted") });
        close();
      },
    });
  return (
    <ConfirmModal
      opened={webhook !== null}
      title={t("webhooks.deleteTitle")}
      confirmLabel={t("webhooks.deleteConfirm")}
      onConfirm={confirm}
      onClose={close}
      pending={remove.isPending}
      error={remove.error}
      testId="webhook-delete-confirm"
    >
      {t("webhooks.deleteText", { url })}
    </ConfirmModal>
  );
}
