// What the table area shows before there are rows: a skeleton while loading, a friendly empty
// state, or the reason a filter was refused.
import { Alert, Button, EmptyState, Skeleton, Stack } from "@mantine/core";
import { IconFilterOff, IconPlus, IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { ListObject } from "./columns";

export function TableSkeleton({ rows = 12 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} aria-busy aria-label={t("states.loading")} data-testid="records-loading">
      <Skeleton height={36} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={30} opacity={1 - i / (rows + 4)} />
      ))}
    </Stack>
  );
}

interface EmptyProps {
  object: ListObject;
  filtered: boolean;
  onClearFilters: () => void;
  onCreate: () => void;
}

export function ListEmpty({ object, filtered, onClearFilters, onCreate }: EmptyProps) {
  const { t } = useTranslation("records");
  return (
    <EmptyState
      py="xl"
      icon={filtered ? <IconSearch size={28} /> : <IconPlus size={28} />}
      withIndicatorBackground
      title={filtered ? t(`empty.filteredTitle.${object}`) : t(`empty.title.${object}`)}
      description={filtered ? t("empty.filteredHint") : t(`empty.hint.${object}`)}
      data-testid="records-empty"
    >
      <EmptyState.Actions>
        {filtered ? (
          <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClearFilters}>
            {t("filter.clearAll")}
          </Button>
        ) : (
          <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
            {t(`create.button.${object}`)}
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** Whether the API refused the list's own parameters (the filter, usually) rather than failing. */
export function isQueryProblem(error: Error | null): error is ApiProblem {
  return (
    error instanceof ApiProblem &&
    (error.status === 400 || error.status === 422) &&
    (error.problem.errors ?? []).some((e) => ["filter", "sort", "fields"].includes(e.field))
  );
}

export function QueryProblem({ error, onClearFilters }: { error: ApiProblem; onClearFilters: () => void }) {
  const { t } = useTranslation("records");
  return (
    <Alert color="orange" title={t("filter.refused")} role="alert" data-testid="filter-error">
      <Stack gap="xs" align="flex-start">
        {(error.problem.errors ?? []).map((e) => (
          <span key={`${e.field}:${e.message}`}>{e.message}</span>
        ))}
        <Button size="xs" variant="light" color="orange" onClick={onClearFilters}>
          {t("filter.clearAll")}
        </Button>
      </Stack>
    </Alert>
  );
}
