// Dates, numbers and money, formatted for the reader's language.
import type { AmountSum, Member } from "../api/types";

const numberFormats = new Map<string, Intl.NumberFormat>();

function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return "";
  return cachedNumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** `1 250 000 ₽`, `$1,250,000`; whole amounts show no cents. */
export function formatMoney(
  amount: number | null | undefined,
  currency: string | null | undefined,
  locale: string,
): string {
  if (amount === null || amount === undefined) return "";
  if (!currency) return formatNumber(amount, locale);
  const whole = Number.isInteger(amount);
  return cachedNumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** Short money for board headers and charts: `1.3M ₽`, `$12K`. */
export function formatCompactMoney(amount: number, currency: string | null, locale: string): string {
  return cachedNumberFormat(locale, {
    notation: "compact",
    maximumFractionDigits: 1,
    ...(currency ? { style: "currency", currency: currency.toUpperCase() } : {}),
  }).format(amount);
}

/** Sums per currency, largest first: `$12K · 1.3M ₽`. */
export function formatSums(sums: AmountSum[], locale: string): string {
  return [...sums]
    .sort((a, b) => b.sum - a.sum)
    .map((s) => formatCompactMoney(s.sum, s.currency, locale))
    .join(" · ");
}

function toDate(value: string | Date): Date {
  return typeof value === "string" ? new Date(value) : value;
}

export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "";
  // A bare `YYYY-MM-DD` is a calendar date, not a UTC midnight.
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(y, m - 1, d));
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(toDate(value));
}

export function formatDateTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(toDate(value));
}

export function formatTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return "";
  return new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(toDate(value));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** `3 days ago`, `in 2 hours`, `just now` (`только что`). */
export function formatRelative(value: string | Date, locale: string, now: Date = new Date()): string {
  const seconds = (toDate(value).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, "second");
}

/** Call lengths: `4:05`, `1:02:09`. */
export function formatDuration(totalSeconds: number | null | undefined): string {
  if (totalSeconds === null || totalSeconds === undefined) return "";
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A person's display name from whatever parts they have. */
export function personName(person: { first_name?: string | null; last_name?: string | null; email?: string | null }): string {
  const name = [person.first_name, person.last_name].filter(Boolean).join(" ").trim();
  return name || person.email || "—";
}

/** A workspace member as pickers and tables show them: the name, else the email. */
export function memberLabel(member: Pick<Member, "name" | "email">): string {
  return member.name || member.email;
}
