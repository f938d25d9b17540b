// Settings → Lead model: how deals' lead scores are made, how good the model is, and a way to
// train it again on the workspace's latest closed deals. Owners and admins only.
import {
  Alert,
  Button,
  Center,
  EmptyState,
  Group,
  List,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconChartDots3, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { formatDateTime, formatNumber } from "../../lib/format";
import { AdminsOnly } from "./AdminsOnly";
import { progressPercent } from "./jobs/job";
import { calibrationRows, formatMetric, formatRate, KNOWN_METHODS, type LeadModel, type TrainingJob } from "./leadmodel/leadModel";
import { useLeadModel, useTrainLeadModel } from "./leadmodel/useLeadModel";
import { atLeast } from "./members/roleRules";

export function LeadModelTab() {
  const { t } = useTranslation("settings");
  const { role } = useSession();
  if (!atLeast(role, "admin")) {
    return <AdminsOnly title={t("leadModel.adminsOnlyTitle")} text={t("leadModel.adminsOnlyText")} testId="lead-model-admins-only" />;
  }
  return <LeadModelView />;
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId} style={{ fontVariantNumeric: "tabular-nums" }}>
        {value}
      </Text>
    </Paper>
  );
}

function TrainingStatus({ job, error }: { job: TrainingJob | undefined; error: Error | null }) {
  const { t } = useTranslation("settings");
  if (error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t("leadModel.trainFailed")} data-testid="lead-model-train-error">
        {error.message}
      </Alert>
    );
  }
  if (!job) return null;
  if (job.status === "dead" || job.status === "cancelled") {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t("leadModel.trainFailed")} data-testid="lead-model-train-error">
        {job.last_error || t("leadModel.trainFailedText")}
      </Alert>
    );
  }
  if (job.status === "succeeded") return null;
  const percent = progressPercent(job.progress);
  return (
    <Stack gap={4} data-testid="lead-model-training">
      <Text size="sm">{t("leadModel.training")}</Text>
      <Progress value={percent ?? 100} animated={percent === null} striped={percent === null} aria-label={t("leadModel.training")} />
    </Stack>
  );
}

function ModelDetails({ model }: { model: LeadModel }) {
  const { t, i18n } = useTranslation("settings");
  const locale = i18n.language;
  const rows = calibrationRows(model.calibration);
  const method = KNOWN_METHODS.includes(model.method) ? t(`leadModel.methods.${model.method}`) : model.method;
  return (
    <Stack gap="md" data-testid="lead-model">
      <Stack gap={4}>
        <Text size="sm">
          {t("leadModel.method")}:{" "}
          <Text span fw={600} data-testid="lead-model-method">
            {method}
          </Text>
        </Text>
        {model.thin_history && (
          <Text size="sm" c="dimmed" data-testid="lead-model-thin">
            {t("leadModel.thinHistory")}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t("leadModel.trainedAt", { date: formatDateTime(model.trained_at, locale) })}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t("leadModel.examples")} value={formatNumber(model.examples, locale)} testId="lead-model-examples" />
        <Stat label={t("leadModel.won")} value={formatNumber(model.won, locale)} testId="lead-model-won" />
        <Stat label={t("leadModel.auc")} value={formatMetric(model.cv_auc, locale, 2)} testId="lead-model-auc" />
        <Stat label={t("leadModel.brier")} value={formatMetric(model.brier, locale, 3)} testId="lead-model-brier" />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t("leadModel.metricsNote")} {t("leadModel.scoredOpen", { count: model.scored_open_deals })}
      </Text>
      {model.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle />} title={t("leadModel.warnings")} data-testid="lead-model-warnings">
          <List size="sm" spacing={2}>
            {model.warnings.map((warning, i) => (
              <List.Item key={i}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {rows.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t("leadModel.calibration")}
          </Title>
          <Text size="xs" c="dimmed">
            {t("leadModel.calibrationNote")}
          </Text>
          <Table fz="sm" verticalSpacing={4} maw={560} data-testid="lead-model-calibration">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("leadModel.bin")}</Table.Th>
                <Table.Th ta="right">{t("leadModel.deals")}</Table.Th>
                <Table.Th ta="right">{t("leadModel.predicted")}</Table.Th>
                <Table.Th ta="right">{t("leadModel.observed")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: "tabular-nums" }}>
              {rows.map((row) => (
                <Table.Tr key={`${row.lower}-${row.upper}`} data-testid="lead-model-bin">
                  <Table.Td>
                    {formatRate(row.lower, locale)} – {formatRate(row.upper, locale)}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(row.count, locale)}</Table.Td>
                  <Table.Td ta="right">{formatRate(row.predicted, locale)}</Table.Td>
                  <Table.Td ta="right">{formatRate(row.observed, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

function LeadModelView() {
  const { t } = useTranslation("settings");
  const model = useLeadModel();
  const train = useTrainLeadModel();
  const trainButton = (
    <Button
      leftSection={<IconRefresh size={16} />}
      onClick={train.start}
      loading={train.training}
      variant={model.data ? "default" : "filled"}
      data-testid="lead-model-train"
    >
      {t("leadModel.train")}
    </Button>
  );
  let content;
  if (model.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (model.isError) {
    content = <ErrorState error={model.error} onRetry={() => void model.refetch()} />;
  } else if (model.data === null) {
    content = (
      <EmptyState
        icon={<IconChartDots3 />}
        title={t("leadModel.emptyTitle")}
        description={t("leadModel.emptyText")}
        data-testid="lead-model-empty"
      >
        {trainButton}
      </EmptyState>
    );
  } else {
    content = <ModelDetails model={model.data} />;
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t("leadModel.intro")}
        </Text>
        {model.data && trainButton}
      </Group>
      <TrainingStatus job={train.job} error={train.error} />
      {content}
    </Stack>
  );
}
