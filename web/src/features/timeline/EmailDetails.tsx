// A logged email: who wrote to whom, and the text (long ones fold).
import { Group, Spoiler, Stack, Text } from "@mantine/core";
import { IconArrowDownLeft, IconArrowUpRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../api/types";

export function EmailDetails({ email }: { email: Activity }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const to = email.email_to ?? [];
  const cc = email.email_cc ?? [];
  const DirectionIcon = email.direction === "inbound" ? IconArrowDownLeft : IconArrowUpRight;
  return (
    <Stack gap={4}>
      <Stack gap={0}>
        {email.direction && (
          <Group gap={2}>
            <DirectionIcon size={14} aria-hidden />
            <Text size="xs">{t(`fields:values.direction.${email.direction}`)}</Text>
          </Group>
        )}
        {email.email_from && (
          <Text size="xs" c="dimmed">
            {t("fields:activities.email_from")}: {email.email_from}
          </Text>
        )}
        {to.length > 0 && (
          <Text size="xs" c="dimmed">
            {t("fields:activities.email_to")}: {to.join(", ")}
          </Text>
        )}
        {cc.length > 0 && (
          <Text size="xs" c="dimmed">
            {t("fields:activities.email_cc")}: {cc.join(", ")}
          </Text>
        )}
      </Stack>
      {email.body && (
        <Spoiler maxHeight={120} showLabel={t("email.showMore")} hideLabel={t("email.showLess")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {email.body}
          </Text>
        </Spoiler>
      )}
    </Stack>
  );
}
