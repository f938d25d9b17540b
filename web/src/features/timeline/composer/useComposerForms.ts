// The composer's five forms. They live in the composer, not in its tabs, so a half-written
// note survives a look at the task tab.
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { CallValues, EmailValues, MeetingValues, NoteValues, TaskValues } from "../activityInput";

export interface ComposerDefaults {
  memberId: string;
  myEmail: string;
  /** Who an email goes to by default: the person whose page this is. */
  emailTo: string[];
}

export function useComposerForms(defaults: ComposerDefaults) {
  const { t } = useTranslation(["timeline", "common"]);
  const required = (value: string) => (value.trim() ? null : t("common:validation.required"));

  const note = useForm<NoteValues>({
    initialValues: { body: "" },
    validate: { body: (v) => (v.trim() ? null : t("composer.needsText")) },
  });
  const task = useForm<TaskValues>({
    initialValues: { subject: "", due_at: null, assignee_id: defaults.memberId, priority: "normal" },
    validate: { subject: required },
  });
  const call = useForm<CallValues>({
    initialValues: { direction: "outbound", minutes: "", outcome: null, body: "", transcript: "" },
  });
  const email = useForm<EmailValues>({
    initialValues: { direction: "outbound", subject: "", body: "", email_from: defaults.myEmail, email_to: defaults.emailTo },
    validate: { subject: (v, values) => (v.trim() || values.body.trim() ? null : t("composer.needsText")) },
  });
  const meeting = useForm<MeetingValues>({
    initialValues: { subject: "", occurred_at: null, ends_at: null, location: "", body: "" },
    validate: {
      subject: required,
      ends_at: (end, values) =>
        end && values.occurred_at && end < values.occurred_at ? t("composer.endBeforeStart") : null,
    },
  });
  return { note, task, call, email, meeting };
}

export type ComposerForms = ReturnType<typeof useComposerForms>;
