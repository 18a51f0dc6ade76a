// Claim text and claim similarity inside one article: the measure that merges one article's
// wordings of a proposition (matching against the graph's claims is server/import/similarity.ts).
import { RIC_EXCHANGES } from './lexicon.ts';

const STOP = new Set(
  'the a an that this these those is are was were be been being of to in on for and or but with by as at from it its their his her they he she we our would will has have had if into than then there'.split(
    ' ',
  ),
);
// Polarity words: "troops will be sent" and "troops will not be sent" share every content word,
// so they are kept out of the overlap and compared on their own.
const NEGATION = /^(not|no|never|none|nothing|nobody|neither|nor|n't|cannot|without)$/;

const tokens = (s: string) =>
  s
    .toLowerCase()
    .replace(/n[’']t\b/g, " n't")
    .match(/n't|[a-z0-9]+/g) ?? [];
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');

/** Content words of a claim, stemmed, without stop words or negation. */
export function claimWords(s: string): string[] {
  return tokens(s)
    .filter((w) => !STOP.has(w) && !NEGATION.test(w))
    .map(stem);
}

/**
 * A negation repeated without a verb of its own after "and" or a comma: "… and will not do so",
 * "…, and certainly not at that price", "…, and never has been", "…, not now and not ever".
 */
const ELLIPTICAL_NEGATION =
  /(?:\band|,)\s+(?:\w+ly\s+)?(?:(?:will|would|has|have|had|is|was|does|did|can|could)\s+)?(?:not|never)(?:(?=\s*[,.;”"]|\s*$)|\s+(?=(?:do|did|does|doing)\s+so\b|(?:has|have|had|will|would)(?:\s+(?:been|be))?\s*(?:[,.;”"]|$)|(?:at|for|in|on|with|now|ever|anymore|again|this|that|any)\b))/gi;

const NEGATED_BEFORE = /\b(?:not|no|never)\b|n[’']t\b/i;

/** Whether the text asserts the negative (an odd number of negations). */
export function negated(s: string): boolean {
  // "we are not, nor have we been, in talks": "nor" carries the negation on, it does not undo it;
  // so does an elliptical negation after "and" that has no verb of its own ("has not sold weapons
  // and will not do so", "No deal has been done, and certainly not at that price")
  const neg = tokens(
    s.replace(ELLIPTICAL_NEGATION, (m, at: number) =>
      NEGATED_BEFORE.test(s.slice(0, at)) ? ' and ' : m,
    ),
  ).filter((w) => NEGATION.test(w));
  return neg.filter((w, k) => !(w === 'nor' && k > 0)).length % 2 === 1;
}

/**
 * The events news reports are about, each in the words wire copy and newspapers use for it
 * (stemmed as claimWords stems): talks are discussions or negotiations, a departure is an exit,
 * a resignation or stepping down, a takeover is a purchase or an acquisition.
 */
const EVENT: Record<string, string> = Object.fromEntries(
  (
    [
      ['talk', 'talk discussion discuss negotiation negotiat negotiate conversation'],
      [
        'leave',
        'leave leav exit resign resignation quit quitt depart departure step stepp retire retir retirement sack oust',
      ],
      ['buy', 'buy acquire acquir acquisition purchase purchas takeover bid'],
      ['merge', 'merge merg merger tie'],
    ] as const
  ).flatMap(([event, forms]) => forms.split(' ').map((f) => [f, event])),
);
/**
 * Whether two texts name one event, in any of its words ("in talks" and "informal negotiations",
 * "would not step down" and "offered his resignation"), whatever their polarity.
 */
export function sameEvent(a: string, b: string): boolean {
  const event = (w: string) => EVENT[w] ?? MARKED_EVENT[w];
  const events = new Set(claimWords(a).map(event));
  events.delete(undefined);
  return claimWords(b).some((w) => events.has(event(w)));
}
/**
 * An approach is a bid's first step ("had not received any approach" after a report of a
 * takeover), but "did not authorize the approach" negates another verb: kept out of EVENT, where
 * a negation anywhere before it would deny a bid, and read only where the sentence itself sets
 * the words against the report.
 */
const MARKED_EVENT: Record<string, string> = { approach: 'buy' };

/** Words that say the opposite of an event: to stay or remain is not to leave. */
const CONTRARY: Record<string, string> = { stay: 'leave', remain: 'leave' };
const SUBJECT_PRONOUN = /^[“"‘]?(?:that\s+)?(?:he|she|it|they|we|i)\b/i;

/**
 * Whether `content` says the opposite of `claim` in other words: "it had not engaged in
 * discussions" against "X is in talks", "she has no plans to resign" or "I am staying" against
 * "X will step down". The two must name one event (in any of its words) with opposite polarity, and
 * be about one subject: words in common, or a pronoun standing for the claim's subject.
 */
export function contrary(claim: string, content: string): boolean {
  const event = (w: string) => EVENT[w] ?? CONTRARY[w];
  const said = claimWords(content);
  const held = claimWords(claim);
  if (eventNegated(content) === eventNegated(claim)) return false;
  const events = new Set(held.map(event).filter(Boolean));
  if (!said.some((w) => events.has(event(w)))) return false;
  const x = new Set(said.map((w) => event(w) ?? w));
  const y = new Set(held.map((w) => event(w) ?? w));
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  const overlap = both / Math.max(1, x.size + y.size - both);
  return overlap >= 0.3 || (x.size <= 4 && SUBJECT_PRONOUN.test(content.trim()));
}

/**
 * Whether a text says the event of leaving does not happen: negated, or turned by a word for
 * its opposite ("I am staying"). Where the text names the event itself beside its opposite ("was
 * close to resigning and only remained after …", "I am staying and will not step down"), the
 * opposite is said of something else and only a negation just before the event's word counts.
 */
function eventNegated(s: string): boolean {
  const t = tokens(s);
  const opposite = t.some((w) => stem(w) in CONTRARY);
  const k = t.findIndex((w) => !STOP.has(w) && EVENT[stem(w)] === 'leave');
  if (!opposite || k < 0) return negated(s) !== opposite;
  return t.slice(Math.max(0, k - EVENT_SCOPE), k).some((w) => NEGATION.test(w));
}
/** How many words before an event's word a negation still bears on it ("will not be able to quit"). */
const EVENT_SCOPE = 5;

/** Words of a reply that answers nothing: a refusal to comment, not knowing, no information. */
const NON_ANSWER =
  /^(?:comment\w*|information|aware|knowledge|evidence|confirm\w*|respond\w*|speculat\w*|rumou?rs?|reports?|know\w*|discuss)$/;
/** The events that are dealings between two parties: talks about a deal, a stake, a purchase, a merger. */
const DEALING = new Set(['talk', 'buy', 'merge']);
/** Investing, a dealing of its own: kept out of EVENT, where a bare "it is not investing" would deny. */
const INVEST = new Set(['invest', 'investment', 'investor', 'stake', 'stak']);
/** Capitalised words of a text (names, 3+ letters), lowercased, without function words. */
const names = (s: string) =>
  new Set(
    (s.match(/\b[A-Z][A-Za-z]{2,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !STOP.has(w)),
  );

/**
 * Whether `content` says there is no dealing between parties that `claim` says deal: "not engaged in
 * talks with TAQA" or "no plans to sell a stake to TAQA" against "TAQA is evaluating an investment
 * in Adani". Talks about a deal and the deal are one dealing, so any dealing word on each side will
 * do, when the content names a party the claim names.
 */
export function deniesDealing(claim: string, content: string, linked = false): boolean {
  const dealStem = (w: string) => INVEST.has(w) || DEALING.has(EVENT[w] ?? '');
  const deal = (w: string) => dealStem(stem(w));
  if (negated(claim) || !claimWords(claim).some(dealStem)) return false;
  // the negation bears on the dealing ("not engaged in talks", "no plans to sell a stake"), not on
  // another clause ("…, asking not to be identified")
  // … and says there is no dealing, not that nothing is known or said of it ("no credible
  // information about any talks", "does not comment on rumours of talks")
  const t = tokens(content);
  const bears = (k: number) => {
    const j = t.slice(k + 1, k + 7).findIndex(deal);
    return j >= 0 && !t.slice(k + 1, k + 1 + j).some((w) => NON_ANSWER.test(w));
  };
  if (!t.some((w, k) => NEGATION.test(w) && bears(k))) return false;
  // a reply the sentence itself ties to the claim ("…, after the Telegraph reported P") needs to
  // name no party of it: "it is not in talks" answers "the company is about to start talks"
  if (linked) return true;
  const held = names(claim);
  return [...names(content)].some((w) => held.has(w));
}

/**
 * Jaccard overlap of stemmed content words, in [0, 1]; 0 when one text is the other's negation,
 * so a claim is never matched to its own denial's wording.
 */
export function claimSimilarity(a: string, b: string): number {
  return negated(a) !== negated(b) ? 0 : claimOverlap(a, b);
}

/** Jaccard overlap of stemmed content words whatever the polarity: how far two texts are about one thing. */
export function claimOverlap(a: string, b: string): number {
  const x = new Set(claimWords(a));
  const y = new Set(claimWords(b));
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

const BARE_TICKER = new RegExp(
  `(?<=[\\w.])\\s+[A-Z0-9]{2,7}\\.(?:${RIC_EXCHANGES})(?![\\w.])`,
  'g',
);

/** Similarity at or above which two claims of one article are taken for one proposition. */
export const SAME_CLAIM = 0.5;
/**
 * A content span as a plain proposition: no leading "that" or connective, no quotation marks,
 * no trailing attribution ("…, officials said"), capitalised, one full stop.
 */
export function plainClaim(raw: string): string {
  let t = raw
    // a line break inside wrapped text is a space in the claim
    .replace(/\s+/g, ' ')
    .trim()
    // a dateline: "WASHINGTON, Oct. 23 (UPI) -- "
    // … or "BEIJING (AP) — ", "Feb 7 (Reuters) - ", "(dpa-AFX) - "
    .replace(
      /^(?:[A-Z][A-Z .'-]+,?\s*(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\s*)?(?:\([\w-]+\)\s*)?|(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\s*)?\([\w-]+\)\s*)(?:--|—|–|-)\s+/,
      '',
    )
    .replace(/^(however|meanwhile|also|moreover|furthermore|and|but)\b,?\s*/i, '')
    // "citing sources, that a plot was found": whom the report relies on is not what it says
    .replace(/^(?:citing|quoting)\s[^,]{1,80},\s*/i, '')
    .replace(/^that\s+/i, '')
    // "…, the sources said, asking not to be identified": the attribution and what qualifies it
    .replace(
      /,?[”"’']?,?\s+(?:[a-z]+\s+){0,3}(?:officials?|sources?|people|he|she|they|it)\s+(?:said|added|told\s+\w+)(?:\s+on\s+\w+day)?(?:,\s+[a-z]+ing\b.*)?$/i,
      '',
    )
    .replace(/,\s+according to\s[^,]{2,80}$/i, '')
    .replace(/\breportedly\s+/gi, '')
    // "Biogen Inc BIIB.O": a bare instrument code is no word of the proposition
    .replace(BARE_TICKER, '')
    // "Viktor Bout, a convicted arms dealer freed in 2022, is arranging …": who the subject is,
    // beside the proposition, would make two wordings of one claim look like two claims
    .replace(
      /^((?!(?:In|On|At|After|Before|When|If|As|For|By|From|Since|During|While|Although|But|And|So|Yet|Still|However|Meanwhile)\b)(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?:(?:a|an|the)\s|(?:who|which|whose)\s)[^,;:“”"]{3,140}?,\s+(?=[a-z])/,
      '$1 ',
    )
    .replace(/[“”"]/g, '')
    .replace(/^[‘']+|[’']+$/g, '')
    .replace(/[,.;:\s]+$/, '')
    .trim();
  if (!t) t = raw.trim();
  return t.charAt(0).toUpperCase() + t.slice(1) + '.';
}
