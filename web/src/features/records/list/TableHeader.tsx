// The sticky header: a tick-all box and one sortable heading per column.
import { Checkbox, Table, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconArrowsSort } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Column } from "./columns";
import classes from "./RecordTable.module.css";
import { ariaSort, sortDirectionOf, type SortKey } from "./sortModel";

interface Props {
  columns: Column[];
  labels: string[];
  sort: SortKey[];
  onSort: (key: string) => void;
  selected: "all" | "some" | "none";
  onSelectAll: () => void;
}

function SortIcon({ direction }: { direction: "asc" | "desc" | null }) {
  if (direction === "asc") return <IconArrowUp size={14} aria-hidden />;
  if (direction === "desc") return <IconArrowDown size={14} aria-hidden />;
  return <IconArrowsSort size={14} aria-hidden style={{ opacity: 0.35 }} />;
}

export function TableHeader({ columns, labels, sort, onSort, selected, onSelectAll }: Props) {
  const { t } = useTranslation("records");
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th className={classes.headerCell}>
          <Checkbox
            size="xs"
            aria-label={t("table.selectAll")}
            checked={selected === "all"}
            indeterminate={selected === "some"}
            onChange={onSelectAll}
            data-testid="select-all"
          />
        </Table.Th>
        {columns.map((column, i) => {
          const direction = sortDirectionOf(sort, column.key);
          return (
            <Table.Th
              key={column.key}
              className={classes.headerCell}
              aria-sort={column.sortable ? ariaSort(direction) : undefined}
              title={labels[i]}
            >
              {column.sortable ? (
                <UnstyledButton
                  className={classes.sortButton}
                  onClick={() => onSort(column.key)}
                  data-testid={`sort-${column.key}`}
                >
                  <span>{labels[i]}</span>
                  <SortIcon direction={direction} />
                </UnstyledButton>
              ) : (
                labels[i]
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );
}
