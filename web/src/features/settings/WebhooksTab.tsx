// Settings → Webhooks: addresses that Relata posts to when records change, managed by owners
// and admins. Each message is signed with the subscription's secret (the Standard Webhooks
// scheme), which is shown once, when subscribing.
import { Button, Center, EmptyState, Group, Loader, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconWebhook } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { AdminsOnly } from "./AdminsOnly";
import { atLeast } from "./members/roleRules";
import { CreateWebhookModal } from "./webhooks/CreateWebhookModal";
import { DeleteWebhookModal } from "./webhooks/DeleteWebhookModal";
import { useWebhooks } from "./webhooks/useWebhooks";
import type { Webhook } from "./webhooks/webhook";
import { WebhookCard } from "./webhooks/WebhookCard";

export function WebhooksTab() {
  const { t } = useTranslation("settings");
  const { role } = useSession();
  if (!atLeast(role, "admin")) {
    return <AdminsOnly title={t("webhooks.adminsOnlyTitle")} text={t("webhooks.adminsOnlyText")} testId="webhooks-admins-only" />;
  }
  return <WebhooksManager />;
}

function WebhooksManager() {
  const { t } = useTranslation("settings");
  const webhooks = useWebhooks();
  const [creating, create] = useDisclosure(false);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  let content;
  if (webhooks.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (webhooks.isError) {
    content = <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  } else if (webhooks.data.length === 0) {
    content = (
      <EmptyState
        icon={<IconWebhook />}
        title={t("webhooks.emptyTitle")}
        description={t("webhooks.emptyText")}
        data-testid="webhooks-empty"
      />
    );
  } else {
    content = (
      <Stack gap="sm">
        {webhooks.data.map((webhook) => (
          <WebhookCard key={webhook.id} webhook={webhook} onDelete={setDeleting} />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t("webhooks.intro")}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="webhook-create">
          {t("webhooks.create")}
        </Button>
      </Group>
      {content}
      <CreateWebhookModal opened={creating} onClose={create.close} />
      <DeleteWebhookModal webhook={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
