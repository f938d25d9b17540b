// One entry of the log.
import { Stack, Table, Text, Tooltip } from "@mantine/core";
import { memo } from "react";
import { RelativeTime } from "../../timeline/RelativeTime";
import { AuditActor } from "./AuditActor";
import { AuditDetails } from "./AuditDetails";
import type { AuditEntry } from "./auditEntry";
import { AuditSubject } from "./AuditSubject";
import { useActionLabel } from "./useActionLabel";

// Pages only grow at the end; rows already shown need not render again.
export const AuditRow = memo(function AuditRow({ entry }: { entry: AuditEntry }) {
  const actionLabel = useActionLabel();
  return (
    <Table.Tr data-testid="audit-row" data-action={entry.action} data-seq={entry.seq} style={{ verticalAlign: "top" }}>
      <Table.Td>
        <RelativeTime at={entry.at} size="sm" />
      </Table.Td>
      <Table.Td>
        <AuditActor entry={entry} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} data-testid="audit-action">
          {actionLabel(entry.action)}
        </Text>
      </Table.Td>
      <Table.Td>
        <AuditSubject entry={entry} />
      </Table.Td>
      <Table.Td>
        <AuditDetails entry={entry} />
      </Table.Td>
      <Table.Td>
        <AuditAddress ip={entry.ip} userAgent={entry.user_agent} />
      </Table.Td>
    </Table.Tr>
  );
});

/** The address, with the browser (or client) it came from underneath, whole on hover. */
function AuditAddress({ ip, userAgent }: { ip: string | null; userAgent: string | null }) {
  if (!ip && !userAgent) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {ip && (
        <Text size="sm" ff="monospace">
          {ip}
        </Text>
      )}
      {userAgent && (
        <Tooltip label={userAgent} multiline maw={360} openDelay={300}>
          <Text size="xs" c="dimmed" lineClamp={1} tabIndex={0} maw={150}>
            {userAgent}
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}
