// What an entry is about: the kind of thing, and for people, companies and deals a link to
// the record by its name (a record deleted for good, or an erased person, has none).
import { Anchor, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRecordNames } from "../../../api/recordNames";
import { recordLink, type AuditEntry } from "./auditEntry";

export function AuditSubject({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation("settings");
  if (!entry.object) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const link = recordLink(entry);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {t(`audit.objects.${entry.object}`, { defaultValue: entry.object })}
      </Text>
      {link && <RecordName object={link.object} id={link.id} />}
    </Stack>
  );
}

function RecordName({ object, id }: { object: "people" | "companies" | "deals"; id: string }) {
  const { t } = useTranslation("settings");
  const name = useRecordNames([{ object, id }])(object, id);
  if (name === undefined) return <Text size="sm">…</Text>;
  if (name === null) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t("shared:unknown.deleted")}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/${object}/${id}`} size="sm" data-testid="audit-record-link">
      {name || t("audit.unnamed")}
    </Anchor>
  );
}
