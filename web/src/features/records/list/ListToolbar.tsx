// The row above the table: views, quick search, filter, columns, export. It wraps on a phone.
import { Badge, Button, CloseButton, Group, TextInput } from "@mantine/core";
import { IconDownload, IconFilter, IconSearch } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ListObject } from "./columns";

interface Props {
  object: ListObject;
  viewPicker: ReactNode;
  columnChooser: ReactNode;
  quick: string;
  onQuick: (text: string) => void;
  filterCount: number;
  filterOpen: boolean;
  onToggleFilter: () => void;
  exportHref: string;
}

export function ListToolbar(props: Props) {
  const { object, quick, onQuick, filterCount, filterOpen } = props;
  const { t } = useTranslation("records");
  return (
    <Group gap="xs" wrap="wrap">
      {props.viewPicker}
      <TextInput
        placeholder={t(`quick.placeholder.${object}`)}
        aria-label={t(`quick.placeholder.${object}`)}
        leftSection={<IconSearch size={16} />}
        rightSection={quick ? <CloseButton size="sm" aria-label={t("quick.clear")} onClick={() => onQuick("")} /> : null}
        value={quick}
        onChange={(e) => onQuick(e.currentTarget.value)}
        style={{ flex: "1 1 200px", maxWidth: 360 }}
        data-testid="quick-search"
      />
      <Button
        variant={filterOpen ? "light" : "default"}
        leftSection={<IconFilter size={16} />}
        rightSection={filterCount > 0 ? <Badge size="sm" circle>{filterCount}</Badge> : null}
        onClick={props.onToggleFilter}
        aria-expanded={filterOpen}
        data-testid="filter-toggle"
      >
        {t("filter.button")}
      </Button>
      {props.columnChooser}
      <Button
        component="a"
        href={props.exportHref}
        download
        variant="default"
        leftSection={<IconDownload size={16} />}
        data-testid="export-csv"
      >
        {t("common:actions.export")}
      </Button>
    </Group>
  );
}
