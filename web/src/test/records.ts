// Records as the API returns them, for tests: every field present and empty, so that a test
// names only the values it depends on.
import type { Activity, Company, Deal, RecordBase } from "../api/types";

const BASE: RecordBase = {
  id: "",
  version: 1,
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
  created_by: null,
  deleted_at: null,
};

export function testDeal(values: Partial<Deal> & Pick<Deal, "id">): Deal {
  return {
    ...BASE,
    name: null,
    amount: null,
    currency: null,
    pipeline_id: null,
    stage_id: null,
    expected_close_date: null,
    company_id: null,
    owner_id: null,
    source: null,
    lost_reason: null,
    closed_at: null,
    stage_entered_at: null,
    description: null,
    tags: null,
    ...values,
  };
}

export function testCompany(values: Partial<Company> & Pick<Company, "id">): Company {
  return {
    ...BASE,
    name: null,
    domain: null,
    other_domains: null,
    industry: null,
    employees: null,
    annual_revenue: null,
    phone: null,
    street: null,
    city: null,
    region: null,
    postal_code: null,
    country: null,
    linkedin_url: null,
    description: null,
    owner_id: null,
    tags: null,
    ...values,
  };
}

export function testActivity(values: Partial<Activity> & Pick<Activity, "id" | "kind">): Activity {
  return {
    ...BASE,
    subject: null,
    body: null,
    person_id: null,
    company_id: null,
    deal_id: null,
    occurred_at: null,
    ends_at: null,
    due_at: null,
    status: null,
    completed_at: null,
    priority: null,
    assignee_id: null,
    direction: null,
    duration_seconds: null,
    outcome: null,
    transcript: null,
    recording_url: null,
    email_from: null,
    email_to: null,
    email_cc: null,
    location: null,
    owner_id: null,
    ...values,
  };
}
