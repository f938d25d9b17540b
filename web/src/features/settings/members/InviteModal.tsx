// Inviting someone: the form first, then the one-time link to send them.
import { Modal } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../api/types";
import { InviteForm } from "./InviteForm";
import { InviteLinkView } from "./InviteLinkView";
import type { CreatedInvitation } from "./useInvitations";

interface InviteModalProps {
  opened: boolean;
  actor: Role;
  onClose: () => void;
}

export function InviteModal({ opened, actor, onClose }: InviteModalProps) {
  const { t } = useTranslation("settings");
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t("invite.createdTitle") : t("invite.title")}
      // The link is lost once the modal closes; a stray click outside must not lose it.
      closeOnClickOutside={!created}
    >
      {created ? (
        <InviteLinkView invitation={created} onAnother={() => setCreated(null)} onDone={close} />
      ) : (
        <InviteForm actor={actor} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}
