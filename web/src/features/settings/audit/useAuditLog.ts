// The audit log, newest first, a page at a time; "load more" asks for entries before the
// oldest one shown.
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import type { AuditPage } from "./auditEntry";

export const AUDIT_PAGE_SIZE = 50;

/** Every cached page of the log, whatever the filter. */
export const auditKey = ["audit"] as const;

export function useAuditLog(action: string | null) {
  return useInfiniteQuery({
    queryKey: [...auditKey, action ?? "all"],
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>(`/api/v1/audit${query({ before: pageParam, action, limit: AUDIT_PAGE_SIZE })}`, { signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next_before ?? undefined,
  });
}
