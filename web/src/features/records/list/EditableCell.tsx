// The in-place editor of one cell. Enter or leaving the cell saves, Escape cancels. When
// someone else changed the record first (412), both values stay on screen until the user picks
// one; a value the API refuses keeps the editor open with the API's words.
import { Alert, Box, Button, Group, NumberInput, Popover, Select, Stack, Text, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { readField } from "../../../lib/recordFields";
import { booleanData, optionData } from "../../../lib/valueText";
import type { Column, ListObject } from "./columns";
import { editorKind, fromDraft, sameValue, toDraft } from "./editing";
import { usePatchRecord } from "./usePatchRecord";
import { mergeRows, type ListRow } from "./useRecordPage";

type Trouble = { kind: "error"; message: string } | { kind: "conflict"; current: ListRow };

interface Props {
  object: ListObject;
  column: Column;
  row: ListRow;
  label: string;
  /** A value as the table shows it, for the conflict message. */
  format: (value: unknown) => string;
  onClose: () => void;
}

function troubleOf(error: Error, column: Column): Trouble {
  if (error instanceof ApiProblem) {
    if (error.status === 412 && error.problem.current) {
      return { kind: "conflict", current: error.problem.current as ListRow };
    }
    const message = error.fieldError(column.key) ?? error.problem.errors?.[0]?.message ?? error.message;
    return { kind: "error", message };
  }
  return { kind: "error", message: error.message };
}

export function EditableCell({ object, column, row, label, format, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const original = readField(row, column.key);
  const [draft, setDraft] = useState(() => toDraft(original));
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const patch = usePatchRecord(object);
  // Blur follows Enter and focus moves into the conflict dialog; neither may save twice.
  const busy = useRef(false);
  // A refused value is not sent again until the user changes it.
  const refused = useRef<string | null>(null);

  function save(text: string, version = row.version) {
    if (busy.current || text === refused.current) return;
    const value = fromDraft(column, text);
    if (version === row.version && sameValue(original, value)) {
      onClose();
      return;
    }
    busy.current = true;
    patch.mutate(
      { id: row.id, version, column, value },
      {
        onSuccess: onClose,
        onError: (error) => {
          const found = troubleOf(error, column);
          setTrouble(found);
          // A conflict waits for the user's choice; a refused value may be corrected and saved.
          busy.current = found.kind === "conflict";
          refused.current = found.kind === "error" ? text : null;
        },
      },
    );
  }

  function keepTheirs(current: ListRow) {
    mergeRows(client, object, [current]);
    onClose();
  }

  function onKeyDown(event: KeyboardEvent) {
    // The table moves between cells with these keys; inside an editor they belong to the editor.
    event.stopPropagation();
    if (event.key === "Escape" && trouble?.kind !== "conflict") {
      event.preventDefault();
      onClose();
    } else if (event.key === "Enter" && editorKind(column) !== "select" && editorKind(column) !== "boolean") {
      event.preventDefault();
      save(draft);
    }
  }

  const editorProps = {
    size: "xs" as const,
    autoFocus: true,
    "aria-label": label,
    "data-testid": "cell-editor",
    error: trouble?.kind === "error",
    onKeyDown,
    onBlur: () => save(draft),
  };

  return (
    <Popover opened={trouble !== null} position="bottom-start" withArrow width={320} trapFocus={trouble?.kind === "conflict"} closeOnEscape={false} closeOnClickOutside={false}>
      <Popover.Target>
        <Box onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
          <Editor column={column} draft={draft} setDraft={setDraft} save={save} editorProps={editorProps} />
        </Box>
      </Popover.Target>
      <Popover.Dropdown onKeyDown={(e) => e.stopPropagation()}>
        {trouble?.kind === "error" && (
          <Text size="sm" c="red" role="alert" data-testid="cell-error">
            {trouble.message}
          </Text>
        )}
        {trouble?.kind === "conflict" && (
          <Alert color="orange" title={t("conflict.title")} p="xs" data-testid="cell-conflict">
            <Stack gap="xs">
              <Text size="sm">
                {t("conflict.message", {
                  field: label,
                  theirs: format(readField(trouble.current, column.key)) || t("states.none"),
                  yours: format(fromDraft(column, draft)) || t("states.none"),
                })}
              </Text>
              <Group gap="xs">
                <Button size="xs" loading={patch.isPending} data-testid="conflict-keep-mine" onClick={() => {
                  busy.current = false;
                  save(draft, trouble.current.version);
                }}>
                  {t("conflict.keepMine")}
                </Button>
                <Button size="xs" variant="default" data-testid="conflict-keep-theirs" onClick={() => keepTheirs(trouble.current)}>
                  {t("conflict.keepTheirs")}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

interface EditorProps {
  column: Column;
  draft: string;
  setDraft: (text: string) => void;
  save: (text: string) => void;
  editorProps: {
    size: "xs";
    autoFocus: boolean;
    "aria-label": string;
    error: boolean;
    onKeyDown: (event: KeyboardEvent) => void;
    onBlur: () => void;
  };
}

function Editor({ column, draft, setDraft, save, editorProps }: EditorProps) {
  const { t, i18n } = useTranslation();
  switch (editorKind(column)) {
    case "number":
      return (
        <NumberInput
          {...editorProps}
          hideControls
          value={draft}
          allowDecimal={column.type !== "integer"}
          decimalScale={column.type === "money" ? 2 : undefined}
          onChange={(value) => setDraft(String(value))}
        />
      );
    case "date":
      return (
        <DateInput
          {...editorProps}
          value={draft || null}
          valueFormat="YYYY-MM-DD"
          locale={i18n.language}
          clearable
          onChange={(value) => setDraft(value ?? "")}
        />
      );
    case "select":
    case "boolean": {
      const data = editorKind(column) === "boolean" ? booleanData(t) : optionData(t, column);
      return (
        <Select
          {...editorProps}
          data={data}
          value={draft || null}
          defaultDropdownOpened
          searchable
          clearable
          onChange={(value) => {
            setDraft(value ?? "");
            save(value ?? "");
          }}
        />
      );
    }
    default:
      return <TextInput {...editorProps} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />;
  }
}
