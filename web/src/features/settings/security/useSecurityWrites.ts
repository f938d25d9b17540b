// The writes of the Security tab: the password, and turning two-step sign-in on and off.
// Each keeps the cached session in step, so the tab (and anything else) shows the truth.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ApiProblem } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Session } from "../../../api/types";
import { useAcceptSession } from "../../../app/session";
import type { SecuritySession, TotpSetup } from "./twoFactor";

export interface PasswordChange {
  current_password: string;
  new_password: string;
}

/** The server ends every session of the user and answers a fresh one for this browser. */
export function useChangePassword() {
  const accept = useAcceptSession();
  return useMutation({
    mutationFn: (body: PasswordChange) => api<Session>("/api/v1/session/password", { method: "POST", body }),
    onSuccess: accept,
  });
}

function useSetTwoFactor() {
  const client = useQueryClient();
  return (on: boolean) =>
    client.setQueryData<SecuritySession>(queryKeys.session, (session) => session && { ...session, totp_enabled: on });
}

/** A new secret for the app; a 409 means it is on already (elsewhere), so the session is
 * reloaded to show that. */
export function useStartTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<TotpSetup>("/api/v1/session/totp", { method: "POST" }),
    onError: (error) => {
      if (error instanceof ApiProblem && error.status === 409) void client.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}

/** Turns it on with a code from the app; answers the recovery codes, shown this once. */
export function useEnableTwoFactor() {
  const setTwoFactor = useSetTwoFactor();
  return useMutation({
    mutationFn: (code: string) =>
      api<{ recovery_codes: string[] }>("/api/v1/session/totp/enable", { method: "POST", body: { code } }),
    onSuccess: () => setTwoFactor(true),
  });
}

export function useDisableTwoFactor() {
  const setTwoFactor = useSetTwoFactor();
  return useMutation({
    mutationFn: (password: string) => api<void>("/api/v1/session/totp/disable", { method: "POST", body: { password } }),
    onSuccess: () => setTwoFactor(false),
  });
}
