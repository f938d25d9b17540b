// The company a person works at or a deal is with, as a link to its page.
import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRecordNames } from "../../../api/recordNames";
import { recordPath } from "./recordTypes";
import { RelatedSection } from "./RelatedSection";

export function CompanyLink({ companyId, size = "sm" }: { companyId: string; size?: string }) {
  const { t } = useTranslation("shared");
  const names = useRecordNames([{ object: "companies", id: companyId }]);
  const name = names("companies", companyId);
  if (name === null) {
    return (
      <Text size={size} c="dimmed">
        {t("unknown.deleted")}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={recordPath("companies", companyId)} size={size}>
      {name ?? "…"}
    </Anchor>
  );
}

export function CompanySection({ companyId }: { companyId: string | null }) {
  const { t } = useTranslation("record");
  return (
    <RelatedSection
      title={t("related.company")}
      testId="related-company"
      count={companyId ? 1 : 0}
      empty={t("related.noCompany")}
    >
      {companyId && <CompanyLink companyId={companyId} />}
    </RelatedSection>
  );
}
