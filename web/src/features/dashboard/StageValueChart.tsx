// Pipeline value by stage: open amounts and their probability-weighted part, in the main
// currency, with the other currencies named below rather than converted at a made-up rate.
import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DashboardReport } from "../../api/types";
import { formatCompactMoney, formatSums } from "../../lib/format";
import { ChartCard } from "./ChartCard";
import { otherCurrencies, stageValueRows, type StageList } from "./dashboardData";

export function StageValueChart({ report, stages }: { report: DashboardReport; stages: StageList }) {
  const { t, i18n } = useTranslation("dashboard");
  const rows = stageValueRows(report, stages);
  const others = otherCurrencies(report);
  const money = (value: number) => formatCompactMoney(value, report.currency, i18n.language);
  return (
    <ChartCard
      title={t("stageValue.title")}
      note={report.currency ? t("stageValue.note", { currency: report.currency }) : undefined}
      testId="chart-stage-value"
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("stageValue.empty")}
        </Text>
      ) : (
        <BarChart
          h={260}
          data={rows}
          dataKey="stage"
          series={[
            { name: "value", label: t("stageValue.value"), color: "indigo.6" },
            { name: "weighted", label: t("stageValue.weighted"), color: "teal.6" },
          ]}
          valueFormatter={money}
          withLegend
          tickLine="y"
        />
      )}
      {others.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="other-currencies">
          {t("stageValue.others", { sums: formatSums(others, i18n.language) })}
        </Text>
      )}
    </ChartCard>
  );
}
