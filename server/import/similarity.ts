// How alike two claims' wording is, for matching a draft's claims to claims already in the
// graph. Pure: no database. The measure and its thresholds are measured (bench:extract), not guessed.

const STOP = new Set(
  (
    'a an the of to in on for and or but with by as at from is are was were be been being that this these those ' +
    'it its his her their they he she we our has have had will would could should may might can do does did ' +
    'there than then into about over after before also said says say told reported according'
  ).split(' '),
);

// Words that turn a proposition into its negation. Kept out of the bag of words (a claim and
// its negation share every other word) and compared on their own: see samePolarity.
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'deny',
  'denies',
  'denied',
  'false',
  'untrue',
]);

const tokens = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/n[’']t\b/g, ' not')
    .match(/[a-z0-9]+/g) ?? [];

// A light stemmer: plural and tense endings, so "troops" meets "troop" and "planning" "plan".
const stem = (w: string) =>
  w.length <= 4
    ? w
    : w
        .replace(/(ies|ied)$/, 'y')
        .replace(/(ing|ed|es|s)$/, '')
        .replace(/(.)\1$/, '$1');

/** The claim's content words, stemmed: what the similarity compares. */
export function contentWords(text: string): Set<string> {
  return new Set(
    tokens(text)
      .filter((w) => !STOP.has(w) && !NEGATIONS.has(w))
      .map(stem),
  );
}

/** Whether the text says something is not so (an odd number of negations would be too clever). */
export function negated(text: string): boolean {
  return tokens(text).some((w) => NEGATIONS.has(w));
}

/** A claim is never the same as its own negation, however many words they share. */
export function samePolarity(a: string, b: string): boolean {
  return negated(a) === negated(b);
}

const shared = (a: string, b: string) => {
  const x = contentWords(a);
  const y = contentWords(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return { x: x.size, y: y.size, both };
};

/**
 * Share of content words two claims have in common, over all the words either has (Jaccard);
 * 0 for a claim and its negation. Chosen over the overlap coefficient (shared words over the
 * shorter claim's) on articles of one story imported one after another (bench:extract, tune
 * half): a short claim contained in a long one scored 1 ("They are a disgrace" inside a
 * three-sentence quote), so 16% of the overlap's reuses joined different claims.
 */
export function claimSimilarity(a: string, b: string): number {
  if (!samePolarity(a, b)) return 0;
  const { x, y, both } = shared(a, b);
  return both / Math.max(1, x + y - both);
}

/** The overlap coefficient on the same words: the alternative bench/claim-matching.ts compares. */
export function overlap(a: string, b: string): number {
  if (!samePolarity(a, b)) return 0;
  const { x, y, both } = shared(a, b);
  return x && y ? both / Math.min(x, y) : 0;
}
