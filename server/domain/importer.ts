// From untrusted input (a GraphQL JSON argument, a seed file) to one checked write.
import { parseDocuments, validateDocument } from '../../seed/format.ts';
import { BadUserInputError, type Problem } from '../errors.ts';
import {
  addDocument,
  emptyBatch,
  type GraphBatch,
  type ImportStore,
  type WriteResult,
} from '../db/import-store.ts';

export interface ImportOutcome extends WriteResult {
  articleIds: string[];
}

/** Validates every document (listing all problems of all of them) into one batch. */
export function toBatch(input: unknown): { batch: GraphBatch; articleIds: string[] } {
  const documents = parseDocuments(input);
  const many = Array.isArray(input);
  const batch = emptyBatch();
  const problems: Problem[] = [];
  const articleIds: string[] = [];
  documents.forEach((doc, i) => {
    const prefix = many ? `$[${i}]` : '$';
    const result = validateDocument(doc);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ ...p, path: prefix + p.path.slice(1) })));
      return;
    }
    addDocument(batch, result.document, result.references, prefix);
    articleIds.push(result.document.article.id);
  });
  if (documents.length === 0)
    problems.push({ path: '$', message: 'is an empty array: nothing to import' });
  if (problems.length > 0) throw new BadUserInputError(problems, 'The import');
  return { batch, articleIds };
}

export async function importDocuments(store: ImportStore, input: unknown): Promise<ImportOutcome> {
  const { batch, articleIds } = toBatch(input);
  return { ...(await store.write(batch)), articleIds };
}
