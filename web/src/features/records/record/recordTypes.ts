// The three kinds of record that have a page of their own.
import type { Company, Deal, Person, RecordObject } from "../../../api/types";

export type AnyRecord = Person | Company | Deal;

export function recordPath(object: RecordObject, id: string): string {
  return `/${object}/${id}`;
}
