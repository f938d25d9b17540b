// Deals won and lost in each of the last months, zeros included, so a quiet month shows.
import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import type { DashboardReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import { ChartCard } from "./ChartCard";
import { closedRows } from "./dashboardData";

export function ClosedChart({ report }: { report: DashboardReport }) {
  const { t, i18n } = useTranslation("dashboard");
  return (
    <ChartCard title={t("closed.title")} note={t("closed.note", { months: report.closed_by_month.length })} testId="chart-closed">
      <BarChart
        h={260}
        data={closedRows(report, i18n.language)}
        dataKey="month"
        series={[
          { name: "won", label: t("closed.won"), color: "teal.6" },
          { name: "lost", label: t("closed.lost"), color: "red.6" },
        ]}
        valueFormatter={(value) => formatNumber(value, i18n.language)}
        yAxisProps={{ allowDecimals: false }}
        withLegend
      />
    </ChartCard>
  );
}
