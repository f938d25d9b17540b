// Looking an invitation up by its token, and accepting it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import type { Session } from "../../api/types";
import type { AcceptBody, InvitationLookup } from "./invitation";

/** `enabled` turns false once the link is used, so it is not looked up again on the way out. */
export function useInvitationLookup(token: string, enabled: boolean) {
  return useQuery({
    queryKey: ["invitation", token],
    enabled,
    queryFn: () => api<InvitationLookup>(`/api/v1/invitation${query({ token })}`),
    // A link is looked up once; it changes only by being used, withdrawn or expiring.
    staleTime: Infinity,
  });
}

/** Accepting answers with a session for the invited person, as signing in does. */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: AcceptBody) => api<Session>("/api/v1/invitation/accept", { method: "POST", body }),
  });
}
