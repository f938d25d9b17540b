// A small badge saying how an activity's text reads — negative, neutral or positive — with
// the model's score; its confidence and the language it read are in the tooltip.
import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Sentiment } from "../../api/types";
import { formatConfidence, formatScore, SENTIMENT_COLORS } from "./sentiment";

export function SentimentBadge({ sentiment }: { sentiment: Sentiment }) {
  const { t, i18n } = useTranslation("timeline");
  const label = t(`sentiment.labels.${sentiment.label}`);
  const score = formatScore(sentiment.score, i18n.language);
  const details = t("sentiment.details", {
    label,
    score,
    confidence: formatConfidence(sentiment.confidence, i18n.language),
    language: t(`sentiment.languages.${sentiment.language}`),
  });
  return (
    <Tooltip label={details} openDelay={300} multiline maw={280}>
      <Badge
        size="sm"
        variant="light"
        color={SENTIMENT_COLORS[sentiment.label] ?? "gray"}
        style={{ flexShrink: 0, textTransform: "none" }}
        tabIndex={0}
        aria-label={details}
        data-testid="sentiment-badge"
        data-label={sentiment.label}
      >
        {label} {score}
      </Badge>
    </Tooltip>
  );
}
