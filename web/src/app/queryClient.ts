import { QueryClient } from "@tanstack/react-query";
import { ApiProblem } from "../api/client";

/** Retries only what may succeed on a second try: network failures and 5xx answers. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
