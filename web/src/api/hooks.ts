// Server state shared by many screens. Screen-specific queries live beside their screens.
import { useQuery } from "@tanstack/react-query";
import { withComputedReadOnly } from "../lib/recordFields";
import { api } from "./client";
import type { Member, ObjectName, Pipeline, RecordObject, Workspace } from "./types";

/** A field of an object as `/api/v1/{object}/fields` describes it. */
export interface FieldInfo {
  key: string;
  label?: string;
  /** `text`, `long text`, `email`, `phone`, `url`, `domain`, `integer`, `number`, `money`,
   * `currency`, `date`, `date-time`, `boolean`, `select`, `multi-select`/`multi_select`,
   * `tags`, `list of emails`, … or `id` (see `references`). */
  type: string;
  references: string | null;
  sortable: boolean;
  required: boolean;
  writable: boolean;
  custom: boolean;
  options: string[] | null;
}

/** Keys of the queries more than one screen reads or refreshes. A key that starts another is
 * its prefix: invalidating `activities` refreshes every query of activities. */
export const queryKeys = {
  session: ["session"] as const,
  fields: (object: ObjectName) => ["fields", object] as const,
  pipelines: ["pipelines"] as const,
  members: ["members"] as const,
  workspace: ["workspace"] as const,
  /** Everything cached of an object's records: its lists, pages and related lists. */
  records: (object: ObjectName) => [object] as const,
  record: (object: ObjectName, id: string) => [object, "record", id] as const,
  list: (object: ObjectName) => [object, "list"] as const,
  /** Records shown around another record (a company's deals, a deal's people). */
  related: (object: RecordObject) => [object, "related"] as const,
  /** One record's name, as links and references show it (see recordNames.ts). */
  recordName: (object: RecordObject, id: string) => ["names", object, id] as const,
  /** Every record's timeline; `timeline(object, id)` is one of them. */
  timelines: ["timeline"] as const,
  timeline: (object: ObjectName, id: string) => ["timeline", object, id] as const,
  /** Lists of activities outside timelines: My work's tasks and meetings. */
  activities: ["activities"] as const,
  /** Every board; a board's own key adds the pipeline, owner and size. */
  board: ["board"] as const,
  dashboard: ["dashboard"] as const,
};

export function useFields(object: ObjectName) {
  return useQuery({
    queryKey: queryKeys.fields(object),
    queryFn: () => api<{ data: FieldInfo[] }>(`/api/v1/${object}/fields`).then((r) => r.data.map(withComputedReadOnly)),
    staleTime: 60_000,
  });
}

export function usePipelines() {
  return useQuery({
    queryKey: queryKeys.pipelines,
    queryFn: () => api<{ data: Pipeline[] }>("/api/v1/pipelines").then((r) => r.data),
    staleTime: 60_000,
  });
}

export function useMembers() {
  return useQuery({
    queryKey: queryKeys.members,
    queryFn: () => api<{ data: Member[] }>("/api/v1/members").then((r) => r.data),
    staleTime: 60_000,
  });
}

export function useWorkspace() {
  return useQuery({
    queryKey: queryKeys.workspace,
    queryFn: () => api<Workspace>("/api/v1/workspace"),
    staleTime: 60_000,
  });
}

/** Looks up a member by member id (what `owner_id`, `assignee_id` and `created_by` hold). */
export function useMemberName(): (id: string | null | undefined) => string {
  const { data } = useMembers();
  return (id) => (id ? (data?.find((m) => m.id === id)?.name ?? "") : "");
}
