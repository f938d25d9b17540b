// The workspace's webhook subscriptions and their delivery logs: listing, subscribing,
// turning on and off, deleting, sending a test, and replaying a delivery.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, query } from "../../../api/client";
import type { CreatedWebhook, Delivery, DeliveryPage, Webhook, WebhookInput } from "./webhook";

const webhooksKey = ["webhooks"] as const;
const deliveriesKey = (id: string) => ["webhooks", id, "deliveries"] as const;

const DELIVERIES_PAGE = 20;
/** While a delivery is still being tried, the log looks again this often. */
const PENDING_POLL_MS = 5_000;

export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: ({ signal }) => api<{ data: Webhook[] }>("/api/v1/webhooks", { signal }).then((r) => r.data),
  });
}

export function useCreateWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookInput) => api<CreatedWebhook>("/api/v1/webhooks", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: webhooksKey }),
  });
}

function replaceWebhook(list: Webhook[] | undefined, changed: Webhook): Webhook[] | undefined {
  return list?.map((w) => (w.id === changed.id ? changed : w));
}

/** Sent with the version the admin saw: a change made meanwhile answers 412 instead. */
export function useSetWebhookEnabled() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ webhook, enabled }: { webhook: Webhook; enabled: boolean }) =>
      api<Webhook>(`/api/v1/webhooks/${webhook.id}`, {
        method: "PATCH",
        headers: { "If-Match": String(webhook.version) },
        body: { enabled },
      }),
    onSuccess: (changed) => client.setQueryData<Webhook[]>(webhooksKey, (list) => replaceWebhook(list, changed)),
    // On a conflict the list shows the subscription as it is now.
    onError: () => client.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export function useDeleteWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/webhooks/${id}`, { method: "DELETE" }),
    onSuccess: (_, id) => {
      client.setQueryData<Webhook[]>(webhooksKey, (list) => list?.filter((w) => w.id !== id));
      client.removeQueries({ queryKey: deliveriesKey(id) });
    },
  });
}

export function useSendTest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Delivery>(`/api/v1/webhooks/${id}/test`, { method: "POST" }),
    onSuccess: (_, id) => client.invalidateQueries({ queryKey: deliveriesKey(id) }),
  });
}

export function useDeliveries(webhookId: string) {
  return useInfiniteQuery({
    queryKey: deliveriesKey(webhookId),
    queryFn: ({ pageParam, signal }) =>
      api<DeliveryPage>(`/api/v1/webhooks/${webhookId}/deliveries${query({ limit: DELIVERIES_PAGE, before: pageParam })}`, {
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_before,
    refetchInterval: (q) =>
      q.state.data?.pages.some((page) => page.data.some((d) => d.status === "pending")) ? PENDING_POLL_MS : false,
  });
}

export function useReplayDelivery(webhookId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      api<Delivery>(`/api/v1/webhooks/${webhookId}/deliveries/${deliveryId}/replay`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: deliveriesKey(webhookId) }),
  });
}
