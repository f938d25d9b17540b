// A system event on the timeline: what happened, who did it, when.
import { List, Stack, Text } from "@mantine/core";
import type { ObjectName, TimelineEntry } from "../../api/types";
import { describeEvent } from "./eventText";
import { useEventWords } from "./useEventWords";

interface EventContentProps {
  object: ObjectName;
  entry: TimelineEntry;
  currency?: string | null;
}

export function EventContent({ object, entry, currency }: EventContentProps) {
  const words = useEventWords(object, entry.data, currency);
  const { title, details } = describeEvent(entry.event, entry.data, words);
  return (
    <Stack gap={2}>
      <Text size="sm">{title}</Text>
      {details.length > 0 && (
        <List size="xs" c="dimmed" spacing={2}>
          {details.map((line, i) => (
            <List.Item key={i} style={{ overflowWrap: "anywhere" }}>
              {line}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
