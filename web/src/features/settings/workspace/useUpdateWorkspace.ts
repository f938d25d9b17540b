// Saving the workspace's name and defaults. The session carries the workspace name (the
// header shows it), so it is read again too.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import { queryKeys } from "../../../api/hooks";
import type { Workspace } from "../../../api/types";
import type { WorkspaceChange } from "./workspaceSettings";

export function useUpdateWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: WorkspaceChange) => api<Workspace>("/api/v1/workspace", { method: "PATCH", body: change }),
    onSuccess: (workspace) => {
      client.setQueryData(queryKeys.workspace, workspace);
      void client.invalidateQueries({ queryKey: queryKeys.workspace });
      void client.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}
