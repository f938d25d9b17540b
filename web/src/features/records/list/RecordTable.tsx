// The table: only the rows in view are rendered, the next page is fetched as the end comes
// near, and the keyboard works like a spreadsheet. Arrows move between rows and cells; Enter
// on a row opens the record, on a cell edits it (F2 too); Space ticks the row.
import { Center, Loader, Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { ValueContext } from "../../../lib/valueText";
import { formatValue } from "./cellValue";
import { columnWidth, NAME_COLUMNS, type Column, type ListObject } from "./columns";
import { isEditable } from "./editing";
import { RecordRow } from "./RecordRow";
import classes from "./RecordTable.module.css";
import { headerState, type Selection, type SelectionAction } from "./selection";
import type { SortKey } from "./sortModel";
import { TableHeader } from "./TableHeader";
import type { ListRow } from "./useRecordPage";

const ROW_HEIGHT = 41;
const HEADER_HEIGHT = 41;
const CHECKBOX_WIDTH = 44;
const ACTION_BAR_SPACE = 88;
// Start fetching the next page this many rows before the end.
const PREFETCH_ROWS = 30;
// Long enough to tell a double click (edit) from a click (open).
const CLICK_DELAY_MS = 250;

interface Props {
  object: ListObject;
  columns: Column[];
  labels: string[];
  rows: ListRow[];
  valueContext: ValueContext;
  sort: SortKey[];
  onSort: (key: string) => void;
  selection: Selection;
  onSelect: (action: SelectionAction) => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  initialScrollTop: number;
  onScroll: (top: number) => void;
  /** Changes when the rows are a different list (another filter or order): back to the top. */
  listKey: string;
}

interface Focus {
  row: number;
  col: number;
}

const INTERACTIVE = "a, button, input, textarea, select, label, [role='combobox'], [data-no-row-click]";

export function RecordTable(props: Props) {
  const { object, columns, labels, rows, valueContext, selection, onSelect } = props;
  const { t } = useTranslation("records");
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Focus>({ row: 0, col: -1 });
  const [editing, setEditing] = useState<{ id: string; key: string } | null>(null);
  const clickTimer = useRef<number | undefined>(undefined);

  // The virtualizer re-renders this component as the user scrolls; nothing memoized reads it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    // Room below the last row, so the bulk action bar never hides it.
    paddingEnd: selection.ids.size > 0 ? ACTION_BAR_SPACE : 0,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: props.initialScrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = props;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  useEffect(() => () => window.clearTimeout(clickTimer.current), []);

  const shownKey = useRef(props.listKey);
  useEffect(() => {
    if (shownKey.current === props.listKey) return;
    shownKey.current = props.listKey;
    virtualizer.scrollToOffset(0);
    setFocus({ row: 0, col: -1 });
  }, [props.listKey, virtualizer]);

  const order = useMemo(() => rows.map((r) => r.id), [rows]);
  const nameKeys = useMemo(() => new Set(NAME_COLUMNS[object]), [object]);
  const width = CHECKBOX_WIDTH + columns.reduce((sum, c) => sum + columnWidth(c), 0);
  const activeRow = Math.min(focus.row, Math.max(rows.length - 1, 0));

  const focusCell = useCallback((row: number, col: number) => {
    // Wait for the virtualizer to render a row scrolled into view.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const selector = col < 0 ? `tr[data-row="${row}"]` : `td[data-row="${row}"][data-col="${col}"]`;
        scrollRef.current?.querySelector<HTMLElement>(selector)?.focus();
      }),
    );
  }, []);

  const open = useCallback(
    (id: string, newTab = false) => {
      if (newTab) window.open(`/${object}/${id}`, "_blank", "noopener");
      else navigate(`/${object}/${id}`);
    },
    [navigate, object],
  );

  const startEdit = useCallback(
    (row: number, col: number) => {
      const record = rows[row];
      const column = columns[col];
      if (!record || !column || !isEditable(column)) return false;
      window.clearTimeout(clickTimer.current);
      setFocus({ row, col });
      setEditing({ id: record.id, key: column.key });
      return true;
    },
    [rows, columns],
  );

  const onRowClick = useCallback(
    (event: MouseEvent, index: number, row: ListRow) => {
      const target = event.target as HTMLElement;
      if (target.closest(INTERACTIVE) || editing?.id === row.id) return;
      const cell = target.closest<HTMLElement>("td[data-col]");
      const col = cell ? Number(cell.dataset.col) : -1;
      setFocus({ row: index, col });
      window.clearTimeout(clickTimer.current);
      if (event.detail > 1) return;
      if (event.metaKey || event.ctrlKey) return open(row.id, true);
      const column = columns[col];
      if (column && isEditable(column)) clickTimer.current = window.setTimeout(() => open(row.id), CLICK_DELAY_MS);
      else open(row.id);
    },
    [columns, editing, open],
  );

  const onToggle = useCallback(
    (id: string, shift: boolean) => onSelect({ type: "toggle", id, shift, order }),
    [onSelect, order],
  );

  // Read through a ref so the rows' callback stays the same while focus moves.
  const focusRef = useRef(focus);
  useEffect(() => {
    focusRef.current = focus;
  });
  const onEditClose = useCallback(() => {
    setEditing(null);
    focusCell(focusRef.current.row, focusRef.current.col);
  }, [focusCell]);

  const format = useCallback(
    (column: Column, value: unknown) => formatValue(column, value, null, valueContext),
    [valueContext],
  );

  function move(row: number, col: number) {
    const next = { row: Math.max(0, Math.min(row, rows.length - 1)), col: Math.max(-1, Math.min(col, columns.length - 1)) };
    setFocus(next);
    virtualizer.scrollToIndex(next.row);
    focusCell(next.row, next.col);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (editing || rows.length === 0) return;
    const { row, col } = { row: activeRow, col: focus.col };
    const record = rows[row];
    switch (event.key) {
      case "ArrowDown":
        move(row + 1, col);
        break;
      case "ArrowUp":
        move(row - 1, col);
        break;
      case "ArrowRight":
        move(row, col + 1);
        break;
      case "ArrowLeft":
        move(row, col - 1);
        break;
      case "PageDown":
        move(row + 10, col);
        break;
      case "PageUp":
        move(row - 10, col);
        break;
      case "Enter":
        if (col < 0 || !startEdit(row, col)) {
          if (record) open(record.id, event.metaKey || event.ctrlKey);
        }
        break;
      case "F2":
        startEdit(row, col);
        break;
      case " ":
        if (record) onSelect({ type: "toggle", id: record.id, shift: event.shiftKey, order });
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function onFocus(event: React.FocusEvent) {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined) return;
    const next = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    if (next.row !== focus.row || next.col !== focus.col) setFocus(next);
  }

  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT);

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      data-testid="records-table"
      onScroll={(e) => props.onScroll(e.currentTarget.scrollTop)}
    >
      <Table
        className={classes.table}
        style={{ width }}
        stickyHeader
        highlightOnHover
        verticalSpacing={8}
        role="grid"
        aria-rowcount={-1}
        aria-multiselectable
        aria-label={t(`title.${object}`)}
      >
        <colgroup>
          <col style={{ width: CHECKBOX_WIDTH }} />
          {columns.map((c) => (
            <col key={c.key} style={{ width: columnWidth(c) }} />
          ))}
        </colgroup>
        <TableHeader
          columns={columns}
          labels={labels}
          sort={props.sort}
          onSort={props.onSort}
          selected={headerState(selection, order)}
          onSelectAll={() => onSelect(headerState(selection, order) === "all" ? { type: "clear" } : { type: "all", order })}
        />
        <Table.Tbody onKeyDown={onKeyDown} onFocus={onFocus}>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index] as ListRow;
            const focused = item.index === activeRow;
            return (
              <RecordRow
                key={row.id}
                object={object}
                index={item.index}
                row={row}
                columns={columns}
                labels={labels}
                nameKeys={nameKeys}
                valueContext={valueContext}
                selected={selection.ids.has(row.id)}
                focusCol={focused ? focus.col : null}
                editingKey={editing?.id === row.id ? editing.key : null}
                height={ROW_HEIGHT}
                onToggle={onToggle}
                onRowClick={onRowClick}
                onCellDoubleClick={startEdit}
                onEditClose={onEditClose}
                format={format}
              />
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
      {isFetchingNextPage && (
        <Center p="sm" data-testid="loading-more">
          <Loader size="sm" aria-label={t("table.loadingMore")} />
        </Center>
      )}
    </div>
  );
}
