// Step 4 once done: what the import did, the rows it skipped, and where the records are.
import { Button, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ImportReport } from "../../api/types";
import { ReportCounts } from "./ReportCounts";
import { ReportDetails } from "./ReportDetails";
import type { ImportObject } from "./types";
import { useTargetLabel } from "./useTargetLabel";

interface ImportSummaryProps {
  object: ImportObject;
  report: ImportReport;
  fileName: string;
  onRestart: () => void;
}

export function ImportSummary({ object, report, fileName, onRestart }: ImportSummaryProps) {
  const { t } = useTranslation("import");
  const label = useTargetLabel(object);
  return (
    <Stack data-testid="import-summary">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="green" variant="light" size="lg" radius="xl">
          <IconCircleCheck size={20} />
        </ThemeIcon>
        <div>
          <Title order={3}>{t("summary.title")}</Title>
          <Text size="sm" c="dimmed">
            {fileName}
          </Text>
        </div>
      </Group>
      <ReportCounts report={report} object={object} withTestIds />
      <ReportDetails report={report} label={label} />
      <Group>
        <Button component={Link} to={`/${object}`}>
          {t(`summary.open.${object}`)}
        </Button>
        {object !== "companies" && report.companies_created > 0 && (
          <Button component={Link} to="/companies" variant="light">
            {t("summary.open.companies")}
          </Button>
        )}
        <Button variant="default" onClick={onRestart}>
          {t("summary.again")}
        </Button>
      </Group>
    </Stack>
  );
}
