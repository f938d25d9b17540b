// What a cell shows when it is not being edited: names link to the record, tags are badges,
// everything else is formatted text.
import { Anchor, Badge, Group } from "@mantine/core";
import { memo } from "react";
import { Link } from "react-router";
import { readField } from "../../../lib/recordFields";
import { LeadScoreBadge } from "../../leadscore/LeadScoreBadge";
import type { ValueContext } from "../../../lib/valueText";
import { formatValue } from "./cellValue";
import type { Column, ListObject } from "./columns";
import { isListType } from "./columns";
import type { ListRow } from "./useRecordPage";

const MAX_BADGES = 3;

interface Props {
  object: ListObject;
  column: Column;
  row: ListRow;
  valueContext: ValueContext;
  isName: boolean;
}

function Badges({ values, label }: { values: string[]; label: (value: string) => string }) {
  const shown = values.slice(0, MAX_BADGES);
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((value) => (
        <Badge key={value} size="sm" variant="light" radius="sm" style={{ flexShrink: 0 }}>
          {label(value)}
        </Badge>
      ))}
      {values.length > MAX_BADGES && (
        <Badge size="sm" variant="default" radius="sm">
          +{values.length - MAX_BADGES}
        </Badge>
      )}
    </Group>
  );
}

export const CellContent = memo(function CellContent({ object, column, row, valueContext, isName }: Props) {
  const value = readField(row, column.key);
  if (object === "deals" && column.key === "lead_score") {
    return <LeadScoreBadge score={value} reasons={readField(row, "lead_score_reasons")} />;
  }
  if (Array.isArray(value) && (column.type === "tags" || column.type.includes("select")) && isListType(column.type)) {
    return <Badges values={value.map(String)} label={(v) => formatValue(column, [v], row, valueContext)} />;
  }
  const text = formatValue(column, value, row, valueContext);
  if (isName && text) {
    return (
      // The row opens the record too; the link adds middle-click and "open in new tab".
      <Anchor component={Link} to={`/${object}/${row.id}`} size="sm" fw={500} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
        {text}
      </Anchor>
    );
  }
  return <>{text}</>;
});
