// People, companies and deals as fast tables: pages fetched as one scrolls, sorting, a filter
// builder, columns, saved views (the open one in the URL as `?view=`), in-place edits, bulk
// actions, CSV export and a form for a new record.
import { Alert, Button, Collapse, Group } from "@mantine/core";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldLabel } from "../../api/fieldLabel";
import { useFields, type FieldInfo } from "../../api/hooks";
import type { ObjectName, View } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { BulkActions } from "./list/BulkActions";
import { ColumnChooser } from "./list/ColumnChooser";
import { availableColumns, DEFAULT_COLUMNS, normalizeColumns, type Column, type ListObject } from "./list/columns";
import { FilterBuilder } from "./list/FilterBuilder";
import { countConditions, EMPTY_FILTER } from "./list/filterModel";
import { exportHref, listParams } from "./list/listQuery";
import {
  builderFilter,
  differsFromView,
  initialListState,
  listReducer,
  rememberedList,
  rememberList,
  storeColumns,
  storedColumns,
} from "./list/listState";
import { isQueryProblem, ListEmpty, QueryProblem, TableSkeleton } from "./list/ListStates";
import { ListToolbar } from "./list/ListToolbar";
import { NewRecordModal } from "./list/NewRecordModal";
import { PageFrame } from "./list/PageFrame";
import { RecordTable } from "./list/RecordTable";
import { NO_SELECTION, selectionReducer } from "./list/selection";
import { nextSort, serializeSort } from "./list/sortModel";
import { useListValueContext } from "./list/useListValueContext";
import { useRecordPage } from "./list/useRecordPage";
import { useSettledFilter } from "./list/useSettledFilter";
import { useViews } from "./list/useViews";
import { useViewUrl } from "./list/useViewUrl";
import { ViewPicker } from "./list/ViewPicker";

function asListObject(object: ObjectName | undefined): ListObject {
  return object === "companies" || object === "deals" ? object : "people";
}

export default function ListPage({ object }: { object?: ObjectName }) {
  const list = asListObject(object);
  // One screen per object: switching from people to deals starts fresh instead of reusing state.
  return <ListScreen key={list} object={list} />;
}

function ListScreen({ object }: { object: ListObject }) {
  const fields = useFields(object);
  if (fields.isPending) return <PageFrame object={object} onCreate={null}><TableSkeleton /></PageFrame>;
  if (fields.isError) {
    return (
      <PageFrame object={object} onCreate={null}>
        <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />
      </PageFrame>
    );
  }
  return <ListBody object={object} fields={fields.data} />;
}

