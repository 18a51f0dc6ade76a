// Analysts type plain words; Lucene's query syntax (quotes, colons, AND, wildcards) would
// otherwise make ordinary input fail or mean something else.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

export const MAX_SEARCH_LENGTH = 500;

/** Words of the text, each escaped, any of them matching (relevance ranks the ones with more). */
export function toLuceneQuery(text: string): string | null {
  const terms = text
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`))
    // A word of punctuation alone is no word: the analyzer would drop it anyway.
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => (LUCENE_OPERATORS.has(w) ? w.toLowerCase() : w));
  return terms.length === 0 ? null : terms.join(' ');
}
