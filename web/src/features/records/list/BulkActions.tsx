// The bar that appears while rows are ticked: assign an owner, add a tag, move deals to a
// stage, or move the records to the trash.
import { ActionBar, Button, Group, Loader, Menu, Popover, ScrollArea, Text, TextInput } from "@mantine/core";
import { IconTag, IconTrash, IconUserShare, IconArrowRightCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMembers, usePipelines } from "../../../api/hooks";
import { ConfirmModal } from "../../../components/ConfirmModal";
import { memberLabel } from "../../../lib/format";
import type { ListObject } from "./columns";
import { useBulkActions } from "./useBulkActions";
import type { ListRow } from "./useRecordPage";

interface Props {
  object: ListObject;
  rows: ListRow[];
  onClear: () => void;
  onDeleted: (ids: string[]) => void;
}

function OwnerMenu({ disabled, onPick }: { disabled: boolean; onPick: (id: string) => void }) {
  const { t } = useTranslation("records");
  const members = useMembers();
  return (
    <Menu position="top" shadow="md" width={240}>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconUserShare size={14} />} disabled={disabled} data-testid="bulk-owner">
          {t("bulk.assignOwner")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={300}>
          {(members.data ?? []).map((m) => (
            <Menu.Item key={m.id} onClick={() => onPick(m.id)} data-testid="bulk-owner-option">
              {memberLabel(m)}
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

function StageMenu({ disabled, onPick }: { disabled: boolean; onPick: (stageId: string) => void }) {
  const { t } = useTranslation("records");
  const pipelines = usePipelines();
  return (
    <Menu position="top" shadow="md" width={240}>
      <Menu.Target>
        <Button size="xs" variant="light" leftSection={<IconArrowRightCircle size={14} />} disabled={disabled} data-testid="bulk-stage">
          {t("bulk.moveStage")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <ScrollArea.Autosize mah={320}>
          {(pipelines.data ?? []).map((pipeline) => (
            <div key={pipeline.id}>
              <Menu.Label>{pipeline.name}</Menu.Label>
              {pipeline.stages.map((stage) => (
                <Menu.Item key={stage.id} onClick={() => onPick(stage.id)} data-testid="bulk-stage-option">
                  {stage.name}
                </Menu.Item>
              ))}
            </div>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}

function TagPopover({ disabled, onAdd }: { disabled: boolean; onAdd: (tag: string) => void }) {
  const { t } = useTranslation("records");
  const [opened, setOpened] = useState(false);
  const [tag, setTag] = useState("");
  function submit() {
    const text = tag.trim();
    if (!text) return;
    setOpened(false);
    setTag("");
    onAdd(text);
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="top" trapFocus shadow="md" width={260}>
      <Popover.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconTag size={14} />}
          disabled={disabled}
          onClick={() => setOpened((o) => !o)}
          data-testid="bulk-tag"
        >
          {t("bulk.addTag")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              size="xs"
              label={t("bulk.tag")}
              maxLength={64}
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
              data-testid="bulk-tag-input"
              style={{ flex: 1 }}
            />
            <Button size="xs" type="submit" disabled={!tag.trim()} data-testid="bulk-tag-submit">
              {t("common:actions.add")}
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}

export function BulkActions({ object, rows, onClear, onDeleted }: Props) {
  const { t } = useTranslation("records");
  const pipelines = usePipelines();
  const [confirming, setConfirming] = useState(false);
  const bulk = useBulkActions(object, rows, onDeleted);
  const count = rows.length;

  return (
    <>
      <ActionBar
        opened={count > 0}
        onClose={onClear}
        aria-label={t("bulk.label")}
        style={{ flexWrap: "wrap", maxWidth: "calc(100vw - 16px)", justifyContent: "center" }}
        data-testid="bulk-bar"
      >
        <Text size="sm" fw={600} data-testid="bulk-count">
          {t("bulk.selected", { count })}
        </Text>
        {bulk.running && <Loader size="xs" aria-label={t("bulk.working")} />}
        <ActionBar.Divider />
        <OwnerMenu disabled={bulk.running} onPick={bulk.assignOwner} />
        <TagPopover disabled={bulk.running} onAdd={bulk.addTag} />
        {object === "deals" && (
          <StageMenu disabled={bulk.running} onPick={(stageId) => bulk.moveStage(pipelines.data ?? [], stageId)} />
        )}
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconTrash size={14} />}
          disabled={bulk.running}
          onClick={() => setConfirming(true)}
          data-testid="bulk-delete"
        >
          {t("common:actions.delete")}
        </Button>
        <ActionBar.CloseButton aria-label={t("bulk.clear")} data-testid="bulk-clear" />
      </ActionBar>
      <ConfirmModal
        opened={confirming}
        title={t("bulk.deleteTitle", { count })}
        confirmLabel={t("common:actions.delete")}
        onConfirm={() => {
          setConfirming(false);
          void bulk.remove();
        }}
        onClose={() => setConfirming(false)}
        testId="bulk-delete-confirm"
      >
        {t("bulk.deleteConfirm", { count })}
      </ConfirmModal>
    </>
  );
}
