// A deal's amount with its currency beside it; a custom money field is just the number.
import { Group, NumberInput } from "@mantine/core";
import type { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { MoneyValue } from "../../../../lib/fieldKinds";
import type { FieldEditorProps } from "../FieldEditor";
import { CurrencySelect } from "../inputs/CurrencySelect";
import { numberOrNull } from "./editorValues";

type MoneyEditorProps = FieldEditorProps & { onKeyDown: ReturnType<typeof getHotkeyHandler> };

export function MoneyEditor({ value, label, error, onChange, onKeyDown }: MoneyEditorProps) {
  const { t } = useTranslation("fields");
  const isPair = typeof value === "object" && value !== null;
  const money: MoneyValue = isPair
    ? (value as MoneyValue)
    : { amount: typeof value === "number" ? value : null, currency: null };
  const amount = (
    <NumberInput
      aria-label={label}
      size="xs"
      autoFocus
      error={error}
      decimalScale={2}
      value={money.amount ?? ""}
      onChange={(v) => onChange(isPair ? { ...money, amount: numberOrNull(v) } : numberOrNull(v))}
      onKeyDown={onKeyDown}
      style={{ flex: 1 }}
    />
  );
  if (!isPair) return amount;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {amount}
      <CurrencySelect
        aria-label={t("deals.currency")}
        size="xs"
        w={96}
        value={money.currency}
        onChange={(currency) => onChange({ ...money, currency })}
        onKeyDown={onKeyDown}
      />
    </Group>
  );
}
