// Asks before removing a member; removing oneself is said plainly, as it signs one out.
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { Member } from "../../../api/types";
import { ConfirmModal } from "../../../components/ConfirmModal";
import { useRemoveMember } from "./useMemberWrites";

export function RemoveMemberModal({ member, me, onClose }: { member: Member | null; me: string; onClose: () => void }) {
  const { t } = useTranslation("settings");
  const remove = useRemoveMember(me);
  const close = () => {
    remove.reset();
    onClose();
  };
  const self = member?.id === me;
  const confirm = () =>
    member &&
    remove.mutate(member, {
      onSuccess: () => {
        notifications.show({ message: t("members.removed", { name: member.name }) });
        close();
      },
    });
  return (
    <ConfirmModal
      opened={member !== null}
      title={t(self ? "members.leaveTitle" : "members.removeTitle", { name: member?.name ?? "" })}
      confirmLabel={t(self ? "members.leaveConfirm" : "members.removeConfirm")}
      onConfirm={confirm}
      onClose={close}
      pending={remove.isPending}
      error={remove.error}
      testId="member-remove-confirm"
    >
      {t(self ? "members.leaveText" : "members.removeText", { name: member?.name ?? "" })}
    </ConfirmModal>
  );
}
