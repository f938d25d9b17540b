// The input for one field, fitted to its type. Text-like inputs save on Enter (Ctrl/Cmd+Enter
// in long text) and cancel on Escape; pickers save as soon as something is picked.
import { MultiSelect, NumberInput, Select, TagsInput, Textarea, TextInput } from "@mantine/core";
import { DatePickerInput, DateTimePicker } from "@mantine/dates";
import { getHotkeyHandler } from "@mantine/hooks";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldInfo } from "../../../api/hooks";
import { CompanySelect } from "../../../components/CompanySelect";
import { MemberSelect } from "../../../components/MemberSelect";
import {
  DATE_DISPLAY,
  DATE_TIME_DISPLAY,
  fromPickerDateTime,
  toCalendarDate,
  toPickerDateTime,
} from "../../../lib/dateValues";
import type { FieldKind } from "../../../lib/fieldKinds";
import { booleanData, optionData } from "../../../lib/valueText";
import { asList, asNumber, asText, numberOrNull } from "./editors/editorValues";
import { MoneyEditor } from "./editors/MoneyEditor";
import { PipelineEditor } from "./editors/PipelineEditor";
import { CurrencySelect } from "./inputs/CurrencySelect";
import type { AnyRecord } from "./recordTypes";

export interface FieldEditorProps {
  field: Pick<FieldInfo, "key" | "custom" | "options">;
  kind: FieldKind;
  record: AnyRecord;
  value: unknown;
  label: string;
  error?: string;
  /** `commit` saves the value at once (pickers). */
  onChange: (value: unknown, commit?: boolean) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

const INPUT_TYPES: Partial<Record<FieldKind, string>> = { email: "email", phone: "tel", url: "url" };

/** Date pickers are buttons that open a calendar; opening it at once saves a click. */
function useOpenOnMount() {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.click(), []);
  return ref;
}

export function FieldEditor(props: FieldEditorProps) {
  const { t } = useTranslation("fields");
  const { kind, value, label, error, onChange, onSubmit, onCancel, field } = props;
  const pickerRef = useOpenOnMount();
  const common = { "aria-label": label, error, size: "xs" as const, autoFocus: true };
  const keys = getHotkeyHandler([
    ["Enter", onSubmit],
    ["Escape", onCancel],
  ]);
  const escape = getHotkeyHandler([["Escape", onCancel]]);
  // Picking the current value again must not clear it; the clear button does that.
  const pickProps = { ...common, onKeyDown: escape, defaultDropdownOpened: true, allowDeselect: false };

  switch (kind) {
    case "longText":
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxRows={14}
          value={asText(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={getHotkeyHandler([
            ["mod+Enter", onSubmit],
            ["Escape", onCancel],
          ])}
        />
      );
    case "integer":
    case "number":
      return (
        <NumberInput
          {...common}
          value={asNumber(value)}
          allowDecimal={kind === "number"}
          onChange={(v) => onChange(numberOrNull(v))}
          onKeyDown={keys}
        />
      );
    case "money":
      return <MoneyEditor {...props} onKeyDown={keys} />;
    case "currency":
      return <CurrencySelect {...pickProps} value={asText(value) || null} onChange={(v) => onChange(v, true)} clearable />;
    case "date":
      return (
        <DatePickerInput
          {...common}
          ref={pickerRef}
          valueFormat={DATE_DISPLAY}
          clearable
          value={asText(value) || null}
          onChange={(v) => onChange(toCalendarDate(v))}
          onKeyDown={escape}
        />
      );
    case "dateTime":
      return (
        <DateTimePicker
          {...common}
          ref={pickerRef}
          valueFormat={DATE_TIME_DISPLAY}
          clearable
          value={toPickerDateTime(asText(value))}
          onChange={(v) => onChange(fromPickerDateTime(v))}
          onKeyDown={escape}
        />
      );
    case "boolean":
      return (
        <Select
          {...pickProps}
          clearable
          data={booleanData(t)}
          value={value === null || value === undefined ? null : String(value)}
          onChange={(v) => onChange(v === null ? null : v === "true", true)}
        />
      );
    case "select":
      return (
        <Select
          {...pickProps}
          clearable
          searchable
          data={optionData(t, field)}
          value={asText(value) || null}
          onChange={(v) => onChange(v, true)}
        />
      );
    case "multiSelect":
      return (
        <MultiSelect
          {...common}
          searchable
          data={optionData(t, field)}
          value={asList(value)}
          onChange={onChange}
          onKeyDown={escape}
        />
      );
    case "tags":
    case "list":
      return <TagsInput {...common} value={asList(value)} onChange={onChange} onKeyDown={escape} clearable />;
    case "member":
      return <MemberSelect {...pickProps} clearable value={asText(value) || null} onChange={(v) => onChange(v, true)} />;
    case "company":
      return <CompanySelect {...pickProps} value={asText(value) || null} onChange={(v) => onChange(v, true)} />;
    case "pipeline":
    case "stage":
      return <PipelineEditor {...props} pickProps={pickProps} />;
    default:
      return (
        <TextInput
          {...common}
          type={INPUT_TYPES[kind] ?? "text"}
          value={asText(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={keys}
        />
      );
  }
}
