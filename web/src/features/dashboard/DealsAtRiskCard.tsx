// Open deals that sat in their stage, or went quiet, for longer than won deals usually did:
// each links to the deal, with the reasons in the server's words.
import { Anchor, Badge, Button, Center, Group, List, Loader, Stack, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiProblem } from "../../api/client";
import { ErrorState } from "../../components/ErrorState";
import { ChartCard } from "./ChartCard";
import { useDealsAtRisk, type DealAtRisk } from "./insights";

/** Shown before "Show all": enough to act on without pushing the other cards away. */
const FIRST = 6;

function RiskyDeal({ deal }: { deal: DealAtRisk }) {
  return (
    <Stack gap={2} data-testid="deal-at-risk" data-deal-id={deal.deal_id}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Anchor component={Link} to={`/deals/${deal.deal_id}`} size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
          {deal.name}
        </Anchor>
        <Badge variant="light" color="gray" style={{ textTransform: "none", flexShrink: 0 }}>
          {deal.stage}
        </Badge>
      </Group>
      <List size="xs" c="dimmed" spacing={0}>
        {deal.reasons.map((reason, i) => (
          <List.Item key={i} style={{ overflowWrap: "anywhere" }}>
            {reason}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function DealsAtRiskCard() {
  const { t } = useTranslation("dashboard");
  const deals = useDealsAtRisk();
  const [all, setAll] = useState(false);
  let body: ReactNode;
  if (deals.isPending) {
    body = (
      <Center h={120}>
        <Loader size="sm" />
      </Center>
    );
  } else if (deals.isError) {
    body =
      deals.error instanceof ApiProblem && (deals.error.status === 404 || deals.error.status === 409) ? (
        <Text size="sm" c="dimmed">
          {deals.error.status === 404 ? t("atRisk.unavailable") : deals.error.problem.detail}
        </Text>
      ) : (
        <ErrorState error={deals.error} onRetry={() => void deals.refetch()} />
      );
  } else if (deals.data.length === 0) {
    body = (
      <Text size="sm" c="dimmed" data-testid="deals-at-risk-empty">
        {t("atRisk.empty")}
      </Text>
    );
  } else {
    const shown = all ? deals.data : deals.data.slice(0, FIRST);
    body = (
      <Stack gap="sm" data-testid="deals-at-risk">
        {shown.map((deal) => (
          <RiskyDeal key={deal.deal_id} deal={deal} />
        ))}
        {deals.data.length > FIRST && (
          <Button variant="subtle" size="compact-sm" onClick={() => setAll((value) => !value)} style={{ alignSelf: "flex-start" }}>
            {all ? t("atRisk.showFewer") : t("atRisk.showAll", { count: deals.data.length })}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <ChartCard title={t("atRisk.title")} note={t("atRisk.note")} testId="deals-at-risk-card">
      {body}
    </ChartCard>
  );
}
