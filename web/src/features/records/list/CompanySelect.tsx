// Picks a company by typing the start of its name; the server searches, so it works with
// hundreds of thousands of companies.
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../../../api/client";
import type { Page } from "../../../api/types";
import { quote } from "./filterModel";

type CompanyName = { id: string; name: string | null };

const SUGGESTIONS = 20;

function useCompanySearch(text: string) {
  return useQuery<CompanyName[]>({
    queryKey: ["companies", "names", text],
    queryFn: ({ signal }) => {
      const params = query({
        filter: text ? `name starts_with ${quote(text)}` : "",
        sort: "name",
        fields: "name",
        limit: SUGGESTIONS,
      });
      return api<Page<CompanyName>>(`/api/v1/companies${params}`, { signal }).then((r) => r.data);
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The chosen company's name, when it is not among the suggestions. */
function useCompanyName(id: string | null) {
  return useQuery({
    queryKey: ["companies", "name", id],
    queryFn: ({ signal }) =>
      api<CompanyName>(`/api/v1/companies/${id}${query({ fields: "name" })}`, { signal }).then((c) => c.name ?? ""),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

type Props = Omit<SelectProps, "data" | "value" | "onChange" | "searchable" | "onSearchChange" | "searchValue"> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

export function CompanySelect({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation("records");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const chosenName = useCompanyName(value);
  // While a company is chosen the box shows its name; searching for that name again is pointless.
  const text = debounced === (chosenName.data ?? "") ? "" : debounced;
  const results = useCompanySearch(text);
  const options = (results.data ?? []).map((c) => ({ value: c.id, label: c.name || c.id }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosenName.data || t("company.loading") });
  }

  return (
    <Select
      {...rest}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the names; Mantine must not filter them again.
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t("company.searching") : t("company.nothing")}
    />
  );
}
