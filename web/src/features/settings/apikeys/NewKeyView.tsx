// The new key, shown this once (the server keeps only a hash), and how to send it.
import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../members/CopyField";
import { authorizationHeader, type CreatedApiKey } from "./apiKey";

export function NewKeyView({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation("settings");
  return (
    <Stack>
      <CopyField label={t("apiKeys.secret", { name: apiKey.name })} value={apiKey.key} testId="apikey-secret" />
      <Alert color="yellow" icon={<IconAlertTriangle />} data-testid="apikey-once">
        {t("apiKeys.shownOnce")}
      </Alert>
      <Stack gap={4}>
        <Text size="sm">{t("apiKeys.usage")}</Text>
        <Code block>{authorizationHeader("<key>")}</Code>
      </Stack>
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="apikey-done">
          {t("apiKeys.done")}
        </Button>
      </Group>
    </Stack>
  );
}
