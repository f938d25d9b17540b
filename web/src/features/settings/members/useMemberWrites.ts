// Changing a member's role and removing a member. Both may touch the signed-in person:
// a new own role is read back into the session; removing oneself ends one's sessions.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Member, Role } from "../../../api/types";

export function useChangeRole(me: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      api<Member>(`/api/v1/members/${member.id}`, { method: "PATCH", body: { role } }),
    onSuccess: (updated) => {
      client.setQueryData<Member[]>(queryKeys.members, (list) =>
        list?.map((member) => (member.id === updated.id ? { ...member, role: updated.role } : member)),
      );
      // What the screens offer depends on the session's role.
      if (updated.id === me) void client.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}

export function useRemoveMember(me: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) => api<void>(`/api/v1/members/${member.id}`, { method: "DELETE" }),
    onSuccess: (_, removed) => {
      // The server ended every session of a removed member, this one included.
      if (removed.id === me) {
        window.location.assign("/sign-in");
        return;
      }
      client.setQueryData<Member[]>(queryKeys.members, (list) => list?.filter((member) => member.id !== removed.id));
    },
  });
}
