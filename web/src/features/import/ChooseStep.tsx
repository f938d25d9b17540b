// Step 1: what the rows are and which file holds them.
import { Button, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FileDropArea } from "./FileDropArea";
import { IMPORT_OBJECTS, isImportObject } from "./types";
import type { WizardAction, WizardState } from "./wizard";

export function ChooseStep({ state, dispatch }: { state: WizardState; dispatch: (action: WizardAction) => void }) {
  const { t } = useTranslation("import");
  const { t: tc } = useTranslation();
  return (
    <Stack>
      <Stack gap={6}>
        <Text fw={500} id="import-object-label">
          {t("choose.object")}
        </Text>
        <SegmentedControl
          data-testid="import-object"
          aria-labelledby="import-object-label"
          value={state.object}
          onChange={(value) => isImportObject(value) && dispatch({ type: "objectChosen", object: value })}
          data={IMPORT_OBJECTS.map((object) => ({ value: object, label: tc(`objects.${object}`) }))}
          style={{ alignSelf: "flex-start" }}
        />
        <Text size="sm" c="dimmed">
          {t(`choose.matching.${state.object}`)}
        </Text>
      </Stack>
      <FileDropArea file={state.file} onFile={(file) => dispatch({ type: "fileChosen", file })} />
      {state.file && (
        <Group justify="flex-end">
          <Button onClick={() => dispatch({ type: "continued" })}>{t("choose.continue")}</Button>
        </Group>
      )}
    </Stack>
  );
}
