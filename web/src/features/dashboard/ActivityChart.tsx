// What each rep did in the last 30 days, stacked by kind of activity.
import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMemberName } from "../../api/hooks";
import type { DashboardReport } from "../../api/types";
import { formatNumber } from "../../lib/format";
import { ChartCard } from "./ChartCard";
import { ACTIVITY_KINDS, activityRows } from "./dashboardData";

const KIND_COLOR = { call: "indigo.6", email: "cyan.6", meeting: "grape.6", task: "orange.6", note: "gray.6" } as const;

/** Height enough for each rep's bar and name. */
const ROW_HEIGHT = 36;

export function ActivityChart({ report }: { report: DashboardReport }) {
  const { t, i18n } = useTranslation("dashboard");
  const memberName = useMemberName();
  const rows = activityRows(report, (id) => memberName(id) || t("activity.formerMember"));
  return (
    <ChartCard title={t("activity.title")} note={t("activity.note")} testId="chart-activity">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("activity.empty")}
        </Text>
      ) : (
        <BarChart
          h={Math.max(160, rows.length * ROW_HEIGHT + 80)}
          data={rows}
          dataKey="member"
          type="stacked"
          orientation="vertical"
          series={ACTIVITY_KINDS.map((kind) => ({ name: kind, label: t(`fields:values.kind.${kind}`), color: KIND_COLOR[kind] }))}
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          yAxisProps={{ width: 110 }}
          xAxisProps={{ allowDecimals: false }}
          withLegend
        />
      )}
    </ChartCard>
  );
}
