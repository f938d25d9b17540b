// A note: Markdown text, saved with the button or Ctrl/Cmd+Enter.
import { Stack, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { noteInput, type ActivityLink, type NoteValues } from "../activityInput";
import { ComposerFooter } from "./ComposerFooter";
import { useComposerSubmit } from "./useComposerSubmit";

export function NotePanel({ form, link }: { form: UseFormReturnType<NoteValues>; link: ActivityLink }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const { submit, saving, problem } = useComposerSubmit(form, noteInput, link);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          aria-label={t("fields:values.kind.note")}
          placeholder={t("composer.notePlaceholder")}
          autosize
          minRows={3}
          maxRows={16}
          onKeyDown={getHotkeyHandler([["mod+Enter", () => submit()]])}
          data-testid="composer-body"
          {...form.getInputProps("body")}
        />
        <ComposerFooter label={t("composer.submit.note")} saving={saving} problem={problem} />
      </Stack>
    </form>
  );
}
