// After an erasure nothing about the person may linger in the cache: their page, timeline and
// name go, and everything that listed them or their activities is asked for again.
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../../api/hooks";

/** Call once the person's page has gone: a query removed while still shown is asked for
 * again, and the server now answers 404. Removing comes first, so that invalidating the
 * prefixes below cannot refetch the person. */
export function forgetErasedPerson(client: QueryClient, personId: string): void {
  client.removeQueries({ queryKey: queryKeys.record("people", personId) });
  client.removeQueries({ queryKey: queryKeys.timeline("people", personId) });
  client.removeQueries({ queryKey: [...queryKeys.related("deals"), "person", personId] });
  // Names are cached per id; asked for again, the name comes back as gone.
  client.removeQueries({ queryKey: queryKeys.recordName("people", personId) });
  // People lists, a company's people and a deal's people.
  void client.invalidateQueries({ queryKey: queryKeys.records("people") });
  void client.invalidateQueries({ queryKey: ["search"] });
  // Their activities are gone from other records' timelines, My work and the dashboard.
  void client.invalidateQueries({ queryKey: queryKeys.timelines });
  void client.invalidateQueries({ queryKey: queryKeys.activities });
  void client.invalidateQueries({ queryKey: queryKeys.dashboard });
}
