// Closing a deal as lost asks why: the reason feeds the lost-deal reports. Cancelling leaves
// the card where it was.
import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Deal, Stage } from "../../api/types";

/** The server keeps up to 500 characters of a lost reason. */
const MAX_REASON = 500;

export interface LostRequest {
  deal: Deal;
  stage: Stage;
}

function LostReasonForm({ request, onCancel, onSubmit }: { request: LostRequest } & Omit<LostReasonModalProps, "request">) {
  const { t } = useTranslation("board");
  const form = useForm({
    initialValues: { reason: request.deal.lost_reason ?? "" },
    validate: { reason: (value) => (value.trim() ? null : t("lost.required")) },
  });
  return (
    <form onSubmit={form.onSubmit(({ reason }) => onSubmit(request, reason.trim()))} noValidate>
      <Stack>
        <Text size="sm">{t("lost.explain", { deal: request.deal.name || t("untitled"), stage: request.stage.name })}</Text>
        <Textarea
          label={t("lost.label")}
          placeholder={t("lost.placeholder")}
          required
          autosize
          minRows={2}
          maxLength={MAX_REASON}
          data-autofocus
          data-testid="lost-reason-input"
          {...form.getInputProps("reason")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" color="red" data-testid="lost-reason-submit">
            {t("lost.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export interface LostReasonModalProps {
  request: LostRequest | null;
  onCancel: () => void;
  onSubmit: (request: LostRequest, reason: string) => void;
}

export function LostReasonModal({ request, onCancel, onSubmit }: LostReasonModalProps) {
  const { t } = useTranslation("board");
  return (
    <Modal opened={request !== null} onClose={onCancel} title={t("lost.title")} centered>
      {request && (
        <LostReasonForm key={`${request.deal.id}:${request.stage.id}`} request={request} onCancel={onCancel} onSubmit={onSubmit} />
      )}
    </Modal>
  );
}
