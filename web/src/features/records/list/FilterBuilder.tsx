// Rows of field / operator / value, joined by "all" (and) or "any" (or), with one level of
// groups. Every change reaches the list at once; unfinished rows are simply not applied yet.
import { ActionIcon, Alert, Button, Code, Group, Paper, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Column } from "./columns";
import { addCondition, addGroup, removeItem, setJoin, updateCondition } from "./filterEdit";
import {
  newCondition,
  operatorsFor,
  takesValue,
  valueKind,
  withOperator,
  type Condition,
  type FilterModel,
  type Join,
  type Operator,
} from "./filterModel";
import { FilterValueInput } from "./FilterValueInput";

interface Props {
  columns: Column[];
  model: FilterModel;
  rawFilter: string | null;
  label: (column: Column) => string;
  onChange: (model: FilterModel) => void;
  onClearRaw: () => void;
}

function operatorLabel(t: TFunction, column: Column | undefined, op: Operator): string {
  const kind = column ? valueKind(column) : "text";
  if ((kind === "date" || kind === "datetime") && op !== "is_empty" && op !== "is_not_empty") return t(`filter.dateOps.${op}`);
  if (kind === "list" && (op === "eq" || op === "neq")) return t(`filter.listOps.${op}`);
  return t(`filter.ops.${op}`);
}

function JoinControl({ join, onChange }: { join: Join; onChange: (join: Join) => void }) {
  const { t } = useTranslation("records");
  return (
    <SegmentedControl
      size="xs"
      value={join}
      onChange={(v) => onChange(v as Join)}
      data={[
        { value: "and", label: t("filter.all") },
        { value: "or", label: t("filter.any") },
      ]}
      data-testid="filter-join"
    />
  );
}

interface RowProps {
  condition: Condition;
  columns: Column[];
  label: (column: Column) => string;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

function ConditionRow({ condition, columns, label, onChange, onRemove }: RowProps) {
  const { t } = useTranslation("records");
  const column = columns.find((c) => c.key === condition.field);
  const fieldLabel = column ? label(column) : condition.field;
  return (
    <Group gap="xs" wrap="wrap" align="flex-start" data-testid="filter-row">
      <Select
        size="xs"
        style={{ flex: "1 1 150px", maxWidth: 220 }}
        searchable
        allowDeselect={false}
        aria-label={t("filter.field")}
        data={columns.map((c) => ({ value: c.key, label: label(c) }))}
        value={condition.field}
        onChange={(key) => {
          const next = columns.find((c) => c.key === key);
          if (next) onChange({ ...newCondition(next), id: condition.id });
        }}
        data-testid="filter-field"
      />
      <Select
        size="xs"
        style={{ flex: "1 1 130px", maxWidth: 180 }}
        allowDeselect={false}
        aria-label={t("filter.operator")}
        data={(column ? operatorsFor(column) : []).map((op) => ({ value: op, label: operatorLabel(t, column, op) }))}
        value={condition.op}
        onChange={(op) => op && onChange(withOperator(condition, op as Operator))}
        data-testid="filter-operator"
      />
      {column && takesValue(condition.op) && (
        <FilterValueInput
          column={column}
          condition={condition}
          label={t("filter.valueOf", { field: fieldLabel })}
          onChange={(value) => onChange({ ...condition, value })}
        />
      )}
      <ActionIcon variant="subtle" color="gray" mt={2} aria-label={t("filter.remove")} onClick={onRemove} data-testid="filter-remove">
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}

function RawFilter({ text, onClear }: { text: string; onClear: () => void }) {
  const { t } = useTranslation("records");
  return (
    <Alert color="gray" title={t("filter.rawTitle")} data-testid="filter-raw">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t("filter.rawHint")}</Text>
        <Code block style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
          {text}
        </Code>
        <Button size="xs" variant="light" onClick={onClear}>
          {t("filter.rawClear")}
        </Button>
      </Stack>
    </Alert>
  );
}

export function FilterBuilder({ columns, model, rawFilter, label, onChange, onClearRaw }: Props) {
  const { t } = useTranslation("records");
  if (rawFilter !== null) {
    return (
      <Paper withBorder p="sm" data-testid="filter-builder">
        <RawFilter text={rawFilter} onClear={onClearRaw} />
      </Paper>
    );
  }
  const first = columns[0];
  const rowProps = (condition: Condition) => ({
    condition,
    columns,
    label,
    onChange: (next: Condition) => onChange(updateCondition(model, condition.id, () => next)),
    onRemove: () => onChange(removeItem(model, condition.id)),
  });

  return (
    <Paper withBorder p="sm" data-testid="filter-builder">
      <Stack gap="xs">
        {model.items.length > 1 && (
          <Group gap="xs">
            <Text size="sm">{t("filter.match")}</Text>
            <JoinControl join={model.join} onChange={(join) => onChange(setJoin(model, join))} />
          </Group>
        )}
        {model.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("filter.none")}
          </Text>
        )}
        {model.items.map((item) =>
          item.kind === "condition" ? (
            <ConditionRow key={item.id} {...rowProps(item)} />
          ) : (
            <Paper key={item.id} withBorder p="xs" bg="var(--mantine-color-default-hover)" data-testid="filter-group">
              <Stack gap="xs">
                <Group gap="xs" justify="space-between">
                  <Group gap="xs">
                    <Text size="sm">{t("filter.groupMatch")}</Text>
                    <JoinControl join={item.join} onChange={(join) => onChange(setJoin(model, join, item.id))} />
                  </Group>
                  <ActionIcon variant="subtle" color="gray" aria-label={t("filter.removeGroup")} onClick={() => onChange(removeItem(model, item.id))}>
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
                {item.conditions.map((condition) => (
                  <ConditionRow key={condition.id} {...rowProps(condition)} />
                ))}
                {first && (
                  <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} w="fit-content" onClick={() => onChange(addCondition(model, first, item.id))}>
                    {t("filter.addToGroup")}
                  </Button>
                )}
              </Stack>
            </Paper>
          ),
        )}
        {first && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onChange(addCondition(model, first))} data-testid="filter-add">
              {t("filter.add")}
            </Button>
            <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => onChange(addGroup(model, first))} data-testid="filter-add-group">
              {t("filter.addGroup")}
            </Button>
            {model.items.length > 0 && (
              <Button size="xs" variant="subtle" color="gray" onClick={() => onChange({ join: "and", items: [] })} data-testid="filter-clear">
                {t("filter.clear")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
