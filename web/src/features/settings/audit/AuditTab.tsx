// Settings → Audit log: who did what, when and from where, for owners and admins (the API
// answers nobody else). Others are told what it is and whom to ask.
import { Alert } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/session";
import { atLeast } from "../members/roleRules";
import { AuditLog } from "./AuditLog";

export function AuditTab() {
  const { t } = useTranslation("settings");
  const { role } = useSession();
  if (!atLeast(role, "admin")) {
    return (
      <Alert color="blue" icon={<IconLock />} title={t("audit.adminsOnlyTitle")} data-testid="audit-admins-only">
        {t("audit.adminsOnlyText")}
      </Alert>
    );
  }
  return <AuditLog />;
}
