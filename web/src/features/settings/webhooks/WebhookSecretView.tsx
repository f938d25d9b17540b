// The new subscription's signing secret, shown this once, and what it is for.
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../members/CopyField";
import type { CreatedWebhook } from "./webhook";

export function WebhookSecretView({ webhook, onDone }: { webhook: CreatedWebhook; onDone: () => void }) {
  const { t } = useTranslation("settings");
  return (
    <Stack>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {t("webhooks.createdFor", { url: webhook.url })}
      </Text>
      <CopyField label={t("webhooks.secret")} value={webhook.secret} testId="webhook-secret" />
      <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="webhook-secret-once">
        {t("webhooks.secretOnce")}
      </Alert>
      <Text size="sm" c="dimmed">
        {t("webhooks.secretUsage")}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="webhook-secret-done">
          {t("webhooks.done")}
        </Button>
      </Group>
    </Stack>
  );
}
