// One part of the Security tab: a bordered block with a heading and what it is for.
import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

interface SecuritySectionProps {
  title: string;
  description: string;
  /** Beside the title: a status badge. */
  aside?: ReactNode;
  testId: string;
  children: ReactNode;
}

export function SecuritySection({ title, description, aside, testId, children }: SecuritySectionProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} size="h4" style={{ display: "flex", gap: "var(--mantine-spacing-xs)", alignItems: "center", flexWrap: "wrap" }}>
            {title}
            {aside}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
