// A compact badge with a deal's lead score, coloured by band; the server's reasons for the
// score are in its tooltip. No score, no badge.
import { Badge, List, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { BAND_COLORS, scoreBand, scoreReasons } from "./leadScore";

interface Props {
  score: unknown;
  reasons?: unknown;
  size?: "xs" | "sm" | "md" | "lg";
}

export function LeadScoreBadge({ score, reasons, size = "sm" }: Props) {
  const { t } = useTranslation("record");
  const band = scoreBand(score);
  if (band === null) return null;
  const value = Math.round(score as number);
  const lines = scoreReasons(reasons);
  const label = t("leadScore.label", { score: value, band: t(`leadScore.bands.${band}`) });
  const details = (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      {lines.length > 0 ? (
        <List size="xs" spacing={2}>
          {lines.map((reason, i) => (
            <List.Item key={i}>{reason}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="xs">{t("leadScore.noReasons")}</Text>
      )}
    </Stack>
  );
  return (
    <Tooltip label={details} openDelay={200} multiline maw={320} withinPortal>
      <Badge
        size={size}
        variant="light"
        color={BAND_COLORS[band]}
        style={{ flexShrink: 0, textTransform: "none", fontVariantNumeric: "tabular-nums" }}
        tabIndex={0}
        aria-label={[label, ...lines].join(". ")}
        data-testid="lead-score-badge"
        data-band={band}
      >
        {t("leadScore.short", { score: value })}
      </Badge>
    </Tooltip>
  );
}
