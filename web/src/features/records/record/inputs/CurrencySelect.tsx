// Picks an ISO 4217 currency code; the browser knows the list, typing narrows it.
import { Select, type SelectProps } from "@mantine/core";

const FALLBACK = ["USD", "EUR", "RUB", "GBP", "CNY", "KZT", "BYN", "AED", "TRY", "CHF", "JPY", "INR"];

function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf("currency");
  } catch {
    return FALLBACK;
  }
}

const CODES = currencyCodes();

export function CurrencySelect({ value, ...props }: Omit<SelectProps, "data">) {
  const data = value && !CODES.includes(value) ? [value, ...CODES] : CODES;
  return <Select searchable value={value} data={data} limit={50} {...props} />;
}
