// Settings → Jobs: the work Relata does in the background (webhook deliveries, for now), for
// owners and admins to see what is stuck and why, retry what gave up and cancel what waits.
import { Button, Center, EmptyState, Group, Loader, Select, Stack, Table, Text } from "@mantine/core";
import { IconListCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { AdminsOnly } from "./AdminsOnly";
import { JOB_STATUSES, type JobStatus } from "./jobs/job";
import { JobRow } from "./jobs/JobRow";
import { useJobs } from "./jobs/useJobs";
import { atLeast } from "./members/roleRules";

export function JobsTab() {
  const { t } = useTranslation("settings");
  const { role } = useSession();
  if (!atLeast(role, "admin")) {
    return <AdminsOnly title={t("jobs.adminsOnlyTitle")} text={t("jobs.adminsOnlyText")} testId="jobs-admins-only" />;
  }
  return <JobsList />;
}

const ALL = "all";

function JobsList() {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const jobs = useJobs(status);
  let content;
  if (jobs.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (jobs.isError) {
    content = <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />;
  } else {
    const rows = jobs.data.pages.flatMap((page) => page.data);
    content =
      rows.length === 0 ? (
        <EmptyState
          icon={<IconListCheck />}
          title={status ? t("jobs.emptyStatusTitle") : t("jobs.emptyTitle")}
          description={t("jobs.emptyText")}
          data-testid="jobs-empty"
        />
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" data-testid="jobs-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("jobs.kind")}</Table.Th>
                  <Table.Th miw={130}>{t("jobs.status")}</Table.Th>
                  <Table.Th ta="right" miw={80}>
                    {t("jobs.attempts")}
                  </Table.Th>
                  <Table.Th w={160}>{t("jobs.progress")}</Table.Th>
                  <Table.Th>{t("jobs.lastError")}</Table.Th>
                  <Table.Th>{t("jobs.updated")}</Table.Th>
                  <Table.Th w={110} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((job) => (
                  <JobRow key={job.id} job={job} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {jobs.hasNextPage && (
            <Group justify="center">
              <Button variant="default" size="xs" onClick={() => void jobs.fetchNextPage()} loading={jobs.isFetchingNextPage}>
                {tc("actions.loadMore")}
              </Button>
            </Group>
          )}
        </Stack>
      );
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t("jobs.intro")}
        </Text>
        <Select
          label={t("jobs.status")}
          data={[ALL, ...JOB_STATUSES].map((value) => ({
            value,
            label: value === ALL ? t("jobs.allStatuses") : t(`jobs.statuses.${value}`),
          }))}
          value={status ?? ALL}
          onChange={(value) => setStatus(value && value !== ALL ? (value as JobStatus) : null)}
          allowDeselect={false}
          w={200}
          data-testid="jobs-status-filter"
        />
      </Group>
      {content}
    </Stack>
  );
}
