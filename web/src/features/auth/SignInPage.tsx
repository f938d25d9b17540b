// Sign-in: the password, then, for an account with two-step sign-in, a code from the
// authenticator app (or a recovery code). Either way the session lands in the app's cache.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AuthFrame } from "./AuthFrame";
import { PasswordStep } from "./PasswordStep";
import { SecondFactorStep } from "./SecondFactorStep";

type Step = { kind: "password"; notice: string | null } | { kind: "second-factor"; challenge: string };

export default function SignInPage() {
  const { t } = useTranslation("auth");
  const [step, setStep] = useState<Step>({ kind: "password", notice: null });
  // Kept across the steps, so that going back does not ask for it again.
  const [email, setEmail] = useState("");
  if (step.kind === "second-factor") {
    return (
      <AuthFrame title={t("twoFactor.title")} subtitle={t("twoFactor.subtitle")}>
        <SecondFactorStep
          challenge={step.challenge}
          onExpired={() => setStep({ kind: "password", notice: "twoFactor.expired" })}
          onBack={() => setStep({ kind: "password", notice: null })}
        />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t("signIn.title")} subtitle={t("signIn.subtitle")}>
      <PasswordStep
        initialEmail={email}
        notice={step.notice}
        onChallenge={(challenge, typed) => {
          setEmail(typed);
          setStep({ kind: "second-factor", challenge });
        }}
      />
    </AuthFrame>
  );
}
