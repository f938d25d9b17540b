// Names of records that other records point at (a deal's company, a linked person), fetched
// once per record and shared by every place that shows them.
import { useQueries } from "@tanstack/react-query";
import { api, ApiProblem } from "../../../api/client";
import { personName } from "../../../lib/format";

export type NamedObject = "companies" | "people" | "deals";

export interface RecordRef {
  object: NamedObject;
  id: string;
}

const NAME_FIELDS: Record<NamedObject, string> = {
  companies: "name",
  deals: "name",
  people: "first_name,last_name,email",
};

export function recordNameKey(object: NamedObject, id: string) {
  return [object, "name", id] as const;
}

async function fetchName(ref: RecordRef, signal: AbortSignal): Promise<string | null> {
  try {
    const record = await api<Record<string, string | null>>(
      `/api/v1/${ref.object}/${ref.id}?fields=${NAME_FIELDS[ref.object]}`,
      { signal },
    );
    return ref.object === "people" ? personName(record) : (record.name ?? "");
  } catch (error) {
    // A deleted record has no name to show; the caller says so.
    if (error instanceof ApiProblem && error.status === 404) return null;
    throw error;
  }
}

export type NameLookup = (object: NamedObject, id: string) => string | null | undefined;

/** `undefined` while loading, `null` for a record that no longer exists. */
export function useRecordNames(refs: RecordRef[]): NameLookup {
  const unique = [...new Map(refs.map((r) => [`${r.object}:${r.id}`, r])).values()];
  const results = useQueries({
    queries: unique.map((ref) => ({
      queryKey: recordNameKey(ref.object, ref.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchName(ref, signal),
      staleTime: 60_000,
    })),
  });
  const names = new Map<string, string | null>();
  unique.forEach((ref, i) => {
    const data = results[i]?.data;
    if (data !== undefined) names.set(`${ref.object}:${ref.id}`, data);
  });
  return (object, id) => names.get(`${object}:${id}`);
}
