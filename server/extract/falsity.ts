// Denials as mechanisms (rules-14, area B): falsity said of a report as a predicate, and a denied
// act of the denier ("denied saying …"). Each is written over the structure of the phrase (a
// report noun as subject, a linking verb, any adverbs, the falsity family; a gerund object of a
// denial verb), not over one story's words, so that new stories' wordings meet it.
import { FALSE_ADJECTIVE, FALSE_NOUN, HEARSAY_NOUN, NOT_GRADING, NO_TRUTH } from './lexicon.ts';
import type { Token } from './text.ts';

/**
 * Every noun news prose uses for what was reported or said and can then be called false:
 * "the reports", "the reported comments", "the remarks attributed to her", "such speculation".
 */
const REPORT_NOUN = String.raw`(?:${HEARSAY_NOUN}|reports?|reporting|stor(?:y|ies)|articles?|accounts?|comments?|remarks?|statements?|quotes?|news(?!\s+(?:conferences?|briefings?|agenc\w+|outlets?|media))|coverage|insinuations?|charges?)`;
/**
 * Quotation marks the writer puts around some of the verdict's words ("was “categorically
 * false”", "were “malicious” and “untrue”", "was 'complete lies'"): the verdict reads through them.
 */
const OPEN = String.raw`[“"‘']?`;
const CLOSE = String.raw`[”"’']?`;
/**
 * Adverbs between a linking verb and a falsity word, however many and however joined ("was,
 * frankly, completely and utterly baseless"). Adverbs that weaken or negate ("rarely wrong",
 * "partly false", "only wrong") are not among them: the report is then not called false.
 */
const ADVERBS = String.raw`(?:[\s,]+${OPEN}(?:and\s+)?(?:(?!(?:rarely|hardly|scarcely|barely|seldom|partly|partially|largely|mostly|only|unlikely|likely|possibly|probably|supposedly|allegedly|occasionally|sometimes)\b)[a-z]+ly|just|quite|so|all|flat|dead|plain|pure|even|100\s?(?:percent|%))${CLOSE})*`;
/** The words that call something untrue without a falsity adjective. */
const UNTRUE_PHRASE = String.raw`(?:devoid\s+of\s+(?:any\s+|all\s+)?(?:truth|basis|foundation|substance)|far\s+from\s+(?:the\s+)?(?:truth|reality|facts)|not\s+(?:\w+ly\s+)?(?:based\s+(?:on|in)\s+(?:facts?|reality|truth)|true|accurate|correct|right|the\s+case|factual)|without\s+(?:any\s+)?(?:basis|foundation|substance))`;
/**
 * A character that may stand inside the clause or report called false: anything but the end of a
 * sentence. A point ends it only before a space or the end and not after a digit's decimal, an
 * initial or a title ("$1.3 million", "the U.S. Navy", "Mr. Lind", "J. Smith & Co. had").
 */
const INNER = String.raw`(?:(?![!?;])(?!(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Inc|Corp|Co|Ltd|No|vs))\.(?:\s|$)).)`;
/** Linking verbs, in every tense: "is", "remained", "seems to be", "have proved". */
const LINK = String.raw`(?:(?:is|are|was|were|be|been|being|[’']s|[’']re)|(?:(?:has|have|had)\s+)?(?:seem|appear|remain|prove|turn\s+out)(?:s|ed)?(?:\s+to\s+be)?|(?:will|would|may|might|must)\s+be)`;
/** A linking verb with the negation run into it: "isn't true", "wasn’t factually correct". */
const NOT_LINK = String.raw`(?:isn|aren|wasn|weren)[’']t`;
/**
 * Other adjectives coordinated before the falsity word: "both speculative and", "irresponsible,
 * malicious and", "far-fetched and". A negation is none of them ("old and not wrong").
 */
