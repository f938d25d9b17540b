// Shown at a field when someone else saved it first: their value, the user's value, and the
// two ways forward. The user's draft stays in the editor below until they choose.
import { Alert, Button, Group, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RecordRef } from "../../../api/recordNames";
import { useValueContext } from "../../../api/valueContext";
import { valueText, type ValueField } from "../../../lib/valueText";

interface ConflictNoticeProps {
  field: ValueField;
  label: string;
  theirs: unknown;
  mine: unknown;
  saving: boolean;
  onKeepTheirs: () => void;
  onSaveMine: () => void;
}

function companyRefs(field: ValueField, values: unknown[]): RecordRef[] {
  if (field.kind !== "company") return [];
  return values.filter((v): v is string => typeof v === "string").map((id) => ({ object: "companies", id }));
}

export function ConflictNotice({ field, label, theirs, mine, saving, onKeepTheirs, onSaveMine }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const ctx = useValueContext(companyRefs(field, [theirs, mine]));
  const none = t("states.none");
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers size={18} />}
      title={t("conflict.title")}
      role="alert"
      data-testid="field-conflict"
      p="xs"
    >
      <Text size="sm">
        {t("conflict.message", {
          field: label,
          theirs: valueText(field, theirs, ctx) || none,
          yours: valueText(field, mine, ctx) || none,
        })}
      </Text>
      <Group gap="xs" mt="xs">
        <Button size="compact-sm" variant="default" onClick={onKeepTheirs} data-testid="conflict-keep-theirs">
          {t("conflict.keepTheirs")}
        </Button>
        <Button size="compact-sm" color="yellow" loading={saving} onClick={onSaveMine} data-testid="conflict-keep-mine">
          {t("conflict.keepMine")}
        </Button>
      </Group>
    </Alert>
  );
}
