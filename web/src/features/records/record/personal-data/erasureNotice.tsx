// The notice after an erasure: who was erased and what went with them.
import { Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";

export function showErasureNotice(title: string, text: string): void {
  notifications.show({
    color: "green",
    title,
    autoClose: 10_000,
    message: (
      <Text size="sm" data-testid="erase-summary">
        {text}
      </Text>
    ),
  });
}
