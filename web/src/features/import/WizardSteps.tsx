// The wizard's steps across the top; earlier steps can be gone back to. At phone width the
// labels give way to one line saying where the person is.
import { Stepper, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { canVisit, STEPS, type Step, type WizardState } from "./wizard";

interface WizardStepsProps {
  state: WizardState;
  /** While an import runs, no step can be chosen. */
  locked: boolean;
  onBack: (step: Step) => void;
}

export function WizardSteps({ state, locked, onBack }: WizardStepsProps) {
  const { t } = useTranslation("import");
  const narrow = useMediaQuery("(max-width: 36em)");
  const active = STEPS.indexOf(state.step);
  return (
    <div>
      <Stepper
        active={state.result ? STEPS.length : active}
        onStepClick={(index) => {
          const step = STEPS[index];
          if (step && !locked) onBack(step);
        }}
        size="sm"
        wrap={false}
      >
        {STEPS.map((step) => (
          <Stepper.Step
            key={step}
            label={narrow ? undefined : t(`steps.${step}`)}
            aria-label={t(`steps.${step}`)}
            allowStepSelect={!locked && canVisit(state, step)}
          />
        ))}
      </Stepper>
      {narrow && (
        <Text size="sm" fw={500} mt="xs">
          {t("steps.of", { number: active + 1, total: STEPS.length, name: t(`steps.${state.step}`) })}
        </Text>
      )}
    </div>
  );
}