function ListBody({ object, fields }: { object: ListObject; fields: FieldInfo[] }) {
  const { t } = useTranslation("records");
  const available = useMemo(() => availableColumns(fields, object), [fields, object]);
  const byKey = useMemo(() => new Map(available.map((c) => [c.key, c])), [available]);
  const remembered = useMemo(() => rememberedList(object), [object]);
  const [state, dispatch] = useReducer(listReducer, object, (o) => remembered?.state ?? initialListState(storedColumns(o)));
  const [selection, select] = useReducer(selectionReducer, NO_SELECTION);
  const [filterOpen, setFilterOpen] = useState(() => countConditions(state.filter) > 0 || state.rawFilter !== null);
  const [creating, setCreating] = useState(false);
  const scrollTop = useRef(remembered?.scrollTop ?? 0);
  const views = useViews(object);

  // Stable arrays, so the table's memoized rows re-render only when something they show changes.
  const shown = useMemo(() => normalizeColumns(state.columns, available, object), [state.columns, available, object]);
  const shownColumns = useMemo(
    () => shown.map((k) => byKey.get(k)).filter((c): c is Column => c !== undefined),
    [shown, byKey],
  );
  const label = useCallback((column: Column) => fieldLabel(t, object, column), [t, object]);
  const labels = useMemo(() => shownColumns.map(label), [shownColumns, label]);
  const activeView = views.data?.find((v) => v.id === state.viewId) ?? null;

  const wanted = listParams(object, state, available, shown);
  const filter = useSettledFilter(wanted.filter, state.viewId);
  const params = { ...wanted, filter };

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const applyView = useCallback(
    (view: View | null) => {
      dispatch({ type: "view", view, columns: view ? stateRef.current.columns : storedColumns(object) });
      setFilterOpen(Boolean(view?.filter?.trim()));
    },
    [object],
  );
  // A view missing from a list being refetched may be one just saved: wait for the fresh list.
  const { open, pending } = useViewUrl(views.isFetching ? undefined : views.data, state.viewId, applyView);

  // Without the views there is no view to wait for: show the plain list.
  const waiting = pending && !views.isError;
  const page = useRecordPage(object, params, !waiting);
  const rows = useMemo(() => page.data?.pages.flatMap((p) => p.data) ?? [], [page.data]);
  const valueContext = useListValueContext(rows);

  useEffect(() => () => rememberList(object, stateRef.current, scrollTop.current), [object]);
  useEffect(() => select({ type: "keep", order: rows.map((r) => r.id) }), [rows]);

  function setColumns(columns: string[]) {
    dispatch({ type: "columns", columns });
    if (state.viewId === null) storeColumns(object, columns);
  }

  function clearFilters(alsoSort = false) {
    dispatch({ type: "filter", filter: EMPTY_FILTER });
    dispatch({ type: "clearRawFilter" });
    dispatch({ type: "quick", text: "" });
    if (alsoSort) dispatch({ type: "sort", sort: [] });
  }

  const filtered = Boolean(filter);
  const selectedRows = rows.filter((r) => selection.ids.has(r.id));
  const summary = rows.length === 0 ? undefined : page.hasNextPage ? t("summary.loaded", { count: rows.length }) : t("summary.total", { count: rows.length });

  let body: ReactNode;
  if (page.isPending || waiting) body = <TableSkeleton />;
  else if (page.isError && rows.length === 0) {
    body = isQueryProblem(page.error) ? (
      <QueryProblem error={page.error} onClearFilters={() => clearFilters(true)} />
    ) : (
      <ErrorState error={page.error} onRetry={() => void page.refetch()} />
    );
  } else if (rows.length === 0 && !page.isFetching) {
    body = <ListEmpty object={object} filtered={filtered} onClearFilters={() => clearFilters()} onCreate={() => setCreating(true)} />;
  } else {
    body = (
      <RecordTable
        object={object}
        columns={shownColumns}
        labels={labels}
        rows={rows}
        valueContext={valueContext}
        sort={state.sort}
        onSort={(key) => dispatch({ type: "sort", sort: nextSort(state.sort, key) })}
        selection={selection}
        onSelect={select}
        // After a failed page the table waits for "Try again" rather than retrying in a loop.
        hasNextPage={page.hasNextPage && !page.isFetchNextPageError}
        isFetchingNextPage={page.isFetchingNextPage}
        fetchNextPage={() => void page.fetchNextPage()}
        initialScrollTop={remembered?.scrollTop ?? 0}
        onScroll={(top) => (scrollTop.current = top)}
        listKey={`${params.filter}|${params.sort}`}
      />
    );
  }

  return (
    <PageFrame
      object={object}
      onCreate={() => setCreating(true)}
      summary={summary}
      refreshing={page.isPlaceholderData && page.isFetching}
    >
      <ListToolbar
        object={object}
        viewPicker={
          <ViewPicker
            object={object}
            views={views.data ?? []}
            active={activeView}
            current={{ filter: builderFilter(state, available) || null, sort: serializeSort(state.sort) || null, columns: shown }}
            dirty={activeView !== null && differsFromView(state, activeView, available, shown)}
            onOpen={open}
          />
        }
        columnChooser={
          <ColumnChooser
            available={available}
            shown={shown}
            label={label}
            onChange={setColumns}
            onReset={() => setColumns(DEFAULT_COLUMNS[object])}
          />
        }
        quick={state.quick}
        onQuick={(text) => dispatch({ type: "quick", text })}
        filterCount={countConditions(state.filter) + (state.rawFilter ? 1 : 0)}
        filterOpen={filterOpen}
        onToggleFilter={() => setFilterOpen((o) => !o)}
        exportHref={exportHref(object, params, shown)}
      />
      <Collapse expanded={filterOpen}>
        <FilterBuilder
          columns={available}
          model={state.filter}
          rawFilter={state.rawFilter}
          label={label}
          onChange={(filter) => dispatch({ type: "filter", filter })}
          onClearRaw={() => dispatch({ type: "clearRawFilter" })}
        />
      </Collapse>
      {page.isError && rows.length > 0 && (
        <Alert color="red" role="alert" py="xs">
          <Group justify="space-between">
            <span>{page.error.message}</span>
            <Button size="xs" variant="light" color="red" onClick={() => void page.fetchNextPage()}>
              {t("common:actions.retry")}
            </Button>
          </Group>
        </Alert>
      )}
      {body}
      <BulkActions
        object={object}
        rows={selectedRows}
        onClear={() => select({ type: "clear" })}
        onDeleted={(ids) => select({ type: "keep", order: rows.map((r) => r.id).filter((id) => !ids.includes(id)) })}
      />
      <NewRecordModal object={object} opened={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
