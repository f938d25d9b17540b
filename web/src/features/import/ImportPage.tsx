// The CSV import wizard: choose a file, map its columns, check every row, import.
// `/import?object=companies` opens it for companies.
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useReducer } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { CheckStep } from "./CheckStep";
import { ChooseStep } from "./ChooseStep";
import { ImportProgress } from "./ImportProgress";
import { ImportSummary } from "./ImportSummary";
import { MappingStep } from "./MappingStep";
import { isImportObject } from "./types";
import { useImport } from "./useImportRun";
import { initialWizard, wizardReducer, type WizardAction, type WizardState } from "./wizard";
import { WizardSteps } from "./WizardSteps";

export default function ImportPage() {
  const { t } = useTranslation("import");
  const [params] = useSearchParams();
  const requested = params.get("object");
  const [state, dispatch] = useReducer(wizardReducer, isImportObject(requested) ? requested : "people", initialWizard);
  const run = useImport((report) => dispatch({ type: "imported", report }));

  const startImport = () => {
    if (!state.file || !state.checkedColumns) return;
    dispatch({ type: "importStarted" });
    // Exactly the mapping the dry run checked.
    run.mutate({ object: state.object, file: state.file, columns: state.checkedColumns });
  };
  const restart = () => {
    run.reset();
    dispatch({ type: "restart" });
  };

  return (
    <Stack maw={1100} gap="lg">
      <div>
        <Title order={2}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
      </div>
      <WizardSteps state={state} locked={run.isPending} onBack={(step) => dispatch({ type: "back", step })} />
      <StepContent state={state} dispatch={dispatch} run={run} onImport={startImport} onRestart={restart} />
    </Stack>
  );
}

interface StepContentProps {
  state: WizardState;
  dispatch: (action: WizardAction) => void;
  run: ReturnType<typeof useImport>;
  onImport: () => void;
  onRestart: () => void;
}

function StepContent({ state, dispatch, run, onImport, onRestart }: StepContentProps) {
  const { t } = useTranslation("import");
  const { file } = state;
  if (state.step === "choose" || !file) return <ChooseStep state={state} dispatch={dispatch} />;
  if (state.step === "map") return <MappingStep state={{ ...state, file }} dispatch={dispatch} />;
  if (state.step === "check" && state.dryRun) {
    return (
      <CheckStep
        object={state.object}
        report={state.dryRun}
        onBack={() => dispatch({ type: "back", step: "map" })}
        onImport={onImport}
      />
    );
  }
  if (state.result) {
    return <ImportSummary object={state.object} report={state.result} fileName={file.name} onRestart={onRestart} />;
  }
  if (run.isError) {
    return (
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle />} title={t("run.failed")} role="alert">
          {run.error.name === "AbortError" ? t("run.canceled") : run.error.message}
        </Alert>
        <Group>
          <Button variant="default" onClick={() => dispatch({ type: "back", step: state.dryRun ? "check" : "map" })}>
            {t("run.back")}
          </Button>
          <Button onClick={onImport}>{t("run.retry")}</Button>
        </Group>
      </Stack>
    );
  }
  return <ImportProgress progress={run.progress} fileName={file.name} onCancel={run.cancel} />;
}
