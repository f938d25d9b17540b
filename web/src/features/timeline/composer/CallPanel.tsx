// A call: direction, how long, how it went, notes and a transcript.
import { Group, NumberInput, Select, Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { callInput, type ActivityLink, type CallValues } from "../activityInput";
import { ComposerFooter } from "./ComposerFooter";
import { DirectionControl } from "./DirectionControl";
import { useComposerSubmit } from "./useComposerSubmit";

const OUTCOMES = ["connected", "no_answer", "busy", "voicemail", "wrong_number", "failed"] as const;

export function CallPanel({ form, link }: { form: UseFormReturnType<CallValues>; link: ActivityLink }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const { submit, saving, problem } = useComposerSubmit(form, callInput, link);
  const hotkeys = getHotkeyHandler([["mod+Enter", () => submit()]]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <DirectionControl
          aria-label={t("fields:activities.direction")}
          data-testid="composer-call-direction"
          {...form.getInputProps("direction")}
        />
        <Group grow align="flex-start" gap="xs" preventGrowOverflow={false}>
          <NumberInput
            label={t("composer.callMinutes")}
            min={0}
            max={1440}
            decimalScale={1}
            data-testid="composer-call-duration"
            {...form.getInputProps("minutes")}
          />
          <Select
            label={t("fields:activities.outcome")}
            clearable
            data={OUTCOMES.map((o) => ({ value: o, label: t(`fields:values.outcome.${o}`) }))}
            data-testid="composer-call-outcome"
            {...form.getInputProps("outcome")}
          />
        </Group>
        <Textarea
          label={t("composer.callNotes")}
          placeholder={t("composer.callNotesPlaceholder")}
          autosize
          minRows={2}
          maxRows={12}
          onKeyDown={hotkeys}
          data-testid="composer-body"
          {...form.getInputProps("body")}
        />
        <Textarea
          label={t("fields:activities.transcript")}
          placeholder={t("composer.transcriptPlaceholder")}
          autosize
          minRows={1}
          maxRows={12}
          onKeyDown={hotkeys}
          data-testid="composer-call-transcript"
          {...form.getInputProps("transcript")}
        />
        <ComposerFooter label={t("composer.submit.call")} saving={saving} problem={problem} />
      </Stack>
    </form>
  );
}
