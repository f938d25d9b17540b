// The ranked, typo-tolerant search over people, companies and deals that Ctrl+K and the
// record pickers share.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, query } from "./client";
import type { SearchHit } from "./types";

/** Hits for `text` (already debounced by the caller); nothing is asked for empty text. */
export function useSearch(text: string, limit: number, enabled = true) {
  return useQuery<SearchHit[]>({
    queryKey: ["search", text, limit] as const,
    queryFn: ({ signal }) =>
      api<{ data: SearchHit[] }>(`/api/v1/search${query({ q: text, limit })}`, { signal }).then((r) => r.data),
    enabled: enabled && text.length > 0,
    // While the next answer comes, the last hits stay listed instead of flickering away.
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
