// Settings → Workspace: its name, the currency of amounts given without one and the calling
// code of phones typed without one. Owners and admins edit them; everyone else reads them.
import { Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useWorkspace } from "../../api/hooks";
import { useSession } from "../../app/session";
import { ErrorState } from "../../components/ErrorState";
import { atLeast } from "./members/roleRules";
import { WorkspaceDetails } from "./workspace/WorkspaceDetails";
import { WorkspaceForm } from "./workspace/WorkspaceForm";

export function WorkspaceTab() {
  const { t } = useTranslation("workspace");
  const { role } = useSession();
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
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={640}>
        {t("intro")}
      </Text>
      {atLeast(role, "admin") ? (
        <WorkspaceForm key={workspace.data.id} workspace={workspace.data} />
      ) : (
        <WorkspaceDetails workspace={workspace.data} />
      )}
    </Stack>
  );
}
