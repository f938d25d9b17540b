// Opens global search from anywhere (header button, shortcuts, empty states).
import { spotlight } from "@mantine/spotlight";

export function openSearch(): void {
  spotlight.open();
}
