// Says why a control is disabled. Disabled elements get no pointer events, so the tooltip
// sits on a wrapper; each control also ties the reason to itself for screen readers.
import { Box, Tooltip } from "@mantine/core";
import type { ReactElement } from "react";

export function LockedTooltip({ reason, children }: { reason: string | null; children: ReactElement }) {
  if (!reason) return children;
  return (
    <Tooltip label={reason} multiline maw={280} withArrow>
      <Box display="inline-block">{children}</Box>
    </Tooltip>
  );
}
