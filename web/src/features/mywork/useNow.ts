// The current time, refreshed every minute, so "today" and "overdue" follow the clock on a
// screen left open overnight.
import { useInterval } from "@mantine/hooks";
import { useState } from "react";

export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useInterval(() => setNow(new Date()), everyMs, { autoInvoke: true });
  return now;
}
