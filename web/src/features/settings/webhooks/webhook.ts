// Webhook subscriptions and their deliveries as the server lists them, and the rules the
// screen needs about them.

/** The events a subscription can ask for (`WebhookInput.event_types` in the OpenAPI document). */
export const WEBHOOK_EVENT_TYPES = [
  "person.created",
  "person.updated",
  "person.deleted",
  "person.restored",
  "company.created",
  "company.updated",
  "company.deleted",
  "company.restored",
  "deal.created",
  "deal.updated",
  "deal.deleted",
  "deal.restored",
  "deal.stage_changed",
  "deal.won",
  "deal.lost",
  "activity.created",
  "activity.updated",
  "activity.deleted",
  "activity.restored",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface Webhook {
  id: string;
  url: string;
  description: string;
  event_types: WebhookEventType[];
  enabled: boolean;
  /** Why Relata turned it off (after failing deliveries); `null` when on or turned off by hand. */
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** A new subscription, with its signing secret: the only time it can be shown. */
export interface CreatedWebhook extends Webhook {
  secret: string;
}

export interface WebhookInput {
  url: string;
  description?: string;
  event_types: WebhookEventType[];
}

export type DeliveryStatus = "pending" | "succeeded" | "failed";

export interface Delivery {
  id: string;
  subscription_id: string;
  /** One of the subscription's event types, or `webhook.test`. */
  event_type: string;
  status: DeliveryStatus;
  attempts: number;
  /** The HTTP status of the last try, when the address answered at all. */
  last_status: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  created_at: string;
}

export interface DeliveryPage {
  data: Delivery[];
  next_before: string | null;
}

export const DELIVERY_STATUS_COLORS: Record<DeliveryStatus, string> = {
  pending: "yellow",
  succeeded: "green",
  failed: "red",
};

/** The kinds of record events are about, in the order the event types list them. */
export type EventObject = "person" | "company" | "deal" | "activity";

/** The event types grouped by the record they are about, for a grouped picker. */
export function eventGroups(types: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES): { object: EventObject; types: WebhookEventType[] }[] {
  const groups: { object: EventObject; types: WebhookEventType[] }[] = [];
  for (const type of types) {
    const object = type.split(".")[0] as EventObject;
    const group = groups.find((g) => g.object === object);
    if (group) group.types.push(type);
    else groups.push({ object, types: [type] });
  }
  return groups;
}

/** Why an address cannot be posted to, before asking the server; `null` when it may do. */
export function urlProblem(url: string): "required" | "scheme" | null {
  const text = url.trim();
  if (!text) return "required";
  if (!/^https?:\/\/[^\s/]+/i.test(text)) return "scheme";
  return null;
}

/** The form's values as the body of `POST /api/v1/webhooks`: trimmed, an empty description left out. */
export function webhookInput(values: { url: string; description: string; event_types: string[] }): WebhookInput {
  const known = new Set<string>(WEBHOOK_EVENT_TYPES);
  const input: WebhookInput = {
    url: values.url.trim(),
    event_types: values.event_types.filter((t): t is WebhookEventType => known.has(t)),
  };
  const description = values.description.trim();
  if (description) input.description = description;
  return input;
}

/** What the last try got: the address's HTTP status, else the error. */
export function lastOutcome(delivery: Pick<Delivery, "last_status" | "last_error">): string | null {
  if (delivery.last_status !== null && delivery.last_error) return `HTTP ${delivery.last_status}: ${delivery.last_error}`;
  if (delivery.last_status !== null) return `HTTP ${delivery.last_status}`;
  return delivery.last_error;
}
