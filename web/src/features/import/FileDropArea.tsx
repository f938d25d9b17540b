// Where a CSV file is dropped or picked. The picker is Mantine's FileInput (a button, so it
// is reachable by keyboard); dropping is handled here with plain drag events.
import { FileInput, Paper, Stack, Text } from "@mantine/core";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useState, type ComponentProps, type DragEvent } from "react";
import { useTranslation } from "react-i18next";

const ACCEPT = ".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values";

export function FileDropArea({ file, onFile }: { file: File | null; onFile: (file: File | null) => void }) {
  const { t } = useTranslation("import");
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Moving over a child fires dragleave on the area too; only leaving the area counts.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <Paper
      p="lg"
      radius="md"
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      style={{
        border: `2px dashed ${over ? "var(--mantine-primary-color-filled)" : "var(--mantine-color-default-border)"}`,
        background: over ? "var(--mantine-primary-color-light)" : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <IconFileSpreadsheet size={40} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text fw={500} ta="center">
          {t("choose.drop")}
        </Text>
        <FileInput
          w="100%"
          maw={380}
          value={file}
          onChange={onFile}
          accept={ACCEPT}
          clearable
          aria-label={t("choose.file")}
          placeholder={t("choose.pick")}
          leftSection={<IconFileSpreadsheet size={16} />}
          fileInputProps={{ "data-testid": "import-file" } as ComponentProps<"input">}
        />
        <Text size="xs" c="dimmed" ta="center">
          {t("choose.hint")}
        </Text>
      </Stack>
    </Paper>
  );
}
