// The dashboard report turned into what each chart draws. Pure, so that every number on the
// screen can be checked in a test.
import type { AmountSum, DashboardReport, Stage } from "../../api/types";

/** The pipeline's stages in order, and the name to show for a stage it no longer has. */
export interface StageList {
  stages: Pick<Stage, "id" | "name" | "kind">[];
  unknownName: string;
}

export const ACTIVITY_KINDS = ["call", "email", "meeting", "task", "note"] as const;

function sumIn(sums: AmountSum[], currency: string | null): number {
  return sums.filter((s) => s.currency === currency).reduce((total, s) => total + s.sum, 0);
}

function byPosition<T extends { stage_id: string }>(rows: T[], { stages }: StageList): T[] {
  const position = (id: string) => {
    const at = stages.findIndex((s) => s.id === id);
    return at < 0 ? stages.length : at;
  };
  return [...rows].sort((a, b) => position(a.stage_id) - position(b.stage_id));
}

function stageName(list: StageList, id: string): string {
  return list.stages.find((s) => s.id === id)?.name ?? list.unknownName;
}

export interface StageValueRow {
  stage: string;
  value: number;
  weighted: number;
  count: number;
}

/** Open value per stage in the main currency, in the pipeline's stage order. */
export function stageValueRows(report: DashboardReport, list: StageList): StageValueRow[] {
  return byPosition(report.open_by_stage, list).map((row) => ({
    stage: stageName(list, row.stage_id),
    value: sumIn(row.amounts, report.currency),
    weighted: sumIn(row.weighted, report.currency),
    count: row.count,
  }));
}

/** Open amounts in currencies other than the main one, largest first: the chart leaves them out. */
export function otherCurrencies(report: DashboardReport): AmountSum[] {
  const totals = new Map<string | null, number>();
  for (const row of report.open_by_stage) {
    for (const s of row.amounts) {
      if (s.currency === report.currency) continue;
      totals.set(s.currency, (totals.get(s.currency) ?? 0) + s.sum);
    }
  }
  return [...totals.entries()]
    .map(([currency, sum]) => ({ currency, sum: Math.round(sum * 100) / 100 }))
    .filter((s) => s.sum !== 0)
    .sort((a, b) => b.sum - a.sum);
}

export interface MonthRow {
  month: string;
  won: number;
  lost: number;
}

/** `2026-01` → `Jan 26` / `янв. 26`, in the reader's language. */
export function monthLabel(month: string, locale: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  if (!year || !number) return month;
  return new Intl.DateTimeFormat(locale, { month: "short", year: "2-digit" }).format(new Date(year, number - 1, 1));
}

export function closedRows(report: DashboardReport, locale: string): MonthRow[] {
  return report.closed_by_month.map((m) => ({ month: monthLabel(m.month, locale), won: m.won, lost: m.lost }));
}

export type ActivityRow = { member: string; total: number } & Record<(typeof ACTIVITY_KINDS)[number], number>;

/** Activity per member over the last 30 days, busiest first; members with none are left out. */
export function activityRows(report: DashboardReport, memberName: (id: string) => string): ActivityRow[] {
  return report.activity_by_member
    .map((m) => {
      const total = ACTIVITY_KINDS.reduce((n, kind) => n + m[kind], 0);
      return { member: memberName(m.member_id), total, call: m.call, email: m.email, meeting: m.meeting, task: m.task, note: m.note };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.member.localeCompare(b.member));
}

export interface ConversionRow {
  stageId: string;
  stage: string;
  /** Won and lost stages end the funnel: nothing moves on from them, so they have no rate. */
  kind: Stage["kind"];
  entered: number;
  movedOn: number;
  /** Share of deals that went on from an open stage, 0–1; `null` when none entered it. */
  rate: number | null;
  /** Width of the bar, 0–1, relative to the busiest stage: the funnel's shape. */
  width: number;
}

export function conversionRows(report: DashboardReport, list: StageList): ConversionRow[] {
  const rows = byPosition(report.stage_conversion, list);
  const widest = Math.max(0, ...rows.map((r) => r.entered));
  return rows.map((r) => {
    const kind = list.stages.find((s) => s.id === r.stage_id)?.kind ?? "open";
    return {
      stageId: r.stage_id,
      stage: stageName(list, r.stage_id),
      kind,
      entered: r.entered,
      movedOn: r.moved_on,
      rate: kind === "open" && r.entered > 0 ? Math.min(1, r.moved_on / r.entered) : null,
      width: widest > 0 ? r.entered / widest : 0,
    };
  });
}

export interface Headline {
  /** Open value and its probability-weighted part, in the main currency. */
  openValue: number;
  weightedValue: number;
  openCount: number;
  won: number;
  lost: number;
  wonValue: number;
  /** won / (won + lost) over the report's months; `null` before anything closed. */
  winRate: number | null;
}

export function headline(report: DashboardReport): Headline {
  const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  const won = report.closed_by_month.reduce((n, m) => n + m.won, 0);
  const lost = report.closed_by_month.reduce((n, m) => n + m.lost, 0);
  return {
    openValue: sum(report.open_by_stage.map((r) => sumIn(r.amounts, report.currency))),
    weightedValue: sum(report.open_by_stage.map((r) => sumIn(r.weighted, report.currency))),
    openCount: report.open_by_stage.reduce((n, r) => n + r.count, 0),
    won,
    lost,
    wonValue: sum(report.closed_by_month.map((m) => sumIn(m.won_amounts, report.currency))),
    winRate: won + lost > 0 ? won / (won + lost) : null,
  };
}
