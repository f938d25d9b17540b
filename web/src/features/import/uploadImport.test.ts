import { afterEach, describe, expect, it } from "vitest";
import { ApiProblem, setCsrfToken } from "../../api/client";
import { uploadImport, type UploadProgress } from "./uploadImport";

/** Just enough of XMLHttpRequest to drive an upload by hand. */
class FakeRequest {
  headers: Record<string, string> = {};
  method = "";
  url = "";
  body: unknown;
  status = 0;
  statusText = "";
  responseText = "";
  withCredentials = false;
  upload: { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

afterEach(() => setCsrfToken(null));

function start(signal?: AbortSignal) {
  setCsrfToken("token-1");
  const request = new FakeRequest();
  const progress: UploadProgress[] = [];
  const file = new Blob(["Email\nann@example.com\n"]);
  const promise = uploadImport({
    path: "/api/v1/people/import?map=Email%3Demail",
    file,
    onProgress: (p) => progress.push(p),
    signal,
    createRequest: () => request as unknown as XMLHttpRequest,
  });
  return { request, progress, promise, file };
}

describe("uploadImport", () => {
  it("posts the file as CSV with the CSRF token and reports progress", async () => {
    const { request, progress, promise, file } = start();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/v1/people/import?map=Email%3Demail");
    expect(request.headers).toMatchObject({ "Content-Type": "text/csv", "X-CSRF-Token": "token-1" });
    expect(request.body).toBe(file);
    request.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
    request.upload.onload?.();
    request.answer(200, JSON.stringify({ created: 1 }));
    await expect(promise).resolves.toEqual({ created: 1 });
    expect(progress).toEqual([
      { phase: "uploading", fraction: 0 },
      { phase: "uploading", fraction: 0.5 },
      { phase: "processing" },
    ]);
  });

  it("rejects with the problem the server answered", async () => {
    const { request, promise } = start();
    const problem = { type: "/api/problems/validation", title: "t", status: 422, detail: "map: bad", errors: [] };
    request.answer(422, JSON.stringify(problem));
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).problem.detail).toBe("map: bad");
  });

  it("says a network failure and a cancel plainly", async () => {
    const failed = start();
    failed.request.onerror?.();
    await expect(failed.promise).rejects.toMatchObject({ status: 0 });
    const controller = new AbortController();
    const canceled = start(controller.signal);
    controller.abort();
    await expect(canceled.promise).rejects.toMatchObject({ name: "AbortError" });
  });
});
