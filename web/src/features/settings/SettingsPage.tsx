// Settings: one tab per part, each at its own address (`/settings/pipelines`,
// `/settings/fields/deals`…) so a tab can be linked to and survives a reload.
import { Stack, Tabs, Title } from "@mantine/core";
import {
  IconBuildingStore,
  IconChartDots3,
  IconForms,
  IconHistory,
  IconKey,
  IconLayoutKanban,
  IconListCheck,
  IconShieldLock,
  IconUsers,
  IconWebhook,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { ApiKeysTab } from "./ApiKeysTab";
import { AuditTab } from "./audit/AuditTab";
import { CustomFieldsTab } from "./fields/CustomFieldsTab";
import { JobsTab } from "./JobsTab";
import { LeadModelTab } from "./LeadModelTab";
import { MembersTab } from "./members/MembersTab";
import { PipelinesTab } from "./pipelines/PipelinesTab";
import { SecurityTab } from "./security/SecurityTab";
import { SETTINGS_TABS, tabOf, type SettingsTab } from "./settingsTabs";
import { WebhooksTab } from "./WebhooksTab";
import { WorkspaceTab } from "./WorkspaceTab";

const ICONS: Record<SettingsTab, typeof IconKey> = {
  pipelines: IconLayoutKanban,
  fields: IconForms,
  members: IconUsers,
  "api-keys": IconKey,
  webhooks: IconWebhook,
  workspace: IconBuildingStore,
  security: IconShieldLock,
  audit: IconHistory,
  jobs: IconListCheck,
  "lead-model": IconChartDots3,
};

export default function SettingsPage() {
  const { t } = useTranslation("settings");
  const location = useLocation();
  const navigate = useNavigate();
  const tab = tabOf(location.pathname);
  return (
    <Stack maw={1100}>
      <Title order={2}>{t("title")}</Title>
      <Tabs value={tab} onChange={(value) => value && navigate(`/settings/${value}`)}>
        <Tabs.List>
          {SETTINGS_TABS.map((value) => {
            const Icon = ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />} data-testid={`settings-tab-${value}`}>
                {t(`tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="md">
          <Routes>
            <Route index element={<Navigate to="pipelines" replace />} />
            <Route path="pipelines/:pipelineId?" element={<PipelinesTab />} />
            <Route path="fields/:object?" element={<CustomFieldsTab />} />
            <Route path="members" element={<MembersTab />} />
            <Route path="api-keys" element={<ApiKeysTab />} />
            <Route path="webhooks" element={<WebhooksTab />} />
            <Route path="workspace" element={<WorkspaceTab />} />
            <Route path="security" element={<SecurityTab />} />
            <Route path="audit" element={<AuditTab />} />
            <Route path="jobs" element={<JobsTab />} />
            <Route path="lead-model" element={<LeadModelTab />} />
            <Route path="*" element={<Navigate to="/settings/pipelines" replace />} />
          </Routes>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
