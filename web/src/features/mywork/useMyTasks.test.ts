import { describe, expect, it } from "vitest";
import type { Activity } from "../../api/types";
import { findTask, myTasksFilter, withoutTask, withTask, type TaskPages } from "./useMyTasks";

const task = (id: string) => ({ id }) as Activity;
const pages: TaskPages = {
  pages: [
    { data: [task("a"), task("b")], next_cursor: "c1" },
    { data: [task("c")], next_cursor: null },
  ],
  pageParams: [null, "c1"],
};
const ids = (p: TaskPages | undefined) => p?.pages.map((page) => page.data.map((t) => t.id));

describe("task pages", () => {
  it("removes a completed task and puts it back where it was", () => {
    const at = findTask(pages, "b")!;
    expect(at).toEqual({ page: 0, index: 1 });
    const without = withoutTask(pages, "b");
    expect(ids(without)).toEqual([["a"], ["c"]]);
    expect(ids(withTask(without, task("b"), at))).toEqual([["a", "b"], ["c"]]);
  });

  it("does not add a task twice and leaves missing pages alone", () => {
    expect(ids(withTask(pages, task("a"), { page: 0, index: 1 }))).toEqual([["a", "b"], ["c"]]);
    expect(withoutTask(undefined, "a")).toBeUndefined();
    expect(findTask(pages, "z")).toBeNull();
  });
});

describe("myTasksFilter", () => {
  it("asks for my open tasks", () => {
    expect(myTasksFilter("m1")).toBe('kind eq task and status eq open and assignee_id eq "m1"');
  });
});
