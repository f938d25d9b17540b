// `GET /api/v1/activities/{id}/analysis`: what the text of a call, note or email says —
// its sentiment, a short summary in its own sentences, and the things someone promised to do.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Sentiment } from "../../../api/types";
import type { DueHint } from "./dueHint";

/** Who the text says will do it: the speaker, the team, the other party, a named person. */
export type ActionAssignee = "speaker" | "team" | "other" | "unknown" | { named: string };

export interface ActionItem {
  /** The action, starting with its verb, without the due phrase. */
  title: string;
  assignee: ActionAssignee;
  due: DueHint | null;
  /** The sentence it came from. */
  sentence: string;
}

export interface Analysis {
  sentiment: Sentiment;
  /** Up to three of the text's own sentences, in order. */
  summary: string[];
  action_items: ActionItem[];
}

/** The analysis changes only when the activity does, so its version is part of the key. */
export function useAnalysis(activity: { id: string; version: number }) {
  return useQuery({
    queryKey: ["analysis", activity.id, activity.version] as const,
    queryFn: ({ signal }) => api<Analysis>(`/api/v1/activities/${activity.id}/analysis`, { signal }),
    staleTime: Infinity,
  });
}
