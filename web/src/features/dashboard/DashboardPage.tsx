// The manager's dashboard (/dashboard?pipeline=<id>): open pipeline by stage, deals won and
// lost by month, activity by rep, conversion between stages, the revenue forecast and the
// deals at risk (the last two learned from the whole workspace's history, not one pipeline).
// Loaded on its own with the charting library, so the first screen stays small.
import "@mantine/charts/styles.css";
import { Button, Center, EmptyState, Group, Loader, Select, SimpleGrid, Stack, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiProblem } from "../../api/client";
import { usePipelines } from "../../api/hooks";
import type { Pipeline } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { ActivityChart } from "./ActivityChart";
import { ClosedChart } from "./ClosedChart";
import { ConversionBars } from "./ConversionBars";
import type { StageList } from "./dashboardData";
import { DealsAtRiskCard } from "./DealsAtRiskCard";
import { ForecastCard } from "./ForecastCard";
import { HeadlineStats } from "./HeadlineStats";
import { useDashboardReport } from "./report";
import { StageValueChart } from "./StageValueChart";

function Charts({ pipeline }: { pipeline: Pipeline }) {
  const { t } = useTranslation("dashboard");
  const report = useDashboardReport(pipeline.id);
  const stages: StageList = {
    stages: [...pipeline.stages].sort((a, b) => a.position - b.position),
    unknownName: t("unknownStage"),
  };

  if (report.isPending) {
    return (
      <Center h="40vh">
        <Loader />
      </Center>
    );
  }
  if (report.isError) {
    // Servers older than the dashboard report answer 404; say that rather than "not found".
    const error = report.error instanceof ApiProblem && report.error.status === 404 ? new Error(t("unavailable")) : report.error;
    return <ErrorState error={error} onRetry={() => void report.refetch()} />;
  }
  return (
    <Stack gap="md" data-testid="dashboard">
      <HeadlineStats report={report.data} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <StageValueChart report={report.data} stages={stages} />
        <ClosedChart report={report.data} />
        <ActivityChart report={report.data} />
        <ConversionBars report={report.data} stages={stages} />
        <ForecastCard currency={report.data.currency} />
        <DealsAtRiskCard />
      </SimpleGrid>
    </Stack>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();

  if (pipelines.isPending) {
    return (
      <Center h="60vh">
        <Loader />
      </Center>
    );
  }
  if (pipelines.isError) return <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  const ordered = [...pipelines.data].sort((a, b) => a.position - b.position);
  const pipeline = ordered.find((p) => p.id === params.get("pipeline")) ?? ordered[0];

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {t("title")}
        </Title>
        {pipeline && (
          <Select
            aria-label={t("pipeline")}
            data={ordered.map((p) => ({ value: p.id, label: p.name }))}
            value={pipeline.id}
            onChange={(id) => id && setParams({ pipeline: id })}
            allowDeselect={false}
            w={{ base: "100%", xs: 220 }}
            data-testid="dashboard-pipeline-select"
          />
        )}
      </Group>
      {pipeline ? (
        <Charts pipeline={pipeline} />
      ) : (
        <EmptyState icon={<IconChartBar />} title={t("noPipelines.title")} description={t("noPipelines.text")}>
          <Button component={Link} to="/settings">
            {t("noPipelines.action")}
          </Button>
        </EmptyState>
      )}
    </Stack>
  );
}
