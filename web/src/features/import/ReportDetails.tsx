// The lists of a report under its numbers: rows skipped with why, and the warnings (columns
// ignored, companies not found) that did not stop a row.
import { Accordion, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import { RowErrorsTable } from "./RowErrorsTable";

export function ReportDetails({ report, label }: { report: ImportReport; label: (field: string) => string }) {
  const { t, i18n } = useTranslation("import");
  return (
    <Stack>
      <RowErrorsTable
        errors={report.errors}
        total={report.error_count}
        label={label}
        rowTestId="import-error-row"
        caption={t(report.dry_run ? "errors.caption" : "errors.captionDone")}
      />
      {report.warning_count > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="warnings">
            <Accordion.Control>
              {t("errors.warnings", { total: formatNumber(report.warning_count, i18n.language) })}
            </Accordion.Control>
            <Accordion.Panel>
              <RowErrorsTable
                errors={report.warnings}
                total={report.warning_count}
                label={label}
                caption={t("errors.warningsCaption")}
              />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}
