// A field's value when not being edited: links where the value leads somewhere, badges for
// tags and stages, words for everything else.
import { Anchor, Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FieldKind } from "../../../lib/fieldKinds";
import { valueText, type ValueContext, type ValueField } from "../../../lib/valueText";
import { recordPath } from "./recordTypes";

export interface FieldDisplayProps {
  field: ValueField;
  value: unknown;
  ctx: ValueContext;
}

function safeHref(kind: FieldKind, text: string): string | null {
  if (kind === "email") return `mailto:${text}`;
  if (kind === "phone") return `tel:${text.replace(/[^\d+]/g, "")}`;
  // Only web links: a stored `javascript:` URL must never become clickable.
  if (kind === "url") return /^https?:\/\//i.test(text) ? text : null;
  return null;
}

export function FieldDisplay({ field, value, ctx }: FieldDisplayProps) {
  const { t } = useTranslation();
  const text = valueText(field, value, ctx);
  if (!text) {
    return (
      <Text size="sm" c="dimmed">
        {t("states.none")}
      </Text>
    );
  }
  if ((field.kind === "tags" || field.kind === "multiSelect") && Array.isArray(value)) {
    return (
      <Group gap={4}>
        {value.map((item) => (
          <Badge key={String(item)} variant="light" size="sm" style={{ textTransform: "none" }}>
            {valueText(field, [item], ctx)}
          </Badge>
        ))}
      </Group>
    );
  }
  if (field.kind === "company" && typeof value === "string") {
    return (
      <Anchor component={Link} to={recordPath("companies", value)} size="sm">
        {text}
      </Anchor>
    );
  }
  const href = safeHref(field.kind, text);
  if (href) {
    const external = field.kind === "url";
    return (
      <Anchor
        href={href}
        size="sm"
        style={{ wordBreak: "break-all" }}
        {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      >
        {text}
      </Anchor>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: field.kind === "longText" ? "pre-wrap" : undefined, overflowWrap: "anywhere" }}>
      {text}
    </Text>
  );
}