const OTHER_ADJECTIVE = String.raw`${OPEN}(?!(?:not|never|no|neither|nor|partly|partially|largely|mostly)\b)[a-z]+(?:-[a-z]+)*${CLOSE}`;
const COORDINATED = String.raw`(?:\s+both)?(?:\s+${OTHER_ADJECTIVE},){0,3}(?:\s+${OTHER_ADJECTIVE},?\s+(?:and|but\s+also)${ADVERBS})?`;
/** Falsity as a predicate: the linking verb with the falsity word, or a verb of its own. */
const PREDICATE = String.raw`(?:${NOT_LINK}${ADVERBS}\s+(?:true|accurate|correct|the\s+case|factual)\b|${LINK}${ADVERBS}${COORDINATED}\s+${OPEN}(?:(?:a|an|pure|total|complete|utter|absolute)\s+)?(?:${FALSE_ADJECTIVE}|${FALSE_NOUN}|${UNTRUE_PHRASE})\b${NOT_GRADING}|(?:do|does|did)(?:\s+not|n[’']t)${ADVERBS}\s+(?:correspond|conform|accord|square|reflect|match|tally)(?:\s+(?:to|with))?\s+(?:the\s+)?(?:reality|truth|facts|real\s+situation|what\s+(?:happened|was\s+said))|(?:has|have|had)\s+(?:absolutely\s+)?(?:no|zero)\s+(?:\w+\s+)?(?:basis|foundation|grounds?|grounding|substance)\b)`;
/**
 * The report said to be false: a report noun heading the subject, what qualifies it ("the
 * remarks attributed to her"), and nothing in between that speaks itself ("the reports said the
 * passports were fake" calls the passports fake, not the reports). "What was said/written" is a
 * report too.
 */
const REPORT_FALSE = new RegExp(
  String.raw`(?:\b${REPORT_NOUN}\b|\bwhat\s+(?:was|has\s+been|had\s+been|is\s+being|they|he|she|it|the\s+\w+)\s+(?:\w+\s+)?(?:said|says|written|wrote|writes|reported|reports|claimed|claims|published|alleged|alleges|saying|claiming|writing|reporting))((?:(?!:)${INNER}){0,100}?)\s*,?\s*${PREDICATE}`,
  'i',
);
/** "whether the reports were false": falsity asked about, not said. */
const ASKED = /\b(?:whether|if)\b[^.!?;]*$/i;
/** Words opening a clause of its own: the falsity is then that clause's. */
const SPEAKS =
  /\b(?:said|says|say|saying|told|tells|show(?:s|ed|n)?|found|finds|reveal\w*|reported|indicat\w*|suggest(?:s|ed)|alleg(?:es|ed)|claim(?:s|ed)?|that|which|who)\b/i;

/**
 * Whether the report itself is the subject of a verb of saying or showing before the falsity word
 * ("the story claimed the letters looked like a fake", "the reports from the crew said the labels
 * were false"): the falsity is then what the report said of something else. A clause that only
 * gives the report's content ("the story alleging that P is false", "the report, which said P,
 * was untrue") leaves the falsity the report's.
 */
