// The workspace's name and defaults for members and viewers, who may read but not change them.
import { DataList, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Workspace } from "../../../api/types";
import { currencyName, formatCallingCode, workspaceValues } from "./workspaceSettings";

export function WorkspaceDetails({ workspace }: { workspace: Workspace }) {
  const { t, i18n } = useTranslation("workspace");
  const { name, currency, callingCode } = workspaceValues(workspace);
  const none = t("common:states.none");
  return (
    <Stack maw={560}>
      <DataList size="sm" gap="xs" labelWidth={180} withDivider>
        <DataList.Item>
          <DataList.ItemLabel>{t("name")}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="workspace-name">{name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("currency")}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="workspace-currency">
            {currency ? `${currency} · ${currencyName(currency, i18n.language)}` : none}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t("callingCode")}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="workspace-calling-code">{formatCallingCode(callingCode) || none}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Text size="sm" c="dimmed">
        {t("readOnly")}
      </Text>
    </Stack>
  );
}
