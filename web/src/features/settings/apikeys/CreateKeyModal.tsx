// Making a key: the form first, then the key itself, shown once.
import { Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedApiKey } from "./apiKey";
import { CreateKeyForm } from "./CreateKeyForm";
import { NewKeyView } from "./NewKeyView";

export function CreateKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("apiKeys.createdTitle") : t("apiKeys.createTitle")}
      // The key is lost once the modal closes; a stray click outside must not lose it.
      closeOnClickOutside={!created}
    >
      {created ? <NewKeyView apiKey={created} onDone={close} /> : <CreateKeyForm onCreated={setCreated} onCancel={close} />}
    </Modal>
  );
}
