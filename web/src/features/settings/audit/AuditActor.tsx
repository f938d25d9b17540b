// Who acted: the member (an API key acts as the member who made it, and says so), or the
// server itself, or someone not signed in (a failed sign-in with an unknown email).
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMembers } from "../../../api/hooks";
import { actorKind, type AuditEntry } from "./auditEntry";

export function AuditActor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation("settings");
  const members = useMembers();
  const kind = actorKind(entry);
  let name: string;
  if (kind !== "member") name = t(`audit.actors.${kind}`);
  else if (members.isPending) name = "…";
  else name = members.data?.find((m) => m.id === entry.actor_id)?.name ?? t("shared:unknown.member");
  return (
    <Stack gap={0}>
      <Text size="sm" c={kind === "member" ? undefined : "dimmed"} data-testid="audit-actor">
        {name}
      </Text>
      {kind === "member" && entry.via === "api_key" && (
        <Text size="xs" c="dimmed">
          {t("audit.viaApiKey")}
        </Text>
      )}
    </Stack>
  );
}
