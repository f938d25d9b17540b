// "3 hours ago", with the exact date and time on hover and focus.
import { Text, Tooltip, type TextProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatRelative } from "../../lib/format";

export function RelativeTime({ at, ...props }: { at: string } & TextProps) {
  const { i18n } = useTranslation();
  const exact = formatDateTime(at, i18n.language);
  return (
    <Tooltip label={exact} openDelay={300}>
      <Text component="time" dateTime={at} size="xs" c="dimmed" tabIndex={0} aria-label={exact} {...props}>
        {formatRelative(at, i18n.language)}
      </Text>
    </Tooltip>
  );
}
