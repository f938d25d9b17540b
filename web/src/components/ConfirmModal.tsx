// Asks before an action that cannot be taken back (a delete), and says why it failed if it does.
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in words. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: Error | null;
  /** A heading for the error, when the error's own words need one. */
  errorTitle?: string;
  /** `data-testid` of the confirm button. */
  testId?: string;
}

export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        <Text size="sm" component="div">
          {props.children}
        </Text>
        {props.error && (
          <Alert color="red" icon={<IconAlertTriangle />} title={props.errorTitle} role="alert">
            {props.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("actions.cancel")}
          </Button>
          <Button color="red" onClick={props.onConfirm} loading={props.pending} data-testid={props.testId}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
