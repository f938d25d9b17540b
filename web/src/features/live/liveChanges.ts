// What a change announced by the server (GET /api/v1/events) makes stale on this screen.
// Pure, so the mapping is tested without a server; useLiveUpdates applies it.
import type { QueryKey } from "@tanstack/react-query";
import { queryKeys } from "../../api/hooks";
import type { ObjectName } from "../../api/types";

/** The data of one change event (the OpenAPI document's ChangeEvent). */
export interface ChangeEvent {
  seq: number;
  event: string;
  object: "person" | "company" | "deal" | "activity";
  id: string;
  change: string;
  version: number;
}

const PLURAL: Record<ChangeEvent["object"], ObjectName> = {
  person: "people",
  company: "companies",
  deal: "deals",
  activity: "activities",
};

/** Reads an event's data; anything else the stream might carry is ignored. */
export function parseChange(data: string): ChangeEvent | null {
  try {
    const value = JSON.parse(data) as Partial<ChangeEvent>;
    if (typeof value.seq !== "number" || typeof value.id !== "string" || !value.object) return null;
    return value.object in PLURAL ? (value as ChangeEvent) : null;
  } catch {
    return null;
  }
}

/** The query keys (prefixes) that changes to these records make stale, without repeats. */
export function staleKeys(changes: ChangeEvent[]): QueryKey[] {
  const keys = new Map<string, QueryKey>();
  const add = (key: QueryKey) => keys.set(JSON.stringify(key), key);
  for (const change of changes) {
    const object = PLURAL[change.object];
    // Lists, pages, the record itself and the lists that show it beside other records.
    add(queryKeys.records(object));
    add(queryKeys.timeline(object, change.id));
    if (object !== "activities") add(queryKeys.recordName(object, change.id));
    if (change.object === "deal") add(queryKeys.board);
    if (change.object === "activity") {
      // An activity shows on the timelines of whatever it is linked to, and in My work.
      add(queryKeys.timelines);
      add(queryKeys.activities);
    }
    add(queryKeys.dashboard);
  }
  return [...keys.values()];
}
