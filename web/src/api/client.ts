// One way to talk to the Relata API: JSON in and out, problem+json errors turned into
// `ApiProblem`, the session's CSRF token sent with every write.

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  current?: Record<string, unknown>;
}

/** An error the API answered with; `errors` names the offending fields. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait before trying again, from `Retry-After` (on 429). */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title);
    this.name = "ApiProblem";
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The message for one field, if the API named it. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }

  get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }
}

let sessionCsrfToken: string | null = null;

/** Remembers the session's CSRF token; sent as `X-CSRF-Token` on every write. */
export function setCsrfToken(token: string | null): void {
  sessionCsrfToken = token;
}

/** The session's CSRF token, for requests made without `api()` (uploads with progress). */
export function csrfToken(): string | null {
  return sessionCsrfToken;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function requestHeaders(method: string, options: RequestOptions): Headers {
  const headers = new Headers(options.headers);
  headers.set("Accept", "application/json, application/problem+json");
  if (options.body !== undefined && !(options.body instanceof FormData) && !(options.body instanceof Blob)) {
    headers.set("Content-Type", "application/json");
  }
  if (!SAFE_METHODS.has(method) && sessionCsrfToken) {
    headers.set("X-CSRF-Token", sessionCsrfToken);
  }
  return headers;
}

function requestBody(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof FormData || body instanceof Blob || typeof body === "string") return body;
  return JSON.stringify(body);
}

/** What a failed request says: its problem+json body, or a problem made from its status. */
export function problemFromResponse(status: number, statusText: string, text: string): Problem {
  if (status === 0) return { ...NETWORK_PROBLEM };
  try {
    const parsed = JSON.parse(text) as Partial<Problem> | null;
    if (parsed && typeof parsed === "object" && typeof parsed.status === "number") return parsed as Problem;
  } catch {
    // Not JSON: a proxy or a crash answered; report what we know.
  }
  return {
    type: "about:blank",
    title: statusText || "Request failed",
    status,
    detail: text.slice(0, 300) || `The server answered ${status}.`,
  };
}

const NETWORK_PROBLEM: Problem = {
  type: "about:blank",
  title: "Network error",
  status: 0,
  detail: "Relata cannot be reached. Check the connection and try again.",
};

/** Sends a request to the API; resolves to the parsed JSON, or `undefined` for 204. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders(method, options),
      body: requestBody(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiProblem({ ...NETWORK_PROBLEM });
  }
  if (!response.ok) {
        const retryAfter = Number(response.headers.get("Retry-After")) || null;
    throw new ApiProblem(problemFromResponse(response.status, response.statusText, await response.text()), retryAfter);
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) return (await response.json()) as T;
  return (await response.text()) as T;
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
