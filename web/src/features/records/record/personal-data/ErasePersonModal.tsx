// "Erase personal data…": says what goes for good and what stays, and asks for the person's
// name (or email) typed out before erasing, since nothing brings them back.
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../../api/types";
import { confirmationMatches, confirmationTargets } from "./eraseConfirmation";
import { useErasePerson } from "./useErasePerson";

interface ErasePersonModalProps {
  opened: boolean;
  onClose: () => void;
  person: Person;
  /** The person's name as the page shows it. */
  title: string;
}

export function ErasePersonModal({ opened, onClose, person, title }: ErasePersonModalProps) {
  const { t } = useTranslation(["record", "common"]);
  const [typed, setTyped] = useState("");
  const erase = useErasePerson(person.id, title);
  // Someone with neither name nor email is confirmed with a word instead.
  const named = confirmationTargets(person);
  const targets = named.length > 0 ? named : [t("personalData.erase.fallbackWord")];
  const matches = confirmationMatches(typed, targets);
  const close = () => {
    setTyped("");
    erase.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Closed at once: the people list may take a moment to open, and the dialog must not
    // offer to erase someone who is gone.
    if (matches && !erase.isPending) erase.mutate(undefined, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title={t("personalData.erase.title", { name: title })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErasureExplained />
          <TextInput
            label={t("personalData.erase.typeLabel", { target: targets[0] })}
            description={targets[1] ? t("personalData.erase.typeOr", { target: targets[1] }) : undefined}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            data-testid="erase-confirm-input"
          />
          {erase.error && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t("personalData.erase.failed")} role="alert">
              {erase.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={erase.isPending} data-testid="erase-submit">
              {t("personalData.erase.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ErasureExplained() {
  const { t } = useTranslation("record");
  return (
    <>
      {/* Part of what the dialog says, not news: no live region. */}
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="note">
        {t("personalData.erase.warning")}
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t("personalData.erase.goneTitle")}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t("personalData.erase.gonePerson")}</List.Item>
          <List.Item>{t("personalData.erase.goneActivities")}</List.Item>
          <List.Item>{t("personalData.erase.goneHistory")}</List.Item>
        </List>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t("personalData.erase.keptTitle")}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t("personalData.erase.keptRecords")}</List.Item>
          <List.Item>{t("personalData.erase.keptAudit")}</List.Item>
        </List>
      </Stack>
      <Text size="sm" c="dimmed">
        {t("personalData.erase.exportFirst")}
      </Text>
    </>
  );
}
