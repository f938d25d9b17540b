// Defines a custom field. The key is derived from the label as it is typed (Cyrillic
// transliterated) until the person edits the key themselves.
import { Alert, Button, Group, Modal, Select, Stack, Switch, TagsInput, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { CUSTOM_FIELD_KINDS, type CustomFieldKind, type ObjectName } from "../../../api/types";
import { fieldKey, isValidKey } from "./fieldKey";
import { useCreateField, type CustomFieldInput } from "./useCustomFieldWrites";

const WITH_OPTIONS: readonly CustomFieldKind[] = ["select", "multi_select"];
const FORM_FIELDS = ["key", "label", "kind", "options", "required"];

interface CreateFieldModalProps {
  object: ObjectName;
  opened: boolean;
  onClose: () => void;
}

export function CreateFieldModal({ object, opened, onClose }: CreateFieldModalProps) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const create = useCreateField(object);
  const [keyEdited, setKeyEdited] = useState(false);
  const form = useForm<CustomFieldInput>({
    initialValues: { label: "", key: "", kind: "text", options: [], required: false },
    validate: {
      label: (value) => (value.trim() ? null : t("fields.problems.labelRequired")),
      key: (value) => (isValidKey(value) ? null : t("fields.problems.badKey")),
      options: (value, values) =>
        WITH_OPTIONS.includes(values.kind) && value.length === 0 ? t("fields.problems.optionsRequired") : null,
    },
  });
  const withOptions = WITH_OPTIONS.includes(form.values.kind);

  const close = () => {
    form.reset();
    create.reset();
    setKeyEdited(false);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const input = { ...values, label: values.label.trim(), options: withOptions ? values.options : [] };
    create.mutate(input, {
      onSuccess: close,
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return;
        for (const e of error.problem.errors ?? []) form.setFieldError(e.field, e.message);
      },
    });
  });
  const unnamedError =
    create.error &&
    !(create.error instanceof ApiProblem && create.error.problem.errors?.some((e) => FORM_FIELDS.includes(e.field)));

  return (
    <Modal opened={opened} onClose={close} title={t(`fields.createTitle.${object}`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("fields.label")}
            placeholder={t("fields.labelPlaceholder")}
            required
            data-autofocus
            maxLength={100}
            data-testid="field-label"
            {...form.getInputProps("label")}
            onChange={(event) => {
              const label = event.currentTarget.value;
              form.setFieldValue("label", label);
              if (!keyEdited) form.setFieldValue("key", fieldKey(label));
            }}
          />
          <TextInput
            label={t("fields.key")}
            description={t("fields.keyHint")}
            required
            maxLength={63}
            data-testid="field-key"
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
            {...form.getInputProps("key")}
            onChange={(event) => {
              const key = event.currentTarget.value;
              form.setFieldValue("key", key);
              // An emptied key follows the label again.
              setKeyEdited(key !== "");
            }}
          />
          <Select
            label={t("fields.kind")}
            data={CUSTOM_FIELD_KINDS.map((kind) => ({ value: kind, label: t(`fields.kinds.${kind}`) }))}
            allowDeselect={false}
            data-testid="field-kind"
            {...form.getInputProps("kind")}
          />
          {withOptions && (
            <TagsInput
              label={t("fields.options")}
              description={t("fields.optionsHint")}
              required
              data-testid="field-options"
              {...form.getInputProps("options")}
            />
          )}
          <Switch label={t("fields.required")} description={t("fields.requiredHint")} {...form.getInputProps("required", { type: "checkbox" })} />
          {unnamedError && create.error && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {create.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc("actions.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="field-create-submit">
              {tc("actions.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
