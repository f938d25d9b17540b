// Erasing a person: the request, then a notice of what was removed, the people list, and a
// cache that no longer knows them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { showErasureNotice } from "./erasureNotice";
import { forgetErasedPerson } from "./forgetErasedPerson";
import { erasePerson, type Erasure } from "./personalDataApi";

export function useErasePerson(personId: string, name: string) {
  const { t } = useTranslation("record");
  const client = useQueryClient();
  const navigate = useNavigate();
  const erased = useRef(false);
  // The cache is cleaned once the person's page has gone (this hook lives on it): a query
  // removed while the page still shows it would be asked for again, and answer 404.
  useEffect(
    () => () => {
      if (erased.current) forgetErasedPerson(client, personId);
    },
    [client, personId],
  );
  return useMutation({
    mutationFn: () => erasePerson(personId),
    onSuccess: (erasure: Erasure) => {
      erased.current = true;
      const text = t("personalData.erased.text", {
        activities: t("personalData.erased.activities", { count: erasure.activities }),
        events: t("personalData.erased.events", { count: erasure.events }),
        audit: t("personalData.erased.audit", { count: erasure.audit_entries_redacted }),
      });
      showErasureNotice(t("personalData.erased.title", { name }), text);
      navigate("/people");
    },
  });
}
