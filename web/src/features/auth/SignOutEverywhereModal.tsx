// Ends every session of the signed-in person (other browsers, a lost phone), this one too,
// after asking; then the app reloads on the sign-in page.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, setCsrfToken } from "../../api/client";

export function SignOutEverywhereModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  const signOut = useMutation({
    mutationFn: () => api<void>("/api/v1/sessions", { method: "DELETE" }),
    onSuccess: () => {
      setCsrfToken(null);
      window.location.assign("/sign-in");
    },
  });
  const close = () => {
    signOut.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("signOutEverywhere.title")}>
      <Stack>
        <Text size="sm">{t("signOutEverywhere.text")}</Text>
        {signOut.error && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert">
            {signOut.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc("actions.cancel")}
          </Button>
          <Button color="red" onClick={() => signOut.mutate()} loading={signOut.isPending} data-testid="sign-out-everywhere-confirm">
            {t("signOutEverywhere.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
