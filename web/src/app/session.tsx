// Who is signed in. Screens below the shell can rely on a session; the router sends
// everyone else to sign-in, or to first-run set-up on an empty database.
import { createContext, useContext, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "../api/client";
import { queryKeys } from "../api/hooks";
import type { Session } from "../api/types";

export type SessionState =
  | { status: "loading" }
  | { status: "signed-in"; session: Session }
  | { status: "signed-out"; setupRequired: boolean }
  | { status: "error"; error: Error };

type SessionAnswer = (Session & { signed_in: true }) | { signed_in: false; setup_required: boolean };

async function loadSession(): Promise<Session | { setupRequired: boolean }> {
  const answer = await api<SessionAnswer>("/api/v1/session");
  if (!answer.signed_in) {
    setCsrfToken(null);
    return { setupRequired: answer.setup_required };
  }
  setCsrfToken(answer.csrf_token);
  return answer;
}

const SessionContext = createContext<SessionState>({ status: "loading" });

export function SessionProvider({ children }: { children: ReactNode }) {
  const query = useQuery({ queryKey: queryKeys.session, queryFn: loadSession, retry: false, staleTime: Infinity });
  let state: SessionState;
  if (query.isPending) state = { status: "loading" };
  else if (query.isError) state = { status: "error", error: query.error };
  else if ("setupRequired" in query.data) state = { status: "signed-out", setupRequired: query.data.setupRequired };
  else state = { status: "signed-in", session: query.data };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in session; only for screens inside the signed-in shell. */
export function useSession(): Session {
  const state = useContext(SessionContext);
  if (state.status !== "signed-in") throw new Error("useSession outside a signed-in screen");
  return state.session;
}

/** Stores a session the API just issued (sign-in or set-up) and refreshes everything. */
export function useAcceptSession(): (session: Session) => void {
  const client = useQueryClient();
  return (session) => {
    setCsrfToken(session.csrf_token);
    // Nothing read as someone else may linger; the session query keeps its observers.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
    client.setQueryData(queryKeys.session, session);
  };
}

/** Signs out and reloads the app, so that nothing of the session stays in memory. */
export function useSignOut() {
  return useMutation({
    mutationFn: () => api<void>("/api/v1/session", { method: "DELETE" }),
    onSettled: () => {
      setCsrfToken(null);
      window.location.assign("/sign-in");
    },
  });
}
