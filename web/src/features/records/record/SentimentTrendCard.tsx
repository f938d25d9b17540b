// A person's or company's sentiment over time: a sparkline of the rolling average of their
// activities' sentiment, the latest average, and the server's alert when it has dropped.
import { Sparkline } from "@mantine/charts";
import "@mantine/charts/styles.css";
import { Alert, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatScore } from "../../timeline/sentiment";
import { hasTrend, sparklineValues, trendColor, useSentimentTrend, type TrendObject } from "./sentimentTrend";

export function SentimentTrendCard({ object, id }: { object: TrendObject; id: string }) {
  const { t, i18n } = useTranslation("record");
  const trend = useSentimentTrend(object, id);
  // The trend is extra: while it loads, or if it cannot be had, the page goes without it.
  if (!hasTrend(trend.data)) return null;
  const data = trend.data;
  const values = sparklineValues(data);
  const latest = values.at(-1);
  const alert = data.alert;
  return (
    <Paper withBorder p="md" data-testid="sentiment-trend">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="nowrap">
          <Title order={2} size="h5">
            {t("sentimentTrend.title")}
          </Title>
          {latest !== undefined && (
            <Text size="sm" fw={600} c={trendColor(latest)} data-testid="sentiment-trend-latest">
              {formatScore(latest, i18n.language)}
            </Text>
          )}
        </Group>
        {values.length > 1 && (
          <Sparkline
            h={56}
            data={values}
            color={trendColor(latest)}
            fillOpacity={0.25}
            curveType="monotone"
            aria-label={t("sentimentTrend.chartLabel")}
            role="img"
            data-testid="sentiment-trend-chart"
          />
        )}
        <Text size="xs" c="dimmed">
          {t("sentimentTrend.note", { count: data.points.length })}
        </Text>
        {alert && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t("sentimentTrend.alertTitle")} data-testid="sentiment-alert">
            <Stack gap={4}>
              <Text size="sm">{alert.reason}</Text>
              {Number.isFinite(alert.recent_average) && Number.isFinite(alert.baseline_average) && (
                <Text size="xs" c="dimmed">
                  {t("sentimentTrend.alertAverages", {
                    recent: formatScore(alert.recent_average, i18n.language),
                    baseline: formatScore(alert.baseline_average, i18n.language),
                  })}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
