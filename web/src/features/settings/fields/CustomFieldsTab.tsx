// Settings → Custom fields: the fields a workspace adds to people, companies, deals or
// activities (`/settings/fields/:object`).
import { ActionIcon, Badge, Button, Center, Code, EmptyState, Group, Loader, SegmentedControl, Stack, Table, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconForms, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router";
import { useFields, type FieldInfo } from "../../../api/hooks";
import type { ObjectName } from "../../../api/types";
import { ErrorState } from "../../../components/ErrorState";
import { CreateFieldModal } from "./CreateFieldModal";
import { DeleteFieldModal } from "./DeleteFieldModal";

const OBJECTS: readonly ObjectName[] = ["people", "companies", "deals", "activities"];

function isObject(value: string | undefined): value is ObjectName {
  return value !== undefined && (OBJECTS as readonly string[]).includes(value);
}

export function CustomFieldsTab() {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const { object } = useParams();
  const navigate = useNavigate();
  if (!isObject(object)) return <Navigate to="/settings/fields/people" replace />;
  return (
    <Stack>
      <SegmentedControl
        value={object}
        onChange={(value) => navigate(`/settings/fields/${value}`)}
        data={OBJECTS.map((o) => ({ value: o, label: tc(`objects.${o}`) }))}
        aria-label={t("fields.objectLabel")}
        data-testid="fields-object"
        style={{ alignSelf: "flex-start" }}
      />
      <ObjectFields key={object} object={object} />
    </Stack>
  );
}

function ObjectFields({ object }: { object: ObjectName }) {
  const { t } = useTranslation("settings");
  const fields = useFields(object);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<FieldInfo | null>(null);
  if (fields.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (fields.isError) return <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />;
  const custom = fields.data.filter((f) => f.custom);
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="field-create">
      {t("fields.create")}
    </Button>
  );
  return (
    <Stack>
      {custom.length === 0 ? (
        <EmptyState icon={<IconForms />} title={t(`fields.empty.${object}`)} description={t("fields.emptyText")}>
          <EmptyState.Actions>{addButton}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <FieldTable fields={custom} onDelete={setDeleting} />
          <Group>{addButton}</Group>
        </>
      )}
      <CreateFieldModal object={object} opened={creating} onClose={() => setCreating(false)} />
      <DeleteFieldModal object={object} field={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function FieldTable({ fields, onDelete }: { fields: FieldInfo[]; onDelete: (field: FieldInfo) => void }) {
  const { t } = useTranslation("settings");
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("fields.label")}</Table.Th>
            <Table.Th>{t("fields.key")}</Table.Th>
            <Table.Th>{t("fields.kind")}</Table.Th>
            <Table.Th>{t("fields.options")}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t("fields.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <FieldRow key={field.key} field={field} onDelete={() => onDelete(field)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FieldRow({ field, onDelete }: { field: FieldInfo; onDelete: () => void }) {
  const { t } = useTranslation("settings");
  const label = field.label ?? field.key;
  const kind = field.type.replace("-", "_");
  return (
    <Table.Tr data-testid="field-row" data-key={field.key}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text fw={500}>{label}</Text>
          {field.required && (
            <Badge size="xs" variant="light">
              {t("fields.requiredBadge")}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Code>{field.key}</Code>
      </Table.Td>
      <Table.Td>{t(`fields.kinds.${kind}`, { defaultValue: field.type })}</Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {field.options?.join(", ") || "—"}
        </Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={t("fields.delete")}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t("fields.deleteNamed", { label })}
            onClick={onDelete}
            data-testid="field-delete"
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}
