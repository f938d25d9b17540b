// The two requests of signing in. Either answers with the session (and sets its cookie);
// the password may instead answer that a second step is needed.
import { useMutation } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { Session } from "../../api/types";
import type { Credentials, SecondFactor, SignInAnswer } from "./signIn";

export function usePasswordSignIn() {
  return useMutation({
    mutationFn: (credentials: Credentials) => api<SignInAnswer>("/api/v1/session", { method: "POST", body: credentials }),
  });
}

export function useSecondFactor() {
  return useMutation({
    mutationFn: (body: { challenge: string } & SecondFactor) =>
      api<Session>("/api/v1/session/totp/verify", { method: "POST", body }),
  });
}
