// Which records a new activity logged on this page belongs to. A person's activities also go
// on their company's timeline, and a deal's on its company's, as the demo data does.
import type { Company, Deal, Person, RecordObject } from "../../../api/types";
import type { ActivityLink } from "../../timeline/activityInput";
import type { AnyRecord } from "./recordTypes";

export function activityLink(object: RecordObject, record: AnyRecord): ActivityLink {
  if (object === "companies") return { company_id: (record as Company).id };
  const companyId = (record as Person | Deal).company_id ?? undefined;
  const own = object === "people" ? { person_id: record.id } : { deal_id: record.id };
  return companyId ? { ...own, company_id: companyId } : own;
}
