// Step 2's table: each column of the file with an example value, and the field it feeds.
// Two columns only, so that the choice stays in view at phone width.
import { Select, Stack, Table, Text, VisuallyHidden, type ComboboxData } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { columnNote } from "./columnNote";
import type { ColumnChoice } from "./mapping";
import type { Target, TargetGroup } from "./targets";

/** The select's value for "do not import this column" (the server reads `-` the same way). */
const IGNORE = "-";
const GROUPS: readonly TargetGroup[] = ["linked", "standard", "custom"];

interface MappingTableProps {
  columns: readonly ColumnChoice[];
  samples: readonly string[];
  targets: readonly Target[];
  duplicates: ReadonlyMap<string, string[]>;
  label: (field: string) => string;
  onChoose: (index: number, field: string | null) => void;
}

function selectData(targets: readonly Target[], label: (field: string) => string, ignore: string, group: (g: TargetGroup) => string): ComboboxData {
  const groups = GROUPS.map((g) => ({
    group: group(g),
    items: targets.filter((t) => t.group === g).map((t) => ({ value: t.value, label: t.label ?? label(t.value) })),
  })).filter((g) => g.items.length > 0);
  return [{ value: IGNORE, label: ignore }, ...groups];
}

export function MappingTable({ columns, samples, targets, duplicates, label, onChoose }: MappingTableProps) {
  const { t } = useTranslation("import");
  const data = selectData(targets, label, t("map.ignore"), (g) => t(`map.groups.${g}`));
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="45%">{t("map.column")}</Table.Th>
            <Table.Th>{t("map.field")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column, index) => (
            <MappingRow
              key={index}
              column={column}
              sample={samples[index] ?? ""}
              data={data}
              duplicateOf={column.field ? duplicates.get(column.field) : undefined}
              onChoose={(field) => onChoose(index, field)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface MappingRowProps {
  column: ColumnChoice;
  sample: string;
  data: ComboboxData;
  duplicateOf: string[] | undefined;
  onChoose: (field: string | null) => void;
}

function MappingRow({ column, sample, data, duplicateOf, onChoose }: MappingRowProps) {
  const { t } = useTranslation("import");
  const header = column.header || t("map.unnamed");
  const ignored = column.field === null;
  let note: string | null = null;
  if (!column.addressable) note = t("map.repeatedHeader");
  else if (ignored && column.field === column.guess && column.note) {
    const known = columnNote(column.note);
    note = known.reason === "other" ? known.text : t(`map.notes.${known.reason}`, known);
  }
  const error = duplicateOf ? t("map.duplicate", { columns: duplicateOf.join(", ") }) : null;
  return (
    <Table.Tr data-testid="import-mapping-row" data-column={column.header}>
      <Table.Td style={{ verticalAlign: "top" }}>
        <Text fw={500} c={ignored ? "dimmed" : undefined} lineClamp={2} style={{ wordBreak: "break-word" }}>
          {header}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2} title={sample} style={{ wordBreak: "break-word" }}>
          <VisuallyHidden>{t("map.sample")}: </VisuallyHidden>
          {sample || t("map.noSample")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Select
            aria-label={t("map.fieldFor", { column: header })}
            data={data}
            value={column.field ?? IGNORE}
            onChange={(value) => onChoose(value === null || value === IGNORE ? null : value)}
            allowDeselect={false}
            searchable
            disabled={!column.addressable}
            error={error}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={320}
          />
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
