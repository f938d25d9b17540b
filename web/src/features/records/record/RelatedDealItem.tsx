// A deal in a related list: its name, amount, stage and (for a person) their role in it.
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../api/types";
import { formatMoney } from "../../../lib/format";
import { recordPath } from "./recordTypes";
import { RelatedItem } from "./RelatedSection";
import { StageBadge } from "./StageBadge";

export function RelatedDealItem({ deal, role }: { deal: Deal; role?: string | null }) {
  const { i18n } = useTranslation();
  const amount = formatMoney(deal.amount, deal.currency, i18n.language);
  return (
    <RelatedItem
      to={recordPath("deals", deal.id)}
      title={deal.name || "—"}
      subtitle={[role, amount].filter(Boolean).join(" · ") || undefined}
      right={
        <Group gap={4} wrap="nowrap">
          <StageBadge stageId={deal.stage_id} size="sm" />
          {!deal.stage_id && <Text size="xs">—</Text>}
        </Group>
      }
    />
  );
}
