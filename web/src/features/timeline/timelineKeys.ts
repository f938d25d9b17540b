// The timeline's query key, shared with the record page so that its writes refresh it.
import type { ObjectName } from "../../api/types";

export function timelineKey(object: ObjectName, id: string) {
  return ["timeline", object, id] as const;
}
