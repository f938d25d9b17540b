// The log itself: a filter by action (kept in the address), the export, the entries newest
// first, and "load more" for older ones.
import { Button, Center, EmptyState, Group, Loader, Select, Stack, Text } from "@mantine/core";
import { IconDownload, IconListSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../components/ErrorState";
import { AUDIT_ACTIONS } from "./auditEntry";
import { AuditTable } from "./AuditTable";
import { useActionLabel } from "./useActionLabel";
import { useAuditLog } from "./useAuditLog";

export function AuditLog() {
  const { t } = useTranslation("settings");
  const [params, setParams] = useSearchParams();
  const action = params.get("action");
  const setAction = (value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set("action", value);
      else next.delete("action");
      return next;
    });
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t("audit.intro")}
      </Text>
      <Group justify="space-between" align="flex-end">
        <ActionFilter value={action} onChange={setAction} />
        <Button
          component="a"
          href="/api/v1/audit/export"
          download
          variant="default"
          leftSection={<IconDownload size={16} />}
          data-testid="audit-export"
        >
          {t("common:actions.export")}
        </Button>
      </Group>
      <AuditEntries action={action} />
    </Stack>
  );
}

function ActionFilter({ value, onChange }: { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation("settings");
  const actionLabel = useActionLabel();
  const options: { value: string; label: string }[] = AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }));
  // An action from an address that the list does not know yet still shows.
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: value });
  return (
    <Select
      label={t("audit.filter")}
      placeholder={t("audit.allActions")}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t("audit.noSuchAction")}
      w={280}
      maw="100%"
      data-testid="audit-action-filter"
    />
  );
}

function AuditEntries({ action }: { action: string | null }) {
  const { t } = useTranslation("settings");
  const log = useAuditLog(action);
  if (log.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  // A failed "load more" keeps the pages shown; only a failed first page has nothing to show.
  if (!log.data) return <ErrorState error={log.error ?? new Error(t("audit.loadFailed"))} onRetry={() => void log.refetch()} />;
  const entries = log.data.pages.flatMap((page) => page.data);
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconListSearch />}
        title={action ? t("audit.emptyFilteredTitle") : t("audit.emptyTitle")}
        description={action ? t("audit.emptyFilteredText") : t("audit.emptyText")}
        data-testid="audit-empty"
      />
    );
  }
  return (
    <Stack gap="md">
      <AuditTable entries={entries} />
      {log.isFetchNextPageError && log.error && <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} />}
      {log.hasNextPage && (
        <Center>
          <Button variant="default" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()} data-testid="audit-load-more">
            {t("common:actions.loadMore")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
