// A record that is not there: deleted (then it may be restored) or never existed.
import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconTrashX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RecordObject } from "../../../api/types";
import { useRestore } from "./useTrashFlow";

export function RecordNotFound({ object, id }: { object: RecordObject; id: string }) {
  const { t } = useTranslation(["record", "common"]);
  const restore = useRestore(object);
  const [restoring, setRestoring] = useState(false);
  return (
    <Paper withBorder p="xl" data-testid="record-not-found">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconTrashX size={26} />
        </ThemeIcon>
        <Title order={1} size="h3">
          {t("notFound.title")}
        </Title>
        <Text c="dimmed" size="sm" maw={460}>
          {t("notFound.text")}
        </Text>
        <Group gap="sm" justify="center">
          <Button component={Link} to={`/${object}`} variant="default">
            {t("notFound.back", { list: t(`common:nav.${object}`) })}
          </Button>
          <Button
            variant="light"
            loading={restoring}
            onClick={() => {
              setRestoring(true);
              void restore(id).finally(() => setRestoring(false));
            }}
            data-testid="record-restore"
          >
            {t("notFound.restore")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
