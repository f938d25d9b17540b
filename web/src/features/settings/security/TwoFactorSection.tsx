// Two-step sign-in: whether it is on; setting it up (secret → code → recovery codes, shown
// once); turning it off with the password.
import { Alert, Badge, Button, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconShieldLock, IconShieldOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../../api/client";
import { useSession } from "../../../app/session";
import { DisableTwoFactorModal } from "./DisableTwoFactorModal";
import { RecoveryCodesView } from "./RecoveryCodesView";
import { SecuritySection } from "./SecuritySection";
import { TotpSetupView } from "./TotpSetupView";
import { twoFactorOn, type TotpSetup } from "./twoFactor";
import { useStartTwoFactor } from "./useSecurityWrites";

type Phase = { kind: "status" } | { kind: "setup"; setup: TotpSetup } | { kind: "codes"; codes: string[] };

export function TwoFactorSection() {
  const { t } = useTranslation("settings");
  const on = twoFactorOn(useSession());
  const [phase, setPhase] = useState<Phase>({ kind: "status" });
  const badge = (
    <Badge color={on ? "green" : "gray"} variant="light" data-testid="totp-status" data-on={on}>
      {on ? t("security.twoFactor.on") : t("security.twoFactor.off")}
    </Badge>
  );
  let body;
  if (phase.kind === "setup") {
    body = (
      <TotpSetupView
        setup={phase.setup}
        onEnabled={(codes) => setPhase({ kind: "codes", codes })}
        onCancel={() => setPhase({ kind: "status" })}
      />
    );
  } else if (phase.kind === "codes") {
    body = <RecoveryCodesView codes={phase.codes} onDone={() => setPhase({ kind: "status" })} />;
  } else {
    body = <TwoFactorStatus on={on} onSetup={(setup) => setPhase({ kind: "setup", setup })} />;
  }
  return (
    <SecuritySection
      title={t("security.twoFactor.title")}
      description={t("security.twoFactor.description")}
      aside={badge}
      testId="security-two-factor"
    >
      {body}
    </SecuritySection>
  );
}

function TwoFactorStatus({ on, onSetup }: { on: boolean; onSetup: (setup: TotpSetup) => void }) {
  const { t } = useTranslation("settings");
  const start = useStartTwoFactor();
  const [disabling, disable] = useDisclosure(false);
  if (on) {
    return (
      <Group>
        <Button variant="light" color="red" leftSection={<IconShieldOff size={16} />} onClick={disable.open} data-testid="totp-disable">
          {t("security.twoFactor.disable")}
        </Button>
        <DisableTwoFactorModal opened={disabling} onClose={disable.close} />
      </Group>
    );
  }
  // A 409 means it was turned on elsewhere; the session reloads and the status says so.
  const alreadyOn = start.error instanceof ApiProblem && start.error.status === 409;
  return (
    <>
      {start.error && !alreadyOn && (
        <Alert color="red" role="alert">
          {start.error.message}
        </Alert>
      )}
      <Group>
        <Button
          leftSection={<IconShieldLock size={16} />}
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onSuccess: onSetup })}
          data-testid="totp-setup"
        >
          {t("security.twoFactor.setUp")}
        </Button>
      </Group>
    </>
  );
}
