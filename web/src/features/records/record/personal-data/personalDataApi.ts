// The personal data tools of the API (admins and owners only): a person's data as one JSON
// document, and their erasure.
import { api } from "../../../../api/client";
import { recordUrl } from "../../../../api/records";
import type { Role } from "../../../../api/types";

/** What an erasure removed, as `POST /api/v1/people/{id}/erase` answers. */
export interface Erasure {
  activities: number;
  events: number;
  audit_entries_redacted: number;
}

/** The server refuses these tools to members and viewers; the page does not offer them. */
export function managesPersonalData(role: Role): boolean {
  return role === "owner" || role === "admin";
}

export function fetchPersonalData(personId: string): Promise<unknown> {
  return api<unknown>(`${recordUrl("people", personId)}/personal-data`);
}

export function erasePerson(personId: string): Promise<Erasure> {
  return api<Erasure>(`${recordUrl("people", personId)}/erase`, { method: "POST", body: { confirm: true } });
}

/** The name the server gives the export (its `Content-Disposition`), so both ways agree. */
export function exportFileName(personId: string): string {
  return `person-${personId}.json`;
}
