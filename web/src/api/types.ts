// The shapes the API returns (see /api/openapi.json for the full document).

export type ObjectName = "people" | "companies" | "deals" | "activities";
/** The objects with lists, pages and names of their own (activities have none). */
export type RecordObject = Exclude<ObjectName, "activities">;

export interface RecordBase {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  deleted_at: string | null;
  custom?: Record<string, unknown>;
}

export const LIFECYCLE_STAGES = ["lead", "qualified", "opportunity", "customer", "churned", "other"] as const;
export const LEAD_STATUSES = ["new", "attempting", "connected", "qualified", "unqualified", "bad_timing"] as const;

export interface Person extends RecordBase {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  other_emails: string[] | null;
  phone: string | null;
  other_phones: string[] | null;
  job_title: string | null;
  company_id: string | null;
  city: string | null;
  country: string | null;
  source: string | null;
  lifecycle_stage: (typeof LIFECYCLE_STAGES)[number] | null;
  lead_status: (typeof LEAD_STATUSES)[number] | null;
  linkedin_url: string | null;
  owner_id: string | null;
  tags: string[] | null;
}

export interface Company extends RecordBase {
  name: string | null;
  domain: string | null;
  other_domains: string[] | null;
  industry: string | null;
  employees: number | null;
  annual_revenue: number | null;
  phone: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  linkedin_url: string | null;
  description: string | null;
  owner_id: string | null;
  tags: string[] | null;
}

export interface Deal extends RecordBase {
  name: string | null;
  amount: number | null;
  currency: string | null;
  pipeline_id: string | null;
  stage_id: string | null;
  expected_close_date: string | null;
  company_id: string | null;
  owner_id: string | null;
  source: string | null;
  lost_reason: string | null;
  closed_at: string | null;
  stage_entered_at: string | null;
  /** 0–100, computed by the server's lead model; read-only; absent on older servers. */
  lead_score?: number | null;
  /** Why the score is what it is, in the server's words (plain text). */
  lead_score_reasons?: string[] | null;
  description: string | null;
  tags: string[] | null;
}

