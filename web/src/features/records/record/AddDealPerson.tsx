// Adds a person to a deal with the role they play in it.
import { Alert, Autocomplete, Button, Group, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { PersonSelect } from "./inputs/PersonSelect";
import { useDealPersonLink } from "./useRelated";

const ROLE_KEYS = ["decisionMaker", "champion", "influencer", "economicBuyer", "user"] as const;

export function AddDealPerson({ dealId, onDone }: { dealId: string; onDone: () => void }) {
  const { t } = useTranslation(["record", "common"]);
  const { link } = useDealPersonLink(dealId);
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState("");
  const error = link.error instanceof ApiProblem ? link.error : null;

  const submit = () => {
    if (!personId) return;
    link.mutate({ personId, role: role.trim() || null }, { onSuccess: onDone });
  };

  return (
    <Stack gap="xs" mt="sm" component="form" onSubmit={(e) => (e.preventDefault(), submit())} data-testid="deal-person-form">
      <PersonSelect
        label={t("dealPeople.person")}
        placeholder={t("dealPeople.personPlaceholder")}
        size="xs"
        autoFocus
        value={personId}
        onChange={setPersonId}
        error={error?.fieldError("person_id")}
        data-testid="deal-person-select"
      />
      <Autocomplete
        label={t("dealPeople.role")}
        placeholder={t("dealPeople.rolePlaceholder")}
        size="xs"
        value={role}
        onChange={setRole}
        data={ROLE_KEYS.map((key) => t(`dealPeople.roles.${key}`))}
        error={error?.fieldError("role")}
        data-testid="deal-person-role"
      />
      {link.error && !error?.problem.errors?.length && (
        <Alert color="red" role="alert" p="xs">
          {link.error.message}
        </Alert>
      )}
      <Group gap="xs">
        <Button
          type="submit"
          size="compact-sm"
          disabled={!personId}
          loading={link.isPending}
          data-testid="deal-person-submit"
        >
          {t("common:actions.add")}
        </Button>
        <Button size="compact-sm" variant="subtle" color="gray" onClick={onDone}>
          {t("common:actions.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}
