import type { StatementRecord } from './records.ts';

const DAY_MS = 86_400_000;

export interface OutletSpreadRow {
  outlet: string;
  firstReportedAt: string;
  daysAfterFirstSeen: number;
}

/** Statements are given earliest first (as the claim-statements query returns them). */
export function timeline(statements: StatementRecord[]) {
  const firstSeenAt = statements[0]?.at ?? null;
  const start = firstSeenAt ? Date.parse(firstSeenAt) : 0;
  const seen = new Set<string>();
  const outlets = statements
    .filter((s) => s.type === 'REPORTED' && !seen.has(s.source) && seen.add(s.source))
    .map((s): OutletSpreadRow => ({
      outlet: s.source,
      firstReportedAt: s.at,
      daysAfterFirstSeen: Math.round(((Date.parse(s.at) - start) / DAY_MS) * 100) / 100,
    }));
  return { firstSeenAt, events: statements, outlets };
}
