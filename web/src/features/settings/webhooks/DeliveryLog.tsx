// A subscription's delivery log, newest first: what was sent, whether it arrived, how many
// tries it took and what the last one got back; any delivery can be sent again.
import { Badge, Button, Center, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconRepeat } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { formatDateTime, formatRelative } from "../../../lib/format";
import { useDeliveries, useReplayDelivery } from "./useWebhooks";
import { DELIVERY_STATUS_COLORS, lastOutcome, type Delivery } from "./webhook";

function DeliveryRow({ delivery, webhookId }: { delivery: Delivery; webhookId: string }) {
  const { t, i18n } = useTranslation("settings");
  const replay = useReplayDelivery(webhookId);
  const locale = i18n.language;
  const outcome = lastOutcome(delivery);
  const onReplay = () =>
    replay.mutate(delivery.id, {
      onSuccess: () => notifications.show({ message: t("webhooks.replayed") }),
      onError: (error) => notifications.show({ color: "red", message: error.message }),
    });
  return (
    <Table.Tr data-testid="delivery-row" data-status={delivery.status}>
      <Table.Td>
        <Text size="sm" title={formatDateTime(delivery.created_at, locale)}>
          {formatRelative(delivery.created_at, locale)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`webhooks.events.${delivery.event_type}`, { defaultValue: delivery.event_type })}</Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={DELIVERY_STATUS_COLORS[delivery.status] ?? "gray"} data-testid="delivery-status">
          {t(`webhooks.deliveryStatuses.${delivery.status}`, { defaultValue: delivery.status })}
        </Badge>
      </Table.Td>
      <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
        {delivery.attempts}
      </Table.Td>
      <Table.Td>
        <Text size="xs" c={delivery.status === "succeeded" ? "dimmed" : undefined} style={{ overflowWrap: "anywhere" }}>
          {outcome ?? "—"}
        </Text>
        {delivery.last_attempt_at && (
          <Text size="xs" c="dimmed" title={formatDateTime(delivery.last_attempt_at, locale)}>
            {t("webhooks.lastTry", { when: formatRelative(delivery.last_attempt_at, locale) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconRepeat size={14} />}
          onClick={onReplay}
          loading={replay.isPending}
          data-testid="delivery-replay"
        >
          {t("webhooks.replay")}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const deliveries = useDeliveries(webhookId);
  if (deliveries.isPending) {
    return (
      <Center py="sm">
        <Loader size="sm" />
      </Center>
    );
  }
  if (deliveries.isError) return <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  const rows = deliveries.data.pages.flatMap((page) => page.data);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="deliveries-empty">
        {t("webhooks.noDeliveries")}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" data-testid="delivery-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("webhooks.when")}</Table.Th>
              <Table.Th>{t("webhooks.event")}</Table.Th>
              <Table.Th miw={130}>{t("webhooks.status")}</Table.Th>
              <Table.Th ta="right">{t("webhooks.attempts")}</Table.Th>
              <Table.Th>{t("webhooks.lastResult")}</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((delivery) => (
              <DeliveryRow key={delivery.id} delivery={delivery} webhookId={webhookId} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {deliveries.hasNextPage && (
        <Group justify="center">
          <Button variant="default" size="xs" onClick={() => void deliveries.fetchNextPage()} loading={deliveries.isFetchingNextPage}>
            {tc("actions.loadMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
