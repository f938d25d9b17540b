import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A failed load, said plainly, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t("states.error")} role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{error.message}</span>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t("actions.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
