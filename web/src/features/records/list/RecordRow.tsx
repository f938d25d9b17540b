// One row of the table: its tick box and its cells, one of which may be in edit mode.
import { Checkbox, Table } from "@mantine/core";
import { memo, type ChangeEvent, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ValueContext } from "../../../lib/valueText";
import { CellContent } from "./CellContent";
import type { Column, ListObject } from "./columns";
import { EditableCell } from "./EditableCell";
import classes from "./RecordTable.module.css";
import type { ListRow } from "./useRecordPage";

export interface RowProps {
  object: ListObject;
  index: number;
  row: ListRow;
  columns: Column[];
  labels: string[];
  nameKeys: ReadonlySet<string>;
  valueContext: ValueContext;
  selected: boolean;
  /** The column that holds keyboard focus in this row: -1 the row itself, null another row. */
  focusCol: number | null;
  /** The column being edited in this row, if any. */
  editingKey: string | null;
  height: number;
  onToggle: (id: string, shift: boolean) => void;
  onRowClick: (event: MouseEvent, index: number, row: ListRow) => void;
  onCellDoubleClick: (index: number, col: number) => void;
  onEditClose: () => void;
  format: (column: Column, value: unknown) => string;
}

export const RecordRow = memo(function RecordRow(props: RowProps) {
  const { object, index, row, columns, labels, nameKeys, valueContext, selected, focusCol, editingKey, height } = props;
  const { t } = useTranslation("records");
  return (
    <Table.Tr
      className={classes.row}
      style={{ height }}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={focusCol === -1 ? 0 : -1}
      data-row={index}
      data-col={-1}
      data-record-id={row.id}
      data-testid="record-row"
      onClick={(event) => props.onRowClick(event, index, row)}
    >
      <Table.Td className={classes.cell}>
        <Checkbox
          size="xs"
          tabIndex={-1}
          aria-label={t("table.selectRow")}
          checked={selected}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            props.onToggle(row.id, (event.nativeEvent as unknown as { shiftKey?: boolean }).shiftKey === true)
          }
          data-testid="row-checkbox"
        />
      </Table.Td>
      {columns.map((column, col) => {
        const editing = editingKey === column.key;
        return (
          <Table.Td
            key={column.key}
            className={editing ? `${classes.cell} ${classes.editing}` : classes.cell}
            tabIndex={focusCol === col ? 0 : -1}
            data-row={index}
            data-col={col}
            data-testid={`cell-${column.key}`}
            onDoubleClick={() => props.onCellDoubleClick(index, col)}
          >
            {editing ? (
              <EditableCell
                object={object}
                column={column}
                row={row}
                label={labels[col] ?? column.key}
                format={(value) => props.format(column, value)}
                onClose={props.onEditClose}
              />
            ) : (
              <CellContent object={object} column={column} row={row} valueContext={valueContext} isName={nameKeys.has(column.key)} />
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
});
