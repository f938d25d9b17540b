// Ctrl/Cmd+K: people, companies and deals as you type, ranked by the server; arrows move,
// Enter opens the record.
import { Badge, Group, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { spotlight, Spotlight, type SpotlightActionData } from "@mantine/spotlight";
import { IconBuilding, IconCurrencyDollar, IconSearch, IconUser } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useSearch } from "../../api/search";
import type { SearchHit } from "../../api/types";

const ICONS = { person: IconUser, company: IconBuilding, deal: IconCurrencyDollar } as const;
const PATHS = { person: "people", company: "companies", deal: "deals" } as const;

export function recordPath(hit: Pick<SearchHit, "kind" | "id">): string {
  return `/${PATHS[hit.kind]}/${hit.id}`;
}

export function GlobalSearch() {
  const { t } = useTranslation("search");
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text.trim(), 120);
  const results = useSearch(debounced, 12);

  const hits = debounced ? (results.data ?? []) : [];
  const actions: SpotlightActionData[] = hits.map((hit) => {
    const Icon = ICONS[hit.kind];
    return {
      id: `${hit.kind}:${hit.id}`,
      label: hit.title,
      description: hit.subtitle ?? undefined,
      leftSection: <Icon size={20} stroke={1.5} />,
      rightSection: (
        <Badge variant="light" size="sm">
          {t(`kinds.${hit.kind}`)}
        </Badge>
      ),
      onClick: () => navigate(recordPath(hit)),
    };
  });

  // Enter opens the best match when the arrows have not chosen another one.
  const openBestMatch = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const chosen = document.querySelector("[data-testid='search-result'][data-selected]");
    const best = hits[0];
    if (event.key !== "Enter" || chosen || !best) return;
    spotlight.close();
    navigate(recordPath(best));
  };

  let empty: string;
  if (!debounced) empty = t("hint");
  else if (results.isError) empty = t("failed");
  else if (results.isFetching && hits.length === 0) empty = t("searching");
  else empty = t("nothing", { query: debounced });

  return (
    <Spotlight.Root
      query={text}
      onQueryChange={setText}
      shortcut={["mod + K"]}
      scrollable
      maxHeight={420}
    >
      <Spotlight.Search
        placeholder={t("placeholder")}
        leftSection={<IconSearch size={18} stroke={1.5} />}
        aria-label={t("placeholder")}
        data-testid="search-input"
        onKeyDown={openBestMatch}
      />
      <Spotlight.ActionsList>
        {actions.length > 0 ? (
          actions.map(({ id, label, description, leftSection, rightSection, onClick }) => (
            <Spotlight.Action key={id} onClick={onClick} data-testid="search-result">
              <Group wrap="nowrap" w="100%">
                {leftSection}
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text truncate>{label}</Text>
                  {description && (
                    <Text size="xs" c="dimmed" truncate>
                      {description}
                    </Text>
                  )}
                </div>
                {rightSection}
              </Group>
            </Spotlight.Action>
          ))
        ) : (
          <Spotlight.Empty>{empty}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
