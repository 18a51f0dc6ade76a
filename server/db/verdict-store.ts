import type { Database } from './database.ts';
import { toVerdict } from './convert.ts';
import type { VerdictRecord } from '../domain/records.ts';

const VERDICTS_BY_CLAIM = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (v:Verdict)-[:RATES]->(:Claim {id: id})
    WITH v ORDER BY v.reviewedAt DESC, v.id
    RETURN collect(v {.*}) AS verdicts
  }
  RETURN verdicts`;

// Fact-checkers quote the claim they review; an exact (case- and space-insensitive) match of the
// text is how a ClaimReview without our id finds its claim.
const CLAIMS_BY_TEXT = `
  UNWIND $texts AS text
  CALL db.index.fulltext.queryNodes('claim_text', '"' + replace(replace(text, '\\\\', ' '), '"', ' ') + '"', {limit: 20})
  YIELD node, score
  WITH text, node WHERE toLower(trim(node.text)) = toLower(trim(text))
  RETURN text, head(collect(node.id)) AS id`;

export class VerdictStore {
  constructor(private readonly db: Database) {}

  async byClaim(ids: readonly string[]): Promise<VerdictRecord[][]> {
    const rows = await this.db.read(VERDICTS_BY_CLAIM, { ids });
    return rows.map((r) => (r.verdicts as Record<string, unknown>[]).map(toVerdict));
  }

  /** Claim ids whose text is exactly each given text, where one exists. */
  async claimIdsByText(texts: string[]): Promise<Map<string, string>> {
    if (texts.length === 0) return new Map();
    const rows = await this.db.read(CLAIMS_BY_TEXT, { texts });
    return new Map(rows.filter((r) => r.id != null).map((r) => [String(r.text), String(r.id)]));
  }
}
