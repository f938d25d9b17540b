// The import is sent with XMLHttpRequest rather than fetch because only XHR reports upload
// progress; a large file takes a while to send before the server starts on it. Errors
// become the same `ApiProblem` that `api()` throws.
import { ApiProblem, csrfToken, problemFromResponse } from "../../api/client";
import type { ImportReport } from "../../api/types";

export type UploadProgress = { phase: "uploading"; fraction: number } | { phase: "processing" };

export interface UploadOptions {
  path: string;
  file: Blob;
  onProgress: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** For tests. */
  createRequest?: () => XMLHttpRequest;
}

export function uploadImport(options: UploadOptions): Promise<ImportReport> {
  const { path, file, onProgress, signal } = options;
  // `api()` sends the token on every write; XHR needs it set by hand.
  const token = csrfToken();
  return new Promise((resolve, reject) => {
    const request = options.createRequest?.() ?? new XMLHttpRequest();
    const abort = () => request.abort();
    request.open("POST", path);
    request.setRequestHeader("Content-Type", "text/csv");
    request.setRequestHeader("Accept", "application/json, application/problem+json");
    if (token) request.setRequestHeader("X-CSRF-Token", token);
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
