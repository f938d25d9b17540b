// Step 2: the server's guess for every column, corrected by the person, with the problems of
// the first rows under the current choice; then a dry run of the whole file.
import { Alert, Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFields } from "../../api/hooks";
import type { ImportPreview } from "../../api/types";
import { ErrorState } from "../../components/ErrorState";
import { fileSamples } from "./csvHead";
import { columnsFromPreview, duplicateFields, importedCount, mapParams, withChoices, type ColumnChoice } from "./mapping";
import { MappingTable } from "./MappingTable";
import { RowErrorsTable } from "./RowErrorsTable";
import { importTargets, withGuesses } from "./targets";
import { useImportPreview } from "./useImportPreview";
import { useDryRun } from "./useImportRun";
import { useTargetLabel } from "./useTargetLabel";
import type { WizardAction, WizardState } from "./wizard";

interface StepProps {
  state: WizardState & { file: File };
  dispatch: (action: WizardAction) => void;
}

export function MappingStep({ state, dispatch }: StepProps) {
  const { t } = useTranslation("import");
  const guess = useImportPreview(state.object, state.file, state.upload, []);
  if (guess.isPending) return <Reading />;
  if (guess.isError) return <ErrorState error={guess.error} onRetry={() => void guess.refetch()} />;
  if (guess.data.headers.length === 0) {
    return (
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle />} title={t("map.unreadable")} role="alert">
          {guess.data.errors.map((e) => e.message).join(" ") || t("map.noHeaders")}
        </Alert>
        <Group>
          <Button variant="default" onClick={() => dispatch({ type: "back", step: "choose" })}>
            {t("map.otherFile")}
          </Button>
        </Group>
      </Stack>
    );
  }
  const columns = withChoices(columnsFromPreview(guess.data), state.choices);
  return <MappingForm state={state} dispatch={dispatch} guess={guess.data} columns={columns} />;
}

function Reading() {
  const { t } = useTranslation("import");
  return (
    <Center py="xl">
      <Group gap="sm">
        <Loader size="sm" />
        <Text>{t("map.reading")}</Text>
      </Group>
    </Center>
  );
}

function MappingForm({ state, dispatch, guess, columns }: StepProps & { guess: ImportPreview; columns: ColumnChoice[] }) {
  const { t } = useTranslation("import");
  const label = useTargetLabel(state.object);
  const fields = useFields(state.object);
  // With the person's changes the head is read again, to show their effect on the first rows.
  const current = useImportPreview(state.object, state.file, state.upload, mapParams(columns, "changed"));
  const samples = useQuery({
    queryKey: ["import", "samples", state.upload, guess.delimiter, guess.headers.length],
    queryFn: () => fileSamples(state.file, guess.delimiter, guess.headers.length),
    staleTime: Infinity,
  });
  const dryRun = useDryRun((report, checked) => dispatch({ type: "checked", report, columns: checked }));
  const duplicates = duplicateFields(columns);
  const targets = withGuesses(
    importTargets(state.object, fields.data ?? []),
    columns.map((c) => c.guess),
  );
  const preview = current.data ?? guess;
  const ready = duplicates.size === 0 && importedCount(columns) > 0;

  return (
    <Stack>
      <Text>{t("map.intro", { file: state.file.name, delimiter: delimiterName(guess.delimiter, t) })}</Text>
      {fields.isError && <ErrorState error={fields.error} onRetry={() => void fields.refetch()} />}
      <MappingTable
        columns={columns}
        samples={samples.data ?? []}
        targets={targets}
        duplicates={duplicates}
        label={label}
        onChoose={(index, field) => dispatch({ type: "fieldChosen", index, field })}
      />
      {current.isError && <ErrorState error={current.error} />}
      <RowErrorsTable
        errors={preview.errors}
        total={preview.errors.length}
        label={label}
        caption={t("map.sampleProblems")}
      />
      {importedCount(columns) === 0 && <Alert color="yellow">{t("map.nothingMapped")}</Alert>}
      {dryRun.error && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t("check.failed")} role="alert">
          {dryRun.error.message}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={() => dispatch({ type: "back", step: "choose" })}>
          {t("map.otherFile")}
        </Button>
        <Button
          data-testid="import-dry-run"
          loading={dryRun.isPending}
          disabled={!ready}
          onClick={() => dryRun.mutate({ object: state.object, file: state.file, columns })}
        >
          {t("map.check")}
        </Button>
      </Group>
      {dryRun.isPending && (
        <Text size="sm" c="dimmed" ta="end">
          {t("map.checking")}
        </Text>
      )}
    </Stack>
  );
}

function delimiterName(delimiter: string, t: (key: string) => string): string {
  if (delimiter === ",") return t("delimiters.comma");
  if (delimiter === ";") return t("delimiters.semicolon");
  if (delimiter === "\t") return t("delimiters.tab");
  return `“${delimiter}”`;
}
