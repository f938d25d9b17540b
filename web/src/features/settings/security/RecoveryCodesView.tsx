// The recovery codes, shown this once right after two-step sign-in is turned on (the server
// keeps only their hashes). Each signs in once without the app; they are copied or saved as
// a text file before leaving.
import { Alert, Button, Code, CopyButton, Group, SimpleGrid, Stack } from "@mantine/core";
import { IconCheck, IconCopy, IconDownload, IconShieldCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../../app/session";
import { formatDate } from "../../../lib/format";
import { downloadText } from "./downloadText";
import { RECOVERY_CODES_FILE, recoveryCodesText } from "./twoFactor";

export function RecoveryCodesView({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t, i18n } = useTranslation("settings");
  const { user, workspace } = useSession();
  const text = recoveryCodesText(
    [
      t("security.recovery.fileTitle"),
      t("security.recovery.fileAccount", { email: user.email, workspace: workspace.name }),
      t("security.recovery.fileDate", { date: formatDate(new Date(), i18n.language) }),
      t("security.recovery.fileHint"),
    ],
    codes,
  );
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconShieldCheck />} title={t("security.recovery.title")} data-testid="totp-enabled">
        {t("security.recovery.text")}
      </Alert>
      <SimpleGrid cols={2} spacing="xs" maw={360} component="ul" p={0} m={0} style={{ listStyle: "none" }} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <Code fz="md">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <CopyButton value={text} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
              data-testid="recovery-codes-copy"
            >
              {copied ? t("copy.copied") : t("security.recovery.copy")}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => downloadText(RECOVERY_CODES_FILE, text)}
          data-testid="recovery-codes-download"
        >
          {t("security.recovery.download")}
        </Button>
        <Button onClick={onDone} data-testid="recovery-codes-done">
          {t("security.recovery.done")}
        </Button>
      </Group>
    </Stack>
  );
}
