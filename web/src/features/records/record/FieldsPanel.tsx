// Every standard and custom field of the record, each editable in place where the API allows.
import { DataList, Paper, Skeleton, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldLabel } from "../../../api/fieldLabel";
import { useFields, type FieldInfo } from "../../../api/hooks";
import type { RecordObject } from "../../../api/types";
import { useValueContext } from "../../../api/valueContext";
import { ErrorState } from "../../../components/ErrorState";
import { fieldKind } from "../../../lib/fieldKinds";
import { readField } from "../../../lib/recordFields";
import { bindingFor } from "./fieldKinds";
import { FieldRow } from "./FieldRow";
import type { AnyRecord } from "./recordTypes";

// Kept by the system; shown after the fields so the panel answers "who made this, when".
function systemField(key: string, type: string, references: string | null = null): FieldInfo {
  return { key, type, references, sortable: true, required: false, writable: false, custom: false, options: null };
}

const SYSTEM_FIELDS: FieldInfo[] = [
  systemField("created_at", "date-time"),
  systemField("updated_at", "date-time"),
  systemField("created_by", "id", "members"),
];

function FieldsSkeleton() {
  return (
    <Stack gap="sm" aria-hidden>
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} height={18} width={`${60 + ((i * 17) % 40)}%`} />
      ))}
    </Stack>
  );
}

export function FieldsPanel({ object, record }: { object: RecordObject; record: AnyRecord }) {
  const { t } = useTranslation(["record", "fields"]);
  const fields = useFields(object);
  const companyId = readField(record, "company_id");
  const ctx = useValueContext(typeof companyId === "string" ? [{ object: "companies", id: companyId }] : []);
  const inTrash = record.deleted_at !== null;

  let body;
  if (fields.isPending) body = <FieldsSkeleton />;
  else if (fields.isError) body = <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />;
  else {
    body = (
      <DataList size="sm" gap="xs" labelWidth={128} withDivider>
        {[...fields.data, ...SYSTEM_FIELDS].map((field) => {
          const kind = fieldKind(field);
          return (
            <FieldRow
              key={field.key}
              object={object}
              record={record}
              field={{ key: field.key, kind, custom: field.custom, options: field.options }}
              label={fieldLabel(t, object, field)}
              binding={bindingFor(object, field.key)}
              writable={field.writable && kind !== "reference" && !inTrash}
              ctx={ctx}
            />
          );
        })}
      </DataList>
    );
  }

  return (
    <Paper withBorder p="md" data-testid="fields-panel">
      <Title order={2} size="h5" mb="sm">
        {t("fields.title")}
      </Title>
      {body}
    </Paper>
  );
}
