// Expected won revenue for this month and the next ones, with the band the real figure fell
// in for most past months, learned from the team's own closed deals. A workspace with no
// history yet gets the server's explanation instead of a made-up number.
import { AreaChart } from "@mantine/charts";
import { Center, Group, Loader, Paper, Table, Text, ThemeIcon } from "@mantine/core";
import { IconCrystalBall } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { ErrorState } from "../../components/ErrorState";
import { formatCompactMoney } from "../../lib/format";
import { ChartCard } from "./ChartCard";
import { bandPercentiles, forecastRows, useForecast, type Forecast, type ForecastRow } from "./insights";

function Notice({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm" data-testid={testId}>
      <ThemeIcon variant="light" color="gray" size="lg" radius="xl" aria-hidden>
        <IconCrystalBall size={18} />
      </ThemeIcon>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

function ForecastTooltip({ row, money }: { row: ForecastRow | undefined; money: (n: number) => string }) {
  const { t } = useTranslation("dashboard");
  if (!row) return null;
  return (
    <Paper withBorder shadow="md" p="xs" radius="md">
      <Text size="sm" fw={600}>
        {row.month}
      </Text>
      <Text size="sm">{t("forecast.expectedValue", { value: money(row.expected) })}</Text>
      <Text size="xs" c="dimmed">
        {t("forecast.range", { low: money(row.band[0]), high: money(row.band[1]) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t("forecast.parts", { open: money(row.fromOpen), new: money(row.fromNew) })}
      </Text>
    </Paper>
  );
}

function ForecastChart({ forecast, currency }: { forecast: Forecast; currency: string | null }) {
  const { t, i18n } = useTranslation("dashboard");
  const rows = forecastRows(forecast, i18n.language);
  const money = (value: number) => formatCompactMoney(value, currency, i18n.language);
  const percentiles = bandPercentiles(forecast.band);
  const band = percentiles
    ? t("forecast.bandNote", {
        low: t("forecast.percentile", { count: percentiles[0], ordinal: true }),
        high: t("forecast.percentile", { count: percentiles[1], ordinal: true }),
      })
    : "";
  return (
    <>
      <Text size="xs" c="dimmed" data-testid="forecast-note">
        {t("forecast.learned", { count: forecast.closed_deals })}
        {band && `; ${band}`}
      </Text>
      <AreaChart
        h={220}
        data={rows}
        dataKey="month"
        series={[
          { name: "band", label: t("forecast.band"), color: "indigo.3", strokeDasharray: "4 4" },
          { name: "expected", label: t("forecast.expected"), color: "indigo.6" },
        ]}
        curveType="linear"
        valueFormatter={money}
        areaProps={(series) => (series.name === "band" ? { dot: false, activeDot: false, strokeWidth: 1 } : {})}
        tooltipProps={{
          content: ({ payload }) => <ForecastTooltip row={payload?.[0]?.payload as ForecastRow | undefined} money={money} />,
        }}
        withLegend
        data-testid="forecast-chart"
      />
      <Table fz="xs" verticalSpacing={4} data-testid="forecast-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("forecast.month")}</Table.Th>
            <Table.Th ta="right">{t("forecast.expected")}</Table.Th>
            <Table.Th ta="right">{t("forecast.band")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.month} data-testid="forecast-month">
              <Table.Td>{row.month}</Table.Td>
              <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
                {money(row.expected)}
              </Table.Td>
              <Table.Td ta="right" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
                {money(row.band[0])} – {money(row.band[1])}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The forecast is in the workspace's default currency (the server leaves out deals in
 * others); `currency` is the dashboard's, used only when an older server does not say. */
export function ForecastCard({ currency }: { currency: string | null }) {
  const { t } = useTranslation("dashboard");
  const forecast = useForecast();
  let body: ReactNode;
  if (forecast.isPending) {
    body = (
      <Center h={120}>
        <Loader size="sm" />
      </Center>
    );
  } else if (forecast.isError) {
    const error = forecast.error;
    if (error instanceof ApiProblem && error.status === 409) {
      // Not enough history yet: the server says what is missing.
      body = <Notice testId="forecast-not-yet">{error.problem.detail || error.problem.title}</Notice>;
    } else if (error instanceof ApiProblem && error.status === 404) {
      body = <Notice testId="forecast-unavailable">{t("forecast.unavailable")}</Notice>;
    } else {
      body = <ErrorState error={error} onRetry={() => void forecast.refetch()} />;
    }
  } else {
    body = <ForecastChart forecast={forecast.data} currency={forecast.data.currency ?? currency} />;
  }
  return (
    <ChartCard title={t("forecast.title")} note={t("forecast.note")} testId="forecast-card">
      {body}
    </ChartCard>
  );
}
