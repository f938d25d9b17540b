// One row of the fields panel: the value, and in its place the editor while editing.
import { ActionIcon, Box, Button, DataList, Group, Stack, Tooltip } from "@mantine/core";
import { useDidUpdate } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RecordObject } from "../../../api/types";
import type { ValueContext, ValueField } from "../../../lib/valueText";
import { ConflictNotice } from "./ConflictNotice";
import { FieldDisplay } from "./FieldDisplay";
import { FieldEditor, type FieldEditorProps } from "./FieldEditor";
import { SAVES_ON_PICK, type FieldBinding } from "./fieldKinds";
import type { AnyRecord } from "./recordTypes";
import { useFieldEdit } from "./useFieldEdit";

export interface FieldRowProps {
  object: RecordObject;
  record: AnyRecord;
  field: ValueField & Pick<FieldEditorProps["field"], "options">;
  label: string;
  binding: FieldBinding;
  writable: boolean;
  ctx: ValueContext;
}

export function FieldRow({ object, record, field, label, binding, writable, ctx }: FieldRowProps) {
  const { t } = useTranslation(["record", "common"]);
  const edit = useFieldEdit(object, record, binding);
  const picks = SAVES_ON_PICK.has(field.kind);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to the pencil after saving or cancelling, so keyboard users keep their place.
  useDidUpdate(() => {
    if (!edit.editing) editButton.current?.focus();
  }, [edit.editing]);

  return (
    <DataList.Item data-testid={`field-${field.key}`} data-editing={edit.editing || undefined}>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ minWidth: 0, flex: 1 }}>
        {edit.editing ? (
          <Stack gap={6}>
            {edit.conflict && (
              <ConflictNotice
                field={field}
                label={label}
                theirs={edit.conflict.theirs}
                mine={edit.draft}
                saving={edit.saving}
                onKeepTheirs={edit.keepTheirs}
                onSaveMine={edit.saveMine}
              />
            )}
            <FieldEditor
              field={field}
              kind={field.kind}
              record={record}
              value={edit.draft}
              label={label}
              error={edit.error ?? undefined}
              onChange={edit.change}
              onSubmit={edit.submit}
              onCancel={edit.cancel}
            />
            <Group gap={4}>
              {!picks && !edit.conflict && (
                <Button size="compact-xs" onClick={edit.submit} loading={edit.saving} data-testid="field-save">
                  {t("common:actions.save")}
                </Button>
              )}
              <Button size="compact-xs" variant="subtle" color="gray" onClick={edit.cancel} disabled={edit.saving}>
                {t("common:actions.cancel")}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Box style={{ minWidth: 0, flex: 1 }}>
              <FieldDisplay field={field} value={binding.read(record)} ctx={ctx} />
            </Box>
            {writable && (
              <Tooltip label={t("fields.edit", { field: label })} openDelay={400}>
                <ActionIcon
                  ref={editButton}
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t("fields.edit", { field: label })}
                  onClick={edit.start}
                  data-testid="field-edit"
                >
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}
