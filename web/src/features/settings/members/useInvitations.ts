// Pending invitations: the list admins see, inviting, and withdrawing.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Role } from "../../../api/types";

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

/** A new invitation, with the one-time token: the only time the link can be shown. */
export interface CreatedInvitation extends Invitation {
  token: string;
  /** The web app's page for the link: `/invite/<token>`. */
  path: string;
}

export interface InvitationInput {
  email: string;
  role: Role;
}

const invitationsKey = ["invitations"] as const;

/** Only admins may list invitations; for others the query stays idle. */
export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey,
    queryFn: () => api<{ data: Invitation[] }>("/api/v1/invitations").then((r) => r.data),
    enabled,
  });
}

export function useInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      api<CreatedInvitation>("/api/v1/invitations", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useWithdrawInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/invitations/${id}`, { method: "DELETE" }),
    onSuccess: (_, id) =>
      client.setQueryData<Invitation[]>(invitationsKey, (list) => list?.filter((invitation) => invitation.id !== id)),
  });
}
