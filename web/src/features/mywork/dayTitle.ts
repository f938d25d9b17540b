// A day as a heading: "Wednesday, November 25", "Среда, 25 ноября". Only the first letter is
// raised: Russian writes month names in lower case.

export function dayTitle(day: Date, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(day);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
