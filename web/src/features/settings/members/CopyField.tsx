// A value shown once (an invitation link, an API key) in a read-only field with a copy
// button. The clipboard needs HTTPS or localhost; elsewhere the field selects its whole text
// on focus, so it can be copied by hand.
import { ActionIcon, CopyButton, TextInput, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface CopyFieldProps {
  label: string;
  value: string;
  testId: string;
}

export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation("settings");
  return (
    <TextInput
      label={label}
      value={value}
      readOnly
      onFocus={(event) => event.currentTarget.select()}
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      data-testid={testId}
      rightSection={
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t("copy.copied") : t("copy.copy")} withArrow>
              <ActionIcon
                variant="subtle"
                color={copied ? "teal" : "gray"}
                onClick={copy}
                aria-label={copied ? t("copy.copied") : t("copy.copyNamed", { label })}
                data-testid={`${testId}-copy`}
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      }
    />
  );
}
