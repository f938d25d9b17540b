// Picks a saved view, saves the list as a new view, and updates, renames or deletes the open one.
import { Button, Menu, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconChevronDown,
  IconDeviceFloppy,
  IconLayoutList,
  IconLock,
  IconPencil,
  IconPlus,
  IconTrash,
  IconUsers,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import type { View } from "../../../api/types";
import { useSession } from "../../../app/session";
import { ConfirmModal } from "../../../components/ConfirmModal";
import type { ListObject } from "./columns";
import { SaveViewModal, type ViewNaming } from "./SaveViewModal";
import { useDeleteView, useSaveView, type ViewContent } from "./useViews";

interface Props {
  object: ListObject;
  views: View[];
  active: View | null;
  /** The list's filter, sort and columns as they are now. */
  current: Omit<ViewContent, "name" | "shared">;
  dirty: boolean;
  onOpen: (id: string | null) => void;
}

type Dialog = "new" | "edit" | "delete" | null;

function notifyError(error: Error, title: string) {
  notifications.show({ color: "red", title, message: error.message });
}

export function ViewPicker({ object, views, active, current, dirty, onOpen }: Props) {
  const { t } = useTranslation("records");
  const session = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const save = useSaveView(object);
  const remove = useDeleteView(object);
  const canChange =
    active !== null && (active.owner_id === session.member_id || session.role === "owner" || session.role === "admin");

  function close() {
    setDialog(null);
    save.reset();
  }

  function saveNew(naming: ViewNaming) {
    save.mutate(
      { view: null, content: { ...current, ...naming } },
      {
        onSuccess: (view) => {
          close();
          onOpen(view.id);
          notifications.show({ color: "green", message: t("views.saved", { name: view.name }) });
        },
      },
    );
  }

  function update(view: View, content: ViewContent, onDone?: () => void) {
    save.mutate(
      { view, content },
      {
        onSuccess: (saved) => {
          onDone?.();
          notifications.show({ color: "green", message: t("views.saved", { name: saved.name }) });
        },
        onError: (error) => {
          if (error instanceof ApiProblem && error.isConflict) notifyError(error, t("views.conflict"));
          else if (!onDone) notifyError(error, t("views.saveFailed"));
        },
      },
    );
  }

  function deleteActive(view: View) {
    remove.mutate(view, {
      onSuccess: () => {
        setDialog(null);
        onOpen(null);
        notifications.show({ message: t("views.deleted", { name: view.name }) });
      },
      onError: (error) => notifyError(error, t("views.deleteFailed")),
    });
  }

  const shared = views.filter((v) => v.shared);
  const own = views.filter((v) => !v.shared);

  return (
    <>
      <Menu position="bottom-start" shadow="md" width={260}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconLayoutList size={16} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="view-picker"
            maw={260}
          >
            <Text truncate size="sm" fw={500}>
              {active?.name ?? t(`views.all.${object}`)}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onOpen(null)} data-testid="view-option" data-view-id="">
            {t(`views.all.${object}`)}
          </Menu.Item>
          {[
            { label: t("views.sharedViews"), list: shared, icon: IconUsers },
            { label: t("views.myViews"), list: own, icon: IconLock },
          ]
            .filter((section) => section.list.length > 0)
            .map(({ label, list, icon: Icon }) => (
              <div key={label}>
                <Menu.Label>{label}</Menu.Label>
                {list.map((view) => (
                  <Menu.Item
                    key={view.id}
                    leftSection={<Icon size={14} />}
                    onClick={() => onOpen(view.id)}
                    fw={view.id === active?.id ? 600 : undefined}
                    data-testid="view-option"
                    data-view-id={view.id}
                  >
                    {view.name}
                  </Menu.Item>
                ))}
              </div>
            ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => setDialog("new")} data-testid="view-save-new">
            {t("views.saveNew")}
          </Menu.Item>
          {active && canChange && (
            <>
              <Menu.Item
                leftSection={<IconDeviceFloppy size={14} />}
                disabled={!dirty}
                onClick={() => update(active, { ...current, name: active.name, shared: active.shared })}
                data-testid="view-update"
              >
                {t("views.update", { name: active.name })}
              </Menu.Item>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setDialog("edit")} data-testid="view-edit">
                {t("views.edit")}
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setDialog("delete")}
                data-testid="view-delete"
              >
                {t("views.delete")}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>

      {dialog === "new" && (
        <SaveViewModal
          opened
          title={t("views.saveNew")}
          initial={{ name: "", shared: true }}
          saving={save.isPending}
          error={save.error}
          onClose={close}
          onSave={saveNew}
        />
      )}
      {dialog === "edit" && active && (
        <SaveViewModal
          opened
          title={t("views.edit")}
          initial={{ name: active.name, shared: active.shared }}
          saving={save.isPending}
          error={save.error}
          onClose={close}
          // Renaming keeps the view's saved filter, sort and columns.
          onSave={(naming) =>
            update(
              active,
              { filter: active.filter, sort: active.sort, columns: active.columns, ...naming },
              close,
            )
          }
        />
      )}
      <ConfirmModal
        opened={dialog === "delete"}
        title={t("views.delete")}
        confirmLabel={t("common:actions.delete")}
        onConfirm={() => active && deleteActive(active)}
        onClose={() => setDialog(null)}
        pending={remove.isPending}
        testId="view-delete-confirm"
      >
        {t("views.deleteConfirm", { name: active?.name ?? "" })}
      </ConfirmModal>
    </>
  );
}
