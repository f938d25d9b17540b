// Above the timeline: log a note, task, call, email or meeting against this record.
import { Paper, Tabs, VisuallyHidden } from "@mantine/core";
import { IconCalendarEvent, IconCheckbox, IconMail, IconNote, IconPhone } from "@tabler/icons-react";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActivityKind } from "../../api/types";
import { useSession } from "../../app/session";
import type { ActivityLink } from "./activityInput";
import { CallPanel } from "./composer/CallPanel";
import { EmailPanel } from "./composer/EmailPanel";
import { MeetingPanel } from "./composer/MeetingPanel";
import { NotePanel } from "./composer/NotePanel";
import { TaskPanel } from "./composer/TaskPanel";
import { useComposerForms } from "./composer/useComposerForms";

const TABS: { kind: ActivityKind; icon: typeof IconNote }[] = [
  { kind: "note", icon: IconNote },
  { kind: "task", icon: IconCheckbox },
  { kind: "call", icon: IconPhone },
  { kind: "email", icon: IconMail },
  { kind: "meeting", icon: IconCalendarEvent },
];

interface ComposerProps {
  link: ActivityLink;
  /** Addresses an email goes to unless the user changes them. */
  emailTo?: string[];
}

export function Composer({ link, emailTo = [] }: ComposerProps) {
  const { t } = useTranslation(["timeline", "fields"]);
  const session = useSession();
  const forms = useComposerForms({ memberId: session.member_id, myEmail: session.user.email, emailTo });
  const [tab, setTab] = useState<ActivityKind>("note");
  const isPhone = useMediaQuery("(max-width: 30em)");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="composer-heading" data-testid="composer">
      <VisuallyHidden>
        <h2 id="composer-heading">{t("composer.label")}</h2>
      </VisuallyHidden>
      {/* Only the open tab is mounted, so each test id exists once; the drafts live in `forms`. */}
      <Tabs
        value={tab}
        onChange={(value) => value && setTab(value as ActivityKind)}
        keepMounted={false}
        styles={{ tab: { paddingInline: "var(--mantine-spacing-xs)" } }}
      >
        <Tabs.List mb="sm" style={{ flexWrap: "nowrap", overflowX: "auto" }}>
          {TABS.map(({ kind, icon: Icon }) => {
            const label = t(`fields:values.kind.${kind}`);
            // On phones the five words do not fit: the open tab shows its word, the others
            // their icon (their word stays for screen readers).
            const compact = isPhone && kind !== tab;
            return (
              <Tabs.Tab
                key={kind}
                value={kind}
                leftSection={<Icon size={16} aria-hidden />}
                data-testid={`composer-tab-${kind}`}
              >
                {compact ? <VisuallyHidden>{label}</VisuallyHidden> : label}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="note">
          <NotePanel form={forms.note} link={link} />
        </Tabs.Panel>
        <Tabs.Panel value="task">
          <TaskPanel form={forms.task} link={link} />
        </Tabs.Panel>
        <Tabs.Panel value="call">
          <CallPanel form={forms.call} link={link} />
        </Tabs.Panel>
        <Tabs.Panel value="email">
          <EmailPanel form={forms.email} link={link} />
        </Tabs.Panel>
        <Tabs.Panel value="meeting">
          <MeetingPanel form={forms.meeting} link={link} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