export function reportSpeaks(between: string): boolean {
  return REPORT_SPEAKS.test(between);
}
const REPORT_SPEAKS =
  /^[\s,]*(?:(?!(?:which|that|who|alleging|claiming|saying|suggesting)\b)[\w’'.-]+\s+){0,4}?(?:said|says|told|tells|show(?:s|ed|n)?|found|finds|reveal(?:s|ed)|indicat(?:es|ed)|suggest(?:s|ed)|alleg(?:es|ed)|claim(?:s|ed)|reported|reports|stated|states|wrote|writes)\b/i;

/**
 * Whether the words call a report false: "the reported comments were simply false", "these
 * reports do not correspond to reality", "the allegations had no basis in fact", "what was
 * written is far from the truth". Not "the reports were not entirely false", "reports of false
 * accounting were being investigated", "the reports said the passports were fake".
 */
export function reportCalledFalse(words: string): boolean {
  const m = REPORT_FALSE.exec(words);
  if (!m || ASKED.test(words.slice(0, m.index + 1))) return false;
  if (reportSpeaks(m[1] ?? '')) return false;
  // "were not entirely false": the negation before the falsity word takes it back
  return !/\b(?:not|never|no)\s+(?:\w+ly\s+)?(?:a\s+|an\s+)?(?:false|untrue|fake|wrong|baseless|unfounded|inaccurate|incorrect|fabricated|lies|nonsense|rubbish)\b/i.test(
    m[0],
  );
}

/**
 * A proposition as the subject of falsity: "to say (that) P is really not accurate", "that P is
 * not true", "any suggestion that P is false", "the idea that P is nonsense"; the subject clause
 * may open any sentence of a longer quote ("If I had a dollar … But to say P is inaccurate").
 */
const CLAUSE_FALSE = new RegExp(
  String.raw`(?:^|[.!?;]\s+|[“"‘]\s*)(?:(?:but|and|so|yet|still|however|now)\s*,?\s+)?(?:(?:to|any(?:one|body)?\s+who\s+(?:says?|suggests?|claims?)|(?:for\s+\w+\s+)?to)\s+(?:say|suggest|claim|report|imply|assert|allege|write|speculate|state|pretend)\s+(?:that\s+)?|(?:(?:(?:any|the|this|these|those|such)\s+(?:\w+\s+)?)?(?:suggestions?|ideas?|notions?|claims?|reports?|assertions?|allegations?|speculation|rumou?rs?|talk)\s+)?that\s+)(${INNER}{8,200}?)\s*,?\s*${PREDICATE}`,
  'i',
);

/** The proposition a subject clause calls false, or undefined. */
export function clauseCalledFalse(words: string): string | undefined {
  const m = CLAUSE_FALSE.exec(words);
  if (!m || ASKED.test(words.slice(0, m.index + 1))) return undefined;
  const p = m[1]!.replace(/^[“"‘\s]+|[”"’\s,]+$/g, '');
  // "that the bank survived is not surprising" never matches; "the report said that P is
  // false" is the report's own falsity, not the speaker's
  return p.split(/\s+/).length >= 3 && !SPEAKS.test(p.split(/\s+/).slice(0, 1).join(' '))
    ? p
    : undefined;
}

/**
 * "no truth to/in X": X is a report with what it says after a joining word ("a report saying P",
 * "rumours that P", "the story alleging that P"), or a clause of its own ("Chinese troops using
 * the airbase"). A report named without its content ("the rumours", "it", "the speculated
 * transaction") names no proposition: the claim it answers is found elsewhere.
 */
const NO_TRUTH_OBJECT = new RegExp(String.raw`${NO_TRUTH}\s+(?:to|in|behind)\s+(.+)$`, 'i');
const NAMED_REPORT_CONTENT = new RegExp(
  String.raw`^(?:\w+(?:[’']s)?\s+){0,3}?${REPORT_NOUN}\s*,?\s+(?:(?:which|that)\s+(?:said|says|alleged|alleges|claimed|claims|suggested|suggests|stated|states)\s+|(?:saying|claiming|suggesting|alleging|stating|indicating|asserting)\s+)?(?:that\s+)?(.+)$`,
  'i',
);
const NOT_A_CLAUSE =
  /^(?:the|a|an|it|its|this|that|these|those|such|any|his|her|their|our|them|him|me|us|what|which|who)\b/i;

/** The proposition "no truth to/in X" denies, or undefined when X only names what was said. */
export function noTruthProposition(words: string): string | undefined {
  const x = NO_TRUTH_OBJECT.exec(words.replace(/[\s”"’.,;]+$/, ''))?.[1];
  if (!x) return undefined;
  const named = NAMED_REPORT_CONTENT.exec(x);
  // "the report about the merger" or "the rumours" alone: only the report is named
  const p = named
    ? /^(?:about|of|on|over|in|from|by|regarding|concerning|circulating|published|carried)\b/i.test(
        named[1]!,
      )
      ? undefined
      : named[1]
    : NOT_A_CLAUSE.test(x)
      ? undefined
      : x;
  return p && p.split(/\s+/).length >= 3 ? p : undefined;
}

const IRREGULAR_PAST: Record<string, string> = {
  be: 'was',
  have: 'had',
  do: 'did',
  say: 'said',
  make: 'made',
  tell: 'told',
  write: 'wrote',
  meet: 'met',
  give: 'gave',
  take: 'took',
  send: 'sent',
  speak: 'spoke',
  know: 'knew',
  see: 'saw',
  pay: 'paid',
  leave: 'left',
  go: 'went',
  get: 'got',
  keep: 'kept',
  hold: 'held',
  sell: 'sold',
  buy: 'bought',
  bring: 'brought',
  think: 'thought',
  seek: 'sought',
  teach: 'taught',
  fight: 'fought',
  lead: 'led',
  feel: 'felt',
  hear: 'heard',
  hide: 'hid',
  put: 'put',
  let: 'let',
  set: 'set',
  hit: 'hit',
  cut: 'cut',
  run: 'ran',
  win: 'won',
  come: 'came',
  become: 'became',
  break: 'broke',
  steal: 'stole',
  choose: 'chose',
  drive: 'drove',
  fly: 'flew',
  throw: 'threw',
  draw: 'drew',
  eat: 'ate',
  fall: 'fell',
  forget: 'forgot',
  begin: 'began',
  sleep: 'slept',
  spend: 'spent',
  build: 'built',
  lose: 'lost',
  find: 'found',
  stand: 'stood',
  sit: 'sat',
  lend: 'lent',
  mean: 'meant',
  read: 'read',
  shoot: 'shot',
  swear: 'swore',
  strike: 'struck',
};

/** The past tense of a verb's lemma: "order" → "ordered", "plan" → "planned", "say" → "said". */
function pastTense(lemma: string): string {
  const irregular = IRREGULAR_PAST[lemma];
  if (irregular) return irregular;
  if (/e$/.test(lemma)) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  // one syllable ending consonant-vowel-consonant doubles its last letter: "plan" → "planned"
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ed`;
  return `${lemma}ed`;
}

/** A participle after "having": "having ordered" → "ordered", "having been" → "was". */
const PARTICIPLE_PAST: Record<string, string> = {
  been: 'was',
  done: 'did',
  given: 'gave',
  taken: 'took',
  written: 'wrote',
  seen: 'saw',
  spoken: 'spoke',
  known: 'knew',
  gone: 'went',
  eaten: 'ate',
  begun: 'began',
  stolen: 'stole',
  chosen: 'chose',
  driven: 'drove',
  flown: 'flew',
  thrown: 'threw',
  drawn: 'drew',
  fallen: 'fell',
  forgotten: 'forgot',
  broken: 'broke',
  sworn: 'swore',
  run: 'ran',
  come: 'came',
  become: 'became',
};

/** Verbs of telling and acting on someone, in their -ing form, that the tagger may call adjectives. */
const ACT_STEM =
  /^(?:tell|order|instruct|ask|urg|call|pressur|threaten|advis|direct|encourag|push|offer|promis|pay|bribe?|lobby|warn)ing$/;

/** What is said and can be "said" or "made": "saying the comment" denies having made it. */
const REMARK =
  /^(?:(?:the|that|this|those|these|such|any|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?(?:comments?|remarks?|phrase|words?|statements?|quotes?|things?)\b|^(?:it|that|this|them|so|anything\s+of\s+the\s+(?:sort|kind))\b/i;

/**
 * "denied saying the comment", "denied on Monday saying he would rather …", "denied having ordered
 * the layoffs", "denied being at the meeting", "denied ever meeting the lobbyist": a gerund (or
 * "having" with a participle) as the object of a denial verb is an act of the denier, and what is
 * denied is that the denier did it ("Johnson made the comment", "Ortiz was at the meeting"). The
 * gerund must be a verb in the tagger's reading, so "denied wrongdoing" stays a noun object.
 * Undefined when the object is no gerund.
 */
export function deniedAct(
  object: string,
  tokens: Token[],
  at: number,
  who: string,
): string | undefined {
  const m =
    /^(?:(?:on|late|early|last|this)\s+(?:\w+day|week|month|year)\b\s*,?\s*|(?:ever|also|strongly|flatly|\w+ly)\s+)*(?:(having)\s+(?:ever\s+|\w+ly\s+)?)?([a-z]+)\b\s*(.*)$/s.exec(
      object,
    );
  if (!m) return undefined;
  const word = m[2]!;
  const rest = m[3]!.replace(/[\s.,;:]+$/, '');
  const i = tokens.findIndex((t) => t.start >= at && t.lower === word);
  const token = tokens[i];
  if (!token) return undefined;
  let past: string;
  if (m[1]) {
    // after "having" the tagger may read the participle as an adjective ("having held talks")
    past = PARTICIPLE_PAST[word] ?? word;
  } else {
    if (!/ing$/.test(word)) return undefined;
    const lemma = word === 'being' ? 'be' : token.lemma;
    // "telling aides", read as an adjective, is a verb when a determiner, a pronoun or a
    // preposition follows, or when it is a verb of telling or doing to someone; "denied damaging
    // reports" keeps its noun phrase
    const next = tokens[i + 1];
    const verb =
      token.pos === 'VERB' ||
      token.pos === 'AUX' ||
      (token.pos === 'ADJ' &&
        (/^(?:DET|PRON|ADP|PART|NUM)$/.test(next?.pos ?? '') || ACT_STEM.test(word)));
    if (!verb) return undefined;
    past = pastTense(lemma === word ? word.replace(/ing$/, '') : lemma);
  }
  if (!rest) return undefined;
  // "saying the comment", "saying it": the remark was made; "saying (that) P": P was said
  if (token.lemma === 'say' && REMARK.test(rest) && !/^that\s/i.test(rest))
    return `${who} made ${rest.replace(/^(?:it|that|this|so)\b/i, 'the remark')}`;
  return `${who} ${past} ${rest.replace(/^that\s+/i, '')}`;
}
