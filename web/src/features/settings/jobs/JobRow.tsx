// One background job: what it is, how it stands, how many tries of how many, its progress and
// last error, and Retry (a dead or cancelled job) or Cancel (a queued one).
import { Badge, Button, Code, Progress, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlayerStop, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatRelative } from "../../../lib/format";
import { canCancel, canRetry, JOB_STATUS_COLORS, progressPercent, type Job } from "./job";
import { useJobAction } from "./useJobs";

export function JobRow({ job }: { job: Job }) {
  const { t, i18n } = useTranslation("settings");
  const action = useJobAction();
  const locale = i18n.language;
  const percent = progressPercent(job.progress);
  const run = (kind: "retry" | "cancel") =>
    action.mutate(
      { job, action: kind },
      {
        onSuccess: () => notifications.show({ message: t(kind === "retry" ? "jobs.retried" : "jobs.cancelled") }),
        onError: (error) => notifications.show({ color: "red", message: error.message }),
      },
    );
  return (
    <Table.Tr data-testid="job-row" data-job-id={job.id} data-status={job.status}>
      <Table.Td>
        <Text size="sm">{t(`jobs.kinds.${job.kind}`, { defaultValue: job.kind })}</Text>
        <Code fz="xs">{job.kind}</Code>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={JOB_STATUS_COLORS[job.status] ?? "gray"} data-testid="job-status">
          {t(`jobs.statuses.${job.status}`, { defaultValue: job.status })}
        </Badge>
      </Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
        {t("jobs.attemptsOf", { attempts: job.attempts, max: job.max_attempts })}
      </Table.Td>
      <Table.Td>
        {percent === null ? (
          <Text size="xs" c="dimmed">
            —
          </Text>
        ) : (
          <Stack gap={2}>
            <Progress value={percent} size="sm" aria-label={t("jobs.progressValue", { percent })} />
            <Text size="xs" c="dimmed">
              {job.progress_note ? `${percent}% · ${job.progress_note}` : `${percent}%`}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {/* A job that got there in the end keeps its last error, which no longer matters much. */}
        <Text
          size="xs"
          c={job.last_error && job.status !== "succeeded" ? "red" : "dimmed"}
          style={{ overflowWrap: "anywhere" }}
          lineClamp={3}
          title={job.last_error ?? undefined}
        >
          {job.last_error ?? "—"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" title={formatDateTime(job.updated_at, locale)}>
          {formatRelative(job.updated_at, locale)}
        </Text>
        {job.status === "queued" && (
          <Text size="xs" c="dimmed" title={formatDateTime(job.run_at, locale)}>
            {t("jobs.runsAt", { when: formatRelative(job.run_at, locale) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {canRetry(job) && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconRefresh size={14} />}
            onClick={() => run("retry")}
            loading={action.isPending}
            data-testid="job-retry"
          >
            {t("jobs.retry")}
          </Button>
        )}
        {canCancel(job) && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            leftSection={<IconPlayerStop size={14} />}
            onClick={() => run("cancel")}
            loading={action.isPending}
            data-testid="job-cancel"
          >
            {t("jobs.cancel")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
