// The signed-in frame: navigation, global search, language, theme and the user menu.
import { AppShell, Burger, Group, NavLink, ScrollArea, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBuilding,
  IconChecklist,
  IconChartBar,
  IconLayoutKanban,
  IconFileImport,
  IconSettings,
  IconUsers,
  IconCurrencyDollar,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useLiveUpdates } from "../features/live/useLiveUpdates";
import { HeaderActions } from "./HeaderActions";

const NAV = [
  { to: "/my-work", key: "myWork", icon: IconChecklist },
  { to: "/people", key: "people", icon: IconUsers },
  { to: "/companies", key: "companies", icon: IconBuilding },
  { to: "/deals", key: "deals", icon: IconCurrencyDollar },
  { to: "/board", key: "board", icon: IconLayoutKanban },
  { to: "/dashboard", key: "dashboard", icon: IconChartBar },
  { to: "/import", key: "import", icon: IconFileImport },
  { to: "/settings", key: "settings", icon: IconSettings },
] as const;

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  useLiveUpdates();

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 210, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.openMenu")} />
            <UnstyledButton component={Link} to="/my-work">
              <Text fw={700} size="lg">
                {t("app.name")}
              </Text>
            </UnstyledButton>
          </Group>
          <HeaderActions />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {NAV.map(({ to, key, icon: Icon }) => (
            <NavLink
              key={to}
              component={Link}
              to={to}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} stroke={1.6} />}
              active={location.pathname === to || location.pathname.startsWith(`${to}/`)}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
