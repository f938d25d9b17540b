// A pipeline being edited: the whole pipeline is saved with one PUT, so edits collect in a
// draft first. Stages that exist keep their `id` (their deals stay in them); new stages
// have none and get one from the server. Every function here is pure.
import type { Pipeline, PipelineInput, StageKind } from "../../../api/types";

export const STAGE_KINDS: readonly StageKind[] = ["open", "won", "lost"];

export interface DraftStage {
  /** Stable within the draft, for React keys and drag and drop; the server never sees it. */
  key: string;
  /** The stage's id on the server; absent for a stage added in this draft. */
  id?: string;
  name: string;
  probability: number;
  kind: StageKind;
}

export interface PipelineDraft {
  name: string;
  stages: DraftStage[];
}

/** The probability a stage of a kind starts with: the server's defaults. */
export function defaultProbability(kind: StageKind): number {
  if (kind === "won") return 100;
  if (kind === "lost") return 0;
  return 10;
}

export function draftFromPipeline(pipeline: Pipeline): PipelineDraft {
  const stages = [...pipeline.stages].sort((a, b) => a.position - b.position);
  return {
    name: pipeline.name,
    stages: stages.map((s) => ({ key: s.id, id: s.id, name: s.name, probability: s.probability, kind: s.kind })),
  };
}

let nextKey = 0;

/** A new stage, open, placed before the first won or lost stage so closed stages stay last. */
export function addStage(draft: PipelineDraft, name: string): PipelineDraft {
  const stage: DraftStage = { key: `new-${++nextKey}`, name, probability: defaultProbability("open"), kind: "open" };
  const closed = draft.stages.findIndex((s) => s.kind !== "open");
  const at = closed === -1 ? draft.stages.length : closed;
  return { ...draft, stages: [...draft.stages.slice(0, at), stage, ...draft.stages.slice(at)] };
}

/** `base`, or `base 2`, `base 3`… — the first name no stage of the draft has yet. */
export function unusedStageName(draft: PipelineDraft, base: string): string {
  const taken = new Set(draft.stages.map((s) => s.name.trim().toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

export function removeStage(draft: PipelineDraft, key: string): PipelineDraft {
  return { ...draft, stages: draft.stages.filter((s) => s.key !== key) };
}

export function updateStage(draft: PipelineDraft, key: string, change: Partial<Omit<DraftStage, "key" | "id">>): PipelineDraft {
  return { ...draft, stages: draft.stages.map((s) => (s.key === key ? { ...s, ...change } : s)) };
}

/** Changing the kind to won or lost also sets the probability that kind means. */
export function setStageKind(draft: PipelineDraft, key: string, kind: StageKind): PipelineDraft {
  const change = kind === "open" ? { kind } : { kind, probability: defaultProbability(kind) };
  return updateStage(draft, key, change);
}

/** Moves the stage at `from` to index `to` (clamped); the others keep their order. */
export function moveStage(draft: PipelineDraft, from: number, to: number): PipelineDraft {
  const stages = [...draft.stages];
  const target = Math.max(0, Math.min(stages.length - 1, to));
  if (from < 0 || from >= stages.length || from === target) return draft;
  const [moved] = stages.splice(from, 1);
  if (!moved) return draft;
  stages.splice(target, 0, moved);
  return { ...draft, stages };
}

/** Moves a stage by key onto the place of another (drag and drop). */
export function moveStageOnto(draft: PipelineDraft, key: string, ontoKey: string): PipelineDraft {
  const from = draft.stages.findIndex((s) => s.key === key);
  const to = draft.stages.findIndex((s) => s.key === ontoKey);
  if (from === -1 || to === -1) return draft;
  return moveStage(draft, from, to);
}

export function toPipelineInput(draft: PipelineDraft, version?: number): PipelineInput {
  const stages = draft.stages.map((s) => ({
    ...(s.id ? { id: s.id } : {}),
    name: s.name.trim(),
    probability: s.probability,
    kind: s.kind,
  }));
  return { name: draft.name.trim(), ...(version === undefined ? {} : { version }), stages };
}

export function isDirty(draft: PipelineDraft, saved: PipelineDraft): boolean {
  return JSON.stringify(toPipelineInput(draft)) !== JSON.stringify(toPipelineInput(saved));
}

/** What the draft's problems are, checked before sending (the server checks again). */
export type DraftProblem = "nameRequired" | "stageNameRequired" | "stageNameTwice" | "probabilityRange" | "noStages" | "noOpenStage";

export interface DraftProblems {
  pipeline: DraftProblem[];
  /** By stage key. */
  stages: Record<string, DraftProblem[]>;
}

export function draftProblems(draft: PipelineDraft): DraftProblems {
  const problems: DraftProblems = { pipeline: [], stages: {} };
  if (!draft.name.trim()) problems.pipeline.push("nameRequired");
  if (draft.stages.length === 0) problems.pipeline.push("noStages");
  else if (!draft.stages.some((s) => s.kind === "open")) problems.pipeline.push("noOpenStage");
  const seen = new Set<string>();
  for (const stage of draft.stages) {
    const own: DraftProblem[] = [];
    const name = stage.name.trim().toLowerCase();
    if (!name) own.push("stageNameRequired");
    else if (seen.has(name)) own.push("stageNameTwice");
    seen.add(name);
    if (!Number.isInteger(stage.probability) || stage.probability < 0 || stage.probability > 100) {
      own.push("probabilityRange");
    }
    if (own.length) problems.stages[stage.key] = own;
  }
  return problems;
}

export function hasProblems(problems: DraftProblems): boolean {
  return problems.pipeline.length > 0 || Object.keys(problems.stages).length > 0;
}

export interface ServerErrors {
  /** Messages about the pipeline's name. */
  name: string[];
  /** Messages about the pipeline as a whole (its stage list, its version). */
  pipeline: string[];
  /** By stage key. */
  stages: Record<string, string[]>;
}

/**
 * The server names stage problems by their index in the body it was sent (`stages[2].name`);
 * this gives them back by stage key, for the draft that was sent.
 */
export function serverErrors(draft: PipelineDraft, errors: readonly { field: string; message: string }[]): ServerErrors {
  const result: ServerErrors = { name: [], pipeline: [], stages: {} };
  for (const error of errors) {
    const match = /^stages\[(\d+)\]/.exec(error.field);
    const stage = match ? draft.stages[Number(match[1])] : undefined;
    if (stage) (result.stages[stage.key] ??= []).push(error.message);
    else if (error.field === "name") result.name.push(error.message);
    else result.pipeline.push(error.message);
  }
  return result;
}
