// A deal's company, and the people involved with their roles (add and remove here).
import { ActionIcon, Button, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Deal } from "../../../api/types";
import { personName } from "../../../lib/format";
import { AddDealPerson } from "./AddDealPerson";
import { CompanySection } from "./CompanyLink";
import { recordPath } from "./recordTypes";
import { RelatedItem, RelatedSection } from "./RelatedSection";
import { useDealPeople, useDealPersonLink } from "./useRelated";

function showError(error: Error) {
  notifications.show({ color: "red", message: error.message });
}

function DealPeople({ deal }: { deal: Deal }) {
  const { t } = useTranslation(["record", "common"]);
  const people = useDealPeople(deal.id);
  const { unlink } = useDealPersonLink(deal.id);
  const [adding, setAdding] = useState(false);
  const canEdit = deal.deleted_at === null;

  return (
    <RelatedSection
      title={t("related.people")}
      testId="related-people"
      state={people}
      count={people.data?.data.length}
      empty={t("related.noDealPeople")}
      action={
        canEdit &&
        !adding && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
            data-testid="deal-person-add"
          >
            {t("common:actions.add")}
          </Button>
        )
      }
      footer={adding && <AddDealPerson dealId={deal.id} onDone={() => setAdding(false)} />}
    >
      {people.data?.data.map(({ person, role }) => {
        const name = personName(person);
        const label = t("dealPeople.remove", { name });
        return (
          <RelatedItem
            key={person.id}
            to={recordPath("people", person.id)}
            title={name}
            subtitle={[role, person.job_title].filter(Boolean).join(" · ") || undefined}
            right={
              canEdit && (
                <Tooltip label={label} openDelay={400}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={label}
                    loading={unlink.isPending && unlink.variables === person.id}
                    onClick={() => unlink.mutate(person.id, { onError: (error) => showError(error) })}
                    data-testid="deal-person-remove"
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Tooltip>
              )
            }
          />
        );
      })}
    </RelatedSection>
  );
}

export function DealRelated({ deal }: { deal: Deal }) {
  return (
    <>
      <CompanySection companyId={deal.company_id} />
      <DealPeople deal={deal} />
    </>
  );
}
