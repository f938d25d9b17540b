// System events in words: what changed, from what to what. The sentences avoid the actor as
// grammatical subject (the actor is shown beside them), which keeps Russian free of gendered
// verb endings.
import type { TimelineEvent } from "../../api/types";

export interface EventWords {
  /** The `timeline` namespace's translate function. */
  t: (key: string, options?: Record<string, unknown>) => string;
  fieldLabel: (key: string) => string;
  /** A field's value as text; `""` when empty. `currency` is given for amounts when the same
   * event changed the currency too. */
  valueText: (key: string, value: unknown, currency?: string | null) => string;
  stageName: (id: string) => string;
  personName: (id: string) => string;
}

export interface EventDescription {
  title: string;
  details: string[];
}

interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

function isChange(value: unknown): value is FieldChange {
  return typeof value === "object" && value !== null && typeof (value as FieldChange).field === "string";
}

/** `currency` is the same event's currency change, which says what the amounts were in. */
export function changeText(change: FieldChange, words: EventWords, currency?: FieldChange): string {
  const field = words.fieldLabel(change.field);
  const money = change.field === "amount" && currency !== undefined;
  const text = (value: unknown, code: unknown) =>
    money ? words.valueText(change.field, value, asCode(code)) : words.valueText(change.field, value);
  const before = text(change.old, currency?.old);
  const after = text(change.new, currency?.new);
  if (!before) return words.t("events.set", { field, value: after });
  if (!after) return words.t("events.cleared", { field, value: before });
  return words.t("events.changed", { field, old: before, new: after });
}

function asCode(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function stage(id: unknown, words: EventWords): string {
  return typeof id === "string" ? words.stageName(id) : "—";
}

function personLink(data: Record<string, unknown>, words: EventWords, key: string): string {
  const name = typeof data.person_id === "string" ? words.personName(data.person_id) : "—";
  const role = typeof data.role === "string" && data.role ? data.role : null;
  return role ? words.t(`${key}WithRole`, { name, role }) : words.t(key, { name });
}

export function describeEvent(
  event: TimelineEvent | string | undefined,
  data: Record<string, unknown> | undefined,
  words: EventWords,
): EventDescription {
  const facts = data ?? {};
  switch (event) {
    case "created":
      return { title: words.t("events.created"), details: [] };
    case "updated": {
      const changes = Array.isArray(facts.changes) ? facts.changes.filter(isChange) : [];
      const currency = changes.find((c) => c.field === "currency");
      const details = changes.map((c) => changeText(c, words, currency));
      if (changes.length === 1 && changes[0]) {
        return { title: words.t("events.updatedOne", { field: words.fieldLabel(changes[0].field) }), details };
      }
      return { title: words.t("events.updatedMany", { count: changes.length }), details };
    }
    case "stage_changed":
      return {
        title: words.t("events.stageChanged", { from: stage(facts.from, words), to: stage(facts.to, words) }),
        details: [],
      };
    case "deleted":
      return { title: words.t("events.deleted"), details: [] };
    case "restored":
      return { title: words.t("events.restored"), details: [] };
    case "person_linked":
      return { title: personLink(facts, words, "events.personLinked"), details: [] };
    case "person_unlinked":
      return { title: personLink(facts, words, "events.personUnlinked"), details: [] };
    default:
      return { title: words.t("events.other", { event: String(event ?? "") }), details: [] };
  }
}
