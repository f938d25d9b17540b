// A person's company and the deals they take part in.
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/types";
import { CompanySection } from "./CompanyLink";
import { RelatedDealItem } from "./RelatedDealItem";
import { RelatedSection } from "./RelatedSection";
import { usePersonDeals } from "./useRelated";

export function PersonRelated({ person }: { person: Person }) {
  const { t } = useTranslation("record");
  const deals = usePersonDeals(person.id);
  return (
    <>
      <CompanySection companyId={person.company_id} />
      <RelatedSection
        title={t("related.deals")}
        testId="related-deals"
        state={deals}
        count={deals.data?.data.length}
        empty={t("related.noDeals")}
      >
        {deals.data?.data.map(({ deal, role }) => <RelatedDealItem key={deal.id} deal={deal} role={role} />)}
      </RelatedSection>
    </>
  );
}
