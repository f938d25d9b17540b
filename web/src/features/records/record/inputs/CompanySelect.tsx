// Picks a company by typing the start of its name; the server does the searching.
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../../../../api/client";
import type { Page } from "../../../../api/types";
import { useRecordNames } from "../useRecordNames";
import { quoted } from "./searchFilter";

interface CompanyName {
  id: string;
  name: string | null;
}

function useCompanySearch(text: string) {
  const [debounced] = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: ["companies", "related", "search", debounced],
    queryFn: ({ signal }) =>
      api<Page<CompanyName>>(
        `/api/v1/companies${query({
          filter: debounced ? `name starts_with ${quoted(debounced)}` : undefined,
          fields: "name",
          sort: "name",
          limit: 20,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function CompanySelect({ value, ...props }: Omit<SelectProps, "data" | "searchable">) {
  const { t } = useTranslation("record");
  const [search, setSearch] = useState("");
  const results = useCompanySearch(search);
  const names = useRecordNames(value ? [{ object: "companies", id: value }] : []);
  const options = new Map((results.data?.data ?? []).map((c) => [c.id, c.name || "—"]));
  // The chosen company stays an option even when the search no longer finds it.
  if (value && !options.has(value)) options.set(value, names("companies", value) ?? "…");
  return (
    <Select
      searchable
      clearable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      filter={({ options: all }) => all}
      nothingFoundMessage={results.isFetching ? t("search.searching") : t("search.nothing")}
      {...props}
    />
  );
}
