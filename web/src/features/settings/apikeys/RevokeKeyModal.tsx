// Asks before revoking a key: whatever uses it stops working at once, and it cannot be
// turned back on.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../../components/ConfirmModal";
import type { ApiKey } from "./apiKey";
import { useRevokeApiKey } from "./useApiKeys";

export function RevokeKeyModal({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const revoke = useRevokeApiKey();
  const name = apiKey?.name ?? "";
  const close = () => {
    revoke.reset();
    onClose();
  };
  const confirm = () =>
    apiKey &&
    revoke.mutate(apiKey.id, {
      onSuccess: () => {
        notifications.show({ message: t("apiKeys.revoked", { name }) });
        close();
      },
    });
  return (
    <ConfirmModal
      opened={apiKey !== null}
      title={t("apiKeys.revokeTitle", { name })}
      confirmLabel={t("apiKeys.revokeConfirm")}
      onConfirm={confirm}
      onClose={close}
      pending={revoke.isPending}
      error={revoke.error}
      testId="apikey-revoke-confirm"
    >
      {t("apiKeys.revokeText", { name })}
    </ConfirmModal>
  );
}
