// Picks the person, company or deal a new task belongs to, searching as you type (the same
// ranked search as Ctrl+K).
import { Select, type ComboboxItem, type ComboboxItemGroup } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearch } from "../../api/search";
import type { SearchHit } from "../../api/types";

export interface RecordLink {
  kind: SearchHit["kind"];
  id: string;
  title: string;
}

const GROUP_LABEL = { person: "objects.people", company: "objects.companies", deal: "objects.deals" } as const;

/** Search hits as Select groups (people, companies, deals), keeping the chosen record listed. */
export function linkOptions(hits: SearchHit[], chosen: RecordLink | null, groupLabel: (kind: SearchHit["kind"]) => string): ComboboxItemGroup<ComboboxItem>[] {
  const all: RecordLink[] = hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title }));
  if (chosen && !all.some((l) => l.kind === chosen.kind && l.id === chosen.id)) all.unshift(chosen);
  return (["person", "company", "deal"] as const)
    .map((kind) => ({
      group: groupLabel(kind),
      items: all.filter((l) => l.kind === kind).map((l) => ({ value: `${l.kind}:${l.id}`, label: l.title || "—" })),
    }))
    .filter((g) => g.items.length > 0);
}

export interface RecordPickerProps {
  value: RecordLink | null;
  onChange: (value: RecordLink | null) => void;
  label: string;
  error?: string;
  required?: boolean;
}

export function RecordPicker({ value, onChange, label, error, required }: RecordPickerProps) {
  const { t } = useTranslation("mywork");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const wanted = debounced.length > 0 && debounced !== value?.title;
  const results = useSearch(debounced, 10, wanted);
  const hits = wanted ? (results.data ?? []) : [];
  const data = linkOptions(hits, value, (kind) => t(`common:${GROUP_LABEL[kind]}`));
  return (
    <Select
      label={label}
      placeholder={t("newTask.linkPlaceholder")}
      required={required}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already ranked the hits; filtering them again by label would hide some.
      filter={({ options }) => options}
      data={data}
      value={value ? `${value.kind}:${value.id}` : null}
      onChange={(_, option) => {
        if (!option) return onChange(null);
        const [kind, id] = option.value.split(":") as [RecordLink["kind"], string];
        onChange({ kind, id, title: option.label });
      }}
      nothingFoundMessage={debounced ? (results.isFetching ? t("newTask.searching") : t("newTask.nothingFound")) : t("newTask.typeToSearch")}
      data-testid="task-link"
    />
  );
}
