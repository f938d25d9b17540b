// Picks a person by name, email or phone, using the global search (typo-tolerant).
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearch } from "../../../../api/search";

export function PersonSelect(props: Omit<SelectProps, "data" | "searchable">) {
  const { t } = useTranslation("record");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const results = useSearch(debounced, 20);
  const people = (results.data ?? []).filter((hit) => hit.kind === "person");
  const data = people.map((hit) => ({
    value: hit.id,
    label: hit.subtitle ? `${hit.title} · ${hit.subtitle}` : hit.title,
  }));
  let nothing = t("search.typeToSearch");
  if (search.trim()) nothing = results.isFetching ? t("search.searching") : t("search.nothing");
  return (
    <Select
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={({ options }) => options}
      nothingFoundMessage={nothing}
      {...props}
    />
  );
}
