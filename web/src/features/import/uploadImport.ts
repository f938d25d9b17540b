// The import is sent with XMLHttpRequest rather than fetch because only XHR reports upload
// progress; a large file takes a while to send before the server starts on it. Errors
// become the same `ApiProblem` that `api()` throws.
import { ApiProblem, type Problem } from "../../api/client";
import type { ImportReport } from "../../api/types";

export type UploadProgress = { phase: "uploading"; fraction: number } | { phase: "processing" };

export interface UploadOptions {
  path: string;
  file: Blob;
  /** The session's CSRF token, sent as `X-CSRF-Token` as `api()` does on every write. */
  csrfToken: string | null;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** For tests. */
  createRequest?: () => XMLHttpRequest;
}

/** The problem an error response describes, or one made from its status. */
export function problemFromResponse(status: number, statusText: string, text: string): Problem {
  try {
    const parsed = JSON.parse(text) as Partial<Problem> | null;
    if (parsed && typeof parsed === "object" && typeof parsed.status === "number") return parsed as Problem;
  } catch {
    // Not JSON: a proxy answered.
  }
  if (status === 0) {
    return {
      type: "about:blank",
      title: "Network error",
      status: 0,
      detail: "Relata cannot be reached. Check the connection and try again.",
    };
  }
  return {
    type: "about:blank",
    title: statusText || "Request failed",
    status,
    detail: text.slice(0, 300) || `The server answered ${status}.`,
  };
}

export function uploadImport(options: UploadOptions): Promise<ImportReport> {
  const { path, file, csrfToken, onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    const request = options.createRequest?.() ?? new XMLHttpRequest();
    const abort = () => request.abort();
    request.open("POST", path);
    request.setRequestHeader("Content-Type", "text/csv");
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    if (csrfToken) request.setRequestHeader("X-CSRF-Token", csrfToken);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress({ phase: "uploading", fraction: event.loaded / event.total });
      }
    };
    // The file is sent; the server now reads and writes the rows.
    request.upload.onload = () => onProgress({ phase: "processing" });
    request.onload = () => {
      signal?.removeEventListener("abort", abort);
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as ImportReport);
          return;
        } catch {
          // Not a report: said below as the server's answer.
        }
      }
      reject(new ApiProblem(problemFromResponse(request.status, request.statusText, request.responseText)));
    };
    request.onerror = () => {
      signal?.removeEventListener("abort", abort);
      reject(new ApiProblem(problemFromResponse(0, "", "")));
    };
    request.onabort = () => reject(new DOMException("The upload was canceled", "AbortError"));
    if (signal?.aborted) {
      reject(new DOMException("The upload was canceled", "AbortError"));
      return;
    }
    signal?.addEventListener("abort", abort, { once: true });
    onProgress({ phase: "uploading", fraction: 0 });
    request.send(file);
  });
}
