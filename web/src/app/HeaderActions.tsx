// Search button, language and theme switches and the user menu in the header.
import { ActionIcon, Avatar, Button, Group, Kbd, Menu, useMantineColorScheme } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDevicesOff, IconLanguage, IconLogout, IconMoon, IconSearch, IconShieldLock, IconSun } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LANGUAGES, rememberLanguage, type Language } from "../i18n";
import { SignOutEverywhereModal } from "../features/auth/SignOutEverywhereModal";
import { openSearch } from "../features/search/searchStore";
import { useSession, useSignOut } from "./session";

export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t("language.label")} data-testid="language-menu">
          <IconLanguage size={20} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language: Language) => (
          <Menu.Item
            key={language}
            onClick={() => rememberLanguage(language)}
            fw={i18n.language === language ? 700 : undefined}
            lang={language}
          >
            {t(`language.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function ThemeToggle() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const dark = colorScheme === "dark";
  return (
    <ActionIcon variant="subtle" size="lg" aria-label={t("theme.toggle")} onClick={() => setColorScheme(dark ? "light" : "dark")}>
      {dark ? <IconSun size={20} /> : <IconMoon size={20} />}
    </ActionIcon>
  );
}

export function HeaderActions() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const [everywhere, confirmEverywhere] = useDisclosure(false);
  const shortcut = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconSearch size={16} />}
        rightSection={<Kbd size="xs" visibleFrom="sm">{shortcut} K</Kbd>}
        onClick={openSearch}
        aria-label={t("nav.search")}
        data-testid="search-button"
      >
        <span className="hide-on-phone">{t("nav.search")}</span>
      </Button>
      <LanguageMenu />
      <ThemeToggle />
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" size="lg" radius="xl" aria-label={session.user.name}>
            <Avatar size={28} name={session.user.name} color="initials" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{session.user.email}</Menu.Label>
          <Menu.Item component={Link} to="/settings/security" leftSection={<IconShieldLock size={16} />} data-testid="user-menu-security">
            {t("settings:tabs.security")}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()}>
            {t("actions.signOut")}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDevicesOff size={16} />}
            onClick={confirmEverywhere.open}
            data-testid="sign-out-everywhere"
          >
            {t("auth:signOutEverywhere.menu")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutEverywhereModal opened={everywhere} onClose={confirmEverywhere.close} />
    </Group>
  );
}
