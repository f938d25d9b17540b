// "Won" and "Lost": move the deal to its pipeline's closing stages; lost asks why.
import { Alert, Button, Group, Modal, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconThumbDown, IconTrophy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { usePipelines } from "../../../api/hooks";
import type { Deal } from "../../../api/types";
import { useDealMove } from "./useDealMove";

function LostDialog({ opened, onClose, onConfirm, saving, error }: {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  saving: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation(["record", "common"]);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const fieldError = error instanceof ApiProblem ? error.fieldError("lost_reason") : undefined;
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    onConfirm(reason.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t("deal.lostTitle")} centered>
      <form onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
        <Textarea
          label={t("deal.lostReason")}
          placeholder={t("deal.lostPlaceholder")}
          autosize
          minRows={3}
          data-autofocus
          required
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={(missing && t("common:validation.required")) || fieldError}
          data-testid="deal-lost-reason"
        />
        {error && !fieldError && !(error instanceof ApiProblem && error.isConflict) && (
          <Alert color="red" role="alert" mt="sm" p="xs">
            {error.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" color="red" loading={saving} data-testid="deal-lost-confirm">
            {t("deal.markLost")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

export function DealOutcome({ deal }: { deal: Deal }) {
  const { t } = useTranslation("record");
  const pipelines = usePipelines();
  const [lostOpened, lostDialog] = useDisclosure(false);
  const { move, patch } = useDealMove(deal);
  const pipeline = pipelines.data?.find((p) => p.id === deal.pipeline_id);
  const won = pipeline?.stages.find((s) => s.kind === "won");
  const lost = pipeline?.stages.find((s) => s.kind === "lost");
  const current = pipeline?.stages.find((s) => s.id === deal.stage_id);
  if (!won && !lost) return null;
  const moving = patch.isPending ? patch.variables?.changes.stage_id : undefined;

  return (
    <Group gap="xs">
      {won && (
        <Button
          color="green"
          variant={current?.kind === "won" ? "filled" : "light"}
          size="sm"
          leftSection={<IconTrophy size={16} />}
          disabled={current?.kind === "won" || deal.deleted_at !== null}
          loading={moving === won.id}
          onClick={() => move({ stage_id: won.id }, t("deal.markedWon"))}
          data-testid="deal-won"
        >
          {t("deal.won")}
        </Button>
      )}
      {lost && (
        <Button
          color="red"
          variant={current?.kind === "lost" ? "filled" : "light"}
          size="sm"
          leftSection={<IconThumbDown size={16} />}
          disabled={current?.kind === "lost" || deal.deleted_at !== null}
          onClick={() => {
            patch.reset();
            lostDialog.open();
          }}
          data-testid="deal-lost"
        >
          {t("deal.lost")}
        </Button>
      )}
      {lost && (
        <LostDialog
          opened={lostOpened}
          onClose={lostDialog.close}
          saving={moving === lost.id}
          error={patch.error}
          onConfirm={(reason) => move({ stage_id: lost.id, lost_reason: reason }, t("deal.markedLost"), lostDialog.close)}
        />
      )}
    </Group>
  );
}
