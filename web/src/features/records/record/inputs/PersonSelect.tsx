// Picks a person by name, email or phone, using the global search (typo-tolerant).
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../../../../api/client";
import type { SearchHit } from "../../../../api/types";

function usePeopleSearch(text: string) {
  const [debounced] = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: ["search", "people", debounced],
    queryFn: ({ signal }) => api<{ data: SearchHit[] }>(`/api/v1/search${query({ q: debounced, limit: 20 })}`, { signal }),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    select: (page) => page.data.filter((hit) => hit.kind === "person"),
  });
}

export function PersonSelect(props: Omit<SelectProps, "data" | "searchable">) {
  const { t } = useTranslation("record");
  const [search, setSearch] = useState("");
  const results = usePeopleSearch(search);
  const data = (results.data ?? []).map((hit) => ({
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
