// The home screen: what I have to do (open tasks by due date) and whom I am meeting (this week
// and next), with a quick way to add a task. Side by side on wide screens; on narrower ones
// two tabs, so the meetings are not buried below a long task list.
import { Grid, Paper, Stack, Tabs, Text, Title, useMantineTheme } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useSession } from "../../app/session";
import { dayTitle } from "./dayTitle";
import { MeetingAgenda } from "./MeetingAgenda";
import { NewTaskForm } from "./NewTaskForm";
import { TaskList } from "./TaskList";

function Tasks({ memberId }: { memberId: string }) {
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <NewTaskForm memberId={memberId} />
      </Paper>
      <TaskList memberId={memberId} />
    </Stack>
  );
}

function Columns({ memberId }: { memberId: string }) {
  const { t } = useTranslation("mywork");
  return (
    <Grid gap="xl">
      <Grid.Col span={7}>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("tasks")}
          </Title>
          <Tasks memberId={memberId} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={5}>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t("meetings")}
          </Title>
          <MeetingAgenda memberId={memberId} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function TabbedColumns({ memberId }: { memberId: string }) {
  const { t } = useTranslation("mywork");
  return (
    <Tabs defaultValue="tasks">
      <Tabs.List grow>
        <Tabs.Tab value="tasks">{t("tasks")}</Tabs.Tab>
        <Tabs.Tab value="meetings">{t("meetings")}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="tasks" pt="md">
        <Tasks memberId={memberId} />
      </Tabs.Panel>
      <Tabs.Panel value="meetings" pt="md">
        <MeetingAgenda memberId={memberId} />
      </Tabs.Panel>
    </Tabs>
  );
}

export default function MyWorkPage() {
  const { t, i18n } = useTranslation("mywork");
  const session = useSession();
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, true, { getInitialValueInEffect: false });
  const today = dayTitle(new Date(), i18n.language);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t("title")}
        </Title>
        <Text c="dimmed" size="sm">
          {today}
        </Text>
      </div>
      {wide ? <Columns memberId={session.member_id} /> : <TabbedColumns memberId={session.member_id} />}
    </Stack>
  );
}
