// What a record is called in its header, links and the browser tab.
import type { Company, Deal, Person, RecordObject } from "../../../api/types";
import { personName } from "../../../lib/format";
import type { AnyRecord } from "./recordTypes";

export function recordTitle(object: RecordObject, record: AnyRecord): string {
  if (object === "people") return personName(record as Person);
  const name = (record as Company | Deal).name?.trim();
  return name || "—";
}
