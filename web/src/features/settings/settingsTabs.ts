// The tabs of the settings screen, in order, and which one an address shows.

export const SETTINGS_TABS = [
  "pipelines",
  "fields",
  "members",
  "api-keys",
  "webhooks",
  "workspace",
  "security",
  "audit",
  "jobs",
  "lead-model",
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** `/settings/fields/deals` → `fields`; an unknown or missing tab is `pipelines`. */
export function tabOf(pathname: string): SettingsTab {
  const segment = pathname.replace(/^\/settings\/?/, "").split("/")[0] ?? "";
  return SETTINGS_TABS.find((tab) => tab === segment) ?? "pipelines";
}
