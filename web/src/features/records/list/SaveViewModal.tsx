// Names a view and says whether the team sees it; used to save a new view and to rename one.
import { Alert, Button, Group, Modal, Stack, Switch, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";

export interface ViewNaming {
  name: string;
  shared: boolean;
}

interface Props {
  opened: boolean;
  title: string;
  initial: ViewNaming;
  saving: boolean;
  error: Error | null;
  onClose: () => void;
  onSave: (naming: ViewNaming) => void;
}

/** API errors about the name go to the name field; the rest (filter, sort, columns) above the buttons. */
function otherErrors(error: Error | null): string | null {
  if (!error) return null;
  if (!(error instanceof ApiProblem)) return error.message;
  const rest = (error.problem.errors ?? []).filter((e) => e.field !== "name");
  if (rest.length > 0) return rest.map((e) => `${e.field}: ${e.message}`).join("\n");
  return error.fieldError("name") ? null : error.message;
}

export function SaveViewModal({ opened, title, initial, saving, error, onClose, onSave }: Props) {
  const { t } = useTranslation("records");
  const form = useForm<ViewNaming>({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : t("common:validation.required")) },
  });
  const nameError = error instanceof ApiProblem ? error.fieldError("name") : undefined;
  const other = otherErrors(error);

  return (
    <Modal opened={opened} onClose={onClose} title={title} data-testid="view-modal">
      <form onSubmit={form.onSubmit((values) => onSave({ name: values.name.trim(), shared: values.shared }))} noValidate>
        <Stack>
          <TextInput
            label={t("views.name")}
            required
            autoFocus
            maxLength={100}
            data-testid="view-name-input"
            {...form.getInputProps("name")}
            error={form.errors.name ?? nameError}
          />
          <Switch
            label={t("views.shared")}
            description={t("views.sharedHint")}
            data-testid="view-shared-switch"
            {...form.getInputProps("shared", { type: "checkbox" })}
          />
          {other && (
            <Alert color="red" role="alert" style={{ whiteSpace: "pre-line" }}>
              {other}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={saving} data-testid="view-save-submit">
              {t("common:actions.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
