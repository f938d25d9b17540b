// Shows, hides and orders the columns. Moving uses buttons rather than dragging, so it works
// from the keyboard and on a phone.
import { ActionIcon, Button, Checkbox, Group, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconColumns } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Column } from "./columns";
import { moveColumn, toggleColumn } from "./columnOrder";

interface Props {
  available: Column[];
  shown: string[];
  label: (column: Column) => string;
  onChange: (keys: string[]) => void;
  onReset: () => void;
}

export function ColumnChooser({ available, shown, label, onChange, onReset }: Props) {
  const { t } = useTranslation("records");
  const shownSet = new Set(shown);
  const byKey = new Map(available.map((c) => [c.key, c]));
  // Shown columns first in their order, then the hidden ones as the API lists them.
  const ordered = [
    ...shown.map((k) => byKey.get(k)).filter((c): c is Column => c !== undefined),
    ...available.filter((c) => !shownSet.has(c.key)),
  ];

  return (
    <Popover position="bottom-end" shadow="md" width={300} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />} data-testid="column-chooser">
          {t("columns.button")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Group justify="space-between" mb="xs">
          <Text size="sm" fw={600}>
            {t("columns.title")}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onReset} data-testid="columns-reset">
            {t("columns.reset")}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={4}>
            {ordered.map((column) => {
              const position = shown.indexOf(column.key);
              const visible = position >= 0;
              const name = label(column);
              return (
                <Group key={column.key} gap="xs" wrap="nowrap" justify="space-between">
                  <Checkbox
                    size="xs"
                    label={name}
                    checked={visible}
                    // The last column stays: an empty table helps no one.
                    disabled={visible && shown.length === 1}
                    onChange={() => onChange(toggleColumn(shown, column.key))}
                    data-testid={`column-toggle-${column.key}`}
                  />
                  {visible && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        disabled={position === 0}
                        aria-label={t("columns.moveUp", { name })}
                        onClick={() => onChange(moveColumn(shown, column.key, -1))}
                      >
                        <IconArrowUp size={14} />
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        disabled={position === shown.length - 1}
                        aria-label={t("columns.moveDown", { name })}
                        onClick={() => onChange(moveColumn(shown, column.key, 1))}
                      >
                        <IconArrowDown size={14} />
                      </ActionIcon>
                    </Group>
                  )}
                </Group>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
