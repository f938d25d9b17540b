// Settings → API keys: scoped, hashed, expiring keys arrive with the security work. No key
// is shown or made before then.
import { EmptyState } from "@mantine/core";
import { IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function ApiKeysTab() {
  const { t } = useTranslation("settings");
  return (
    <EmptyState
      icon={<IconKey />}
      title={t("apiKeys.title")}
      description={t("apiKeys.text")}
      data-testid="api-keys-coming"
    />
  );
}
