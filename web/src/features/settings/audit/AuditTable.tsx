// The entries as a table: when, who, what happened, to what, the details, and from where.
// Wide content scrolls sideways on a phone rather than squeezing the details.
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEntry } from "./auditEntry";
import { AuditRow } from "./AuditRow";

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation("settings");
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="sm" striped highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t("audit.columns.time")}</Table.Th>
            <Table.Th w={170}>{t("audit.columns.who")}</Table.Th>
            <Table.Th w={170}>{t("audit.columns.action")}</Table.Th>
            <Table.Th w={200}>{t("audit.columns.what")}</Table.Th>
            <Table.Th>{t("audit.columns.details")}</Table.Th>
            <Table.Th w={150}>{t("audit.columns.address")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <AuditRow key={entry.seq} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
