// A logged email: direction, subject, from, to and the text.
import { SimpleGrid, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { emailInput, type ActivityLink, type EmailValues } from "../activityInput";
import { ComposerFooter } from "./ComposerFooter";
import { DirectionControl } from "./DirectionControl";
import { useComposerSubmit } from "./useComposerSubmit";

export function EmailPanel({ form, link }: { form: UseFormReturnType<EmailValues>; link: ActivityLink }) {
  const { t } = useTranslation(["timeline", "fields"]);
  const { submit, saving, problem } = useComposerSubmit(form, emailInput, link);
  const hotkeys = getHotkeyHandler([["mod+Enter", () => submit()]]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <DirectionControl
          aria-label={t("fields:activities.direction")}
          data-testid="composer-email-direction"
          {...form.getInputProps("direction")}
        />
        <TextInput
          label={t("fields:activities.subject")}
          onKeyDown={hotkeys}
          data-testid="composer-subject"
          {...form.getInputProps("subject")}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={t("fields:activities.email_from")}
            type="email"
            data-testid="composer-email-from"
            {...form.getInputProps("email_from")}
          />
          <TagsInput
            label={t("composer.emailTo")}
            placeholder={t("composer.emailToPlaceholder")}
            splitChars={[",", " ", ";"]}
            acceptValueOnBlur
            data-testid="composer-email-to"
            {...form.getInputProps("email_to")}
          />
        </SimpleGrid>
        <Textarea
          label={t("composer.emailBody")}
          autosize
          minRows={3}
          maxRows={16}
          onKeyDown={hotkeys}
          data-testid="composer-body"
          {...form.getInputProps("body")}
        />
        <ComposerFooter label={t("composer.submit.email")} saving={saving} problem={problem} />
      </Stack>
    </form>
  );
}
