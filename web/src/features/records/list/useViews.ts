// Saved views of a list: the team's shared ones and the user's own.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import type { View } from "../../../api/types";
import type { ListObject } from "./columns";

export interface ViewContent {
  name: string;
  filter: string | null;
  sort: string | null;
  columns: string[];
  shared: boolean;
}

export const viewsKey = (object: ListObject) => ["views", object] as const;

// The API names a view's object in the singular ("person"); the app's routes use the plural.
const PLURALS: Record<string, string> = { person: "people", company: "companies", deal: "deals", activity: "activities" };

export function isViewOf(view: Pick<View, "object">, object: ListObject): boolean {
  return (PLURALS[view.object] ?? view.object) === object;
}

export function useViews(object: ListObject) {
  return useQuery({
    queryKey: viewsKey(object),
    queryFn: ({ signal }) => api<{ data: View[] }>(`/api/v1/views${query({ object })}`, { signal }),
    // The API filters by object already; a view of another object must never be applied here.
    select: (answer) => answer.data.filter((v) => isViewOf(v, object)),
    staleTime: 30_000,
  });
}

export function useSaveView(object: ListObject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ view, content }: { view: View | null; content: ViewContent }) =>
      view
        ? api<View>(`/api/v1/views/${view.id}`, {
            method: "PUT",
            headers: { "If-Match": String(view.version) },
            body: { object, ...content },
          })
        : api<View>("/api/v1/views", { method: "POST", body: { object, ...content } }),
    // The saved view is opened at once (by URL); it must be known before the list reloads.
    onSuccess: (saved) =>
      client.setQueryData<{ data: View[] }>(viewsKey(object), (old) =>
        old ? { data: [...old.data.filter((v) => v.id !== saved.id), saved] } : old,
      ),
    onSettled: () => client.invalidateQueries({ queryKey: viewsKey(object) }),
  });
}

export function useDeleteView(object: ListObject) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: View) => api<void>(`/api/v1/views/${view.id}`, { method: "DELETE" }),
    onSettled: () => client.invalidateQueries({ queryKey: viewsKey(object) }),
  });
}
