// An API error in words for a notification, naming the offending field when the API does.
import { ApiProblem } from "../api/client";

/**
 * `Stage: is not a stage of the pipeline "Sales"` for a field error, the problem's detail
 * otherwise, the error's message for anything that is not an API answer.
 */
export function problemText(error: unknown, fieldLabel: (field: string) => string): string {
  if (error instanceof ApiProblem) {
    const fields = (error.problem.errors ?? []).filter((e) => e.message);
    if (fields.length > 0) {
      return fields.map((e) => (e.field ? `${fieldLabel(e.field)}: ${e.message}` : e.message)).join("; ");
    }
    return error.problem.detail || error.problem.title || error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
