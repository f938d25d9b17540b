// Why a sign-in step failed, in words: a wrong password in the reader's language, a throttle
// as a countdown, anything else as the server said it. Field errors show at their fields.
import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/client";
import { retryAfterSeconds } from "./signIn";

export function SignInError({ error, wait }: { error: Error | null; wait: number }) {
  const { t } = useTranslation("auth");
  if (!error) return null;
  if (error instanceof ApiProblem && error.problem.errors?.length) return null;
  let text = error.message;
  if (retryAfterSeconds(error) !== null) {
    if (wait === 0) return null;
    text = t("signIn.throttled", { count: wait });
  } else if (error instanceof ApiProblem && error.status === 401) {
    text = t("signIn.wrongCredentials");
  }
  return (
    <Alert color="red" role="alert" data-testid="sign-in-error">
      {text}
    </Alert>
  );
}
