// The numbers a manager reads first: open pipeline, its weighted value, and the win rate.
import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardReport } from "../../api/types";
import { formatCompactMoney, formatNumber } from "../../lib/format";
import { headline } from "./dashboardData";

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

export function HeadlineStats({ report }: { report: DashboardReport }) {
  const { t, i18n } = useTranslation("dashboard");
  const numbers = headline(report);
  const money = (value: number) => formatCompactMoney(value, report.currency, i18n.language);
  const rate =
    numbers.winRate === null
      ? "—"
      : new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 }).format(numbers.winRate);
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
      <Stat
        testId="stat-open"
        label={t("stats.open")}
        value={money(numbers.openValue)}
        note={t("stats.openDeals", { n: formatNumber(numbers.openCount, i18n.language) })}
      />
      <Stat
        testId="stat-weighted"
        label={t("stats.weighted")}
        value={money(numbers.weightedValue)}
        note={t("stats.weightedNote")}
      />
      <Stat
        testId="stat-win-rate"
        label={t("stats.winRate")}
        value={rate}
        note={t("stats.closed", {
          won: formatNumber(numbers.won, i18n.language),
          lost: formatNumber(numbers.lost, i18n.language),
          months: report.closed_by_month.length,
        })}
      />
    </SimpleGrid>
  );
}
