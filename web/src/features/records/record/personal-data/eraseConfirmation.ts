// What the admin types before erasing a person: their name or email, compared loosely enough
// that case, spacing and "ё" written as "е" do not get in the way, and strictly enough that
// the right person is named.
import type { Person } from "../../../../api/types";

/** Lower-case, without any white space, "ё" as "е" and compatibility forms folded. */
export function normalizeConfirmation(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, "");
}

/** What may be typed to confirm: the person's name and their email, whichever they have. */
export function confirmationTargets(person: Pick<Person, "first_name" | "last_name" | "email">): string[] {
  const name = [person.first_name, person.last_name].filter(Boolean).join(" ").trim();
  return [name, person.email?.trim() ?? ""].filter((target) => normalizeConfirmation(target) !== "");
}

/** Whether `typed` names one of `targets`; nothing typed never matches. */
export function confirmationMatches(typed: string, targets: readonly string[]): boolean {
  const wanted = normalizeConfirmation(typed);
  return wanted !== "" && targets.some((target) => normalizeConfirmation(target) === wanted);
}
