// One subscription: where it posts and which events, whether it is on (and why Relata
// turned it off, if it did), and what can be done with it — a test message, its delivery
// log, deleting it.
import { Alert, Badge, Button, Collapse, Group, Paper, Stack, Switch, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconChevronDown, IconChevronRight, IconPlugConnectedX, IconSend, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { DeliveryLog } from "./DeliveryLog";
import { useSendTest, useSetWebhookEnabled } from "./useWebhooks";
import type { Webhook } from "./webhook";

export function WebhookCard({ webhook, onDelete }: { webhook: Webhook; onDelete: (webhook: Webhook) => void }) {
  const { t } = useTranslation("settings");
  const { t: tc } = useTranslation();
  const toggle = useSetWebhookEnabled();
  const sendTest = useSendTest();
  const [logOpen, setLogOpen] = useState(false);
  // The log is fetched once first opened, and kept so that closing animates.
  const [logAsked, setLogAsked] = useState(false);
  const openLog = (open: boolean) => {
    setLogAsked(true);
    setLogOpen(open);
  };
  // The switch follows the click at once; the server's answer (or its refusal) settles it.
  const enabled = toggle.isPending ? toggle.variables.enabled : webhook.enabled;

  const onToggle = (next: boolean) =>
    toggle.mutate(
      { webhook, enabled: next },
      {
        onError: (error) =>
          notifications.show(
            error instanceof ApiProblem && error.isConflict
              ? { color: "yellow", title: tc("conflict.title"), message: t("webhooks.changedMeanwhile") }
              : { color: "red", message: error.message },
          ),
      },
    );
  const onSendTest = () =>
    sendTest.mutate(webhook.id, {
      onSuccess: () => {
        notifications.show({ message: t("webhooks.testSent") });
        openLog(true);
      },
      onError: (error) => notifications.show({ color: "red", message: error.message }),
    });

  return (
    <Paper withBorder p="md" radius="md" data-testid="webhook-row" data-webhook-id={webhook.id} data-enabled={String(webhook.enabled)}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} ff="monospace" style={{ overflowWrap: "anywhere" }} data-testid="webhook-url-text">
              {webhook.url}
            </Text>
            {webhook.description && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                {webhook.description}
              </Text>
            )}
            <Group gap={4}>
              {webhook.event_types.map((type) => (
                <Badge key={type} size="sm" variant="light" color="gray" style={{ textTransform: "none" }}>
                  {t(`webhooks.events.${type}`, { defaultValue: type })}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Switch
            checked={enabled}
            onChange={(event) => onToggle(event.currentTarget.checked)}
            disabled={toggle.isPending}
            label={enabled ? t("webhooks.on") : t("webhooks.off")}
            aria-label={t("webhooks.enabledNamed", { url: webhook.url })}
            style={{ flexShrink: 0 }}
            data-testid="webhook-enabled"
          />
        </Group>
        {!webhook.enabled && (
          <Alert
            color={webhook.disabled_reason ? "orange" : "gray"}
            icon={<IconPlugConnectedX />}
            p="xs"
            data-testid="webhook-disabled-reason"
          >
            {webhook.disabled_reason ? t("webhooks.disabledBecause", { reason: webhook.disabled_reason }) : t("webhooks.disabledByHand")}
          </Alert>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconSend size={14} />}
            onClick={onSendTest}
            loading={sendTest.isPending}
            disabled={!webhook.enabled}
            data-testid="webhook-test"
          >
            {t("webhooks.sendTest")}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={logOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            onClick={() => openLog(!logOpen)}
            aria-expanded={logOpen}
            data-testid="webhook-deliveries-toggle"
          >
            {t("webhooks.deliveries")}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={() => onDelete(webhook)}
            aria-label={t("webhooks.deleteNamed", { url: webhook.url })}
            data-testid="webhook-delete"
          >
            {tc("actions.delete")}
          </Button>
        </Group>
        <Collapse expanded={logOpen}>{logAsked && <DeliveryLog webhookId={webhook.id} />}</Collapse>
      </Stack>
    </Paper>
  );
}
