// A record opened while in the trash: read-only, with a way back.
import { Alert, Button, Group, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RecordObject } from "../../../api/types";
import { useRestore } from "./useTrashFlow";

export function TrashBanner({ object, id }: { object: RecordObject; id: string }) {
  const { t } = useTranslation(["record", "common"]);
  const restore = useRestore(object);
  const [restoring, setRestoring] = useState(false);
  return (
    <Alert color="red" variant="light" icon={<IconTrash size={18} />} data-testid="record-in-trash">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t("trash.banner")}</Text>
        <Button
          size="compact-sm"
          variant="white"
          color="red"
          loading={restoring}
          onClick={() => {
            setRestoring(true);
            void restore(id).finally(() => setRestoring(false));
          }}
          data-testid="record-restore"
        >
          {t("common:actions.restore")}
        </Button>
      </Group>
    </Alert>
  );
}
