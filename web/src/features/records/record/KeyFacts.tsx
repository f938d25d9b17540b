// The few facts a rep looks for first, under the record's title.
import { Anchor, Badge, Group, Text } from "@mantine/core";
import {
  IconBriefcase,
  IconCalendar,
  IconMail,
  IconMapPin,
  IconPhone,
  IconUser,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMemberName } from "../../../api/hooks";
import type { Company, Deal, Person, RecordObject } from "../../../api/types";
import { formatDate, formatNumber } from "../../../lib/format";
import { CompanyLink } from "./CompanyLink";
import type { AnyRecord } from "./recordTypes";

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" aria-label={label} style={{ minWidth: 0 }}>
      <Text c="dimmed" component="span" lh={0}>
        {icon}
      </Text>
      {typeof children === "string" ? (
        <Text size="sm" truncate="end">
          {children}
        </Text>
      ) : (
        children
      )}
    </Group>
  );
}

const ICON = { size: 15, stroke: 1.6 };

function PersonFacts({ person }: { person: Person }) {
  const { t } = useTranslation("fields");
  const owner = useMemberName()(person.owner_id);
  return (
    <>
      {person.lifecycle_stage && (
        <Badge variant="light" style={{ textTransform: "none" }}>
          {t(`values.lifecycle_stage.${person.lifecycle_stage}`)}
        </Badge>
      )}
      {(person.job_title || person.company_id) && (
        <Fact icon={<IconBriefcase {...ICON} />} label={t("people.job_title")}>
          <Group gap={4} wrap="nowrap">
            {person.job_title && <Text size="sm">{person.job_title}</Text>}
            {person.company_id && <CompanyLink companyId={person.company_id} />}
          </Group>
        </Fact>
      )}
      {person.email && (
        <Fact icon={<IconMail {...ICON} />} label={t("people.email")}>
          <Anchor href={`mailto:${person.email}`} size="sm">
            {person.email}
          </Anchor>
        </Fact>
      )}
      {person.phone && (
        <Fact icon={<IconPhone {...ICON} />} label={t("common.phone")}>
          <Anchor href={`tel:${person.phone}`} size="sm">
            {person.phone}
          </Anchor>
        </Fact>
      )}
      {owner && <Fact icon={<IconUser {...ICON} />} label={t("common.owner_id")}>{owner}</Fact>}
    </>
  );
}

function CompanyFacts({ company }: { company: Company }) {
  const { t, i18n } = useTranslation("fields");
  const owner = useMemberName()(company.owner_id);
  const place = [company.city, company.country].filter(Boolean).join(", ");
  return (
    <>
      {company.industry && <Badge variant="light" style={{ textTransform: "none" }}>{company.industry}</Badge>}
      {company.domain && (
        <Fact icon={<IconWorld {...ICON} />} label={t("companies.domain")}>
          <Anchor href={`https://${company.domain}`} target="_blank" rel="noopener noreferrer" size="sm">
            {company.domain}
          </Anchor>
        </Fact>
      )}
      {place && <Fact icon={<IconMapPin {...ICON} />} label={t("common.city")}>{place}</Fact>}
      {company.employees !== null && (
        <Fact icon={<IconUsers {...ICON} />} label={t("companies.employees")}>
          {formatNumber(company.employees, i18n.language)}
        </Fact>
      )}
      {owner && <Fact icon={<IconUser {...ICON} />} label={t("common.owner_id")}>{owner}</Fact>}
    </>
  );
}

function DealFacts({ deal }: { deal: Deal }) {
  const { t, i18n } = useTranslation("fields");
  const owner = useMemberName()(deal.owner_id);
  return (
    <>
      {deal.company_id && (
        <Fact icon={<IconBriefcase {...ICON} />} label={t("deals.company_id")}>
          <CompanyLink companyId={deal.company_id} />
        </Fact>
      )}
      {deal.expected_close_date && (
        <Fact icon={<IconCalendar {...ICON} />} label={t("deals.expected_close_date")}>
          {`${t("deals.expected_close_date")}: ${formatDate(deal.expected_close_date, i18n.language)}`}
        </Fact>
      )}
      {owner && <Fact icon={<IconUser {...ICON} />} label={t("common.owner_id")}>{owner}</Fact>}
    </>
  );
}

export function KeyFacts({ object, record }: { object: RecordObject; record: AnyRecord }) {
  let facts: ReactNode;
  if (object === "people") facts = <PersonFacts person={record as Person} />;
  else if (object === "companies") facts = <CompanyFacts company={record as Company} />;
  else facts = <DealFacts deal={record as Deal} />;
  return (
    <Group gap="md" style={{ rowGap: 4 }} data-testid="record-facts">
      {facts}
    </Group>
  );
}
