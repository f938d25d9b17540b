// The list screen's frame: the title with what is loaded, the "new" button, and a body that
// fills the window so the table scrolls inside it under a sticky header.
import { Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ListObject } from "./columns";

interface Props {
  object: ListObject;
  /** Null while the screen cannot create yet (its fields are loading). */
  onCreate: (() => void) | null;
  summary?: string;
  /** The rows shown are being replaced (another filter or order). */
  refreshing?: boolean;
  children: ReactNode;
}

export function PageFrame({ object, onCreate, summary, refreshing = false, children }: Props) {
  const { t } = useTranslation("records");
  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 52px) - 2 * var(--mantine-spacing-md))" mih={460}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" align="baseline" wrap="wrap" miw={0}>
          <Title order={2}>{t(`title.${object}`)}</Title>
          {summary && (
            <Text size="sm" c="dimmed" data-testid="records-summary">
              {summary}
            </Text>
          )}
          {refreshing && <Loader size="xs" aria-label={t("common:states.loading")} />}
        </Group>
        {onCreate && (
          <Button leftSection={<IconPlus size={16} />} onClick={onCreate} style={{ flexShrink: 0 }} data-testid="new-record-button">
            {t(`create.button.${object}`)}
          </Button>
        )}
      </Group>
      {children}
    </Stack>
  );
}
