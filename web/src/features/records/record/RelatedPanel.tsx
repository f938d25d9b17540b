// The records around this one, by kind of record.
import type { Company, Deal, Person, RecordObject } from "../../../api/types";
import { CompanyRelated } from "./CompanyRelated";
import { DealRelated } from "./DealRelated";
import { PersonRelated } from "./PersonRelated";
import type { AnyRecord } from "./recordTypes";

export function RelatedPanel({ object, record }: { object: RecordObject; record: AnyRecord }) {
  if (object === "companies") return <CompanyRelated companyId={(record as Company).id} />;
  if (object === "people") return <PersonRelated person={record as Person} />;
  return <DealRelated deal={record as Deal} />;
}
