// The records around a record: a company's people and deals, a person's deals, a deal's people.
// Keys start with the listed object and "related", so a write to any deal refreshes them all.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Deal, Page, Person } from "../../../api/types";
import { condition } from "../../../lib/filterText";

const RELATED_LIMIT = 50;

export interface DealLink {
  role: string | null;
  deal: Deal;
}

export interface PersonLink {
  role: string | null;
  person: Person;
}

export function useCompanyPeople(companyId: string) {
  return useQuery({
    queryKey: [...queryKeys.related("people"), "company", companyId],
    queryFn: ({ signal }) =>
      api<Page<Person>>(
        `/api/v1/people${query({
          filter: condition("company_id", "eq", companyId),
          fields: "first_name,last_name,email,job_title",
          sort: "last_name",
          limit: RELATED_LIMIT,
        })}`,
        { signal },
      ),
  });
}

export function useCompanyDeals(companyId: string) {
  return useQuery({
    queryKey: [...queryKeys.related("deals"), "company", companyId],
    queryFn: ({ signal }) =>
      api<Page<Deal>>(
        `/api/v1/deals${query({
          filter: condition("company_id", "eq", companyId),
          fields: "name,amount,currency,stage_id,pipeline_id",
          sort: "-created_at",
          limit: RELATED_LIMIT,
        })}`,
        { signal },
      ),
  });
}

function personDealsKey(personId: string) {
  return [...queryKeys.related("deals"), "person", personId] as const;
}

export function usePersonDeals(personId: string) {
  return useQuery({
    queryKey: personDealsKey(personId),
    queryFn: ({ signal }) => api<{ data: DealLink[] }>(`/api/v1/people/${personId}/deals`, { signal }),
  });
}

function dealPeopleKey(dealId: string) {
  return [...queryKeys.related("people"), "deal", dealId] as const;
}

export function useDealPeople(dealId: string) {
  return useQuery({
    queryKey: dealPeopleKey(dealId),
    queryFn: ({ signal }) => api<{ data: PersonLink[] }>(`/api/v1/deals/${dealId}/people`, { signal }),
  });
}

/** Adds a person to a deal with a role (or changes the role), or removes them. */
export function useDealPersonLink(dealId: string) {
  const client = useQueryClient();
  const refresh = (personId: string) => {
    void client.invalidateQueries({ queryKey: dealPeopleKey(dealId) });
    void client.invalidateQueries({ queryKey: personDealsKey(personId) });
    void client.invalidateQueries({ queryKey: queryKeys.timeline("deals", dealId) });
  };
  const link = useMutation({
    mutationFn: ({ personId, role }: { personId: string; role: string | null }) =>
      api<void>(`/api/v1/deals/${dealId}/people/${personId}`, { method: "PUT", body: { role } }),
    onSuccess: (_data, { personId }) => refresh(personId),
  });
  const unlink = useMutation({
    mutationFn: (personId: string) => api<void>(`/api/v1/deals/${dealId}/people/${personId}`, { method: "DELETE" }),
    onSuccess: (_data, personId) => refresh(personId),
  });
  return { link, unlink };
}
