// The composer's error line, keyboard hint and submit button.
import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function ComposerFooter({ label, saving, problem }: { label: string; saving: boolean; problem: string | null }) {
  const { t } = useTranslation("timeline");
  return (
    <>
      {problem && (
        <Alert color="red" role="alert" p="xs">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Text size="xs" c="dimmed" visibleFrom="xs">
          {isMac ? t("composer.hotkeyMac") : t("composer.hotkey")}
        </Text>
        <Button type="submit" size="sm" loading={saving} data-testid="composer-submit">
          {label}
        </Button>
      </Group>
    </>
  );
}
