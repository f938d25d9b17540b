// Problems with rows of the file, at the line where each row starts (the header is line 1).
import { ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RowError } from "../../api/types";
import { formatNumber } from "../../lib/format";

interface RowErrorsTableProps {
  errors: readonly RowError[];
  /** How many there are; the server lists the first thousand. */
  total: number;
  label: (field: string) => string;
  /** Set on each row, for end-to-end tests. */
  rowTestId?: string;
  caption: string;
}

export function RowErrorsTable({ errors, total, label, rowTestId, caption }: RowErrorsTableProps) {
  const { t, i18n } = useTranslation("import");
  if (errors.length === 0) return null;
  return (
    <div>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table.ScrollContainer minWidth={340}>
          <Table striped verticalSpacing={6} stickyHeader captionSide="top">
            <Table.Caption style={{ textAlign: "start" }}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t("errors.line")}</Table.Th>
                <Table.Th w="28%">{t("errors.field")}</Table.Th>
                <Table.Th>{t("errors.message")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {errors.map((error, index) => (
                <Table.Tr key={index} data-testid={rowTestId}>
                  <Table.Td>{formatNumber(error.line, i18n.language)}</Table.Td>
                  <Table.Td style={{ wordBreak: "break-word" }}>{error.field ? label(error.field) : t("errors.wholeRow")}</Table.Td>
                  <Table.Td style={{ wordBreak: "break-word" }}>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ScrollArea.Autosize>
      {total > errors.length && (
        <Text size="sm" c="dimmed" mt="xs">
          {t("errors.more", {
            shown: formatNumber(errors.length, i18n.language),
            total: formatNumber(total, i18n.language),
          })}
        </Text>
      )}
    </div>
  );
}
