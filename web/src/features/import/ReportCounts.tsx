// The numbers of an import or a dry run: what was (or would be) created, updated, skipped.
import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import type { ImportObject } from "./types";

type Count = "rows" | "created" | "updated" | "unchanged" | "skipped" | "companies_created";

function countsFor(object: ImportObject): Count[] {
  const counts: Count[] = ["rows", "created", "updated", "unchanged", "skipped"];
  // Companies are created for the names people and deals give; a companies file creates none extra.
  return object === "companies" ? counts : [...counts, "companies_created"];
}

interface ReportCountsProps {
  report: ImportReport;
  object: ImportObject;
  /** Puts `import-<count>` test ids on the numbers (the final summary). */
  withTestIds?: boolean;
}

export function ReportCounts({ report, object, withTestIds }: ReportCountsProps) {
  const { t, i18n } = useTranslation("import");
  const tense = report.dry_run ? "wouldBe" : "done";
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="sm">
      {countsFor(object).map((count) => (
        <Paper key={count} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(`counts.${tense}.${count}`)}
          </Text>
          <Text
            fz={26}
            fw={700}
            c={count === "skipped" && report.skipped > 0 ? "red" : undefined}
            data-testid={withTestIds ? `import-${count.replace("_", "-")}` : undefined}
          >
            {formatNumber(report[count], i18n.language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
