// Conversion between stages, drawn as a funnel of bars: each bar as wide as the deals that
// entered the stage, its dark part the deals that went on to a later stage. Won and lost
// stages end the funnel, so they show how many arrived there and no rate.
import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import { ChartCard } from "./ChartCard";
import { conversionRows, type ConversionRow, type StageList } from "./dashboardData";

const CLOSED_COLOR = { won: "teal.6", lost: "red.6" } as const;

function percent(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

function ConversionBar({ row }: { row: ConversionRow }) {
  const { t, i18n } = useTranslation("dashboard");
  const number = (n: number) => formatNumber(n, i18n.language);
  const full = row.width * 100;
  const movedOn = row.kind === "open" && row.entered > 0 ? (row.movedOn / row.entered) * full : 0;
  const text =
    row.kind === "open"
      ? t("conversion.numbers", { movedOn: number(row.movedOn), entered: number(row.entered) })
      : t(`conversion.${row.kind}`, { n: number(row.entered) });
  return (
    <Stack gap={4} data-testid="conversion-row" data-stage-id={row.stageId}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate>
          {row.stage}
        </Text>
        <Text size="sm" fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
          {row.rate === null ? "—" : percent(row.rate, i18n.language)}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={`${row.stage}: ${text}`}>
        {row.kind === "open" ? (
          <>
            <Progress.Section value={movedOn} color="indigo.6" />
            <Progress.Section value={full - movedOn} color="indigo.2" />
          </>
        ) : (
          <Progress.Section value={full} color={CLOSED_COLOR[row.kind]} />
        )}
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {text}
      </Text>
    </Stack>
  );
}

export function ConversionBars({ report, stages }: { report: DashboardReport; stages: StageList }) {
  const { t } = useTranslation("dashboard");
  const rows = conversionRows(report, stages);
  return (
    <ChartCard title={t("conversion.title")} note={t("conversion.note")} testId="chart-conversion">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("conversion.empty")}
        </Text>
      ) : (
        <Stack gap="sm">
          {rows.map((row) => (
            <ConversionBar key={row.stageId} row={row} />
          ))}
        </Stack>
      )}
    </ChartCard>
  );
}
