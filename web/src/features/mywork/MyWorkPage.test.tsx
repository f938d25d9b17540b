import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Activity } from "../../api/types";
import { testActivity } from "../../test/records";
import { fakeFetch, renderScreen, type FakeRequest } from "../../test/render";
import MyWorkPage from "./MyWorkPage";

function activity(id: string, fields: Partial<Activity>): Activity {
  return testActivity({
    id,
    kind: "task",
    created_by: "m1",
    subject: `Task ${id}`,
    person_id: "p1",
    status: "open",
    priority: "normal",
    assignee_id: "m1",
    owner_id: "m1",
    ...fields,
  });
}

const inDays = (days: number, hour: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hour).toISOString();
};

/** My tasks and meetings, kept by the fake server so that refetches see the changes. */
function fakeServer(patch?: (request: FakeRequest) => [number, unknown] | undefined) {
  const tasks = [
    activity("late", { due_at: inDays(-2, 10) }),
    activity("now", { due_at: inDays(0, 23) }),
    activity("someday", { due_at: null }),
  ];
  const meetings = [activity("meet", { kind: "meeting", occurred_at: inDays(0, 22), ends_at: inDays(0, 23), subject: "Demo" })];
  return fakeFetch((request) => {
    const task = tasks.find((t) => request.path === `/api/v1/activities/${t.id}`);
    if (task && request.method === "PATCH") {
      const refused = patch?.(request);
      if (refused) return refused;
      Object.assign(task, request.body, { version: task.version + 1 });
      return [200, { ...task }];
    }
    if (request.path === "/api/v1/activities") {
      const filter = request.url.searchParams.get("filter") ?? "";
      if (filter.includes("kind eq meeting")) return [200, { data: meetings, next_cursor: null }];
      return [200, { data: tasks.filter((t) => t.status === "open"), next_cursor: null }];
    }
    if (request.path === "/api/v1/people") return [200, { data: [{ id: "p1", first_name: "Ann", last_name: "Lee" }], next_cursor: null }];
    return undefined;
  });
}

const taskIds = () => screen.queryAllByTestId("task-item").map((t) => t.dataset.taskId);

afterEach(() => vi.unstubAllGlobals());

describe("MyWorkPage", () => {
  it("groups my open tasks and lists my meetings", async () => {
    const requests = fakeServer();
    renderScreen(<MyWorkPage />, { path: "/my-work", route: "/my-work" });
    await waitFor(() => expect(taskIds()).toEqual(["late", "now", "someday"]));
    expect(within(screen.getByTestId("task-group-overdue")).getByText("Task late")).toBeTruthy();
    expect(within(screen.getByTestId("task-group-today")).getByText("Task now")).toBeTruthy();
    expect(within(screen.getByTestId("task-group-noDate")).getByText("Task someday")).toBeTruthy();
    expect((await screen.findAllByText("Ann Lee")).length).toBeGreaterThan(0);
    expect(within(await screen.findByTestId("meeting-item")).getByText("Demo")).toBeTruthy();
    const filter = requests.find((r) => r.url.searchParams.get("sort") === "due_at")?.url.searchParams.get("filter");
    expect(filter).toBe('kind eq task and status eq open and assignee_id eq "m1"');
  });

  it("completes a task with one click and undoes it from the notification", async () => {
    const requests = fakeServer();
    renderScreen(<MyWorkPage />, { path: "/my-work", route: "/my-work" });
    await waitFor(() => expect(taskIds()).toHaveLength(3));
    const item = screen.getAllByTestId("task-item").find((t) => t.dataset.taskId === "now")!;
    fireEvent.click(within(item).getByTestId("task-complete"));
    await waitFor(() => expect(taskIds()).toEqual(["late", "someday"]));
    const done = requests.find((r) => r.method === "PATCH")!;
    expect(done.body).toEqual({ status: "done" });
    expect(done.headers.get("If-Match")).toBe("1");

    fireEvent.click(await screen.findByTestId("task-undo"));
    await waitFor(() => expect(taskIds()).toEqual(["late", "now", "someday"]));
    const undo = requests.filter((r) => r.method === "PATCH")[1]!;
    expect(undo.body).toEqual({ status: "open" });
    expect(undo.headers.get("If-Match")).toBe("2");
  });

  it("puts the task back and says why when the server refuses", async () => {
    fakeServer(() => [412, { type: "x", title: "Conflict", status: 412, detail: "stale", errors: [] }]);
    renderScreen(<MyWorkPage />, { path: "/my-work", route: "/my-work" });
    await waitFor(() => expect(taskIds()).toHaveLength(3));
    fireEvent.click(screen.getAllByTestId("task-complete")[0]!);
    expect(await screen.findByText(/Someone changed this task a moment ago/)).toBeTruthy();
    expect(taskIds()).toEqual(["late", "now", "someday"]);
  });

  it("asks what the new task is and whom it is for before sending it", async () => {
    const requests = fakeServer();
    renderScreen(<MyWorkPage />, { path: "/my-work", route: "/my-work" });
    fireEvent.click(await screen.findByTestId("new-task-submit"));
    expect(await screen.findByText("Say what needs doing")).toBeTruthy();
    expect(screen.getByText("Choose the person, company or deal this task is for")).toBeTruthy();
    expect(requests.some((r) => r.method === "POST")).toBe(false);
  });
});
