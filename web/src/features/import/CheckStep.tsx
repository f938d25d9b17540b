// Step 3: what the import would do, row by row, before anything is written.
import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import { ReportCounts } from "./ReportCounts";
import { ReportDetails } from "./ReportDetails";
import type { ImportObject } from "./types";
import { useTargetLabel } from "./useTargetLabel";

interface CheckStepProps {
  object: ImportObject;
  report: ImportReport;
  onBack: () => void;
  onImport: () => void;
}

export function CheckStep({ object, report, onBack, onImport }: CheckStepProps) {
  const { t, i18n } = useTranslation("import");
  const label = useTargetLabel(object);
  const importable = report.rows - report.skipped;
  return (
    <Stack>
      {report.skipped === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />} title={t("check.clean")}>
          {t("check.cleanText")}
        </Alert>
      ) : (
        <Alert color="yellow" icon={<IconAlertTriangle />} title={t("check.problems")}>
          {t("check.problemsText")}
        </Alert>
      )}
      <ReportCounts report={report} object={object} />
      <ReportDetails report={report} label={label} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t("check.back")}
        </Button>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t("check.toImport", { rows: formatNumber(importable, i18n.language) })}
          </Text>
          <Button data-testid="import-run" onClick={onImport} disabled={importable <= 0}>
            {t("check.run")}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
