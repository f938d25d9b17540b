// Links from an activity to the person, company and deal it belongs to, by name.
import { Anchor, Group } from "@mantine/core";
import { IconBuilding, IconCurrencyDollar, IconUser } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { recordRefs, useRecordNames, type NameLookup } from "../../api/recordNames";
import type { Activity } from "../../api/types";

type Linked = Pick<Activity, "person_id" | "company_id" | "deal_id">;

const LINKS = [
  { field: "person_id", object: "people", kind: "person", icon: IconUser },
  { field: "company_id", object: "companies", kind: "company", icon: IconBuilding },
  { field: "deal_id", object: "deals", kind: "deal", icon: IconCurrencyDollar },
] as const;

export function RecordLinks({ activity, names }: { activity: Linked; names: NameLookup }) {
  const { t } = useTranslation("mywork");
  const links = LINKS.flatMap((link) => {
    const id = activity[link.field];
    return id ? [{ ...link, id, name: names(link.object, id) }] : [];
  });
  if (links.length === 0) return null;
  return (
    <Group gap="sm" wrap="wrap" style={{ rowGap: 2 }}>
      {links.map(({ id, object, kind, icon: Icon, name }) => (
        <Anchor key={object} component={Link} to={`/${object}/${id}`} size="xs" c="dimmed" data-testid="record-link">
          <Group gap={4} wrap="nowrap" component="span">
            <Icon size={14} stroke={1.6} aria-hidden />
            {/* Until the name arrives, say what kind of record it is. */}
            <span>{name || t(`kinds.${kind}`)}</span>
          </Group>
        </Anchor>
      ))}
    </Group>
  );
}

/** Names of every record the activities link to, fetched together. */
export function useLinkNames(activities: Linked[]): NameLookup {
  return useRecordNames([
    ...recordRefs("people", activities.map((a) => a.person_id)),
    ...recordRefs("companies", activities.map((a) => a.company_id)),
    ...recordRefs("deals", activities.map((a) => a.deal_id)),
  ]);
}
