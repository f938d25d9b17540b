// The filter the list asks for: typing waits a moment so each keystroke is not a request, but
// opening another view applies its filter at once.
import { useEffect, useState } from "react";

export const FILTER_DELAY_MS = 300;

export function useSettledFilter(filter: string, viewId: string | null): string {
  const [settled, setSettled] = useState({ filter, viewId });
  useEffect(() => {
    if (filter === settled.filter) return;
    const timer = window.setTimeout(() => setSettled({ filter, viewId }), FILTER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [filter, viewId, settled.filter]);
  if (settled.viewId !== viewId) {
    setSettled({ filter, viewId });
    return filter;
  }
  return settled.filter;
}
