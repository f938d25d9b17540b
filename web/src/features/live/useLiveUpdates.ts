// Keeps what the signed-in user sees fresh as colleagues change records: listens to the
// server's change stream and refreshes the queries each change makes stale. The browser's
// EventSource reconnects by itself and resumes from the last event it saw.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { parseChange, staleKeys, type ChangeEvent } from "./liveChanges";

/** Changes arriving together (an import, a bulk edit) refresh each query once. */
const GATHER_MS = 300;

export function useLiveUpdates() {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/events");
    let gathered: ChangeEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      timer = undefined;
      const keys = staleKeys(gathered);
      gathered = [];
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    source.onmessage = (message: MessageEvent<string>) => {
      const change = parseChange(message.data);
      if (!change) return;
      gathered.push(change);
      timer ??= setTimeout(flush, GATHER_MS);
    };
    // Changes were missed for longer than the server keeps them: refresh everything.
    source.addEventListener("reset", () => void queryClient.invalidateQueries());

    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [queryClient]);
}
