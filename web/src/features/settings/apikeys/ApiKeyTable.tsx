// The workspace's keys: which is which (name and first characters), what each may do, when
// it was made, expires and was last used, and whether it still works.
import { Badge, Button, Code, Stack, Table, Text } from "@mantine/core";
import { IconBan } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useMemberName } from "../../../api/hooks";
import { formatDate, formatDateTime, formatRelative } from "../../../lib/format";
import { keyStatus, type ApiKey, type KeyStatus } from "./apiKey";

const STATUS_COLORS: Record<KeyStatus, string> = { active: "green", expired: "gray", revoked: "red" };

interface ApiKeyTableProps {
  keys: ApiKey[];
  onRevoke: (key: ApiKey) => void;
}

export function ApiKeyTable({ keys, onRevoke }: ApiKeyTableProps) {
  const { t } = useTranslation("settings");
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("apiKeys.name")}</Table.Th>
            <Table.Th>{t("apiKeys.key")}</Table.Th>
            <Table.Th>{t("apiKeys.scope")}</Table.Th>
            <Table.Th>{t("apiKeys.created")}</Table.Th>
            <Table.Th>{t("apiKeys.expires")}</Table.Th>
            <Table.Th>{t("apiKeys.lastUsed")}</Table.Th>
            <Table.Th>{t("apiKeys.status")}</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <ApiKeyRow key={key.id} apiKey={key} onRevoke={onRevoke} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ApiKeyRow({ apiKey, onRevoke }: { apiKey: ApiKey; onRevoke: (key: ApiKey) => void }) {
  const { t, i18n } = useTranslation("settings");
  const memberName = useMemberName();
  const status = keyStatus(apiKey);
  const locale = i18n.language;
  const creator = memberName(apiKey.created_by);
  return (
    <Table.Tr data-testid="apikey-row" data-key-id={apiKey.id} data-status={status}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {apiKey.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Code>{apiKey.prefix}…</Code>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`apiKeys.scopes.${apiKey.scope}`)}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" title={formatDateTime(apiKey.created_at, locale)}>
            {formatDate(apiKey.created_at, locale)}
          </Text>
          {creator && (
            <Text size="xs" c="dimmed">
              {creator}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={apiKey.expires_at ? formatDateTime(apiKey.expires_at, locale) : undefined}>
          {apiKey.expires_at ? formatDate(apiKey.expires_at, locale) : t("apiKeys.never")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={apiKey.last_used_at ? formatDateTime(apiKey.last_used_at, locale) : undefined}>
          {apiKey.last_used_at ? formatRelative(apiKey.last_used_at, locale) : t("apiKeys.neverUsed")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[status]} variant="light" data-testid="apikey-status">
          {t(`apiKeys.statuses.${status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {!apiKey.revoked_at && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconBan size={14} />}
            onClick={() => onRevoke(apiKey)}
            aria-label={t("apiKeys.revokeNamed", { name: apiKey.name })}
            data-testid="apikey-revoke"
          >
            {t("apiKeys.revoke")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
