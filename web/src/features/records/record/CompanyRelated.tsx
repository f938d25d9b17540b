// A company's people and deals.
import { useTranslation } from "react-i18next";
import { personName } from "../../../lib/format";
import { recordPath } from "./recordTypes";
import { RelatedDealItem } from "./RelatedDealItem";
import { RelatedItem, RelatedSection } from "./RelatedSection";
import { useCompanyDeals, useCompanyPeople } from "./useRelated";

export function CompanyRelated({ companyId }: { companyId: string }) {
  const { t } = useTranslation("record");
  const people = useCompanyPeople(companyId);
  const deals = useCompanyDeals(companyId);
  return (
    <>
      <RelatedSection
        title={t("related.people")}
        testId="related-people"
        state={people}
        count={people.data?.data.length}
        more={Boolean(people.data?.next_cursor)}
        empty={t("related.noPeople")}
      >
        {people.data?.data.map((person) => (
          <RelatedItem
            key={person.id}
            to={recordPath("people", person.id)}
            title={personName(person)}
            subtitle={person.job_title ?? undefined}
          />
        ))}
      </RelatedSection>
      <RelatedSection
        title={t("related.deals")}
        testId="related-deals"
        state={deals}
        count={deals.data?.data.length}
        more={Boolean(deals.data?.next_cursor)}
        empty={t("related.noDeals")}
      >
        {deals.data?.data.map((deal) => <RelatedDealItem key={deal.id} deal={deal} />)}
      </RelatedSection>
    </>
  );
}
