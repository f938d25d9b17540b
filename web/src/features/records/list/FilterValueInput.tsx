// The value box of a filter row, fitted to the field: text, number, date, yes/no, one or
// several options, or a member, stage or company chosen by name.
import { MultiSelect, NumberInput, Select, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { usePipelines } from "../../../api/hooks";
import { CompanySelect } from "../../../components/CompanySelect";
import { MemberSelect } from "../../../components/MemberSelect";
import { booleanData, optionData } from "../../../lib/valueText";
import type { Column } from "./columns";
import { valueKind, type Condition } from "./filterModel";

interface Props {
  column: Column;
  condition: Condition;
  label: string;
  onChange: (value: string | string[]) => void;
}

const common = { size: "xs" as const, "data-testid": "filter-value", style: { flex: "1 1 160px", minWidth: 140 } };

function ReferenceInput({ column, condition, label, onChange }: Props) {
  const { t } = useTranslation("records");
  const pipelines = usePipelines();
  const value = typeof condition.value === "string" && condition.value ? condition.value : null;
  const pick = (v: string | null) => onChange(v ?? "");
  switch (column.references) {
    case "members":
      return <MemberSelect {...common} aria-label={label} placeholder={t("filter.chooseMember")} value={value} onChange={pick} />;
    case "stages":
      return (
        <Select
          {...common}
          aria-label={label}
          searchable
          placeholder={t("filter.chooseStage")}
          data={(pipelines.data ?? []).map((p) => ({
            group: p.name,
            items: p.stages.map((s) => ({ value: s.id, label: s.name })),
          }))}
          value={value}
          onChange={pick}
        />
      );
    case "pipelines":
      return (
        <Select
          {...common}
          aria-label={label}
          data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={value}
          onChange={pick}
        />
      );
    case "companies":
      return <CompanySelect {...common} aria-label={label} placeholder={t("filter.chooseCompany")} value={value} onChange={pick} />;
    default:
      return <TextInput {...common} aria-label={label} value={String(condition.value)} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}

export function FilterValueInput(props: Props) {
  const { column, condition, label, onChange } = props;
  const { t, i18n } = useTranslation("records");
  const single = Array.isArray(condition.value) ? (condition.value[0] ?? "") : condition.value;
  const options = optionData(t, column);

  switch (valueKind(column)) {
    case "reference":
      return <ReferenceInput {...props} />;
    case "number":
      return <NumberInput {...common} aria-label={label} hideControls value={single} onChange={(v) => onChange(String(v))} />;
    case "date":
    case "datetime":
      return (
        <DateInput
          {...common}
          aria-label={label}
          valueFormat="YYYY-MM-DD"
          locale={i18n.language}
          placeholder="YYYY-MM-DD"
          clearable
          value={single || null}
          onChange={(v) => onChange(v ?? "")}
        />
      );
    case "boolean":
      return (
        <Select
          {...common}
          aria-label={label}
          allowDeselect={false}
          data={booleanData(t)}
          value={single || null}
          onChange={(v) => onChange(v ?? "")}
        />
      );
    case "select":
    case "list":
      if (condition.op === "in") {
        return (
          <MultiSelect
            {...common}
            aria-label={label}
            data={options}
            value={Array.isArray(condition.value) ? condition.value : []}
            onChange={onChange}
          />
        );
      }
      if (options.length > 0) {
        return <Select {...common} aria-label={label} searchable data={options} value={single || null} onChange={(v) => onChange(v ?? "")} />;
      }
      return <TextInput {...common} aria-label={label} value={single} onChange={(e) => onChange(e.currentTarget.value)} />;
    default:
      return <TextInput {...common} aria-label={label} value={single} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
