// Step 4 while it runs: the upload's progress, then the server at work on the rows.
import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UploadProgress } from "./uploadImport";

export function ImportProgress({ progress, fileName, onCancel }: { progress: UploadProgress; fileName: string; onCancel: () => void }) {
  const { t, i18n } = useTranslation("import");
  const uploading = progress.phase === "uploading";
  const percent = uploading ? Math.round(progress.fraction * 100) : 100;
  const percentText = new Intl.NumberFormat(i18n.language, { style: "percent" }).format(percent / 100);
  return (
    <Stack gap="sm" aria-live="polite">
      <Text fw={500}>{uploading ? t("run.uploading", { file: fileName }) : t("run.processing")}</Text>
      <Progress
        data-testid="import-progress"
        data-phase={progress.phase}
        value={percent}
        size="lg"
        striped={!uploading}
        animated={!uploading}
        aria-label={uploading ? t("run.uploadProgress") : t("run.processing")}
        transitionDuration={200}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {uploading ? percentText : t("run.processingHint")}
        </Text>
        {uploading && (
          <Button variant="subtle" color="red" size="xs" onClick={onCancel}>
            {t("run.cancel")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
