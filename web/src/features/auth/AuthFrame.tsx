// The centred card that set-up and sign-in share, with language and theme at hand.
import { Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu, ThemeToggle } from "../../app/HeaderActions";

export function AuthFrame({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={420}>
        <Group justify="space-between">
          <Text fw={700} size="xl">
            {t("app.name")}
          </Text>
          <Group gap={4}>
            <LanguageMenu />
            <ThemeToggle />
          </Group>
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Stack>
            <div>
              <Title order={2} size="h3">
                {title}
              </Title>
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            </div>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
