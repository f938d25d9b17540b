// Settings → API keys: keys that let other software use the Relata API, made and revoked by
// owners and admins. A key is shown once when made; the list tells keys apart by name and
// first characters.
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconKey, IconLock, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import type { ApiKey } from "./apikeys/apiKey";
import { ApiKeyTable } from "./apikeys/ApiKeyTable";
import { CreateKeyModal } from "./apikeys/CreateKeyModal";
import { RevokeKeyModal } from "./apikeys/RevokeKeyModal";
import { useApiKeys } from "./apikeys/useApiKeys";
import { atLeast } from "./members/roleRules";

export function ApiKeysTab() {
  const { t } = useTranslation("settings");
  const { role } = useSession();
  if (!atLeast(role, "admin")) {
    return (
      <Alert color="blue" icon={<IconLock />} title={t("apiKeys.adminsOnlyTitle")} data-testid="apikeys-admins-only">
        {t("apiKeys.adminsOnlyText")}
      </Alert>
    );
  }
  return <ApiKeysManager />;
}

function ApiKeysManager() {
  const { t } = useTranslation("settings");
  const keys = useApiKeys();
  const [creating, create] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  let content;
  if (keys.isPending) {
    content = (
      <Center py="xl">
        <Loader />
      </Center>
    );
  } else if (keys.isError) {
    content = <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />;
  } else if (keys.data.length === 0) {
    content = (
      <EmptyState icon={<IconKey />} title={t("apiKeys.emptyTitle")} description={t("apiKeys.emptyText")} data-testid="apikeys-empty" />
    );
  } else {
    content = <ApiKeyTable keys={keys.data} onRevoke={setRevoking} />;
  }
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t("apiKeys.intro")}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={create.open} data-testid="apikey-create">
          {t("apiKeys.create")}
        </Button>
      </Group>
      {content}
      <CreateKeyModal opened={creating} onClose={create.close} />
      <RevokeKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
