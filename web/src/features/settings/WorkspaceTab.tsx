// Settings → Workspace: its name, read-only for now.
import { Center, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useWorkspace } from "../../api/hooks";
import { ErrorState } from "../../components/ErrorState";

export function WorkspaceTab() {
  const { t } = useTranslation("settings");
  const workspace = useWorkspace();
  if (workspace.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (workspace.isError) return <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />;
  return (
    <Stack maw={480}>
      <TextInput label={t("workspace.name")} value={workspace.data.name} readOnly data-testid="workspace-name" />
      <Text size="sm" c="dimmed">
        {t("workspace.readOnly")}
      </Text>
    </Stack>
  );
}
