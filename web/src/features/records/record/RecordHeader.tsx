// The record's name, what matters most about it, and what can be done to it.
import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { usePipelines } from "../../../api/hooks";
import type { Deal, Person, RecordObject } from "../../../api/types";
import { formatMoney } from "../../../lib/format";
import { LeadScoreBadge } from "../../leadscore/LeadScoreBadge";
import { DealOutcome } from "./DealOutcome";
import { DeleteRecordButton } from "./DeleteRecordButton";
import { KeyFacts } from "./KeyFacts";
import { PersonalDataMenu } from "./personal-data/PersonalDataMenu";
import { recordTitle } from "./recordTitle";
import type { AnyRecord } from "./recordTypes";
import { StageBadge } from "./StageBadge";

const SINGULAR = { people: "person", companies: "company", deals: "deal" } as const;

function DealSummary({ deal }: { deal: Deal }) {
  const { i18n } = useTranslation();
  const pipelines = usePipelines();
  const pipeline = pipelines.data?.find((p) => p.id === deal.pipeline_id);
  const amount = formatMoney(deal.amount, deal.currency, i18n.language);
  return (
    <Group gap="xs" data-testid="deal-summary">
      {amount && (
        <Text fw={700} size="lg" data-testid="deal-amount">
          {amount}
        </Text>
      )}
      <StageBadge stageId={deal.stage_id} size="lg" data-testid="deal-stage" />
      <LeadScoreBadge score={deal.lead_score} reasons={deal.lead_score_reasons} size="lg" />
      {pipeline && pipelines.data && pipelines.data.length > 1 && (
        <Text size="sm" c="dimmed">
          {pipeline.name}
        </Text>
      )}
    </Group>
  );
}

export function RecordHeader({ object, record }: { object: RecordObject; record: AnyRecord }) {
  const { t } = useTranslation(["record", "common"]);
  const title = recordTitle(object, record);
  useDocumentTitle(`${title} · Relata`);
  const inTrash = record.deleted_at !== null;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: "1 1 280px" }}>
          <Group gap="xs">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`common:objects.${SINGULAR[object]}`)}
            </Text>
            {inTrash && (
              <Badge color="red" variant="light" size="sm">
                {t("trash.inTrash")}
              </Badge>
            )}
          </Group>
          <Title
            order={1}
            size="h2"
            fz={{ base: "var(--mantine-h3-font-size)", sm: "var(--mantine-h2-font-size)" }}
            data-testid="record-title"
            style={{ overflowWrap: "anywhere" }}
          >
            {title}
          </Title>
          {object === "deals" && <DealSummary deal={record as Deal} />}
          <KeyFacts object={object} record={record} />
        </Stack>
        <Group gap="xs">
          {object === "deals" && <DealOutcome deal={record as Deal} />}
          {object === "people" && <PersonalDataMenu person={record as Person} title={title} />}
          {!inTrash && <DeleteRecordButton object={object} id={record.id} title={title} />}
        </Group>
      </Group>
    </Paper>
  );
}
