// From untrusted input (a GraphQL JSON argument, seed files, a synthetic stream) to checked
// writes. Valid documents are written in batches, one transaction each; a batch the database
// refuses is retried one document at a time, so one bad document costs only itself.
import {
  parseDocuments,
  validateDocument,
  type NormalizedDocument,
  type ExternalReference,
  type Warning,
} from './format.ts';
import { BadUserInputError, type Problem } from '../errors.ts';
import { addResults, zeroCounts, type ImportStore, type WriteResult } from '../db/import-store.ts';
import { BatchBuilder } from './batch.ts';

export interface ImportOutcome extends WriteResult {
  articleIds: string[];
  /** Claims the import made statements on (their settled credibility may have moved). */
  claimIds: string[];
  /** What was tidied, with paths into the input as given (`$[i]…` for an array). */
  warnings: Warning[];
}

const conflict = (prefix: string): Problem => ({
  path: prefix,
  message: 'defines an id that an earlier document of this input defines as another kind of node',
});

/** GraphQL's importArticle: one document or an array, all written or none. */
export async function importDocuments(store: ImportStore, input: unknown): Promise<ImportOutcome> {
  const documents = parseDocuments(input);
  const many = Array.isArray(input);
  const builder = new BatchBuilder();
  const problems: Problem[] = [];
  const articleIds: string[] = [];
  const warnings: Warning[] = [];
  documents.forEach((doc, i) => {
    const prefix = many ? `$[${i}]` : '$';
    const result = validateDocument(doc);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, path: prefix + p.path.slice(1) })));
    } else if (builder.add(result.document, result.references, prefix)) {
      articleIds.push(result.document.article.id);
      warnings.push(...result.warnings.map((w) => ({ ...w, path: prefix + w.path.slice(1) })));
    } else {
      problems.push(conflict(prefix));
    }
  });
  if (documents.length === 0)
    problems.push({ path: '$', message: 'is an empty array: nothing to import' });
  if (problems.length > 0) throw new BadUserInputError(problems, 'The import');
  const batch = builder.build();
  const claimIds = [...new Set(batch.statements.map((s) => s.claim))];
  return { ...(await store.write(batch)), articleIds, claimIds, warnings };
}

export interface Rejection {
  /** Where the document came from, e.g. `corpus.ndjson:12` or `file.json[3]`. */
  where: string;
  problems: Problem[];
}

export interface BulkProgress {
  documents: number;
  statements: number;
  rejected: number;
  /** Tidy-ups in the documents read so far (their documents may still be rejected later). */
  warnings: number;
}

/** What was tidied in one document, reported as it is read. */
export interface Tidied {
  where: string;
  warnings: Warning[];
}

interface Pending {
  where: string;
  document: NormalizedDocument;
  references: ExternalReference[];
}

/**
 * Streams documents into batched transactions. Memory holds one batch at most; a batch holds
 * whole documents only, so a killed run leaves whole documents, and a rerun completes it.
 */
export class BulkImporter {
  readonly totals: WriteResult = {
    created: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
  };
  readonly progress: BulkProgress = { documents: 0, statements: 0, rejected: 0, warnings: 0 };
  private builder = new BatchBuilder();
  private pending: Pending[] = [];
  // One batch is written while the next is read and validated: Node and Neo4j each keep a core
  // busy. Batches still commit in order, so a document may cite what an earlier batch defines.
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: ImportStore,
    private readonly onRejected: (r: Rejection) => void,
    private readonly limits = { documents: 2000, statements: 10_000 },
    private readonly onTidied: (t: Tidied) => void = () => {},
  ) {}

  async add(where: string, doc: unknown): Promise<void> {
    const result = validateDocument(doc);
    if (!result.ok) return this.reject({ where, problems: result.problems });
    if (result.warnings.length > 0) {
      this.progress.warnings += result.warnings.length;
      this.onTidied({ where, warnings: result.warnings });
    }
    const item = { where, document: result.document, references: result.references };
    if (!this.builder.add(item.document, item.references)) {
      await this.send();
      this.builder.add(item.document, item.references);
    }
    this.pending.push(item);
    if (
      this.builder.documents >= this.limits.documents ||
      this.builder.statementCount >= this.limits.statements
    ) {
      await this.flush();
    }
  }

  reject(r: Rejection): void {
    this.progress.rejected++;
    this.onRejected(r);
  }

  /** Writes everything added so far and waits for it. */
  async flush(): Promise<void> {
    await this.send();
    await this.writing;
  }

  /** Starts writing the current batch once the previous one is written; waits for that one only. */
  private async send(): Promise<void> {
    const pending = this.pending;
    const batch = this.builder.build();
    this.pending = [];
    this.builder = new BatchBuilder();
    const previous = this.writing;
    await previous;
    if (pending.length === 0) return;
    this.writing = this.store.write(batch).then(
      (result) => this.record(result, pending),
      async (e: unknown) => {
        if (!(e instanceof BadUserInputError)) throw e;
        for (const item of pending) await this.writeAlone(item);
      },
    );
    // Surface a failure of this write at the next send or flush, not as an unhandled rejection.
    this.writing.catch(() => {});
  }

  private async writeAlone(item: Pending): Promise<void> {
    const single = new BatchBuilder();
    single.add(item.document, item.references);
    try {
      this.record(await this.store.write(single.build()), [item]);
    } catch (e) {
      if (!(e instanceof BadUserInputError)) throw e;
      this.reject({ where: item.where, problems: e.extensions.problems as Problem[] });
    }
  }

  private record(result: WriteResult, written: Pending[]): void {
    addResults(this.totals, result);
    this.progress.documents += written.length;
    this.progress.statements += written.reduce((n, p) => n + p.document.statements.length, 0);
  }
}
