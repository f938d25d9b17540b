// Small facts a deal card shows: whose it is and how long it has waited in its stage.

/** `Alex Morgan` → `AM`, `alex@northwind.example` → `A`; up to two letters. */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, "")
    .split(/[\s._-]+/)
    .filter((w) => w.length > 0);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

const DAY_MS = 24 * 3600 * 1000;

/** Whole days since the deal entered its stage (0 on the day it moved); `null` if unknown. */
export function daysInStage(enteredAt: string | null | undefined, now: Date): number | null {
  if (!enteredAt) return null;
  const entered = new Date(enteredAt).getTime();
  if (Number.isNaN(entered)) return null;
  return Math.max(0, Math.floor((now.getTime() - entered) / DAY_MS));
}

/** `5 days`, `5 дней`: the language's own plural rules, through Intl. */
export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long" }).format(days);
}
