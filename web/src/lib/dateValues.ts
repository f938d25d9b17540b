// Mantine's date pickers speak local `YYYY-MM-DD HH:mm:ss` text; the API speaks UTC RFC 3339.
import dayjs from "dayjs";

/** What the pickers hold: local time as text. */
export const PICKER_FORMAT = "YYYY-MM-DD HH:mm:ss";

/** A picker's display format that reads naturally in every language (months are localized). */
export const DATE_TIME_DISPLAY = "D MMM YYYY, HH:mm";
export const DATE_DISPLAY = "D MMM YYYY";

export function toPickerDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const parsed = dayjs(iso);
  return parsed.isValid() ? parsed.format(PICKER_FORMAT) : null;
}

export function fromPickerDateTime(local: string | Date | null | undefined): string | null {
  if (!local) return null;
  const parsed = dayjs(local);
  return parsed.isValid() ? parsed.toISOString() : null;
}

/** A calendar date stays `YYYY-MM-DD`; pickers may hand back a time part we drop. */
export function toCalendarDate(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format("YYYY-MM-DD") : null;
}
