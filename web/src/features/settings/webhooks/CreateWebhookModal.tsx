// Subscribing: the form first, then the signing secret, shown once.
import { Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CreateWebhookForm } from "./CreateWebhookForm";
import type { CreatedWebhook } from "./webhook";
import { WebhookSecretView } from "./WebhookSecretView";

export function CreateWebhookModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const close = () => {
    // The secret goes with the modal: nothing keeps it once closed.
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("webhooks.createdTitle") : t("webhooks.createTitle")}
      size="lg"
      // The secret is lost once the modal closes; a stray click outside must not lose it.
      closeOnClickOutside={!created}
    >
      {created ? <WebhookSecretView webhook={created} onDone={close} /> : <CreateWebhookForm onCreated={setCreated} onCancel={close} />}
    </Modal>
  );
}
