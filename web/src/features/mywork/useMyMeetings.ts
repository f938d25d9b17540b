// My meetings this week and next, in time order.
import { useQuery } from "@tanstack/react-query";
import { api, query } from "../../api/client";
import { queryKeys } from "../../api/hooks";
import type { Activity, Page } from "../../api/types";
import { meetingsFilter } from "./agenda";

export function useMyMeetings(memberId: string, from: Date, to: Date) {
  return useQuery({
    queryKey: [...queryKeys.activities, "my-meetings", memberId, from.toISOString()] as const,
    queryFn: ({ signal }) =>
      api<Page<Activity>>(
        `/api/v1/activities${query({ filter: meetingsFilter(memberId, from, to), sort: "occurred_at", limit: 200 })}`,
        { signal },
      ),
  });
}
