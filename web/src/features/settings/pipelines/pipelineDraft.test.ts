import { describe, expect, it } from "vitest";
import type { Pipeline } from "../../../api/types";
import {
  addStage,
  draftFromPipeline,
  draftProblems,
  hasProblems,
  isDirty,
  moveStage,
  moveStageOnto,
  removeStage,
  serverErrors,
  unusedStageName,
  setStageKind,
  toPipelineInput,
  updateStage,
} from "./pipelineDraft";

const pipeline: Pipeline = {
  id: "p1",
  name: "Sales",
  position: 0,
  version: 4,
  stages: [
    { id: "s3", name: "Won", position: 2, probability: 100, kind: "won" },
    { id: "s1", name: "New", position: 0, probability: 10, kind: "open" },
    { id: "s2", name: "Proposal", position: 1, probability: 50, kind: "open" },
  ],
};

const names = (draft: { stages: { name: string }[] }) => draft.stages.map((s) => s.name);

describe("pipeline draft", () => {
  it("orders stages by position and keeps their ids", () => {
    const draft = draftFromPipeline(pipeline);
    expect(names(draft)).toEqual(["New", "Proposal", "Won"]);
    expect(draft.stages.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
  });

  it("builds the PUT body: kept stages with ids, new ones without, no positions", () => {
    const draft = addStage(draftFromPipeline(pipeline), " Demo ");
    expect(toPipelineInput(draft, 4)).toEqual({
      name: "Sales",
      version: 4,
      stages: [
        { id: "s1", name: "New", probability: 10, kind: "open" },
        { id: "s2", name: "Proposal", probability: 50, kind: "open" },
        { name: "Demo", probability: 10, kind: "open" },
        { id: "s3", name: "Won", probability: 100, kind: "won" },
      ],
    });
  });

  it("adds new stages at the end when there is no closed stage", () => {
    const draft = addStage({ name: "X", stages: [] }, "First");
    expect(names(addStage(draft, "Second"))).toEqual(["First", "Second"]);
  });

  it("names a new stage so that no name repeats", () => {
    const draft = draftFromPipeline(pipeline);
    expect(unusedStageName(draft, "Demo")).toBe("Demo");
    expect(unusedStageName(draft, "new")).toBe("new 2");
    expect(unusedStageName(addStage(draft, "New 2"), "New")).toBe("New 3");
  });

  it("moves stages up, down and onto another, clamped to the list", () => {
    const draft = draftFromPipeline(pipeline);
    expect(names(moveStage(draft, 0, 1))).toEqual(["Proposal", "New", "Won"]);
    expect(names(moveStage(draft, 2, 0))).toEqual(["Won", "New", "Proposal"]);
    expect(names(moveStage(draft, 0, -1))).toEqual(["New", "Proposal", "Won"]);
    expect(names(moveStage(draft, 2, 9))).toEqual(["New", "Proposal", "Won"]);
    expect(moveStage(draft, 5, 0)).toBe(draft);
    expect(names(moveStageOnto(draft, "s1", "s3"))).toEqual(["Proposal", "Won", "New"]);
    expect(moveStageOnto(draft, "s1", "missing")).toBe(draft);
  });

  it("sets the probability a closed kind means", () => {
    const draft = draftFromPipeline(pipeline);
    const lost = setStageKind(draft, "s2", "lost");
    expect(lost.stages[1]).toMatchObject({ kind: "lost", probability: 0 });
    const reopened = setStageKind(lost, "s2", "open");
    expect(reopened.stages[1]).toMatchObject({ kind: "open", probability: 0 });
  });

  it("knows when the draft differs from what is saved", () => {
    const saved = draftFromPipeline(pipeline);
    expect(isDirty(saved, saved)).toBe(false);
    expect(isDirty(updateStage(saved, "s1", { name: "New " }), saved)).toBe(false);
    expect(isDirty(updateStage(saved, "s1", { probability: 20 }), saved)).toBe(true);
    expect(isDirty(removeStage(saved, "s2"), saved)).toBe(true);
    expect(isDirty(moveStage(saved, 0, 1), saved)).toBe(true);
  });

  it("finds the problems the server would refuse", () => {
    const draft = draftFromPipeline(pipeline);
    expect(hasProblems(draftProblems(draft))).toBe(false);
    const bad = updateStage(updateStage({ ...draft, name: " " }, "s2", { name: "new", probability: 101 }), "s3", {
      name: "",
    });
    expect(draftProblems(bad)).toEqual({
      pipeline: ["nameRequired"],
      stages: { s2: ["stageNameTwice", "probabilityRange"], s3: ["stageNameRequired"] },
    });
    expect(draftProblems(removeStage(removeStage(draft, "s1"), "s2")).pipeline).toEqual(["noOpenStage"]);
    expect(draftProblems({ name: "X", stages: [] }).pipeline).toEqual(["noStages"]);
  });

  it("gives the server's errors back by stage", () => {
    const draft = draftFromPipeline(pipeline);
    expect(
      serverErrors(draft, [
        { field: "stages[1].name", message: "appears twice" },
        { field: "name", message: "must be 1 to 100 characters" },
        { field: "stages", message: "a pipeline needs at least one open stage" },
        { field: "stages[7].id", message: "not a stage" },
      ]),
    ).toEqual({
      name: ["must be 1 to 100 characters"],
      pipeline: ["a pipeline needs at least one open stage", "not a stage"],
      stages: { s2: ["appears twice"] },
    });
  });
});
