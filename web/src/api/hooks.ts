// Server state shared by many screens. Screen-specific queries live beside their screens.
import { useQuery } from "@tanstack/react-query";
import { api } from "./client";
import type { Member, ObjectName, Pipeline, Workspace } from "./types";

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

export const queryKeys = {
  session: ["session"] as const,
  fields: (object: ObjectName) => ["fields", object] as const,
  pipelines: ["pipelines"] as const,
  members: ["members"] as const,
  workspace: ["workspace"] as const,
  record: (object: ObjectName, id: string) => [object, "record", id] as const,
  list: (object: ObjectName) => [object, "list"] as const,
};

export function useFields(object: ObjectName) {
  return useQuery({
    queryKey: queryKeys.fields(object),
    queryFn: () => api<{ data: FieldInfo[] }>(`/api/v1/${object}/fields`).then((r) => r.data),
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
