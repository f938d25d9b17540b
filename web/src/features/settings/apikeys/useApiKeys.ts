// The workspace's API keys: the list (revoked ones included), making one, revoking one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { ApiKey, ApiKeyInput, CreatedApiKey } from "./apiKey";

const apiKeysKey = ["api-keys"] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: () => api<{ data: ApiKey[] }>("/api/v1/api-keys").then((r) => r.data),
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyInput) => api<CreatedApiKey>("/api/v1/api-keys", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

/** Revoking answers with the key as it is now; the list shows it revoked at once. */
export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiKey>(`/api/v1/api-keys/${id}`, { method: "DELETE" }),
    onSuccess: (revoked) =>
      client.setQueryData<ApiKey[]>(apiKeysKey, (list) => list?.map((key) => (key.id === revoked.id ? revoked : key))),
  });
}