export const ACTIVITY_KINDS = ["note", "task", "call", "email", "meeting"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity extends RecordBase {
  kind: ActivityKind;
  subject: string | null;
  body: string | null;
  person_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  occurred_at: string | null;
  ends_at: string | null;
  due_at: string | null;
  status: "open" | "done" | "canceled" | null;
  completed_at: string | null;
  priority: "low" | "normal" | "high" | null;
  assignee_id: string | null;
  direction: "inbound" | "outbound" | null;
  duration_seconds: number | null;
  outcome: "connected" | "no_answer" | "busy" | "voicemail" | "wrong_number" | "failed" | null;
  transcript: string | null;
  recording_url: string | null;
  email_from: string | null;
  email_to: string[] | null;
  email_cc: string[] | null;
  location: string | null;
  owner_id: string | null;
}

export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface Stage {
  id: string;
  name: string;
  position: number;
  probability: number;
  kind: "open" | "won" | "lost";
}

export interface Pipeline {
  id: string;
  name: string;
  position: number;
  version: number;
  stages: Stage[];
}

export type StageKind = Stage["kind"];

/** The body of `PUT /api/v1/pipelines/{id}` (and, without `version`, of `POST`). */
export interface PipelineInput {
  name: string;
  version?: number;
  stages: { id?: string; name: string; probability: number; kind: StageKind }[];
}

export interface AmountSum {
  currency: string | null;
  sum: number;
}

export interface BoardColumn {
  stage: Stage;
  count: number;
  amounts: AmountSum[];
  deals: Deal[];
}

export interface Board {
  pipeline: Pipeline;
  columns: BoardColumn[];
}

export interface SearchHit {
  kind: "person" | "company" | "deal";
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
}

export type TimelineEvent =
  | "created"
  | "updated"
  | "stage_changed"
  | "deleted"
  | "restored"
  | "person_linked"
  | "person_unlinked";

/** How a text reads, as Relata's sentiment model judges it. */
export interface Sentiment {
  /** From -1 (very negative) to 1 (very positive). */
  score: number;
  label: "negative" | "neutral" | "positive";
  /** 0–1: how sure the model is of the label. */
  confidence: number;
  /** The language the text was read in. */
  language: "en" | "ru";
}

/** One entry of a record's timeline: an activity, or an event of the record's history. */
export interface TimelineEntry {
  type: "activity" | "event";
  at: string;
  activity?: Activity;
  /** Of an activity's text, when it has any; absent on servers older than sentiment. */
  sentiment?: Sentiment | null;
  event?: TimelineEvent;
  data?: Record<string, unknown>;
  /** Events carry their id and who caused them (not yet in the OpenAPI document). */
  id?: string;
  actor_id?: string | null;
}

export interface View {
  id: string;
  object: ObjectName;
  name: string;
  filter: string | null;
  sort: string | null;
  columns: string[];
  shared: boolean;
  owner_id: string | null;
  version: number;
}

export type Role = "owner" | "admin" | "member" | "viewer";

export interface Member {
  id: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
}

export const CUSTOM_FIELD_KINDS = [
  "text",
  "number",
  "money",
  "date",
  "boolean",
  "select",
  "multi_select",
  "url",
  "email",
  "phone",
] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

export interface CustomField {
  id: string;
  object: ObjectName;
  key: string;
  label: string;
  kind: CustomFieldKind;
  options: string[];
  required: boolean;
  position: number;
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  dry_run: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  duplicates: number;
  companies_created: number;
  errors: RowError[];
  error_count: number;
  warnings: RowError[];
  warning_count: number;
}

/** `POST /api/v1/{object}/import/preview`: how the file's columns would be read. */
export interface ImportPreview {
  headers: string[];
  /** The delimiter found in the header line: `,`, `;` or a tab. */
  delimiter: string;
  mapping: ColumnPreview[];
  sample_rows: SampleRow[];
  /** Problems with the file, the mapping, or the sampled rows. */
  errors: RowError[];
}

export interface ColumnPreview {
  header: string;
  /** `email`, `custom.region`, `company`…; null when the column is not imported. */
  field: string | null;
  /** Why a column is not imported. */
  note: string | null;
}

export interface SampleRow {
  line: number;
  cells: Record<string, unknown>;
  values: Record<string, unknown> | null;
}

/** `GET /api/v1/reports/dashboard`. */
export interface DashboardReport {
  pipeline_id: string;
  open_by_stage: StageOpen[];
  /** Every one of the last `months` months, oldest first, zeros included. */
  closed_by_month: MonthClosed[];
  /** The last 30 days. */
  activity_by_member: MemberActivity[];
  /** The pipeline's stages in order. */
  stage_conversion: StageConversion[];
  /** The workspace's main currency: the one with the largest open amount. */
  currency: string | null;
}

export interface StageOpen {
  stage_id: string;
  count: number;
  amounts: AmountSum[];
  /** Amounts times the stage's win probability. */
  weighted: AmountSum[];
}

export interface MonthClosed {
  /** `YYYY-MM`. */
  month: string;
  won: number;
  lost: number;
  won_amounts: AmountSum[];
  lost_amounts: AmountSum[];
}

export interface MemberActivity {
  member_id: string;
  note: number;
  task: number;
  call: number;
  email: number;
  meeting: number;
}

export interface StageConversion {
  stage_id: string;
  /** Deals that ever entered the stage. */
  entered: number;
  /** Of those, deals that later reached a further stage. */
  moved_on: number;
}

export interface Workspace {
  id: string;
  name: string;
  settings: Record<string, unknown>;
}

export interface Session {
  user: { id: string; email: string; name: string };
  /** The member id: what `owner_id` and `assignee_id` hold for this user. */
  member_id: string;
  workspace: { id: string; name: string };
    role: Role;
  csrf_token: string;
  /** Whether this user signs in with a second factor. */
  totp_enabled: boolean;
}
