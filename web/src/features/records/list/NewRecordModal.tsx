// Creates a person, company or deal from the few fields one knows at first; the record page
// takes it from there. The API's field errors are shown at their fields.
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api, ApiProblem } from "../../../api/client";
import { queryKeys, usePipelines, useWorkspace } from "../../../api/hooks";
import type { Pipeline } from "../../../api/types";
import { useSession } from "../../../app/session";
import { CompanySelect } from "../../../components/CompanySelect";
import type { ListObject } from "./columns";
import { newRecordBody, NEW_RECORD_FIELDS, type NewRecordValues } from "./newRecord";

type Form = UseFormReturnType<NewRecordValues>;

function fieldProps(form: Form, key: string, label: string) {
  return { label, "data-testid": `field-${key}`, ...form.getInputProps(key) };
}

function DealFields({ form, pipelines }: { form: Form; pipelines: Pipeline[] }) {
  const { t, i18n } = useTranslation("fields");
  const russian = i18n.language === "ru";
  const pipeline = pipelines.find((p) => p.id === form.values.pipeline_id);
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          {...fieldProps(form, "amount", t("deals.amount"))}
          min={0}
          decimalScale={2}
          thousandSeparator={russian ? "\u00a0" : ","}
          decimalSeparator={russian ? "," : "."}
        />
        <TextInput {...fieldProps(form, "currency", t("deals.currency"))} maxLength={3} placeholder="USD" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          {...fieldProps(form, "pipeline_id", t("deals.pipeline_id"))}
          allowDeselect={false}
          value={String(form.values.pipeline_id ?? "") || null}
          data={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(id) => {
            const next = pipelines.find((p) => p.id === id);
            form.setFieldValue("pipeline_id", id ?? "");
            form.setFieldValue("stage_id", next?.stages.find((s) => s.kind === "open")?.id ?? next?.stages[0]?.id ?? "");
          }}
        />
        <Select
          {...fieldProps(form, "stage_id", t("deals.stage_id"))}
          allowDeselect={false}
          value={String(form.values.stage_id ?? "") || null}
          data={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </SimpleGrid>
    </>
  );
}

function ObjectFields({ object, form, pipelines }: { object: ListObject; form: Form; pipelines: Pipeline[] }) {
  const { t } = useTranslation("fields");
  const text = (key: string, props: Record<string, unknown> = {}) => (
    <TextInput {...fieldProps(form, key, t([`${object}.${key}`, `common.${key}`]))} {...props} />
  );
  const company = (
    <CompanySelect
      label={t(`${object}.company_id`)}
      data-testid="field-company_id"
      value={String(form.values.company_id ?? "") || null}
      onChange={(id) => form.setFieldValue("company_id", id ?? "")}
      error={form.errors.company_id}
    />
  );
  switch (object) {
    case "people":
      return (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {text("first_name", { autoFocus: true })}
            {text("last_name")}
          </SimpleGrid>
          {text("email", { type: "email" })}
          {text("phone", { type: "tel" })}
          {company}
        </>
      );
    case "companies":
      return (
        <>
          {text("name", { required: true, autoFocus: true })}
          {text("domain", { placeholder: "example.com" })}
          {text("industry")}
        </>
      );
    case "deals":
      return (
        <>
          {text("name", { required: true, autoFocus: true })}
          <DealFields form={form} pipelines={pipelines} />
          {company}
        </>
      );
  }
}

function initialValues(object: ListObject, pipelines: Pipeline[], currency: string): NewRecordValues {
  const values: NewRecordValues = Object.fromEntries(NEW_RECORD_FIELDS[object].map((k) => [k, ""]));
  if (object === "deals") {
    const pipeline = pipelines[0];
    values.pipeline_id = pipeline?.id ?? "";
    values.stage_id = pipeline?.stages.find((s) => s.kind === "open")?.id ?? pipeline?.stages[0]?.id ?? "";
    values.currency = currency;
  }
  return values;
}

interface Props {
  object: ListObject;
  opened: boolean;
  onClose: () => void;
}

export function NewRecordModal({ object, opened, onClose }: Props) {
  const { t } = useTranslation("records");
  const pipelines = usePipelines();
  const workspace = useWorkspace();
  const currency = workspace.data?.settings.default_currency;
  return (
    <Modal opened={opened} onClose={onClose} title={t(`create.title.${object}`)} size="lg" data-testid="new-record-modal">
      {opened && (
        <NewRecordForm
          object={object}
          initial={initialValues(object, pipelines.data ?? [], typeof currency === "string" ? currency : "")}
          pipelines={pipelines.data ?? []}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function NewRecordForm({ object, initial, pipelines, onClose }: { object: ListObject; initial: NewRecordValues; pipelines: Pipeline[]; onClose: () => void }) {
  const { t } = useTranslation("records");
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const form = useForm<NewRecordValues>({
    initialValues: initial,
    validate: (values) =>
      object !== "people" && !String(values.name ?? "").trim() ? { name: t("common:validation.required") } : {},
  });
  const create = useMutation({
    mutationFn: (values: NewRecordValues) =>
      api<{ id: string }>(`/api/v1/${object}`, { method: "POST", body: newRecordBody(object, values, session.member_id) }),
    onSuccess: (record) => {
      void client.invalidateQueries({ queryKey: queryKeys.list(object) });
      notifications.show({ color: "green", message: t(`create.done.${object}`) });
      onClose();
      navigate(`/${object}/${record.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiProblem) {
        form.setErrors(Object.fromEntries((error.problem.errors ?? []).map((e) => [e.field, e.message])));
      }
    },
  });
  // Errors about fields the form does not show (or no field at all) are shown above the buttons.
  const shown = new Set(NEW_RECORD_FIELDS[object]);
  const unplaced =
    create.error instanceof ApiProblem
      ? (create.error.problem.errors ?? []).filter((e) => !shown.has(e.field)).map((e) => `${e.field}: ${e.message}`)
      : [];
  const general = create.error && (!(create.error instanceof ApiProblem) || !create.error.problem.errors?.length);

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack>
        <ObjectFields object={object} form={form} pipelines={pipelines} />
        {(unplaced.length > 0 || general) && (
          <Alert color="red" role="alert" style={{ whiteSpace: "pre-line" }}>
            {general ? create.error?.message : unplaced.join("\n")}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="create-record-submit">
            {t("common:actions.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
