// Picks a company by typing the start of its name; the server searches, so it works with
// hundreds of thousands of companies.
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../api/client";
import { queryKeys } from "../api/hooks";
import { useRecordNames } from "../api/recordNames";
import type { Page } from "../api/types";
import { condition } from "../lib/filterText";

const SUGGESTIONS = 20;

interface CompanyName {
  id: string;
  name: string | null;
}

function useCompanySearch(text: string) {
  return useQuery<CompanyName[]>({
    // Under the companies' lists, so that a company just created or renamed is found at once.
    queryKey: [...queryKeys.list("companies"), "search", text] as const,
    queryFn: ({ signal }) => {
      const params = query({
        filter: text ? condition("name", "starts_with", text) : undefined,
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

export type CompanySelectProps = Omit<
  SelectProps,
  "data" | "value" | "onChange" | "searchable" | "searchValue" | "onSearchChange" | "filter"
> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

export function CompanySelect({ value, onChange, ...rest }: CompanySelectProps) {
  const { t } = useTranslation("shared");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const names = useRecordNames(value ? [{ object: "companies", id: value }] : []);
  const chosen = value ? names("companies", value) : undefined;
  // While a company is chosen the box shows its name; searching for that name again is pointless.
  const text = debounced === (chosen ?? "") ? "" : debounced;
  const results = useCompanySearch(text);
  const options = (results.data ?? []).map((c) => ({ value: c.id, label: c.name || "—" }));
  // The chosen company stays an option even when the search no longer finds it.
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosen === undefined ? t("common:states.loading") : chosen || "—" });
  }

  return (
    <Select
      clearable
      {...rest}
      searchable
      data={options}
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the names; Mantine must not filter them again.
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t("companySelect.searching") : t("companySelect.nothing")}
    />
  );
}
