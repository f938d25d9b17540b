// Settings → Security, for every member: their password, two-step sign-in, and ending every
// session at once.
import { Button, Group, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDevicesOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { SignOutEverywhereModal } from "../../auth/SignOutEverywhereModal";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SecuritySection } from "./SecuritySection";
import { TwoFactorSection } from "./TwoFactorSection";

export function SecurityTab() {
  const { t } = useTranslation("settings");
  return (
    <Stack gap="lg" maw={720}>
      <SecuritySection title={t("security.password.title")} description={t("security.password.description")} testId="security-password">
        <ChangePasswordForm />
      </SecuritySection>
      <TwoFactorSection />
      <SessionsSection />
    </Stack>
  );
}

function SessionsSection() {
  const { t } = useTranslation("settings");
  const [opened, modal] = useDisclosure(false);
  return (
    <SecuritySection title={t("security.sessions.title")} description={t("security.sessions.description")} testId="security-sessions">
      <Group>
        <Button variant="default" leftSection={<IconDevicesOff size={16} />} onClick={modal.open} data-testid="security-sign-out-everywhere">
          {t("auth:signOutEverywhere.menu")}
        </Button>
      </Group>
      <SignOutEverywhereModal opened={opened} onClose={modal.close} />
    </SecuritySection>
  );
}
