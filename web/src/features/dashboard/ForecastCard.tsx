// The forecast's place on the dashboard. Forecasts come with the intelligence features
// (learned from the team's own history, backtested); until then the card says so and shows
// no number, because a made-up forecast is worse than none.
import { Text, ThemeIcon, Group } from "@mantine/core";
import { IconCrystalBall } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ChartCard } from "./ChartCard";

export function ForecastCard() {
  const { t } = useTranslation("dashboard");
  return (
    <ChartCard title={t("forecast.title")} testId="forecast-card">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" color="gray" size="lg" radius="xl" aria-hidden>
          <IconCrystalBall size={18} />
        </ThemeIcon>
        <Text size="sm">{t("forecast.text")}</Text>
      </Group>
    </ChartCard>
  );
}
