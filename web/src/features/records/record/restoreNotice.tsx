// After a record goes to the trash: a notice that offers to bring it back. The notice lives
// outside the router and query providers, so it gets everything it needs as plain functions.
import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";

interface RestoreNoticeOptions {
  title: string;
  message: string;
  restoreLabel: string;
  onRestore: () => Promise<void>;
}

export function showRestoreNotice({ title, message, restoreLabel, onRestore }: RestoreNoticeOptions): void {
  const id = notifications.show({
    title,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" style={{ minWidth: 0 }} truncate="end">
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          data-testid="restore-record"
          onClick={() => {
            notifications.hide(id);
            void onRestore();
          }}
        >
          {restoreLabel}
        </Button>
      </Group>
    ),
  });
}
