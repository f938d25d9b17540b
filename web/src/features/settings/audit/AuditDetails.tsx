// An entry's details, short: a record's changes as "field: old → new" (the timeline's words),
// a created record's values, an erased person's details as "erased", anything else as a
// compact "key: value" list.
import { Badge, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ObjectName } from "../../../api/types";
import { describeEvent } from "../../timeline/eventText";
import { useEventWords } from "../../timeline/useEventWords";
import { compactValue, detailFacts, isRedacted, objectNameOf, RECORD_EVENTS, valueWord, type AuditEntry, type Fact } from "./auditEntry";
import { useRecordFacts, type FactText } from "./useRecordFacts";

export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation("settings");
  if (isRedacted(entry.detail)) {
    return (
      <Badge color="gray" variant="light" data-testid="audit-erased">
        {t("audit.erased")}
      </Badge>
    );
  }
  const object = objectNameOf(entry.object);
  if (object && RECORD_EVENTS.has(entry.action)) return <RecordEvent object={object} entry={entry} />;
  const facts = detailFacts(entry);
  if (facts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  if (object && entry.action === "created") return <CreatedValues object={object} facts={facts} />;
  return <PlainFacts facts={facts} />;
}

function RecordEvent({ object, entry }: { object: ObjectName; entry: AuditEntry }) {
  const data = typeof entry.detail === "object" && entry.detail !== null ? (entry.detail as Record<string, unknown>) : undefined;
  const words = useEventWords(object, data);
  const described = describeEvent(entry.action, data, words);
  // An update's title only counts the changes; the changes themselves say more.
  const lines = entry.action === "updated" ? described.details : [described.title, ...described.details];
  return <Lines lines={lines} />;
}

function CreatedValues({ object, facts }: { object: ObjectName; facts: Fact[] }) {
  return <FactList facts={useRecordFacts(object, facts)} />;
}

function PlainFacts({ facts }: { facts: Fact[] }) {
  const { t } = useTranslation("settings");
  const texts = facts.map((fact) => {
    const word = valueWord(fact);
    return {
      label: fact.key ? t(`audit.detailKeys.${fact.key}`, { defaultValue: fact.key }) : "",
      value: word ? t(`audit.values.${word}`, { defaultValue: word }) : compactValue(fact.value),
    };
  });
  return <FactList facts={texts} />;
}

/** At most this many facts show; a created record with many values says how many more. */
const SHOWN_FACTS = 6;

function FactList({ facts }: { facts: FactText[] }) {
  const { t } = useTranslation("settings");
  const shown = facts.slice(0, SHOWN_FACTS);
  const lines = shown.map((f) => (f.label ? `${f.label}: ${f.value}` : f.value));
  if (facts.length > shown.length) lines.push(t("audit.moreFacts", { count: facts.length - shown.length }));
  return <Lines lines={lines} />;
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) {
    return (
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {lines[0]}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none" data-testid="audit-details">
      {lines.map((line, i) => (
        <List.Item key={i} style={{ overflowWrap: "anywhere" }}>
          {line}
        </List.Item>
      ))}
    </List>
  );
}
