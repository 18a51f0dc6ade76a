// From attributions to a draft import document (format v1): sources resolved to outlets, named
// actors or anonymous sources scoped to the outlet that cites them, claims from the content
// spans, and the citation chain from the article's own outlet down to whoever spoke.
import * as chrono from 'chrono-node';
import {
  ANONYMITY,
  findAttributions,
  joinedModifiers,
  type Attribution,
  type Span,
} from './attributions.ts';
import {
  ANON_HEADS,
  CUE_LEMMAS,
  WEAK_CUES,
  CONFIRM_LEMMAS,
  CALL_LEMMAS,
  DENIAL_CONTENT,
  deniesOutright,
  VERDICT,
  DENIAL_LEMMAS,
  DENIAL_WORDS,
  FALSE_ADJECTIVE,
  FALSE_NOUN,
  NOT_GRADING,
  GOVERNMENT_WORDS,
  HEARSAY_NOUN,
  PUBLISHED_NOUN,
  DEMONYM_WORD,
  PUBLISHED_WORD,
  SUNDAY_PLACE_TITLES,
  SUNDAY_AT_END,
  SUNDAY_TITLES,
  NEVER_DENIAL,
  NO_TRUTH,
  NUMBER_WORDS,
  ORGANIZATION_WORDS,
  OUTLETS,
  PARTICLE,
  PARTICLES,
  SPEAKER_HEADS,
  ROLE_WORDS,
  PORTFOLIO,
  portfolioWord,
} from './lexicon.ts';
import {
  claimOverlap,
  contrary,
  sameEvent,
  deniesDealing,
  claimSimilarity,
  claimWords,
  negated,
  plainClaim,
  SAME_CLAIM,
} from './claims.ts';
import {
  clauseCalledFalse,
  deniedAct,
  noTruthProposition,
  reportCalledFalse,
  reportSpeaks,
} from './falsity.ts';
import { countryNamed, countryOfCapital, placeWordOnly, type Country } from './places.ts';
import { sentences, WEB_ENDING, type Sentence, type Token } from './text.ts';

export const METHOD_VERSION = 'rules-20';
/** Word overlap at or above which a speaker's negated sentence denies a claim put forward before. */
const NEGATED_DENIAL = 0.3;

/**
 * Why the extractor believes a statement: the sentence it was read from and character offsets
 * [start, end) into the input text of the source, cue and content spans. Optional in the
 * import format, so hand-written documents stay valid; `method` names the rule set that made it.
 */
export interface Evidence {
  sentence: string;
  source?: Span;
  cue: Span;
  content: Span;
  confidence: number;
  method: string;
}

export type StatementType = 'SAID' | 'REPORTED' | 'DENIED' | 'CONFIRMED';
export interface DraftStatement {
  type: StatementType;
  source: string;
  claim: string;
  at?: string;
  quote?: string;
  citing?: string[];
  evidence: Evidence;
}
export interface DraftActor {
  id: string;
  name: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'GOVERNMENT';
  role?: string;
  aliases?: string[];
}
export interface DraftOutlet {
  id: string;
  name: string;
  domain?: string;
}
export interface DraftAnonymousSource {
  id: string;
  description: string;
  count?: number;
  affiliation?: string;
  citedBy: string;
}
export interface DraftClaim {
  id: string;
  text: string;
  topics: string[];
}
export interface DraftDocument {
  formatVersion: 1;
  article: { url: string; title?: string; outlet: string; publishedAt: string };
  actors: DraftActor[];
  outlets: DraftOutlet[];
  anonymousSources: DraftAnonymousSource[];
  claims: DraftClaim[];
  statements: DraftStatement[];
}
export interface ArticleText {
  url: string;
  publishedAt: string;
  title?: string;
  outlet?: string;
  text: string;
}

const FOLDED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  ı: 'i',
  ŋ: 'n',
  ſ: 's',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};
export function slug(s: string, max = 80): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // letters that carry their mark in the glyph, which NFKD leaves whole ("Ødegård", "Łódź",
    // Turkish "Aydın")
    .replace(/[øłıŋſđħŧ]|ß|æ|œ|þ|ð/g, (c) => FOLDED[c] ?? c)
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, max).replace(/-+$/, '') || 'x';
}

const STOP = new Set(
  'the a an that this these those is are was were be been being of to in on for and or but with by as at from it its their his her they he she we our would will has have had not if into than then there'.split(
    ' ',
  ),
);
const words = (s: string) =>
  s
    .toLowerCase()
    .match(/[a-z0-9]+/g)
    ?.filter((w) => !STOP.has(w)) ?? [];
const TITLES =
  /^(president|vice|prime|minister|secretary|sen\.?|senator|rep\.?|gov\.?|governor|mayor|gen\.?|general|judge|justice|chancellor|king|queen|dr\.?|mr\.?|mrs\.?|ms\.?|former|mexican|american|u\.s\.|us|state|of|the|chief|spokesman|spokeswoman|leader|candidate|democratic|republican|foreign|defense|attorney|director|ceo|chairman|chairwoman|deputy|assistant|acting|interim|associate|lieutenant|admiral)$/i;

/**
 * Capitalised words that follow a name without being part of it ("told Reuters Tuesday"); a
 * month is the whole word or its abbreviation, so "Deccan", "Marshall" and "Octavia" are names.
 */
const NOT_NAME_PART =
  '(?:The|On|In|Last|This|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b';
/**
 * A capitalised word right before a name that makes it the end of a longer one ("Michael
 * Bloomberg", "Thomson Reuters", "21st Century Fox"); a possessive ("Britain's BBC"), a day, or a
 * word that opens a sentence or a phrase ("According to", "On Monday Fox News") does not.
 */
const NAME_BEFORE = `(?<!(?<![\\w’'.-])(?!(?:${NOT_NAME_PART}|An?|That|These|Those|Its|His|Her|Their|Our|Another|Every|No|According|As|At|By|For|From|In|Like|Unlike|Meanwhile|When|While|With|And|But|Both|Then|Now|Earlier|Later|Today|Yesterday|Tonight)\\b)[A-Z0-9][\\w&-]*\\s)`;

/** "the Times", "the Post", "the Journal": one word after "the" that many papers share. */
const AMBIGUOUS_ALIAS = /^the\s+\w+$/i;

// compiled once: outlet names are looked up for every source and listener. A name is matched
// as it is spelt, capitals and all, and not as the start of a longer name: "long-time
// consultant" and "Time Warner Cable" are not Time, "Fox Sports" is not Fox News. Only a
// leading "the" may take either case, and a domain ("bbc.co.uk") any case.
const OUTLET_PATTERNS = OUTLETS.map((outlet) => ({
  outlet,
  patterns: [outlet.name, ...(outlet.aliases ?? [])].flatMap(abbreviated).map(namePattern),
  ambiguous: (outlet.aliases ?? []).filter((n) => AMBIGUOUS_ALIAS.test(n)).map(namePattern),
  // its names that are not such an alias: whether the article names it in full
  full: [outlet.name, ...(outlet.aliases ?? [])]
    .filter((n) => !AMBIGUOUS_ALIAS.test(n))
    .flatMap(abbreviated)
    .map(namePattern),
}));

/** Whether `name` is one of the lexicon's publications by a name that is no "the Times" alias. */
function knownOutlet(name: string): boolean {
  return OUTLET_PATTERNS.some((o) => o.full.some((p) => p.test(name)));
}

/**
 * "CBS reported … The network said": a publication the text introduces by a name a well-known
 * outlet also goes by is that outlet, so the one the text refers back to is the one its name
 * resolves to ("CBS News"), not a second outlet "CBS". An alias that other outlets share ("the
 * Times") names none.
 */
function lexiconOutlet(name: string): DraftOutlet | undefined {
  const bare = (n: string) => n.replace(/^the\s+/i, '').toLowerCase();
  const o = OUTLETS.find((x) =>
    [x.name, ...(x.aliases ?? [])]
      .filter((n) => !AMBIGUOUS_ALIAS.test(n))
      .some((n) => bare(n) === bare(name)),
  );
  return o && { id: slug(o.name.replace(/^the /i, '')), name: o.name, domain: o.domain };
}

/**
 * A name and its forms with the first words as initials ("NY Times", "N.Y. Times" for "New York
 * Times"), as headlines and tight copy write it.
 */
function abbreviated(name: string): string[] {
  const ws = name.replace(/^the\s+/i, '').split(' ');
  if (ws.length < 3 || !ws.every((w) => /^[A-Z]/.test(w))) return [name];
  const out = [name];
  for (let k = 2; k < ws.length; k++) {
    const initials = ws.slice(0, k).map((w) => w[0]!);
    const rest = ws.slice(k).join(' ');
    out.push(`${initials.join('')} ${rest}`, `${initials.join('.')}. ${rest}`);
  }
  return out;
}

/**
 * Whether a text names `n` as OUTLET_PATTERNS says. Every source and listener is tried against
 * every outlet's names, and NAME_BEFORE's look-behind makes each try dear, so the name's own words
 * (which any match contains, as spelt) are looked for first.
 */
function namePattern(n: string): { test(s: string): boolean } {
  const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^the\\? /i, '[Tt]he ');
  if (/^[a-z0-9.-]+\.[a-z]+$/.test(n)) return new RegExp(`(^|[^a-z])${escaped}($|[^a-z])`, 'i');
  // "the Mail" is not "the Mail on Sunday", a paper of its own ("the Times on Sunday" is a day)
  const sunday = SUNDAY_AT_END.test(n) ? '|\\s+on\\s+Sunday\\b' : '';
  const re = new RegExp(
    `(^|[^A-Za-z])${NAME_BEFORE}${escaped}(?![A-Za-z]|-[A-Z]${sunday}|\\s+(?!${NOT_NAME_PART})[A-Z][a-z])`,
  );
  const words = n.replace(/^the /i, '');
  return { test: (s) => s.includes(words) && re.test(s) };
}

/**
 * The press or its reports, with no owner named: "media reports", "South Korean local media",
 * "several TV channels", "earlier reports", "Italian newspapers", "reports in the Seoul press".
 * Describing words (place, kind, time, quantity) may come before the head noun, a place phrase
 * after it; a possessive or a name after the head ("Media Matters", "press secretary") is no
 * unnamed press. Only the first word may be capitalised among head and what follows.
 */
const UNNAMED_PRESS =
  /^(?:(?:[A-Za-z][\w-]*)\s+){0,4}?(?:media|press|reports|(?:tv|television|news)\s+(?:channels|stations|networks|outlets)|channels|outlets|newspapers|papers|dailies|tabloids|broadcasters|websites)(?:\s+(?:reports|outlets|channels|organi[sz]ations|houses))?(?:\s+(?:in|from|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:media|press|newspapers?|papers?|outlets?|channels?|television))?$/i;
const PRESS_NOUN =
  /^(?:media|press|reports|channels|outlets|newspapers|papers|dailies|tabloids|broadcasters|websites|stations|networks)$/i;
/** Words before the press noun that name a holder or a person, not the press. */
const PRESS_OWNER =
  /[’']s\b|\b(?:officials?|sources?|people|spokes\w*|according|by|told|both|these|those|each|two|three|such)\b/i;

const PRESS_PLACE = /\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$/;
/** "Local media", "earlier reports", "TV channels": the press, its owner not named. */
function unnamedPress(raw: string): boolean {
  // "reports in France", "media in Moscow": a country or capital after the press says where it
  // is, not who owns it
  const where = PRESS_PLACE.exec(raw);
  if (where && (countryNamed(where[1]!) || countryOfCapital(where[1]!)))
    raw = raw.slice(0, where.index);
  if (!UNNAMED_PRESS.test(raw) || PRESS_OWNER.test(raw)) return false;
  // "Media Matters", "the Free Press": a capitalised word from the press noun on (before a place
  // phrase, "reports in the Seoul press") is a name; the first word may be capitalised
  const words = raw.split(/\s+/);
  const head = words.findIndex((w) => PRESS_NOUN.test(w));
  const after = words.slice(Math.max(head, 1));
  const place = after.findIndex((w) => /^(?:in|from|of)$/.test(w));
  return (place < 0 ? after : after.slice(0, place)).every((w) => !/^[A-Z][a-z]/.test(w));
}

/**
 * Words of the press that no one is said to own: "It was reported last week that P", "Reports
 * emerged that P", "speculation in the press that P", "X denied reports that P", "Reports that P
 * were denied by X". The press spoke, so an unnamed outlet REPORTED P (ANNOTATION.md, "Ids and
 * entities"); a name, a possessive or "by X" before the clause owns the report, and a report "to"
 * someone ("reported to the police") is no publication.
 */
const TIME_GAP = String.raw`(?:\s+(?!by\b|to\b|that\b)[\w’',-]+){0,5}?`;
const PRESS_MODS = String.raw`(?:(?:the|these|those|such|recent|earlier|previous|new|fresh|latest|several|numerous|many|multiple|widespread|persistent|repeated|unconfirmed|unsubstantiated|initial|separate|local|foreign|international|online|${DEMONYM_WORD}|media|press|news|newspaper|tabloid|television|TV)\s+){0,4}`;
const REPORT_HEAD = String.raw`(?:[Rr]eports|[Rr]eport|[Ss]peculation|[Rr]umou?rs|[Ss]uggestions)`;
/** A word of the press; "tv" too, as two callers test words lowered. */
const PRESS_WORD = /\b(?:media|press|news|newspapers?|papers|tabloids?|television|TV|tv)\b/;
const CLAUSE_START = String.raw`(?:that\s+|of\s+(?=[a-z]+ing\s)|claiming\s+(?:that\s+)?|suggesting\s+(?:that\s+)?|saying\s+(?:that\s+)?|indicating\s+(?:that\s+)?|(?=(?:it|he|she|they|we|the|[A-Z][\w’'-]*)\s+[a-z]))`;
/** What the press does to a clause when the sentence leaves its subject empty ("it was claimed"). */
const PRESS_PASSIVE = String.raw`reported|claimed|alleged|rumou?red`;
/**
 * The nouns of the press's words, plural or uncountable: one report ("a report that P") is
 * someone's that the text names nearby, so the singular stays with the frames above.
 */
const PRESS_WORDS_HEAD = String.raw`(?:[Rr]eports|[Cc]laims|[Aa]llegations|[Rr]umou?rs|[Ss]peculation|[Ss]uggestions)`;
/**
 * "despite reports that P", "amid claims P", "responded to allegations that P", "after rumours
 * that P spread": the noun with its clause wherever it stands; an owner "from/by/in X" may come
 * between ("reports from the Guardian and others that P"). Whose the words are, and whether "that"
 * opens a clause at all, unownedReports decides from the words and tags around.
 */
const PRESS_WORDS_CLAUSE = new RegExp(
  String.raw`(?<![\w’'-])(${PRESS_MODS}${PRESS_WORDS_HEAD})(?:,?\s+(?:from|by|in)\s+[^,;:]{2,60}?\s+that\s+|\s+(?:that\s+|(?=(?:it|he|she|they|we|the|an?|[A-Z][\w’'-]*)\s+[a-z])))`,
  'g',
);
/**
 * "a report in the Financial Times that P", "the report by Reuters claiming P": one report whose
 * owner stands right after it, so the text need name it nowhere else.
 */
const OWNED_REPORT_CLAUSE = new RegExp(
  String.raw`(?<![\w’'-])((?:[Aa]n?|[Tt]he|[Tt]his)\s+(?:(?:new|recent|earlier|latest|separate|fresh)\s+)?[Rr]eport)(?:,?\s+(?:from|by|in)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:of|${PARTICLES})\s+)?[A-Z][\w.’'&-]*){0,4}\s+(?:that|claiming|alleging|suggesting)\s+(?:that\s+)?)`,
  'g',
);
/** The same report just after an aside's opening ("…, following a report in the FT that P"). */
const OWNED_REPORT_AHEAD =
  /^\s*(?:(?:new|recent|earlier|latest|separate|fresh)\s+)?report,?\s+(?:from|by|in)\s+(?:the\s+)?[A-Z]/;
/** The names of the days and months, which a capitalised word after a preposition may be. */
const DAY_OR_MONTH =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';
/** "claims in the Times", "reports by Reuters": whose words, not when ("reports on Monday"). */
const OWNER_AFTER = new RegExp(
  String.raw`\b(?:in|by|on|from)\s+(?!(?:${DAY_OR_MONTH})\b)((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+(?:(?:of|${PARTICLES})\s+)?[A-Z][\w.’'&-]*){0,4})`,
);
/**
 * "media allegations regarding the involvement of X", "press speculation about a bid", "claims in
 * US media regarding Y": the press's words told by their topic, a noun phrase; only with a word of
 * the press, as "claims about X" alone may be anyone's.
 */
const PRESS_WORDS_ABOUT = new RegExp(
  String.raw`(?<![\w’'-])(${PRESS_MODS}${PRESS_WORDS_HEAD})(?:\s+in\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}(?:media|press|newspapers|papers))?\s+(?:regarding|about|concerning|over|on|of)\s+(?!(?:${DAY_OR_MONTH})\b)(?=(?:the|an?|[A-Z])\b)`,
  'g',
);
const UNOWNED_REPORTS = [
  // "it was/has been/is being (widely) reported / claimed / rumoured (last week) that P"
  new RegExp(
    String.raw`\b[Ii]t(?:\s+(?:is|was)|\s+(?:has|had|have)\s+been|['’]s(?:\s+been)?)(?:\s+being)?\s+(?:\w+ly\s+)?(${PRESS_PASSIVE})${TIME_GAP}\s+that\s+`,
    'g',
  ),
  // "(Media) reports emerged/surfaced/circulated (on Monday) that P"
  new RegExp(
    String.raw`(?<![\w’'-])(${PRESS_MODS}${REPORT_HEAD})\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?(?:emerg|surfac|circulat|swirl|spread|appear)\w*${TIME_GAP}\s+that\s+`,
    'g',
  ),
  // "speculation in the (Italian) press that P", "reports in local media that P"
  new RegExp(
    String.raw`(?<![\w’'-])(${PRESS_MODS}${REPORT_HEAD}\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:press|media|newspapers|papers))\s+(?:that\s+)`,
    'g',
  ),
  // "denied/dismissed/rejected (recent media) reports (that) P"
  new RegExp(
    String.raw`\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|quash(?:es|ed|ing)?|debunk(?:s|ed|ing)?|dispel(?:s|led|ling)?|contradict(?:s|ed|ing)?|disput(?:e|es|ed|ing))\s+(${PRESS_MODS}${REPORT_HEAD})\s+${CLAUSE_START}`,
    'g',
  ),
];
/** "Reports that P were denied by X": the clause ends at the passive denial. */
const DENIED_REPORTS_PASSIVE = new RegExp(
  String.raw`^(${PRESS_MODS}(?:reports|report|speculation))\s+that\s+(.+?)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed|refuted|rebutted|quashed)\b`,
  'i',
);
/** Where what a report said ends: before the speaker's own participle or a second clause. */
const REPORT_CLAUSE_END =
  /\s*(?:,\s*(?:saying|adding|stressing|insisting|noting|calling|describing|according|citing|which|while|but)\b|,\s*(?:(?:the|an?)\s+)?(?:[\w.’'&-]+\s+){0,5}?(?:reported|reports|said|says|told|wrote|added)(?=\s*(?:[,.]|$|\s+(?:on|citing|in|last|this|earlier)\b))|;|\s[-–—]\s).*$/s;

/** A reduced relative set off by commas or dashes: ", first reported by Politico," "– first reported in the Daily Mail –". */
const REPORTED_ASIDE =
  /\s*([,–—(]|\s-)\s*(?:which\s+(?:was|were)\s+)?(?:first\s+|originally\s+|initially\s+|earlier\s+)?(?:reported|revealed|published|disclosed|broken)\s+(?:by|in)\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})(?:\s+(?:on|last|this|earlier)\s+\w+)?\s*(?:[,–—)]|\s-\s)/;

/** "to AFP", "the report to AFP": whom a cue's words were given to, after it. */
const TO_LISTENER =
  /^\s+(?:(?:the|this|that|these|those|its|his|her|their|such)\s+(?:[\w-]+\s+){0,2}?(?:reports?|news|story|stories|information|details?|accounts?|claims?|comments?|remarks?|allegations?|figures?|numbers?|decision|plans?)\s+)?to\s+(the\s+(?:outlet|newspaper|network|paper|broadcaster|publication|agency|channel|magazine)|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\b/;

/**
 * "S confirmed the report to AFP, stating that P", "S told Reuters P, adding that Q": a
 * participle of the same speaker went to the same listener.
 */
function sameChannel(b: Attribution, found: Attribution[], text: string): Attribution {
  if (b.pattern !== 'participle' || b.listener || !b.source) return b;
  const a = found.find(
    (x) =>
      x !== b &&
      x.source?.[0] === b.source![0] &&
      x.source[1] === b.source![1] &&
      x.cue[1] <= b.cue[0],
  );
  if (!a) return b;
  if (a.listener) return { ...b, listener: a.listener };
  const m = TO_LISTENER.exec(text.slice(a.cue[1], b.cue[0]));
  if (!m) return b;
  const at = a.cue[1] + m[0].length - m[1]!.length;
  return { ...b, listener: [at, at + m[1]!.length] };
}

/** A confirmation's object that only points back: "it", "this", "the news", "the move". */
const CONFIRMED_ANAPHOR =
  /^(?:it|this|that|these|those|so|the\s+(?:news|move|claims?|information|details|allegations?|development|decision))\b(?:\s+(?:on|in|at|to|late|early|last|this|earlier|later|again)\b[^,;]*)?[\s.,]*$/i;
/** "the talks", "the planned merger": a definite noun phrase of up to three words, its head. */
const DEFINITE_OBJECT =
  /^the\s+(?:[\w-]+\s+){0,2}?([a-z]{3,})(?:\s+(?:on|in|at|to|late|early|last|this|earlier|later|again)\b[^,;]*)?[\s.,]*$/i;
/** "On Tuesday, ", "Later, ": time before a clause's subject. */
const LEADING_TIME =
  /^\s*(?:(?:on|by|late|early|earlier|later)\s+)?(?:\w+day|later|earlier|then|hours\s+later)\s*,?\s*/i;
const LIKE_BEFORE = String.raw`(?:similar|same|matching|identical|its\s+own|their\s+own)`;
/**
 * "The AP also published a similar report", "the broadcaster CNN ran a story with similar
 * content", "the Post matched that story", "A similar report was carried by the BBC": a
 * publication's report like the one before, with no clause of its own; the publisher's words.
 */
const SIMILAR_REPORT = new RegExp(
  String.raw`(?:^|[,;]\s*)([^,;]{2,80}?)\s+(?:(?:also|later|then|too|soon|subsequently|likewise|quickly|separately|itself)\s+)*(?:published|ran|carried|aired|released|posted|printed|broadcast|put\s+out|matched)\s+(?:(?:a|an|the|that|this|its|their)\s+)?(?:(?:${LIKE_BEFORE})\s+)?(?:[\w-]+\s+)?(${PUBLISHED_NOUN})s?\b(?!\s+(?:that|saying|claiming|alleging|suggesting|which|about|on\s+(?!\w+day\b)))([^,;]*)`,
  'i',
);
const SIMILAR_REPORT_PASSIVE = new RegExp(
  String.raw`\b(?:an?|the)\s+(?:${LIKE_BEFORE})\s+${PUBLISHED_NOUN}\s+was\s+(?:also\s+|later\s+)?(?:published|run|carried|aired|released|posted|printed|broadcast)\s+by\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})`,
  'i',
);
const LIKENESS = new RegExp(
  String.raw`\b(?:${LIKE_BEFORE}|similar|also|too|likewise|matched|that\s+${PUBLISHED_NOUN}|this\s+${PUBLISHED_NOUN})\b`,
  'i',
);
function similarReportBy(sentence: string): string | undefined {
  const passive = SIMILAR_REPORT_PASSIVE.exec(sentence);
  if (passive) return passive[1];
  const m = SIMILAR_REPORT.exec(sentence);
  if (!m) return undefined;
  // the likeness is said before the noun, after it ("with similar content"), or by the verb
  return LIKENESS.test(m[0])
    ? m[1]!.replace(/^(?:citing|quoting)\b.*$/i, '') || undefined
    : undefined;
}

/** "X (largely) based the article on the account of S", "X's report was based on interviews with S". */
const BASED_ON =
  /((?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}|[Tt]he\s+(?:newspaper|paper|outlet|daily|broadcaster|network|agency))\s+(?:\w+ly\s+)?based\s+(?:the|its|their|his|her|this)\s+(?:[\w-]+\s+)?(?:article|report|story|piece|reporting|claims?|account)\s+(?:\w+ly\s+)?on\s+(?:the\s+)?(?:accounts?|testimony|word|statements?|interviews?|information|claims?)\s+(?:of|from|with|by)\s+((?:an?|one|two|three|four|five|several|some|the|[A-Z])[\w’'-]*(?:\s+(?!who\b|which\b|that\b)[\w’'-]+){0,7})/;
const CLAIM_NOUN = String.raw`(?:claims?|allegations?|assertions?|accusations?|suggestions?|charges?|warnings?)`;
/** "claims made by S that P", "allegations by S that P", "assertions from S that P". */
const CLAIM_MADE_BY = new RegExp(
  String.raw`\b${CLAIM_NOUN},?\s+(?:(?:made|put\s+forward|raised|voiced|levell?ed|advanced|aired|repeated)\s+)?(?:by|from)\s+((?:[^.;“”"]|(?<=\b[A-Z])\.){2,140}?),?\s+that\s+([^;]{12,})$`,
  'i',
);
/** "a third source backing the claim (that) P", "officials confirming the report that P". */
const HOLDER_BACKING = new RegExp(
  String.raw`\b((?:an?|one|two|three|four|five|several|other|some|the)\s+(?:[\w-]+\s+){0,3}?(?:sources?|officials?|people|persons?|witness(?:es)?|insiders?|aides?|diplomats?))\s+(?:backing|supporting|confirming|corroborating|repeating|echoing)\s+the\s+(?:claims?|reports?|account|allegations?)\s+(?:that\s+)?([^;]{12,})$`,
);

/** Holders that a claim noun names, with what they hold: spans in the sentence. */
function nominalHolders(sentence: string): { source: Span; content: Span }[] {
  const out: { source: Span; content: Span }[] = [];
  for (const re of [CLAIM_MADE_BY, HOLDER_BACKING]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const src = m.index + m[0].indexOf(m[1]!);
    const said = m[2]!.replace(/[\s.”"]+$/, '');
    const at = m.index + m[0].lastIndexOf(m[2]!);
    // "warnings from Tom Reid, the central bank governor, that P": the name before its apposition
    const holder = /^(.+?),\s+(?:the|a|an|its|his|her)\s/.exec(m[1]!)?.[1] ?? m[1]!.trim();
    out.push({ source: [src, src + holder.length], content: [at, at + said.length] });
  }
  return out;
}

/**
 * The start of an aside that mentions a report beside a statement: ", despite a … report", "after
 * reports said …" (a bare plural report is the press as much as "the report" is).
 */
const REPORT_ASIDE =
  /,?\s+(?:(?:(?:just|only|shortly|soon|barely|mere|hours|days|weeks|months|an?|one|two|three|four|five|six|several|a\s+few|the|\d+)\s+){1,2}(?:(?:days?|hours?|weeks?|months?)\s+)?(?=after\b|following\b))?(?:despite|contrary\s+to|in\s+contrast\s+to|notwithstanding|amid|following|after|in\s+response\s+to|responding\s+to|reacting\s+to|in\s+reaction\s+to|countering|contradicting|denying|dismissing)\s+(?:(?:an?|the|this|that|these|those|recent|earlier|previous|several|media|press|news|other|some|reports|rumou?rs|speculation)\b|(?=[A-Z]))/g;
/** The verbs a publication puts words forward with in an aside ("after Reuters reported"). */
const ASIDE_REPORT_CUE =
  /^(?:(?:had|has|first|earlier|originally)\s+)*(?:reported|revealed|wrote|published|broke)\b/;
/** A named publication as an aside's source: a capitalised name, with or without "the". */
const ASIDE_NAMED = /^(?:the\s+|The\s+)?[A-Z]/;

/**
 * "McAdam said the company is not interested in AOL, despite a Bloomberg report indicating that
 * …": a report whose own cue lies in an aside of the statement ends the statement's words there.
 */
function beforeReportAside(a: Attribution, found: Attribution[], text: string): Attribution {
  if (a.content.length !== 1) return a;
  const [start, end] = a.content[0]!;
  for (const m of text.slice(start, end).matchAll(REPORT_ASIDE)) {
    const at = start + m.index;
    const report = found.some(
      (b) =>
        b !== a &&
        !!b.source &&
        b.source[0] > at &&
        b.source[1] <= end &&
        (REPORTISH.test(text.slice(...b.source)) ||
          REPORTISH.test(text.slice(...b.cue)) ||
          // "after the Journal reported P", "a day after Bloomberg had reported P": the verb
          // form, where a named publication puts the words forward
          (ASIDE_REPORT_CUE.test(text.slice(...b.cue)) &&
            ASIDE_NAMED.test(text.slice(...b.source)))),
    );
    const owned = OWNED_REPORT_AHEAD.test(text.slice(start + m.index + m[0].length, end));
    if ((report || owned) && at - start > 12) return { ...a, content: [[start, at]] };
  }
  return a;
}

/** A sentence that opens with a report in a clause of time or answer: "After the Journal reported", "A day after", "Following a Bloomberg report", "Responding to". */
const FRONTED_REPORT_CLAUSE =
  /(?:^|[.!?”"]\s+|\n\s*)(?:(?:(?:Just|Only|Shortly|Soon|Barely|Hours|Days|Weeks|Months|An?|One|Two|Three|Four|Five|Six|Several|The|\d+)\s+)(?:(?:days?|hours?|weeks?|months?|few\s+days|few\s+hours)\s+)?(?:after|following)|After|Following|In\s+response\s+to|Responding\s+to|Reacting\s+to|In\s+reaction\s+to|Despite|Amid)\s+$/;

/**
 * "After the Telegraph reported that Acme was in talks, Acme said …", "Following a Bloomberg
 * report that P, the bank said …": a report in a fronted clause ends where the main clause's own
 * statement begins, at the comma before its source; its words are not the speaker's.
 */
function beforeMainClause(a: Attribution, found: Attribution[], text: string): Attribution {
  if (a.content.length !== 1 || !a.source) return a;
  if (!FRONTED_REPORT_CLAUSE.test(text.slice(Math.max(0, a.source[0] - 60), a.source[0]))) return a;
  const [start, end] = a.content[0]!;
  const main = found.find((b) => b !== a && !!b.source && b.source[0] > start && b.cue[1] <= end);
  if (!main) return a;
  const comma = text.lastIndexOf(',', main.source![0]);
  if (comma <= start + 12 || text.slice(comma + 1, main.source![0]).trim()) return a;
  return { ...a, content: [[start, comma]] };
}

/** A refusal to comment, which a negation carries: "does not comment on", "would not comment". */
const NO_COMMENT = /\b(?:not|never|n[’']t|no)\s+(?:to\s+|further\s+)?comment/i;
/** Between a statement's words and the report of its aside: ", a day after", " following a". */
const ASIDE_OPENING =
  /^[\s,]*(?:(?:just|only|shortly|soon|barely|hours|days|weeks|months|an?|one|two|three|several|the|\d+)\s+){0,2}(?:(?:days?|hours?|weeks?|months?)\s+)?(?:after|following|in\s+response\s+to|responding\s+to|reacting\s+to)\s+(?:the\s+|an?\s+)?$/i;
/** The words of the report that stands in an aside after `a`'s own words, if one does. */
function asideReport(a: Attribution, found: Attribution[], text: string): string | undefined {
  const end = a.content.at(-1)![1];
  const b = found.find(
    (x) =>
      x !== a &&
      !!x.source &&
      x.source[0] >= end &&
      x.source[0] - end < 40 &&
      ASIDE_OPENING.test(text.slice(end, x.source[0])),
  );
  if (!b) return undefined;
  return text
    .slice(b.content[0]![0], b.content.at(-1)![1])
    .replace(/^\s*that\s+/i, '')
    .replace(/[\s.”"]+$/, '');
}

/**
 * A publication named as the owner of a report: "a CNN report", "a CNBC Arabiya news report",
 * "a report by the Wall Street Journal", "was reported by the Australian Financial Review",
 * "the South China Morning Post reported", "Bloomberg on Friday reported"; the name with "news"
 * before the noun is a publication even when no lexicon knows it.
 */
const NAMED_REPORT =
  /\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+((?:[A-Z][\w.&-]*(?:[’']s?)?\s+){1,4})(news\s+|media\s+)?(?:report|story|article|scoop|investigation)\b|\b(?:report|story|article|reported|revealed|published)\s+(?:first\s+)?(?:by|from|in)\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})|((?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})(?:\s+(?:news\s+)?(?:service|agency|newspaper|daily|channel|network))?(?:,[^,]{3,60},)?\s+(?:(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|(?:this|last)\s+(?:week|month|year)|(?:this|that)\s+(?:week|month|morning)|earlier|later)\s+)?(?:first\s+)?(?:reported|revealed|wrote)\b/g;

/** "Italian", "Egyptian", "Japanese": a people's adjective names no publication. */
const DEMONYM = new RegExp(String.raw`^(?:${DEMONYM_WORD}\s*)+$`);
/** "Italian media", "Russian TV reports": a people's press, no publication's name. */
const PEOPLES_PRESS = new RegExp(
  String.raw`^(?:\s*(?:${DEMONYM_WORD}|TV)\s+)+(?:media|press|news|reports?)\b`,
);

interface UnownedReport {
  /** The words that carry the report (the noun phrase, or the passive cue). */
  cue: Span;
  content: Span;
  description: string;
  /** A publication the words name after the cue ("reported in the Washington Post that"). */
  owner?: string;
  /** "reports from the Times and others": the press beside the owner said it too. */
  others?: boolean;
  /** found by PRESS_WORDS_CLAUSE or PRESS_WORDS_ABOUT */
  frame?: boolean;
}

const PRESS_PASSIVE_ONLY = new RegExp(`^(?:${PRESS_PASSIVE})$`);
const CLAUSE_VERB = new Set(['VERB', 'AUX']);
/** Words before a noun that make it someone's ("his claims", "Trump's reports", "insurance claims"). */
const OWNING_TAG = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
/** Verbs whose subject makes the claims it takes as object. */
const MAKING_WORDS = new Set([
  'make',
  'repeat',
  'publish',
  'print',
  'air',
  'voice',
  'level',
  'raise',
]);

/** The press's words are someone's: "his claims", "Trump's reports", "he repeated allegations". */
function ownedPressWords(toks: Token[], first: number): boolean {
  const before = toks[first - 1];
  // "Media reports about …" opening the sentence: the capital hid the press word from PRESS_MODS
  if (before && PRESS_WORD.test(before.lower) && !toks[first - 2]) return false;
  if (before && (OWNING_TAG.has(before.pos) || /^[’']s?$/.test(before.text))) return true;
  // "an article that made false claims that P", "he repeated allegations that P": the subject's
  return toks
    .slice(Math.max(0, first - 3), first)
    .some((t) => t.pos === 'VERB' && MAKING_WORDS.has(t.lemma));
}

/** Where the topic of "media allegations regarding X" ends: before a verb, a comma or a dash. */
function pressWordsTopic(sentence: Sentence, npAt: number, from: number): number | undefined {
  const toks = sentence.tokens;
  const first = toks.findIndex((t) => t.start >= npAt);
  if (first < 0 || ownedPressWords(toks, first)) return undefined;
  const rest = toks.filter((t) => t.start >= from);
  const stop = rest.find(
    (t) => (CLAUSE_VERB.has(t.pos) && !/ing$/.test(t.lower)) || /^(?:[,;:]|--|—|–)$/.test(t.text),
  );
  return stop ? stop.start : sentence.end;
}

/**
 * Where the clause of "reports/claims (that) P" ends, or undefined when the words are no press
 * speaking: the noun owned by the word before it, "that" opening a relative clause ("claims that
 * were filed"), or a clause without a verb. A frame that opens the sentence ("Despite reports
 * that P, the union said …") ends at the first comma with a clause on both sides.
 */
/** Participles English uses as prepositions before a report: "Following", "Responding to". */
const PARTICIPLE_PREPOSITION =
  /^\s*(?:(?:(?:just|only|shortly|hours|days|weeks|a\s+day|a\s+week|the\s+day)\s+)?following|(?:responding|reacting|replying)\s+to)\b/i;
function pressWordsClause(
  sentence: Sentence,
  np: string,
  npAt: number,
  from: number,
): number | undefined {
  const toks = sentence.tokens;
  const first = toks.findIndex((t) => t.start >= npAt);
  if (first < 0) return undefined;
  const before = toks[first - 1];
  if (ownedPressWords(toks, first)) return undefined;
  // "The newspaper reports that P": one publication and its verb, which the finder reads
  const phrase = before?.pos === 'DET' ? `${before.text} ${np}` : np;
  if (/^(?:the|a|an|this|that|one)\s+[a-z]+(?<!s)\s+(?:reports|claims)$/i.test(phrase))
    return undefined;
  const rest = toks.filter((t) => t.start >= from);
  if (!rest[0] || CLAUSE_VERB.has(rest[0].pos) || rest[0].pos === 'ADV') return undefined;
  if (!rest.slice(0, 8).some((t) => CLAUSE_VERB.has(t.pos))) return undefined;
  // "Following reports in the FT that P, the union said …": a participle that opens the sentence
  // as a preposition (the tagger reads "Following", "Responding to" as verbs) is no clause of its
  // own, so the frame still ends at the main clause's comma
  const opener = PARTICIPLE_PREPOSITION.test(
    toks
      .slice(0, 4)
      .map((t) => t.lower)
      .join(' '),
  )
    ? toks.findIndex((t) => /^(?:following|responding|reacting|replying)$/.test(t.lower)) + 1
    : 0;
  if (toks.slice(opener, first).some((t) => CLAUSE_VERB.has(t.pos))) return sentence.end;
  // "Press reports that the airline will cut jobs are absurd": the words as subject end at the
  // sentence's own verb, a second finite "be" after the clause's verb
  // rest[0] is no verb, so the first verb is within rest's first 8 words
  const firstVerb = rest.findIndex((t) => CLAUSE_VERB.has(t.pos));
  let lastVerb = rest.length - 1;
  while (lastVerb >= 0 && !CLAUSE_VERB.has(rest[lastVerb]!.pos)) lastVerb--;
  for (let i = 2; i < rest.length; i++) {
    const t = rest[i]!;
    if (!/^(?:is|are|was|were)$/.test(t.lower) || !CLAUSE_VERB.has(t.pos)) continue;
    if (/^(?:VERB|AUX|ADV|PART|PRON|SCONJ)$/.test(rest[i - 1]!.pos)) continue;
    if (firstVerb < i) return t.start;
  }
  for (let i = 1; i < rest.length; i++)
    if (rest[i]!.text === ',' && firstVerb < i && lastVerb > i) return rest[i]!.start;
  return sentence.end;
}

function unownedReports(sentence: Sentence, text: string): UnownedReport[] {
  const s = text.slice(sentence.start, sentence.end);
  const at = sentence.start;
  const out: UnownedReport[] = [];
  const clause = (from: number, to = s.length): Span | undefined => {
    const rest = s
      .slice(from, to)
      .replace(REPORT_CLAUSE_END, '')
      .replace(/[\s.”"]+$/, '');
    return /[a-z]{2}.*\s/.test(rest) ? [at + from, at + from + rest.length] : undefined;
  };
  const passive = DENIED_REPORTS_PASSIVE.exec(s);
  if (passive && !/[’']s\b|[A-Z]\w*\s+$/.test(passive[1]!.replace(/^\w+/, ''))) {
    const from = passive[0].indexOf(passive[2]!);
    const content = clause(from, from + passive[2]!.length);
    if (content) out.push({ cue: [at, at + passive[1]!.length], content, description: 'reports' });
  }
  for (const re of [...UNOWNED_REPORTS, PRESS_WORDS_CLAUSE, OWNED_REPORT_CLAUSE, PRESS_WORDS_ABOUT])
    for (const m of s.matchAll(re)) {
      const np = m[1]!;
      // "the Bloomberg reports", "Reuters' report": a name or possessive owns the report; the
      // sentence's first word is capitalised anyway
      const npAt = m.index + m[0].indexOf(np);
      if (out.some((u) => u.cue[0] === at + npAt)) continue;
      let clauseEnd = s.length;
      if (re === PRESS_WORDS_CLAUSE || re === OWNED_REPORT_CLAUSE) {
        const end = pressWordsClause(sentence, np, at + npAt, at + m.index + m[0].length);
        if (end === undefined) continue;
        clauseEnd = end - at;
      }
      if (re === PRESS_WORDS_ABOUT) {
        const press = s.slice(Math.max(0, npAt - 12), m.index + m[0].length).toLowerCase();
        if (!PRESS_WORD.test(press)) continue;
        const end = pressWordsTopic(sentence, at + npAt, at + m.index + m[0].length);
        if (end === undefined) continue;
        clauseEnd = end - at;
      }
      const inner = npAt === 0 ? np.replace(/^\S+/, '') : np;
      if (
        /[’']s?\s|\b[A-Z][a-z]*[A-Z]|\b[A-Z]\w*\s+(?:reports?|speculation)\b/.test(inner) &&
        !PEOPLES_PRESS.test(inner)
      )
        continue;
      // "reports" and "speculation" are the press's only when nothing else owns them; bare
      // speculation or rumours need a press word
      const head = np.trim().split(/\s+/).at(-1)!;
      if (/^(?:speculation|rumou?rs|suggestions)$/i.test(head) && !PRESS_WORD.test(m[0])) continue;
      const content = clause(m.index + m[0].length, clauseEnd);
      if (!content) continue;
      const gap = m[0].slice(m[0].indexOf(np) + np.length);
      let owner = OWNER_AFTER.exec(gap);
      // "claims in the Italian press": a people's adjective names no owner
      if (owner && DEMONYM.test(owner[1]!.replace(/^the\s+/i, ''))) owner = null;
      out.push({
        ...(owner ? { owner: owner[1]! } : {}),
        cue: [at + npAt, at + npAt + np.length],
        content,
        ...(re === PRESS_WORDS_CLAUSE || re === PRESS_WORDS_ABOUT ? { frame: true } : {}),
        ...(owner &&
        /\band\s+(?:others|other\s+(?:news\s+)?(?:media|outlets|organi[sz]ations|publications|papers|newspapers))\b/.test(
          gap,
        )
          ? { others: true }
          : {}),
        description: PRESS_PASSIVE_ONLY.test(np)
          ? 'reports'
          : np.replace(/^(?:the|these|those|such)\s+/i, '').toLowerCase(),
      });
    }
  return out;
}

const ANON_BEFORE_REPORT = new RegExp(
  `\\b(?:${[...ANON_HEADS].join('|')})\\b.*\\b(?:report|story|article)\\b`,
);

/** Nouns that name a public body by what it is ("the US military", "the Mexican government"). */
const BODY =
  /^(military|army|navy|government|administration|ministry|embassy|police|authorities|presidency|parliament)$/i;

/** Up to three lower-case modifiers and the noun of a public body, ending the phrase. */
function bodyTail(rest: Token[]): boolean {
  return (
    rest.length > 0 &&
    rest.length <= 3 &&
    rest.every((t) => /^[a-z]+$/.test(t.text) && /^(?:ADJ|NOUN)$/.test(t.pos)) &&
    (BODY.test(rest.at(-1)!.text) || GOVERNMENT_WORDS.test(rest.at(-1)!.text))
  );
}

/** "…, something it denies", "…, a charge he has denied": who denies the clause before. */
function echoDenial(a: Attribution, text: string): { who: string; at: number } | undefined {
  if (!a.source || !DENIAL_LEMMAS.has(a.cueLemma) || a.cue[0] < a.source[1]) return undefined;
  const raw = text.slice(a.source[0], a.source[1]);
  const m =
    /^(?:something|a charge|a claim|an allegation|an accusation|allegations|charges|claims|which)\s+(?:that\s+)?(.+)$/i.exec(
      raw,
    );
  return m ? { who: m[1]!.trim(), at: a.source[0] + raw.indexOf(m[1]!) } : undefined;
}

/**
 * Which of two attributions that lie in each other's content is the sentence's outer frame:
 * content-first ("…, an official told the newspaper", "…, reported the Times"), then "according to" ("X claimed …,
 * according to five sources"), then the rest; words that end in a dangling "that" ("The daily
 * reported that, according to a secret report, …") are no content of any frame.
 */
function frameRank(a: Attribution, text: string): number {
  const content = text.slice(a.content[0]![0], a.content.at(-1)![1]);
  if (/\b(?:that|said|says|reported|told)\W*$/i.test(content)) return -1;
  return a.pattern === 'content-first' || a.pattern === 'inverted'
    ? 2
    : a.pattern === 'according-to'
      ? 1
      : 0;
}

/** A company's legal form after its name. */
const LEGAL_FORM = /,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AB|AG|SA|NV|GmbH|SpA|ASA|Oyj)\.?$/;

/**
 * Words for a publication, in lower case ("German weekly Spiegel", "news site Fresh News", "a
 * conservative blog, The Bearing Drift,"). "agency", "network", "service" and "site" alone name
 * public bodies and groups as often ("the intelligence agency Mossad"), so they count only after
 * a word that makes them news.
 */
const PUB_WORD =
  '(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|blog|website|publication|outlet|newswire|paper|radio|television|(?:news|wire|press)\\s+(?:agency|service)|wire\\s+service|(?:news|web|media)\\s*(?:site|portal)|(?:news|television|tv|cable)\\s+(?:network|channel))';
/** A publication word that is one word, as the last word of a source ("the Kommersant daily"). */
const ONE_WORD_PUBLICATION = new RegExp(`^${PUB_WORD}$`);
/**
 * Capitals and word letters of the Latin alphabets, accented ones included ("Libération",
 * "Süddeutsche", "Łódź"), for patterns compiled without the "u" flag, where "\\w" is ASCII.
 */
const LATIN_UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
const LATIN_WORD = '\\w\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/**
 * A proper name of up to five words, capitals as written ("L’Equipe", "The Bearing Drift"); a dot
 * only inside a word ("U.S"), so a sentence's full stop ends the name.
 */
const NAME_WORD = `(?!${NOT_NAME_PART}|An?\\b)[${LATIN_UPPER}](?:[${LATIN_WORD}&-]|[./](?=\\w))*(?:['’][A-Za-z]+)?`;
const PROPER = `(?:The\\s+)?${NAME_WORD}(?:\\s+(?:(?:of|${PARTICLES})\\s+)?${NAME_WORD}){0,4}`;
/**
 * Unnamed people a publication cites, marked as such ("an unnamed official", "two people familiar
 * with the matter"): a politician cites "officials" too, rarely "unnamed" ones.
 */
const ANON_CITED = `(?:(?:[\\w.’'-]+\\s+){0,3}?(?:unnamed|anonymous|unidentified|undisclosed)\\s+(?:[\\w.’'-]+\\s+){0,2}?(?:sources?|officials?|people|persons?|insiders?|diplomats?)\\b|(?:[\\w.’'-]+\\s+){0,4}?(?:sources?|officials?|people|persons?)\\s+(?:familiar\\s+with|briefed\\s+on|with\\s+(?:direct\\s+)?knowledge\\s+of)\\b)`;
/**
 * A word of the time a report came out ("earlier Monday", "on Friday night", "Monday (Jan. 29)"),
 * between "reported" and what it reported.
 */
const WHEN =
  '(?:on|late|early|last|earlier|later|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night|week|morning|evening|afternoon|today|yesterday|\\([^()]{1,20}\\))';
/** The last word of a newspaper's or a newsroom's name ("the Irish Independent"). */
const NEWSROOM_WORD =
  '(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Chronicle|Inquirer|Courier|Independent|Review|Observer|Examiner|Dispatch|Express|Magazine|Insider|Mirror|Monitor|Beast|Outlook|Standard|Weekly)';
/** Words that make a newsroom's name a slogan ("Fake News"); "Daily …" has a pattern of its own. */
const SLOGAN_WORD = '(?:Fake|Breaking|Good|Bad|Big|Latest|Top|More|Local|National|World|Daily)';
/** A name whose last word is a newsroom's ("the Irish Times", "Sydney Morning Herald"). */
const NEWSROOM_NAME = `(?!${SLOGAN_WORD}\\s)${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\s+${NEWSROOM_WORD}`;
/**
 * A publication's head that names one alone after a capital "The" ("told The Telegraph", "The
 * Sun reported"); "the Sun" in lower case is the star.
 */
const LONE_HEAD = `(?:${NEWSROOM_WORD}|Sun|Star|Mail|Globe|Nation)`;
/** A publication's head word written alone: "Times", "Post", "Sun". */
const LONE_HEAD_WORD = new RegExp(`^${LONE_HEAD}$`);
/** The head noun of a publication's name, as the last word or two of it ("Yonhap News Agency"). */
const PUBLICATION_HEAD = `(?:(?:News|Press)\\s+Agency|${NEWSROOM_WORD}|TV|Radio|Press|Newswire|Wire)`;
const PUBLICATION_NAMES = [
  // "news site Fresh News", "German weekly Spiegel"
  new RegExp(`\\b${PUB_WORD}\\s+(${PROPER})`, 'g'),
  // "Fresh News, a Cambodian news agency"
  new RegExp(`(${PROPER}),\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?${PUB_WORD}\\b`, 'g'),
  // "a conservative blog, The Bearing Drift,"
  new RegExp(`\\b${PUB_WORD},\\s+(${PROPER}),`, 'g'),
  // "Bearing Drift, one of the sites on Virginia politics, reported on Saturday night that":
  // only outlets report what someone said or what is so (a company reports figures, "reported a
  // loss", with an object instead); the "that" may be left out before a clause whose subject is
  // a name ("Sky Sports reported Newcastle had agreed a fee")
  new RegExp(
    `(${PROPER})(?:,[^,.;“”"]{3,120},)?\\s+(?:also\\s+|first\\s+|earlier\\s+|has\\s+|had\\s+|\\w+ly\\s+|(?:is|was|has\\s+been)\\s+(?:\\w+ly\\s+)?(?=reporting))?report(?:ed|s|ing)(?:\\s+(?:as\\s+well|too|also|separately|exclusively|previously|\\w+ly)|\\s+${WHEN}){0,5}\\s+(?:that\\b|[“"]|(?=${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\s+(?:had|has|have|was|were|is|are|will|would|could|might|may|planned|plans|intends)\\b))`,
    'g',
  ),
  // "information obtained by The Leak", "a draft seen by Reuters"
  new RegExp(`\\b(?:obtained|seen|reviewed)\\s+by\\s+(${PROPER})`, 'g'),
  // what is printed in a name ("first reported by Michael Stone" may be a journalist): "was
  // quoted in Handelsblatt", "first appeared in Kathimerini", "comments first reported in the Daily Mail",
  // "the report in Quotidiano Nazionale", "an interview published in Le Soir"
  new RegExp(
    `\\b(?:(?:quoted|cited)|(?:first|originally|initially)\\s+(?:reported|published|revealed|appeared|printed|carried)|(?:reports?|stor(?:y|ies)|articles?|pieces?|interviews?|editorials?|op-eds?|columns?|scoops?|headlines?)(?:\\s+(?:published|printed|run|carried|that\\s+appeared))?)\\s+in\\s+(${PROPER})`,
    'g',
  ),
  // a trailing or inverted frame: "…, Handelsblatt reported on Monday.", "…, reports Bloomberg
  // Businessweek." (a person who reports is a journalist the text introduces, kept apart below);
  // after quoted words the comma stands inside the closing quotation mark
  new RegExp(
    `,[”"’']?\\s+(${PROPER})\\s+(?:also\\s+|first\\s+|earlier\\s+|has\\s+|had\\s+)?(?:reported|reports)(?:\\s+${WHEN}){0,5}\\s*[.;]`,
    'g',
  ),
  // "…, reports Bloomberg Businessweek.", "…, reported the Daily Courier on Monday": the
  // inverted cue after what was said, which only a publication takes
  new RegExp(
    `,[”"’']?\\s+(?:reports|reported)\\s+(${PROPER})(?=(?:\\s+${WHEN}){0,5}\\s*[.,;(]|\\s+(?:on|late|earlier|this|last)\\b)`,
    'g',
  ),
  // "investigative group Bellingcat", "open source investigations (OSINT) collective Bellingcat",
  // "Bellingcat, an investigative outlet": a group whose work is news or investigation
  new RegExp(
    `\\b(?:[Ii]nvestigat(?:ive|ions?)|[Oo]pen[- ]source|OSINT|[Ff]act[- ]check(?:ing|er)?|[Cc]itizen[- ]journalism|[Jj]ournalism|[Nn]ews|[Mm]edia)\\s+(?:[\\w()-]+\\s+){0,3}?(?:group|collective|outlet|site|organi[sz]ation|platform|consortium|project|team|start-?up)s?\\s+(${PROPER})`,
    'g',
  ),
  new RegExp(
    `(${PROPER}),\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:investigative|open[- ]source|fact[- ]checking|citizen[- ]journalism|journalism|news|media)\\s+(?:group|collective|outlet|site|organi[sz]ation|platform|consortium|project|team|start-?up)\\b`,
    'g',
  ),
  // "the Evening Standard's story", "Bearing Drift’s scoop"
  new RegExp(`(${PROPER})['’]s\\s+(?:[\\w-]+\\s+)?(?:story|article|scoop|front page)\\b`, 'g'),
  // "London's Evening Standard newspaper"; two words at least, as one before a publication word
  // is more often a place or a leaning ("German weekly", "Conservative blog")
  new RegExp(
    `(${NAME_WORD}(?:\\s+(?:of\\s+)?${NAME_WORD}){1,4})\\s+(?:newspaper|daily|weekly|magazine|tabloid|blog|website)\\b`,
    'g',
  ),
  // "Al Arabiya quoted an unnamed official as saying", "Le Monde, citing two sources, said":
  // a name that cites unnamed people for what it says is a publication
  new RegExp(
    `(?<![A-Z][\\w.’'-]*\\s)(${PROPER}),?\\s+(?:citing|quoting|cited|quoted)\\s+${ANON_CITED}`,
    'g',
  ),
  new RegExp(
    `\\b(?:Citing|Quoting)\\s+${ANON_CITED}[^,.;]{0,60},\\s+(${PROPER})\\s+(?:said|says|reported|reports|wrote|added)\\b`,
    'g',
  ),
  // "the Daily Mail", "The Sunday Times", "Evening Standard": a newspaper named by when it comes
  // out ("Sunday" only after "the": "On Sunday Smith said" is a day)
  new RegExp(`\\b((?:Daily|Evening)\\s+${NAME_WORD})`, 'g'),
  // "a source told The Telegraph", "according to The Times", "The Sun reported": a publication's
  // head alone, with a capital "The", where the text has it told, cited or publishing
  new RegExp(
    `(?<=\\b(?:told|to|by|according\\s+to|in)\\s+)([Tt]he\\s+${LONE_HEAD})\\b(?![\\w-]|\\s+[A-Z])`,
    'g',
  ),
  new RegExp(
    `\\b([Tt]he\\s+${LONE_HEAD})\\s+(?:also\\s+|first\\s+|has\\s+|had\\s+)?(?:reported|reports|wrote|writes|revealed|claimed|claims|alleged)\\b`,
    'g',
  ),
  new RegExp(`\\b[Tt]he\\s+(Sunday\\s+${NAME_WORD})`, 'g'),
  // "The Mail on Sunday", "Scotland on Sunday": the Sunday editions named "<title> on Sunday"
  new RegExp(`\\b[Tt]he\\s+((?:${SUNDAY_TITLES})\\s+on\\s+Sunday)\\b`, 'g'),
  new RegExp(`\\b((?:${SUNDAY_PLACE_TITLES})\\s+on\\s+Sunday)\\b`, 'g'),
  // "Russia's RIA news agency", "the Interfax news agency": "news" (unlike "agency" alone, which
  // an intelligence service is too, or "the Kremlin press service", a government office) makes
  // one word before it a publication's name, unless the word is a nationality ("Russian state
  // news agency TASS")
  new RegExp(
    `(?<![\\w-])(?!(?:${DEMONYM_WORD}|U\\.?S\\.?|U\\.?K\\.?|EU|Western)\\s)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}?)\\s+(?:state\\s+)?(?:news\\s+(?:agency|service|site|website|channel|outlet)|News\\s+Agency|wire\\s+(?:agency|service))\\b`,
    'g',
  ),
  // "Sky News", "the Irish Times", "the Jakarta Post", "the Sydney Morning Herald": a name whose
  // last word is a newspaper's or a newsroom's is a publication when it is told something,
  // cited, or reports ("Fake News", "Breaking News" are slogans, not names)
  new RegExp(
    `(?<=\\b(?:told|to|by|according\\s+to|on|in)\\s+(?:the\\s+)?)(${NEWSROOM_NAME})\\b`,
    'g',
  ),
  // "The Irish Independent claimed", "…, the Australian Financial Review reported on Monday":
  // … or "the" such a name that publishes ("The Los Angeles Times said" may be the company
  // speaking for itself)
  new RegExp(
    `\\b[Tt]he\\s+(${NEWSROOM_NAME})\\s+(?:also\\s+|first\\s+|has\\s+|had\\s+)?(?:reported|reports|claimed|claims|wrote|writes|revealed|alleged)\\b`,
    'g',
  ),
  // "Hindustan Times wrote", "an Economic Times report", "Al Qahera News TV said", "told Geo
  // News": a name whose head noun is a publication's is one wherever it stands and whatever the
  // text does with it; a capitalised word after the head makes it part of another name ("Press
  // Secretary Jane Roe", "Times Square"), and slogans and sentence openers are no name
  new RegExp(
    `(?<![\\w’'.-])((?!(?:${SLOGAN_WORD}|According|As|At|By|For|From|In|On|Like|When|While|With|And|But|Both|Then|Now|Earlier|Later|Today|Yesterday|Meanwhile|If|Our|Their|His|Her|Its|This|That|These|Those|Every|No|Another|An?|The)\\b)${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}\\s+${PUBLICATION_HEAD})(?![\\w-]|\\s+(?!${NOT_NAME_PART})[A-Z][a-z])`,
    'g',
  ),
];

/**
 * The names an article introduces as publications: an outlet wherever they appear next ("According
 * to the Leak", "Bearing Drift also reported"), so what they publish is REPORTED, not SAID.
 * `people` are the text's journalists (reporterNames), passed by a caller that has them already.
 */
export function publicationNames(text: string, people = reporterNames(text)): string[] {
  const names = new Set<string>();
  // "The Sunday Times": one pattern reads the whole name, another its head word alone ("Times");
  // a name found only inside a longer one found at the same place is no publication of its own
  const hits = PUBLICATION_NAMES.flatMap((re) =>
    [...text.matchAll(re)].map((m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      return { m, start, end: start + m[1]!.length };
    }),
  );
  const inLonger = (start: number, end: number) =>
    hits.some((h) => h.start <= start && h.end >= end && h.end - h.start > end - start);
  const tried = new Set<string>();
  for (const { m, start, end } of hits) {
    if (inLonger(start, end)) continue;
    const name = m[1]!
      .replace(/\s+/g, ' ')
      // "London's Evening Standard": the place is not part of the name
      .replace(/^(?:[A-Z][\w.-]*['’]s )+/, '')
      .replace(/^the /i, '');
    // every test below asks only the name: a name met again is answered
    if (tried.has(name)) continue;
    tried.add(name);
    // "the New York-based daily": a place that describes it
    if (
      name.length > 1 &&
      !/-[a-z]/.test(name) &&
      !ANON_HEADS.has(name.toLowerCase()) &&
      !GOVERNMENT_WORDS.test(name) &&
      // ("Beta News Agency": a news agency is a publication)
      !ORGANIZATION_WORDS.test(name.replace(/\s+News\s+Agency$/, '')) &&
      // "seen by President Trump": a person with a title
      !TITLES.test(name.split(' ')[0]!) &&
      !ROLE_WORDS.test(name.split(' ')[0]!) &&
      // "Reporter Jane Doe reported": a person who reports
      !REPORTER_WORD.test(name.split(' ')[0]!) &&
      // "a report in Moscow": where, not which paper
      !countryNamed(name) &&
      !countryOfCapital(name) &&
      !placeWordOnly(name) &&
      !DATE_ONLY.test(name) &&
      !LEGAL_FORM.test(` ${name}`) &&
      // "journalist Concha Calleja … Calleja reported that": a person who reports
      !people.some((p) => p === name || p.endsWith(` ${name}`)) &&
      !surnameAlone(name, text)
    )
      names.add(name);
  }
  return [...names];
}

/** Words that head a clause before its subject: "Not wanting to …,", "After the match,". */
const FRONTED_OPENER = /^(?:ADP|SCONJ|ADV|VERB|PART)$/;
/**
 * The name a sentence without speech is about: its subject when that is a capitalised name
 * (after titles, after a fronted phrase and its comma) followed by its verb ("Coach Ernesto
 * Valverde played down the talk", "Not wanting to add fuel to the fire, Valverde played down
 * …"); undefined for a sentence with quotation marks (whose speaker the text named already) or
 * any other subject.
 */
function silentSubject(sentence: Sentence): string | undefined {
  const toks = sentence.tokens;
  if (toks.some((t) => QUOTE_MARK.test(t.text))) return undefined;
  // "Yesterday, …", "However, …": one fronted word and its comma
  let i = toks[1]?.text === ',' ? 2 : 0;
  if (!i && FRONTED_OPENER.test(toks[0]?.pos ?? '')) {
    const comma = toks.findIndex((t, k) => k < 16 && t.text === ',');
    if (comma < 0) return undefined;
    i = comma + 1;
  }
  const start = i;
  while (i < toks.length && /^\p{Lu}[\p{L}’'.-]*$/u.test(toks[i]!.text) && toks[i]!.pos !== 'VERB')
    i++;
  // the last word or two of the run are the name, titles before them ("Coach", "Chief Justice")
  const run = toks.slice(start, i);
  // "The Times asked …": a name after "the" is no person's
  if (!run.length || run.length > 5 || toks[i]?.pos !== 'VERB' || run[0]!.pos === 'DET')
    return undefined;
  if (!run.every((t) => t.pos === 'PROPN' || TITLES.test(t.text) || ROLE_WORDS.test(t.text)))
    return undefined;
  // titles before the name: "Coach Ernesto Valverde", "Chief Justice John Roberts"
  const name = run.length > 2 ? run.slice(-2) : run.filter((t) => !TITLES.test(t.text));
  // "Sources close to him said …": a capitalised unnamed head is no name
  if (!name.length || name.some((t) => ANON_HEADS.has(t.lower))) return undefined;
  const text = name.map((t) => t.text).join(' ');
  return GOVERNMENT_WORDS.test(text) || ORGANIZATION_WORDS.test(text) ? undefined : text;
}
const QUOTE_MARK = /^["“”]$/;

/** A last word that publications' names end in, and people's do not. */
const PUBLICATION_LAST_WORD = new RegExp(
  `^(?:${LONE_HEAD}|${PUBLICATION_HEAD}|Online|Daily|Agency|Television|Channel|Broadcasting)$`,
);
/**
 * "Jane Doe reported on Monday that … Doe added": a name of two or three words whose last word
 * the text also has speaking alone, without "the" or the words before it, is a person's, as
 * people go by their surnames and publications do not go by their last words ("Radar Online" is
 * never "Online"; "the Times" has its "the"). A title under a publication's name ("Bloomberg
 * Businessweek", "Yahoo News") goes by its own word, and is no person.
 */
function surnameAlone(name: string, text: string): boolean {
  const words = name.split(' ');
  const last = words.at(-1)!;
  if (words.length < 2 || words.length > 3 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  if (PUBLICATION_LAST_WORD.test(last) || knownOutlet(words[0]!)) return false;
  const before = words.at(-2)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\p{L}’'.&-]|\\b[Tt]he\\s+|${before}\\s+)${last}\\s+(?:(?:also|later|then|again|further|still|\\w+ly)\\s+)?(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|continued|insisted)\\b`,
    'u',
  ).test(text);
}

/** A person who reports or presents: "journalist X", "a reporter named X", "X, a Spanish journalist,". */
const REPORTER_NOUN =
  '(?:[Jj]ournalists?|[Rr]eporters?|[Cc]orrespondents?|[Cc]olumnists?|[Aa]nchors?|[Hh]osts?|[Pp]resenters?|[Ww]riters?|[Ee]ditors?|[Cc]ommentators?|[Bb]loggers?|[Aa]uthors?|[Bb]roadcasters?|[Pp]undits?|[Ii]nfluencers?)';
const REPORTER_WORD = new RegExp(`^${REPORTER_NOUN}$`, 'i');
const PERSON_NAME = "([A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+){1,2})";
const REPORTER_NAMES = [
  new RegExp(`\\b${REPORTER_NOUN}(?:,\\s*|\\s+(?:named\\s+|called\\s+)?)${PERSON_NAME}`, 'g'),
  new RegExp(`${PERSON_NAME},\\s+(?:a|an|the)\\s+(?:[\\w’'-]+\\s+){0,3}?${REPORTER_NOUN}\\b`, 'g'),
];

/** The people an article introduces as journalists or hosts: never a publication by what they do. */
function reporterNames(text: string): string[] {
  return (
    REPORTER_NAMES.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!.replace(/\s+/g, ' ')))
      // "public broadcaster Radio France": a broadcaster that is a station, not a presenter, as
      // no person's name has a publication's word in it
      .filter((name) => !name.split(' ').some((w) => PUBLICATION_LAST_WORD.test(w)))
  );
}

/**
 * "Twenty-First Century Fox" for "Fox": the last name in `before` that ends in `short` and is a
 * company by its legal form ("… Fox Inc", "… Fox Corp.").
 */
function fullCompanyName(short: string, before: string): string | undefined {
  // most one-word sources never had a full name before them: no pattern to build
  if (!before.includes(`${short} `) && !before.includes(`${short},`)) return undefined;
  const re = new RegExp(
    `(?<![\\w’'.-])((?:(?!${NOT_NAME_PART})[A-Z0-9][\\w&.-]*\\s+){1,3}${short})(?=,?\\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\\b)`,
    'g',
  );
  return [...before.matchAll(re)].at(-1)?.[1]!.replace(/\s+/g, ' ');
}

/**
 * "the International Skating Union (ISU)", "Director General Inter-Services Public Relations
 * (ISPR)": the name the text set `initials` after in brackets, from the first word that starts
 * with the initials' letter (a title before it is no part of it), or from the first that is no
 * title when none does ("Abu Dhabi National Energy Co (TAQA)"): the initials need not spell it.
 */
function bracketedName(
  initials: string,
  before: string,
): { name: string; person: boolean } | undefined {
  const at = before.lastIndexOf(`(${initials})`);
  if (at < 0) return undefined;
  const ws = before.slice(0, at).trimEnd().split(/\s+/);
  let k = ws.length;
  while (
    k > 0 &&
    (/^\p{Lu}[\p{L}\p{N}&.’'-]*$/u.test(ws[k - 1]!) || /^(?:of|and|for|&)$/.test(ws[k - 1]!))
  )
    k--;
  let words = ws.slice(k);
  if (words.some((w) => w[0] === initials[0])) while (words[0]![0] !== initials[0]) words.shift();
  else words = words.slice(words.findIndex((w) => !ROLE_WORDS.test(w) && !TITLE_NOUN.test(w)));
  const name = words.join(' ').replace(LEGAL_TAIL, '');
  // ("KUALA LUMPUR (BERNAMA)": a dateline's place is no name of the wire)
  return name.split(' ').length >= 2 && /\p{Ll}/u.test(name) && !/ (?:of|and|for|&)$/.test(name)
    ? { name, person: false }
    : undefined;
}

/**
 * "Sattar" after "Abdul Sattar", "Reliance" after "Reliance Industries", "ET" after "The Economic
 * Times": a one-word mention is the one name `before` gives in full that it shortens, by the
 * surname (a name with no word for a body in it), the first word (the rest saying only what kind of
 * body it is, or a legal form) or the initials. Every name it could shorten counts, so two of
 * them ("Tata Motors", "Tata Steel"), or one that is a product ("Apple Music"), leave it as it is.
 */
const NOT_NAME_WORD = new RegExp(`^(?:${NOT_NAME_PART})$`);
const LEGAL_TAIL = /\s+(?:Inc|Corp|Co|Ltd|Limited|Plc|PLC|LLC|AB|AG|SA|NV|GmbH|SpA|ASA|Oyj)\.?$/;
const BODY_TAIL =
  /^(?:Industries|Group|Holdings|Motors|Corporation|Company|Enterprises|Partners|Ventures|Technologies|Systems|Airlines|Airways|Pharmaceuticals|Pharma|Labs|Laboratories|Communications|Telecom|Entertainment|Studios|Energy|Capital|Bank|Insurance|Mining|Petroleum|Resources|Investments|Properties|Logistics|Electronics|Chemicals|Steel|Media|News|Broadcasting|Network|Networks)$/;
/** One capitalised word, in any Latin alphabet ("Volker", "Álvarez"). */
const ONE_NAME = /^\p{Lu}[\p{L}\p{N}&-]+$/u;
/** Words of a title after its head ("Chief Executive Officer", "Director General"). */
const TITLE_NOUN = /^(?:Executive|Officer|Operating|Financial|General|Deputy|Acting)$/;
const PERSON_TITLE =
  /^(?:leader|judge|justice|general|admiral|(?:gen|sen|rep|gov|dr|mr|mrs|ms)\.?)$/i;
function fullerName(short: string, before: Token[]): { name: string; person: boolean } | undefined {
  const initials = /^[A-Z]{2,5}$/.test(short);
  // names: capitalised words in a row ("Brenner Steel Works Ltd", whatever the tagger makes of
  // "Works"), with "of", "and" or "&" between two ("Bank of America"), each part a name as well
  // ("Shares of Tata Motors")
  const runs: string[] = [];
  let run: Token[] = [];
  const close = () => {
    while (
      run.length &&
      !/^[A-Z]/.test(run.at(-1)!.text) &&
      !(run.at(-2)?.text === '-' && run.at(-2)!.end === run.at(-1)!.start)
    )
      run.pop();
    // "Executive Director Kurt Volker", "Defense Minister Kim Yong-hyun": the name follows the
    // last title word of the run, whatever scope before it
    let role = run.length - 1;
    while (role >= 0 && !ROLE_WORDS.test(run[role]!.text) && !PERSON_TITLE.test(run[role]!.text))
      role--;
    // ("Justice Minister Anna Berg and Finance Minister Lars Berg" names two: each part is
    // read on its own below)
    const joined = run.slice(0, role).some((t) => /^(?:and|&)$/.test(t.text));
    if (role >= 0 && !joined && run.length - role - 1 >= 2) run = run.slice(role + 1);
    // "Kim Yong-hyun": a given name written with a hyphen is one word of the name
    const whole = run
      .map((t, k) => (k && t.start === run[k - 1]!.end ? `\u0001${t.text}` : t.text))
      .join(' ')
      .replace(/ \u0001/g, '');
    if (run.length > 1) runs.push(whole, ...whole.split(/ (?:of|and|&) /).slice(1));
    if (/ (?:of|and|&) /.test(whole)) runs.push(whole.split(/ (?:of|and|&) /)[0]!);
    run = [];
  };
  for (let k = 0; k < before.length; k++) {
    const t = before[k]!;
    const capital = /^[A-Z]/.test(t.text);
    const joins =
      /^(?:of|and|&)$/.test(t.text) && !!run.length && /^[A-Z]/.test(before[k + 1]?.text ?? '');
    const adjacent = !run.length || run.at(-1)!.end + 1 >= t.start;
    const hyphened =
      !!run.length &&
      run.at(-1)!.end === t.start &&
      (t.text === '-' || (run.at(-1)!.text === '-' && /^[a-z]+$/.test(t.text)));
    if (((capital || joins) && adjacent) || hyphened) run.push(t);
    else {
      close();
      if (capital) run.push(t);
    }
  }
  close();
  if (!runs.some((r) => r.includes(initials ? short[0]! : short))) return undefined;
  const found = new Map<string, boolean>();
  for (const run of runs) {
    const ws = run.split(/\s+/);
    // "Journalist Concha Calleja", "On Monday Acme Corp": a title or a day before a name is no part of it
    while (
      ws.length &&
      (NOT_NAME_WORD.test(ws[0]!) ||
        ROLE_WORDS.test(ws[0]!) ||
        TITLE_NOUN.test(ws[0]!) ||
        REPORTER_WORD.test(ws[0]!))
    )
      ws.shift();
    while (ws.length && NOT_NAME_WORD.test(ws.at(-1)!)) ws.pop();
    if (ws.length < 2) continue;
    const whole = ws.join(' ');
    const name = whole.replace(LEGAL_TAIL, '');
    const words = name.split(' ');
    const heads = (n: string) =>
      n
        .split(' ')
        .filter((w) => !/^(?:of|and|&)$/.test(w))
        .map((w) => w[0])
        .join('');
    if (initials) {
      if (heads(name) === short || heads(whole) === short) found.set(name, false);
    } else if (words[0] === short && words.length === 2 && /^[A-Z][a-z]+-[a-z]+$/.test(words[1]!)) {
      // "Kim Yong-hyun", "Moon Jae-in": the family name first, before a hyphened given name
      found.set(name, true);
    } else if (words[0] === short) {
      const body = name !== whole || words.slice(1).every((w) => BODY_TAIL.test(w));
      // "Apple Music" is a product of Apple, but counts as a name "Apple" could shorten
      found.set(body ? name : `${name}\u0000`, false);
    } else if (words.at(-1) === short) {
      const person =
        words.length <= 4 &&
        !words.some(
          (w) =>
            BODY_TAIL.test(w) ||
            ORGANIZATION_WORDS.test(w) ||
            GOVERNMENT_WORDS.test(w) ||
            /^(?:of|and|&)$/.test(w),
        );
      found.set(person ? name : `${name}\u0000`, person);
    }
  }
  if (found.size !== 1) return undefined;
  const [name, person] = [...found][0]!;
  return name.includes('\u0000') ? undefined : { name, person };
}

/**
 * "the Times" after "the Los Angeles Times", "the Daily News" beside "the New York Daily News", "the
 * Herald" after "the Sydney Morning Herald": the last words of one publication the text names in
 * full, from its head noun on, are that publication; when two names end alike, neither.
 */
function shortFormsOf(outlets: DraftOutlet[]): Map<string, DraftOutlet> {
  const forms = new Map<string, DraftOutlet | null>();
  for (const o of outlets) {
    const ws = o.name.split(' ');
    for (let k = 1; k < ws.length; k++) {
      const tail = ws.slice(k).join(' ');
      if (!LONE_HEAD_WORD.test(ws.at(-1)!)) break;
      const seen = forms.get(tail);
      forms.set(tail, seen === undefined || seen?.id === o.id ? o : null);
    }
    // "BuzzFeed" for "BuzzFeed News": a one-word name before "News" goes by itself
    if (ws.length === 2 && ws[1] === 'News' && /^\p{Lu}[\p{L}]{3,}$/u.test(ws[0]!)) {
      const seen = forms.get(ws[0]!);
      forms.set(ws[0]!, seen === undefined || seen?.id === o.id ? o : null);
    }
  }
  return new Map([...forms].flatMap(([k, v]) => (v ? [[k, v] as const] : [])));
}

/**
 * "AFR" for "Australian Financial Review": a publication of three words or more goes by their
 * initials ("the BBR" later in the text); two initials would meet too many other names.
 */
function initialism(name: string, least = 3): string | undefined {
  const initials = name
    .split(/\s+/)
    .filter((w) => !/^(?:the|of|and|&)$/i.test(w))
    .map((w) => w[0]!);
  return initials.length >= least && initials.every((c) => /[A-Z]/.test(c))
    ? initials.join('')
    : undefined;
}

/**
 * "Carlos Fernandez" or "Fernandez de Cossio" for "Carlos Fernandez de Cossio", "Tucker Martin"
 * for "J. Tucker Martin": a person named in full earlier goes by the first words of the name,
 * the surname with its particles, or the name without an initial.
 */
function shortFormOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length) return false;
  const prefix = short.length >= 2 && short.every((w, i) => full[i] === w);
  const suffix = short.every((w, i) => full[full.length - short.length + i] === w);
  // the surname before its particles ("Fernandez" of "Fernandez de Cossio")
  const beforeParticle =
    short.length === 1 &&
    full.some((w, i) => w === short[0] && i > 0 && PARTICLE.test(full[i + 1] ?? ''));
  return prefix || (suffix && (short.length >= 2 || full.length === 2)) || beforeParticle;
}

/**
 * "his resignation by the end of November": words before the first name that start in lower
 * case and put the name behind a preposition, with no role or body among them, are about the
 * name; the phrase is not a speaker.
 */
function aboutName(lead: Token[]): boolean {
  return (
    /^[a-z]/.test(lead[0]?.text ?? '') &&
    lead.some((t) => t.pos === 'ADP') &&
    !lead.some(
      (t) =>
        ROLE_WORDS.test(t.text) || GOVERNMENT_WORDS.test(t.text) || ORGANIZATION_WORDS.test(t.text),
    )
  );
}

/** The source's words before its first capitalised one (all of them when there is none). */
function tokensBeforeName(a: Attribution): Token[] {
  const toks = a.sentence.tokens.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
  const first = toks.findIndex((t) => /^[A-Z]/.test(t.text));
  return first > 0 ? toks.slice(0, first) : [];
}

/**
 * What a person has that speaks for them ("Paterson's office", "Novak's lawyers", "the senator's
 * campaign"): a body of its own, never the person (a spokesman or aides stay anonymous people).
 */
const PERSON_BODY =
  /^(?:office|camp|team|lawyers?|attorneys?|representatives|advisers|advisors|staff|allies|family|entourage|inner circle)$/i;

/** "Paterson's office" for "David Paterson's office": a person's body goes by the surname too. */
function possessorBodyAlias(name: string): string | undefined {
  const m = /^((?:[A-Z][\w.-]*\s+)+)([A-Z][\w-]*['’]s\s+[a-z].*)$/.exec(name);
  return m && PERSON_BODY.test(name.split(' ').at(-1)!) ? m[2] : undefined;
}

/** Nouns for an organisation or a government that "the …" refers back to. */
const BODY_NOUN =
  /^(?:company|firm|club|group|bank|carrier|retailer|insurer|automaker|team|party|campaign|palace|ministry|government|department|agency|administration|embassy|council)$/;

/**
 * What a company is called in place of its name ("the London-based company", "the German arms
 * maker", "the Swiss drugmaker", "the state-owned lender"): the head noun of a description.
 */
const COMPANY_HEAD =
  /^(?:company|firm|group|conglomerate|corporation|giant|[a-z]*maker|manufacturer|producer|carrier|airline|retailer|lender|bank|insurer|operator|developer|utility|start-?up|business|multinational|supplier|provider|chain|miner|refiner|explorer|investor|fund|outfit|concern|entity)$/;
/**
 * A word that describes a body rather than names it: lower case ("troubled", "arms"), a
 * compound ("London-based", "state-owned"), a people's or a country's adjective by its ending
 * ("Indian", "Swiss", "Chinese", "Dutch", "Israeli") or a country's initials ("UK", "US").
 */
const DESCRIBING_WORD = new RegExp(
  String.raw`^(?:[a-z][\w’'-]*|\d[\w-]*|[A-Z][\w’']*-[a-z][\w-]*|${DEMONYM_WORD}|[A-Z]{2,3})$`,
);

/**
 * "the UK daily newspaper", "the Seoul-based firm", "the Indian conglomerate": the kind of body a
 * description means (an outlet or a company), or nothing when a word in it is a name ("the Adani
 * group", "the Kommersant daily") or it has no describing word (plain "the company" is read
 * elsewhere). `next` is the word after the source, which the finder may have left out of it
 * ("the Seoul-based | firm said").
 */
function describedKind(raw: string, next: string): 'outlet' | 'company' | undefined {
  const words = raw.split(/\s+/);
  if (!/^the$/i.test(words[0]!)) return undefined;
  let mods = words.slice(1);
  const isHead = (w: string) => COMPANY_HEAD.test(w) || ONE_WORD_PUBLICATION.test(w);
  if (mods.length && isHead(next) && !isHead(mods.at(-1)!)) mods.push(next);
  const head = mods.pop() ?? '';
  // "news agency", "wire service": a publication word of two
  const pair = mods.length ? `${mods.at(-1)} ${head}` : '';
  const outlet = ONE_WORD_PUBLICATION.test(head) || ONE_WORD_PUBLICATION.test(pair);
  if (outlet && !ONE_WORD_PUBLICATION.test(head)) mods.pop();
  if (!mods.length || !mods.every((w) => DESCRIBING_WORD.test(w))) return undefined;
  if (outlet) return 'outlet';
  return COMPANY_HEAD.test(head) ? 'company' : undefined;
}

/** A company named with its legal form or a company word: "Smith & Nephew Plc", "Acme Holdings Ltd". */
const NAMED_COMPANY =
  /\b((?:[A-Z][\w’'.-]*\s+(?:&\s+)?){0,4}?[A-Z][\w’'.-]*)(?:,?\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|AB|AG|SA|NV|GmbH|SpA|ASA|Oyj|PJSC|Limited|Corporation)\b)/g;

/**
 * Roles that name one person within a scope, each with the words for it: who runs a body, and
 * who speaks for a person ("her manager" and "Williams' rep" are the one who answers for her).
 */
const ROLE_CLASSES: RegExp[] = [
  /^(?:ceo|chief executive(?: officer)?)$/i,
  /^(?:reps?|representatives?|spokes(?:man|woman|person)|publicist|manager|agent)$/i,
  /^(?:lawyer|attorney|counsel)$/i,
];
const ROLE = String.raw`(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|reps?|representative|spokes(?:man|woman|person)|publicist|manager|agent|lawyer|attorney|counsel)`;
const SCOPE = String.raw`(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he\s+[a-z]+['’]s?|(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]?s?)`;
/** "Williams' rep, Shawn Zanotti", "ICOA CEO and Chairman George Strouthopoulos", "her manager, Tom Reid" */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b(${SCOPE})\s+(${ROLE})(?:\s+and\s+[A-Z]\w+)?,?\s+${PERSON_NAME}`,
  'g',
);
/** "Jane Roe, the actor's publicist,", "Fabien Levy, a spokesman for Mayor Adams," */
const NAME_THEN_ROLE = new RegExp(
  String.raw`${PERSON_NAME},\s+(?:(?:the|a|an)\s+(${ROLE})\s+(?:for|of|to|at)\s+((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*)|(${SCOPE})\s+(${ROLE}))\b`,
  'g',
);
/** A role and scope as a source describes them: "her manager", "the chief executive of ICOA". */
const ROLE_SOURCE = new RegExp(
  String.raw`^(?:(${SCOPE})\s+(${ROLE})|[Tt]he\s+(${ROLE})\s+(?:of|for|at)\s+((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*))$`,
);
const roleClass = (role: string) =>
  ROLE_CLASSES.findIndex((c) => c.test(role.replace(/\s+/g, ' ')));
/** The capitalised words of a scope, or "" for a pronoun or a common noun ("her", "the actor's"). */
const scopeKey = (scope: string) =>
  /^(?:her|his|their|the)\b/i.test(scope.trim())
    ? scope
        .trim()
        .toLowerCase()
        .replace(/['’]s?$/, '')
    : scope
        .replace(/['’]s?$/, '')
        .trim()
        .split(/\s+/)
        .at(-1)!;

/** "21st Century Fox", "20th Street Capital": an ordinal opens a name as a capital does. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
// any alphabet's capital: "José Álvarez", "Łukasz", "Ødegård" are names as "Jose Alvarez" is
const NAME_START = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u;
/** A word that opens on a capital of any alphabet. */
const CAPITALISED = /^\p{Lu}/u;

/** Capitalised at a sentence's start, never a name. */
const DETERMINER = /^(?:a|an|this|that|these|those|its|his|her|their|our|my|such)$/i;

/**
 * "Williams' rep, Shawn Zanotti,", "Holm's agent, Tom Berg,": whoever speaks for a named person,
 * with the name beside; the one named is who spoke, not the one spoken for.
 */
const SPEAKS_FOR =
  /^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:['’]s?)\s+(?:reps?|representatives?|publicists?|agents?|managers?|lawyers?|attorneys?|spokes(?:man|woman|person|people|men|women))$/;

/**
 * "of Trade and Industry Kim", "for Commerce and Economic Development Ana Ruiz": the last word
 * of portfolios joined by "and" after a title's "of" or "for", when a name follows them.
 */
function portfoliosJoined(toks: Token[], at: number): number | undefined {
  if (!/^(?:of|for)$/.test(toks[at]?.lower ?? '')) return undefined;
  let p = toks[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  let last = -1;
  let and = false;
  for (; p < toks.length; p++) {
    const w = toks[p]!.text;
    if (portfolioWord(w)) last = p;
    else if (/^(?:and|&)$/.test(w) && last === p - 1 && portfolioWord(toks[p + 1]?.text ?? ''))
      and = true;
    else break;
  }
  const next = toks[last + 1]?.text ?? '';
  if (!and || !CAPITALISED.test(next) || BODY_HEAD.test(next) || ROLE_WORDS.test(next))
    return undefined;
  return last;
}

/**
 * "Coach Lars Holm", "Detective Sergeant Jan Berg", "Inspector General Ana Ruiz": a job written
 * as a title before a person's name, which is no part of it. Only jobs: honorifics ("King
 * Charles", "Pope Francis") and words that are also given names ("Dean", "Major") stay.
 */
const NAME_TITLE =
  /^(?:coach|manager|inspector|sheriff|professor|captain|commissioner|detective|sergeant|constable|superintendent|officer|colonel|corporal|trooper|agent|prosecutor|magistrate|provost|rector|bishop|archbishop|cardinal|rabbi|imam|pastor|reverend|sheikh|councill?or|council(?:wo)?man|alder(?:wo)?man|trustee|treasurer|auditor|comptroller|coroner|coordinator|administrator|principal|head(?:teacher|master|mistress)|speaker)$/i;
/** Whether the capitalised title at k stands before a person's name, over title words ("General"). */
function titleBeforeName(toks: Token[], k: number): boolean {
  if (!NAME_TITLE.test(toks[k]!.text) || !/^[A-Z]/.test(toks[k]!.text)) return false;
  let j = k + 1;
  while (toks[j] && (TITLES.test(toks[j]!.text) || TITLE_NOUN.test(toks[j]!.text))) j++;
  const name = toks[j];
  return (
    !!name &&
    name.pos === 'PROPN' &&
    /^\p{Lu}/u.test(name.text) &&
    !GOVERNMENT_WORDS.test(name.text) &&
    !ORGANIZATION_WORDS.test(name.text) &&
    !BODY.test(name.text)
  );
}
/**
 * "General Motors Corp.", "General Electric", "General Mills": a rank that opens a company's
 * name, followed by one capitalised word (and its legal form), where a person's title is followed
 * by a name of two ("General Mark Milley").
 */
function companyRank(toks: Token[], k: number): boolean {
  if (!/^(?:General|Major)$/.test(toks[k]!.text) || !capital(toks[k + 1])) return false;
  const third = toks[k + 2];
  return !capital(third) || LEGAL_FORM.test(` ${third!.text}`) || BODY_TAIL.test(third!.text);
}
/** A title of one sent to a country or a body, before its "to" ("Special Envoy to the"). */
const TITLE_TO =
  /\b(?:Ambassador|Envoy|Emissary|Representative|Delegate|Attach[ée]|Consul|Adviser|Advisor)\s+to\s+(?:the\s+)?$/;
/**
 * "Political Correspondent Carl Dinnen", "Journalist Jane Doe": a press role capitalised before
 * a name, as a title is (the singular nouns only: "Writers Guild", "Host Hotels" are names).
 */
const PRESS_ROLE =
  /^(?:journalist|reporter|correspondent|columnist|anchor|presenter|commentator|blogger|pundit)$/i;

interface Resolved {
  kind: 'outlet' | 'actor' | 'anon' | 'report';
  id: string;
}

/**
 * "the Rev. Thomas Rosica", "Fr. James Martin", "Lt. Gen. Mark Hertling": where the finder's
 * source stops at a title written short with a period, the name after it. A short capitalised
 * word with a stop is a title in news prose; an initial ("John F. Kennedy") is one letter, a
 * country's initials ("U.S.") have no small letters, and a place's ("St. Louis") is no title.
 */
const SHORT_TITLE =
  /(?:^|\s)(?!(?:St|Mt|Ft|Pt|No|Co|Inc|Corp|Ltd|Jr|Sr|Bros|Mr|Mrs|Ms|Dr)$)[A-Z][a-z]{1,4}$/;
// a name of two words at least that opens with no word of a sentence's start ("The Post. The
// documents say" ends one sentence and opens another)
const AFTER_SHORT_TITLE =
  /^\.\s+(?:[A-Z][a-z]{1,4}\.\s+)*((?!(?:The|A|An|It|He|She|They|We|This|That|These|Those|In|On|At|But|And|Its|His|Her|Their)\s)(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]*[a-z][\w’'-]*)/;
function nameAfterShortTitle(a: Attribution, text: string): Span | undefined {
  if (!a.source) return undefined;
  const raw = text.slice(a.source[0], a.source[1]).trim();
  const words = raw.split(/\s+/);
  // every word of the source is a title's ("the Very Rev", "Lt"), or the finder cut the name
  if (
    !SHORT_TITLE.test(raw) ||
    // a publication's head written alone ("The Post", "The Sun") ends a sentence; a title does not
    LONE_HEAD_WORD.test(words.at(-1)!) ||
    !words.every((w) => /^(?:the|The|[A-Z][a-z]{0,7}\.?)$/.test(w))
  )
    return undefined;
  // (the sentence splitter may have ended the sentence at the title's stop)
  const m = AFTER_SHORT_TITLE.exec(text.slice(a.source[1], a.source[1] + 80));
  if (!m) return undefined;
  const start = a.source[1] + m[0].length - m[1]!.length;
  return [start, start + m[1]!.length];
}

/** A day or a date: when something was said, never who said it. */
const DATE_ONLY =
  /^(?:(?:on|last|this|next|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Today|Tonight|Yesterday|Tomorrow)(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?|night|morning|evening|afternoon))?$/i;

/**
 * "Africa’s largest mobile operator, MTN Group (MTNJ.J), has dismissed", "The world’s biggest
 * miner, BHP, said": a description (a determiner or a possessor, and a common noun for head) with
 * a name set beside it between commas, a ticker or a time word allowed, is the one named.
 */
const DESCRIPTION =
  /^(?:(?:a|an|the|its|their|his|her)\s+|(?:The\s+)?(?:[A-Z][\w.&-]*\s+){0,2}[\w.&-]+['’]s?\s+)(?:[\w’'-]+\s+){0,5}[a-z][\w-]*$/;
const APPOSED_NAME =
  /^,\s*((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)(?:\s*\([^()]{1,20}\))?,\s*(?:(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[a-z]+ly|also|earlier|later|yesterday|today)\s*)?$/;
function apposedName(a: Attribution, text: string): Span | undefined {
  if (!a.source || a.cue[0] < a.source[1]) return undefined;
  const raw = text.slice(a.source[0], a.source[1]).trim();
  if (!DESCRIPTION.test(raw)) return undefined;
  const between = text.slice(a.source[1], a.cue[0]);
  const m = APPOSED_NAME.exec(between);
  if (!m || DATE_ONLY.test(m[1]!)) return undefined;
  const start = a.source[1] + between.indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/**
 * "Lori Radcliffe, practice administrator for X at Y in Raleigh, North Carolina, described": a name
 * keeps its description up to the cue however many commas the places in it bring, so a source
 * the finder found inside that description is the name's.
 */
const NAME_DESCRIBED_TO_CUE =
  /(?:^|[,“”"]\s*)((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+(?:(?:a|an|the|its|his|her)\s+)?[a-z][^,;“”"]*?(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})*,\s*$/;
function describedToCue(a: Attribution, text: string): Span | undefined {
  if (!a.source || a.cue[0] < a.source[1]) return undefined;
  const head = text.slice(a.sentence.start, a.cue[0]);
  const m = NAME_DESCRIBED_TO_CUE.exec(head);
  if (!m || /^The\s/.test(m[1]!)) return undefined;
  const start = a.sentence.start + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // what follows the name's comma is what it is ("practice administrator", "a spokesman"), not
  // what it did ("after talking to three aides", "citing officials")
  const next = a.sentence.tokens.find((t) => t.start > end && t.text !== ',');
  if (!next || !/^(?:DET|NOUN|ADJ|NUM)$/.test(next.pos)) return undefined;
  return a.source[0] > end ? [start, end] : undefined;
}

/**
 * "told the Washington Post that …": a cue word written with a capital right after a capitalised
 * source, inside a sentence, is the last word of a name ("Post", "Mail", "Report"), not a verb.
 */
function nameWordCue(a: Attribution, text: string): boolean {
  if (!a.source || a.cue[0] <= a.sentence.start) return false;
  const cue = text.slice(a.cue[0], a.cue[1]);
  const gap = text.slice(a.source[1], a.cue[0]);
  // (a headline's "Kremlin Denies Report" has a verb's ending)
  return (
    /^[A-Z][a-z]+$/.test(cue) &&
    a.cueLemma === cue.toLowerCase() &&
    /^ $/.test(gap) &&
    /[A-Z][\w’'-]*$/.test(text.slice(a.source[0], a.source[1]))
  );
}

/**
 * "Citing two sources, it reported …", "On Friday, it said …": a fronted phrase, a participle's
 * or a preposition's up to its comma, leaves the subject after it where the sentence's first
 * word would be.
 */
function frontedBefore(a: Attribution): boolean {
  const before = a.sentence.tokens.filter((t) => t.end <= a.source![0]);
  return (
    before.length > 1 &&
    before.at(-1)!.text === ',' &&
    (before[0]!.pos === 'ADP' ||
      (before[0]!.pos === 'VERB' && /(?:ing|ed)$/.test(before[0]!.lower))) &&
    !before.slice(0, -1).some((t) => t.text === ',' || t.pos === 'AUX')
  );
}

// "the UK-based Times Online", "New York-based Human Rights Watch", "Paris-headquartered
// Danone": where a body is based describes it, before a capitalised name
const WHERE_BASED =
  /^(?:the\s+)?(?:[A-Z][\w.’'&]*\s+){0,2}[A-Z][\w.’'&]*-(?:based|headquartered)\s+(?=[A-Z])/;
/** The name after the words that say where it is based, when the source opens with them. */
function afterWhereBased(a: Attribution, text: string): Span | undefined {
  const m = WHERE_BASED.exec(text.slice(a.source![0], a.source![1]));
  return m ? [a.source![0] + m[0].length, a.source![1]] : undefined;
}

/**
 * "statements from a senior U.S. official, who said that …", "Acme hired Tom Reyes, who told
 * investors …": the relative pronoun that speaks stands for the noun phrase just before it.
 */
function relativeAntecedent(a: Attribution): Span | undefined {
  const before = a.sentence.tokens.filter((t) => t.end <= a.source![0]);
  let k = before.length - 1;
  if (before[k]?.text === ',') k--;
  const end = k;
  while (k >= 0 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(before[k]!.pos)) k--;
  if (k >= 0 && before[k]!.pos === 'DET') k--;
  const np = before.slice(k + 1, end + 1);
  return np.length && /^(?:NOUN|PROPN)$/.test(np.at(-1)!.pos)
    ? [np[0]!.start, np.at(-1)!.end]
    : undefined;
}

/** A country's id form in the graph: "russian-government" for Russia (ANNOTATION.md). */
function governmentOf(c: Country, written: string): DraftActor {
  return {
    id: slug(`${c.demonym} government`),
    name: `Government of ${c.name}`,
    kind: 'GOVERNMENT',
    aliases: [
      ...new Set([
        written,
        c.name,
        `${c.demonym} government`,
        // "Government of the United States"
        ...(c.name.includes(' ') ? [`Government of the ${c.name}`] : []),
      ]),
    ],
  };
}

/** A person the text introduces with what they are, and the nouns of that description. */
interface Described {
  name: string;
  at: number;
  nouns: Set<string>;
}
const DESCRIPTION_STOP = /^(?:ADP|CCONJ|PUNCT|VERB|AUX|PRON|SCONJ)$/;
/**
 * A member of a legislature, by the word for one or the house they sit in ("a member of the
 * European Parliament", "first deputy chairman of the Federation Council's committee",
 * "Congresswoman X"): what "the lawmaker", "the legislator", "the MP" mean.
 */
const LEGISLATOR =
  /^(?:lawmakers?|legislators?|parliamentarians?|mps?|senators?|congress(?:wo)?m[ae]n|congresspersons?|assembly(?:wo)?m[ae]n|assemblymembers?|councill?ors?|deputies|representatives?|rep\.?|sen\.?)$/i;
const LEGISLATURE =
  /^(?:parliament|congress|senate|duma|assembly|legislature|council|house|knesset|bundestag|bundesrat|sejm|rada|majlis|diet|storting|riksdag|folketing|eduskunta|cortes|dail|seanad|sabha|jirga|shura|lords|commons)$/i;
const LAWMAKER = 'lawmaker';
/**
 * Who the text introduces with a description, wherever it stands: before the name ("his former
 * chief advisor Dominic Cummings", "Foreign Minister Sergei Lavrov", "Vatican spokesman the Rev.
 * Federico Lombardi") or set after it ("Vladimir Dzhabarov, first deputy chairman of …",
 * "Thomas Rosica, another spokesman for the Vatican"). Sentences are read as one run of tokens, as
 * the splitter may cut at a title's stop.
 */
function describedPeople(sents: Sentence[]): Described[] {
  const toks = sents.flatMap((s) => s.tokens);
  const out: Described[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos !== 'PROPN' || toks[i - 1]?.pos === 'PROPN') continue;
    let end = i;
    while (toks[end + 1]?.pos === 'PROPN' && /^[A-Z]/.test(toks[end + 1]!.text)) end++;
    // the title words at the head of the run are description, the rest the name
    let first = i;
    // ("Conservative MP Tom Hale": what stands before the last title word is description too)
    for (let k = end - 1; k >= i; k--)
      if (
        TITLES.test(toks[k]!.text) ||
        ROLE_WORDS.test(toks[k]!.text) ||
        LEGISLATOR.test(toks[k]!.text) ||
        titleBeforeName(toks, k)
      ) {
        first = k + 1;
        break;
      }
    const name = toks.slice(first, end + 1);
    if (
      name.length < 2 ||
      name.length > 3 ||
      name.some((t) => GOVERNMENT_WORDS.test(t.text) || ORGANIZATION_WORDS.test(t.text))
    )
      continue;
    const nouns = new Set(toks.slice(i, first).map((t) => t.lemma));
    // before it: nouns back to a determiner or a stop, over a short title ("the Rev.")
    let j = i - 1;
    if (toks[j]?.text === '.' && SHORT_TITLE.test(toks[j - 1]?.text ?? '')) j -= 2;
    if (toks[j]?.lower === 'the') j--;
    for (; j >= 0 && !DESCRIPTION_STOP.test(toks[j]!.pos) && toks[j]!.pos !== 'DET'; j--)
      if (toks[j]!.pos === 'NOUN' || ROLE_WORDS.test(toks[j]!.text)) nouns.add(toks[j]!.lemma);
    // after it, between commas: the nouns before the first preposition, where no verb comes
    // before the closing comma ("in the Baltic Sea, the country's defense minister said" is
    // another clause's subject)
    let close = end + 2;
    while (close < toks.length && toks[close]!.text !== ',' && toks[close]!.text !== '.') close++;
    const apposition =
      toks[end + 1]?.text === ',' &&
      close < toks.length &&
      toks.slice(end + 2, close).every((t) => !/^(?:VERB|AUX)$/.test(t.pos));
    if (apposition)
      for (let k = end + 2; k < close && !DESCRIPTION_STOP.test(toks[k]!.pos); k++)
        if (toks[k]!.pos === 'NOUN') nouns.add(toks[k]!.lemma);
    // a seat in a legislature, anywhere in the description, makes a lawmaker
    const said = [
      ...toks.slice(Math.max(0, j), first),
      ...(apposition ? toks.slice(end + 2, close) : []),
    ];
    // ("Acme Council Ltd" is a company)
    if (
      said.some(
        (t, k) =>
          LEGISLATOR.test(t.text) ||
          (LEGISLATURE.test(t.text) && !LEGAL_FORM.test(` ${said[k + 1]?.text ?? ''}`)),
      )
    )
      nouns.add(LAWMAKER);
    if (nouns.size)
      out.push({ name: name.map((t) => t.text).join(' '), at: toks[first]!.start, nouns });
  }
  return out;
}

export function extractDraft(input: ArticleText): { document: DraftDocument; warnings: string[] } {
  const text = unquotedDenials(input.text);
  const warnings: string[] = [];
  const outlets = new Map<string, DraftOutlet>();
  const actors = new Map<string, DraftActor>();
  const anons = new Map<string, DraftAnonymousSource>();
  const claims: DraftClaim[] = [];
  const statements: DraftStatement[] = [];
  const reports: {
    key: string;
    description: string;
    sentence: number;
    outlet?: string;
    /** an unowned report: only a publication named as its owner nearby renames it */
    nearby?: boolean;
    /** where its words end: a publication named after them in its sentence frames the sentence */
    until?: number;
    /** the press beside a named owner ("reports from the Times and others"): never renamed */
    others?: boolean;
    /** a report noun in a frame ("despite reports that P"), not a description of the press */
    frame?: boolean;
  }[] = [];

  const own = ownOutlet(input);
  outlets.set(own.id, own);
  // "UNN (Ukrainian National News)", unn.ua: the names the article may give its own outlet
  const ownNames = new Set(
    [
      own.name,
      own.name.replace(/\s*\(.*\)\s*/, ''),
      /\((.+)\)/.exec(own.name)?.[1] ?? '',
      own.domain?.split('.')[0] ?? '',
    ]
      .map((n) => n.toLowerCase().replace(/^the\s+/, ''))
      .filter((n) => n.length > 1),
  );
  // "told BI" in Business Insider Australia, "told coastalinsider.com.au": the own outlet by the
  // initials of its name without its edition's place, or by its domain
  const edition = /^(.+?)\s+(\S+)$/.exec(own.name.replace(/\s*\(.*\)\s*/, ''));
  const unplaced =
    edition && (countryNamed(edition[2]!) || placeWordOnly(edition[2]!)) ? edition[1]! : undefined;
  if (own.domain) ownNames.add(own.domain.toLowerCase());
  // … but where the text names the parent ("EE Times" in EE Times Asia) it is another outlet, and
  // its initials are its own
  const ownInitials = initialism(
    unplaced && !text.includes(unplaced) ? unplaced : own.name.replace(/\s*\(.*\)\s*/, ''),
    2,
  );
  const ownMention = (s: string): boolean => {
    const n = s.trim();
    return n === ownInitials || ownNames.has(n.toLowerCase().replace(/^the\s+/, ''));
  };
  let lastOutlet: string | undefined;
  let lastPerson: string | undefined;
  // the outlet each journalist named with it works for
  const journalistOf = new Map<string, string>();
  // the organisation or government named last: what "the company", "the ministry" mean
  let lastBody: string | undefined;
  let lastPlural: string | undefined;
  /** The sentence each anonymous source was last named in. */
  const anonAt = new Map<string, number>();
  let lastClaim: string | undefined;
  let prevSpeaker: string | undefined;
  // the outlet the last speaker told ("Trask told The Associated Press"), if any
  let prevChannel: string | undefined;
  // who told which outlet in the sentence read last ("Trask told The Associated Press")
  let toldOutlet: { speaker: string; outlet: string; sentence: number } | undefined;
  let statementBy: { source: string; end: number } | undefined;
  // the claim another outlet's report carried last: what "denied the report" is about
  let lastReported: string | undefined;
  // a report's first claim is its main one ("denied the reports" after the details)
  const firstReported = new Map<string, string>();
  let lastReporter: string | undefined;
  // "The Times asked Liu whether X": the question a denial in the next sentences answers
  let question: { text: string; sentence: number } | undefined;
  let sentenceIndex = 0;
  const askedClaim = () =>
    question && sentenceIndex - question.sentence <= 2 ? claimFor(question.text) : undefined;
  const deniedReport = () =>
    (lastReporter ? firstReported.get(lastReporter) : undefined) ?? lastReported;
  // "They refuted claims of organising killings": the claim a denial with no proposition answers
  // is one someone else put forward, about what the denial's object names (any, for a bare "the
  // report"); never the denier's own words just before
  const answerable = (object: string, denier: string): string | undefined => {
    const words = claimWords(object).filter((w) => !GENERIC_OBJECT.test(w));
    const fits = (id: string) =>
      statements.some((x) => x.claim === id && x.source !== denier && x.type !== 'DENIED') &&
      (!words.length ||
        claimWords(claims.find((c) => c.id === id)?.text ?? '').some((w) => words.includes(w)));
    if (lastClaim && fits(lastClaim)) return lastClaim;
    return [...claims].reverse().find((c) => fits(c.id))?.id;
  };
  let lastReport: (typeof reports)[number] | undefined;
  // the outlet or report that spoke last: what "it claimed" means
  let lastHolder: Resolved | undefined;
  let holderAt = -1;
  // "broadcast the report quoting an informed source": whom a report relies on for all it says
  const holderSources = new Map<string, Resolved[]>();

  const reporters = reporterNames(text);
  const introduced = publicationNames(text, reporters).map((name) => {
    // "the Tasnim news agency … Tasnim reported", "Beta News Agency … Beta said": an agency goes
    // by its whole name and by its own word alone, one publication
    const word = /^(.+?)\s+News\s+Agency$/.exec(name)?.[1] ?? name;
    // ("the IRNA news agency": initials name the agency whole already)
    const agency =
      !lexiconOutlet(name) &&
      !/^[A-Z]{2,}$/.test(word) &&
      (word !== name ||
        new RegExp(
          String.raw`(?<![\w-])${word.replace(/[.&]/g, '\\$&')}\s+news\s+agency\b`,
          'i',
        ).test(text))
        ? `${word} News Agency`
        : undefined;
    return {
      outlet: lexiconOutlet(name) ?? { id: slug(agency ?? name), name: agency ?? name },
      // "Quotidiano Nazionale (QN)": the initials set after a name are the name
      patterns: [agency, word, initialism(name), initialsAfter(name, text)].flatMap((n) =>
        n ? [namePattern(n)] : [],
      ),
    };
  });
  // "the Times", "the Post": an alias of one word after "the" is that outlet only when the
  // article names it in full somewhere (a London story's "The Times" is not New York's)
  const unnamed = new Set(
    OUTLET_PATTERNS.filter(
      ({ outlet: o, ambiguous, full }) =>
        ambiguous.length > 0 && o.name !== own.name && !full.some((p) => p.test(text)),
    ).map(({ outlet }) => outlet.name),
  );
  const shortForms = shortFormsOf([
    ...introduced.map((x) => x.outlet),
    ...OUTLET_PATTERNS.filter(({ full }) => full.some((p) => p.test(text))).map(
      ({ outlet: o }) => ({
        id: slug(o.name.replace(/^the /i, '')),
        name: o.name.replace(/^the /i, ''),
        domain: o.domain,
      }),
    ),
  ]);
  const outletByMention = (s: string): DraftOutlet | undefined => {
    const short = shortForms.get(s.trim().replace(/^the\s+/i, ''));
    if (short) return short;
    for (const { outlet: o, patterns, ambiguous } of OUTLET_PATTERNS)
      if (
        patterns.some((p) => p.test(s)) &&
        !(unnamed.has(o.name) && ambiguous.some((p) => p.test(s)))
      )
        return { id: slug(o.name.replace(/^the /i, '')), name: o.name, domain: o.domain };
    return introduced.find((x) => x.patterns.some((p) => p.test(s)))?.outlet;
  };

  // the publication as the company that owns it, when it speaks for itself
  const companyOf = (id: string): Resolved => {
    const o = outlets.get(id);
    if (actors.has(id)) return { kind: 'actor', id };
    // one id names one entity: an outlet already in a chain stays the outlet
    if (statements.some((x) => x.source === id || x.citing?.includes(id)))
      return { kind: 'outlet', id };
    outlets.delete(id);
    actors.set(id, { id, name: o?.name.replace(/^the\s+/i, '') ?? id, kind: 'ORGANIZATION' });
    return { kind: 'actor', id };
  };
  const reportClaims = new Map<string, string>();
  const claimFor = (raw: string, sameReport?: string, besides?: string): string => {
    // "…, branding the reports lies": the label a speaker puts on it is no part of a claim
    const textOut = plainClaim(raw.replace(VERDICT_PARTICIPLE, ''));
    // What "the report in question" claimed is the proposition the earlier mention carried.
    const earlier = sameReport
      ? claims.find((c) => c.id === reportClaims.get(sameReport))
      : undefined;
    if (earlier && claimSimilarity(earlier.text, textOut) >= 0.25) return earlier.id;
    let best: DraftClaim | undefined;
    let bestScore = SAME_CLAIM;
    for (const c of claims) {
      // (a verdict's own words are the claim it is about to leave, not the one it denies)
      if (c.id === besides) continue;
      const score = claimSimilarity(c.text, textOut);
      if (score >= bestScore) [best, bestScore] = [c, score];
    }
    if (best) return best.id;
    const base = slug(words(textOut).slice(0, 8).join(' '), 90);
    let id = base;
    for (let k = 2; claims.some((c) => c.id === id); k++) id = `${base}-${k}`;
    claims.push({ id, text: textOut, topics: [] });
    return id;
  };

  // the company a description of one means: named before it with its legal form ("Smith &
  // Nephew Plc") or a body that spoke already; one the description's own capitalised word is
  // part of ("the Adani conglomerate") before any other
  const lastCompanyNamed = (before: string, description: string): string | undefined => {
    const named: { name: string; at: number }[] = [...before.matchAll(NAMED_COMPANY)].map((m) => ({
      name: m[1]!.replace(/^The\s+/, ''),
      at: m.index!,
    }));
    for (const x of actors.values())
      if (x.kind === 'ORGANIZATION')
        for (const n of [x.name, ...(x.aliases ?? [])]) {
          const at = before.lastIndexOf(n);
          if (at >= 0) named.push({ name: x.name, at });
        }
    const marks = description
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^[A-Z]/.test(w));
    const marked = named.filter((n) => marks.some((m) => n.name.includes(m.split('-')[0]!)));
    // the story's company is named most ("Smith & Nephew … the London-based company", Biomet
    // named once between); among as many, the last
    const counts = new Map<string, number>();
    const count = (n: string) => {
      let c = counts.get(n);
      if (c === undefined) counts.set(n, (c = before.split(n).length - 1));
      return c;
    };
    return (marked.length ? marked : named).sort(
      (x, y) => count(y.name) - count(x.name) || y.at - x.at,
    )[0]?.name;
  };

  // who the text names with each role and scope, wherever it names them
  const namedRoles = [
    ...[...text.matchAll(ROLE_THEN_NAME)].map((m) => ({ scope: m[1]!, role: m[2]!, name: m[3]! })),
    ...[...text.matchAll(NAME_THEN_ROLE)].map((m) => ({
      name: m[1]!,
      role: (m[2] ?? m[5])!,
      scope: (m[3] ?? m[4])!,
    })),
  ].filter((r) => !/^(?:The|A|An|Her|His|Their|Its)$/.test(r.name.split(' ')[0]!));
  /** "her manager" is Shawn Zanotti where the text names "Williams' rep, Shawn Zanotti". */
  const roleHolder = (raw: string): string | undefined => {
    const m = ROLE_SOURCE.exec(raw);
    if (!m) return undefined;
    const cls = roleClass((m[2] ?? m[3])!);
    const key = scopeKey((m[1] ?? m[4])!);
    const pronoun = /^(?:her|his|their)$/.test(key);
    const fits = namedRoles.filter(
      (r) =>
        roleClass(r.role) === cls &&
        (scopeKey(r.scope) === key ||
          (pronoun && /^(?:[A-Z]|her$|his$|their$)/.test(scopeKey(r.scope)))),
    );
    const names = new Set(fits.map((r) => r.name));
    return names.size === 1 ? [...names][0] : undefined;
  };

  // "declared the article in Quotidiano Nazionale false. The newspaper reported …": the
  // publication the text named last, as a source or only in a publication's slot
  const publicationBefore = (at: number): string => {
    const before = text.slice(0, at);
    let best: { id: string; at: number; end: number } | undefined = lastOutlet
      ? { id: lastOutlet, at: -1, end: -1 }
      : undefined;
    const named = [...introduced.map((x) => x.outlet), ...outlets.values()];
    for (const o of named) {
      if (o.id === own.id) continue;
      const name = o.name.replace(/^the\s+/i, '');
      const pos = before.lastIndexOf(name);
      const end = pos + name.length;
      // the one named last ends last; "Journal" inside "The Wall Street Journal" is that paper,
      // however the article calls it later
      if (pos >= 0 && (end > (best?.end ?? -1) || (end === best!.end && pos < best!.at)))
        best = { id: o.id, at: pos, end };
    }
    if (best && !outlets.has(best.id)) {
      const o = named.find((x) => x.id === best!.id);
      if (o) outlets.set(o.id, o);
    }
    if (best) lastOutlet = best.id;
    return best?.id ?? own.id;
  };

  let people: Described[] | undefined;
  const describedHolder = (a: Attribution): string | undefined => {
    const all = a.sentence.tokens;
    let toks = all.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
    // "The former chief advisor and chief architect behind | the Brexit campaign | claimed": the
    // finder took the object of the description's preposition; the description opens the clause
    const pre = all.filter((t) => t.end <= a.source![0]);
    if (
      pre[0]?.lower === 'the' &&
      pre.at(-1)?.pos === 'ADP' &&
      pre.every((t) => !/^(?:VERB|AUX|PUNCT)$/.test(t.pos))
    )
      toks = [...pre, ...toks];
    if (toks[0]?.lower !== 'the') return undefined;
    // "The director of the Center, Larry Sabato, denied": the name beside it says who
    if (a.cue[0] >= a.source![1] && /^\s*,\s*[A-Z]/.test(text.slice(a.source![1], a.cue[0])))
      return undefined;
    const cut = toks.findIndex((t, k) => k > 0 && DESCRIPTION_STOP.test(t.pos));
    const head = toks.slice(1, cut < 0 ? toks.length : cut).at(-1);
    if (
      !head ||
      (head.pos !== 'NOUN' && !ROLE_WORDS.test(head.text) && !LEGISLATOR.test(head.text)) ||
      !(/^[a-z]+$/.test(head.text) || LEGISLATOR.test(head.text)) ||
      // "A senior official said … The official said": an unnamed holder of the noun is meant
      ([...anons.values()].some((x) => x.description.toLowerCase().includes(head.lemma)) &&
        ANON_HEADS.has(head.lemma)) ||
      GOVERNMENT_WORDS.test(head.text) ||
      ORGANIZATION_WORDS.test(head.text) ||
      BODY_NOUN.test(head.text) ||
      ONE_WORD_PUBLICATION.test(head.text)
    )
      return undefined;
    people ??= describedPeople(sents);
    const noun = LEGISLATOR.test(head.text) ? LAWMAKER : head.lemma;
    const holders = people.filter((p) => p.at < a.source![0] && p.nouns.has(noun));
    // "the Vatican spokesmen": a plural is said of two at least, and the last named speaks
    if (head.lower !== head.lemma && new Set(holders.map((p) => p.name)).size < 2) return undefined;
    return holders.at(-1)?.name;
  };

  let allTokens: Token[] | undefined;
  // the person named `name` the draft knows by name or alias, else a new one with `aliases`
  const personActor = (name: string, aliases: string[] | undefined): Resolved => {
    const known = [...actors.values()].find(
      (x) => x.kind === 'PERSON' && (x.name === name || x.aliases?.includes(name)),
    );
    const id = known?.id ?? slug(name);
    if (!known) actors.set(id, { id, name, kind: 'PERSON', ...(aliases ? { aliases } : {}) });
    lastPerson = id;
    return { kind: 'actor', id };
  };
  /**
   * Whom "he" or "she" in sentence `index` is: the person the sentence before is about, when it
   * says nothing itself ("Coach Ernesto Valverde played down the talk. “…,” he said."), or else
   * the last person named.
   */
  const pronounPerson = (index: number): Resolved | undefined => {
    const before = index > 0 ? sents[index - 1] : undefined;
    const subject = before ? silentSubject(before) : undefined;
    if (subject && !outletByMention(subject))
      return personActor(subject, subject.includes(' ') ? [subject.split(' ').at(-1)!] : undefined);
    return lastPerson ? { kind: 'actor', id: lastPerson } : undefined;
  };
  // "a Radar Online story", "the Nikkei article": a name no lexicon knows owns the report as a
  // publication, unless it names a place, a people, a public body or initials (a UN report), or
  // is a person's name or part of a longer one the text gives (the Mueller report)
  function pressName(name: string): boolean {
    const bare = name.replace(/^the\s+/i, '');
    return (
      !countryNamed(bare) &&
      !countryOfCapital(bare) &&
      !placeWordOnly(bare) &&
      !bare.split(' ').every(placeWordOnly) &&
      !GOVERNMENT_WORDS.test(bare) &&
      !ORGANIZATION_WORDS.test(bare) &&
      !bare.split(' ').some((w) => ROLE_WORDS.test(w) || /^[A-Z]{2,6}$/.test(w)) &&
      ![...actors.values()].some(
        (x) => x.name === bare || x.aliases?.includes(bare) || x.name.split(' ').at(-1) === bare,
      ) &&
      (bare.includes(' ') ||
        !new RegExp(
          String.raw`\b(?!(?:The|A|An|This|That)\s)[A-Z][\w.-]*\s+${bare.replace(/[.&-]/g, '\\$&')}\b`,
        ).test(text))
    );
  }
  const resolve = (
    a: Attribution,
    index: number,
    scope: string | undefined,
  ): Resolved | undefined => {
    if (!a.source) return undefined;
    const unnamedBy = notNamedBy(a, text);
    if (unnamedBy) return resolve({ ...a, source: unnamedBy }, index, scope);
    const raw = text.slice(a.source[0], a.source[1]).trim();
    const low = raw.toLowerCase();
    // a title is a person's, and the splitter may have cut the sentence at its stop, so the
    // name is taken as it stands
    const titled = nameAfterShortTitle(a, text);
    if (titled) {
      const name = text.slice(...titled);
      const last = name.split(' ').at(-1)!;
      return personActor(name, last !== name ? [last] : undefined);
    }
    if (DATE_ONLY.test(raw)) return undefined;
    // "The Ministry of External Affairs (MEA) said": the body is named without its initials,
    // which stay its alias ("The MEA added")
    const abbreviated = /^(.*\S)\s*\(([A-Z]{2,6})\)$/.exec(raw);
    if (abbreviated) {
      const start = a.source[0] + text.slice(a.source[0], a.source[1]).indexOf(raw);
      const named = resolve(
        { ...a, source: [start, start + abbreviated[1]!.length] },
        index,
        scope,
      );
      const body = named?.kind === 'actor' ? actors.get(named.id) : undefined;
      if (body && body.kind !== 'PERSON' && !body.aliases?.includes(abbreviated[2]!))
        body.aliases = [...(body.aliases ?? []), abbreviated[2]!];
      return named;
    }
    const nameOfDescription = describedToCue(a, text);
    if (nameOfDescription) return resolve({ ...a, source: nameOfDescription }, index, scope);
    const besideName = apposedName(a, text);
    if (besideName) return resolve({ ...a, source: besideName }, index, scope);
    if (low === 'who') {
      const antecedent = relativeAntecedent(a);
      return antecedent ? resolve({ ...a, source: antecedent }, index, scope) : undefined;
    }
    const locatedName = afterWhereBased(a, text);
    if (locatedName) return resolve({ ...a, source: locatedName }, index, scope);
    if (/^(he|she|him|her)$/.test(low)) return pronounPerson(index);
    if (/^(they|them)$/.test(low))
      return lastPlural
        ? {
            kind: lastPlural.startsWith('anon:') ? 'anon' : 'actor',
            id: lastPlural.replace(/^anon:/, ''),
          }
        : undefined;
    // "The report said … It claimed …": "it" opening the next sentence; "what it terms" in the
    // middle of one is more often the subject before it
    if (low === 'it')
      return (a.source[0] === a.sentence.start || frontedBefore(a)) && holderAt >= index - 1
        ? lastHolder
        : undefined;
    // "the financial paper", "the Sydney-based newspaper": a describing word changes nothing
    if (/^the (?:[a-z-]+ )?(outlet|newspaper|network|paper|publication|broadcaster)$/.test(low))
      return { kind: 'outlet', id: publicationBefore(a.source[0]) };
    // "her manager", "the chief executive of ICOA": the person named with that role and scope
    const holder = roleHolder(raw);
    if (holder) return personActor(holder, [holder.split(' ').at(-1)!]);
    // "the former chief advisor and chief architect behind …", "the Vatican spokesmen": a
    // person's description with no name is the person the text introduced last with that noun
    const introducedAs = describedHolder(a);
    if (introducedAs) return personActor(introducedAs, [introducedAs.split(' ').at(-1)!]);
    // "the UK daily newspaper", "the London-based company", "the Swiss drugmaker": a body
    // described, not named, is the body of that kind the text named last, never a person
    const describedAs = describedKind(
      raw,
      /^\s*([a-z-]+)/.exec(text.slice(a.source[1]))?.[1] ?? '',
    );
    if (describedAs === 'outlet') return { kind: 'outlet', id: publicationBefore(a.source[0]) };
    if (describedAs === 'company') {
      const name = lastCompanyNamed(text.slice(0, a.source[0]), raw);
      if (!name) return undefined;
      const known = [...actors.values()].find(
        (x) => x.kind !== 'PERSON' && (x.name === name || x.aliases?.includes(name)),
      );
      const id = known?.id ?? slug(name);
      if (!known) actors.set(id, { id, name, kind: 'ORGANIZATION' });
      lastBody = id;
      return { kind: 'actor', id };
    }
    // "A conservative blog, The Bearing Drift, reported", "The director of the Center for X,
    // Jane Roe, said": a description with the name set beside it is the one named
    const apposed = /^(?:a|an|the)\s+[a-z]/i.test(raw)
      ? /^,\s*((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w.’'-]+),\s*$/.exec(
          a.cue[0] >= a.source[1] ? text.slice(a.source[1], a.cue[0]) : '',
        )
      : null;
    if (apposed) {
      const start = a.source[1] + text.slice(a.source[1], a.cue[0]).indexOf(apposed[1]!);
      return resolve({ ...a, source: [start, start + apposed[1]!.length] }, index, scope);
    }
    // "Acme Corp denied it. … the company said": the body named last ("The Palace", capitalised,
    // is a name)
    const described = /^[Tt]he\s+([a-z]+)$/.exec(raw)?.[1] ?? '';
    if (BODY_NOUN.test(described)) {
      // "Buckingham Palace … the palace said": the last name whose head is that noun comes first
      const named = [
        ...text
          .slice(0, a.source[0])
          .matchAll(
            new RegExp(
              `\\b((?:[A-Z][\\w’'.-]*\\s+){1,4})${described[0]!.toUpperCase()}${described.slice(1)}\\b`,
              'g',
            ),
          ),
      ].at(-1);
      if (named) {
        const name = named[0]
          .split(/[.!?]\s+/)
          .at(-1)!
          .replace(/^The\s+/, '');
        const id = slug(name);
        if (!actors.has(id))
          actors.set(id, {
            id,
            name,
            kind: GOVERNMENT_WORDS.test(name) ? 'GOVERNMENT' : 'ORGANIZATION',
          });
        lastBody = id;
        return { kind: 'actor', id };
      }
      return lastBody ? { kind: 'actor', id: lastBody } : undefined;
    }
    // "BBC News royal correspondent Nicholas Witchell says": the journalist speaks, for the outlet
    const journalist =
      /^(.+?)\s+(?:[a-z][a-z-]*\s+){0,3}(?:correspondent|reporter|editor|journalist|columnist|anchor|host|analyst|writer|commentator)\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]+)$/.exec(
        raw,
      );
    const paper = journalist
      ? ownNames.has(journalist[1]!.toLowerCase().replace(/^the\s+/, ''))
        ? own
        : outletByMention(journalist[1]!)
      : undefined;
    if (journalist && paper) {
      const start = a.source[0] + raw.lastIndexOf(journalist[2]!);
      const person = resolve(
        { ...a, source: [start, start + journalist[2]!.length] },
        index,
        scope,
      );
      if (person?.kind === 'actor' && paper.id !== own.id) {
        if (!outlets.has(paper.id)) outlets.set(paper.id, paper);
        journalistOf.set(person.id, paper.id);
      }
      return person;
    }
    // "a leaked US intelligence document says": a document speaks for whoever wrote it, named
    // by the words before it; "one document", "the memo" name nobody
    const author = documentAuthor(a);
    if (author !== undefined) {
      if (!author) return undefined;
      const id = slug(author);
      if (!actors.has(id))
        actors.set(id, {
          id,
          name: author,
          kind: GOVERNMENT_WORDS.test(author) ? 'GOVERNMENT' : 'ORGANIZATION',
        });
      lastBody = id;
      return { kind: 'actor', id };
    }
    // "…, according to UNN": the article's own outlet, named in its own text
    if (ownMention(raw)) return { kind: 'outlet', id: own.id };
    // "The source quoted by Al Qahera News TV", "an official interviewed by the channel": the
    // outlet that quoted an unnamed source cites it, and is no source itself
    const quotedBy =
      /^(.+?)\s+(?:(?:quoted|cited|interviewed|contacted|reached|approached)\s+by|(?:speaking|talking)\s+(?:to|with))\s+(.+)$/.exec(
        raw,
      );
    // "Reuters' source", "NBC News sources", "the Journal's insiders": a publication's sources
    // are the unnamed people it cites, as if it quoted them
    const sourcedBy = PUBLICATION_SOURCES.exec(raw);
    const quoter =
      quotedBy && quotedBy[1]!.split(/\s+/).some((w) => ANON_HEADS.has(w.toLowerCase()))
        ? (outletByMention(quotedBy[2]!) ??
          (QUOTING_OUTLET.test(quotedBy[2]!) && lastOutlet ? outlets.get(lastOutlet) : undefined))
        : sourcedBy
          ? outletByMention(sourcedBy[1]!)
          : undefined;
    if (quoter) {
      if (!outlets.has(quoter.id)) outlets.set(quoter.id, quoter);
      scope = quoter.id;
    }
    // "Twenty-First Century Fox Inc … Fox, which …, denied": a one-word short form is the
    // company named in full before it, not the outlet it would name alone
    const company = /^[A-Z][\w&-]+$/.test(raw)
      ? fullCompanyName(raw, text.slice(0, a.source[0]))
      : undefined;
    if (company) {
      const id = slug(company);
      if (!actors.has(id)) actors.set(id, { id, name: company, kind: 'ORGANIZATION' });
      lastBody = id;
      return { kind: 'actor', id };
    }
    // "Volker himself": the reflexive stresses the one name
    // "The ISU added": a body's initials take "the", and are its name as much as without it
    const initials = /^(?:[Tt]he\s+)?([A-Z]{2,6})$/.exec(raw)?.[1];
    const one = initials ?? raw.replace(/\s+(?:himself|herself|itself|themselves)$/, '');
    const fuller =
      ONE_NAME.test(one) &&
      !outletByMention(one) &&
      !countryNamed(one) &&
      !countryOfCapital(one) &&
      !placeWordOnly(one) &&
      ![...actors.values()].some(
        (x) =>
          x.name === one ||
          x.aliases?.includes(one) ||
          (x.kind === 'PERSON' && x.name.split(' ').at(-1) === one),
      )
        ? ((initials ? bracketedName(initials, text.slice(0, a.source[0])) : undefined) ??
          fullerName(
            one,
            (allTokens ??= sents.flatMap((x) => x.tokens)).filter((t) => t.end <= a.source![0]),
          ))
        : undefined;
    if (fuller) {
      const outlet = outletByMention(fuller.name);
      if (outlet) {
        if (!outlets.has(outlet.id)) outlets.set(outlet.id, outlet);
        if (outlet.id !== own.id) lastOutlet = outlet.id;
        return { kind: 'outlet', id: outlet.id };
      }
      const id = slug(fuller.name);
      if (!actors.has(id))
        actors.set(id, {
          id,
          name: fuller.name,
          kind: fuller.person ? 'PERSON' : 'ORGANIZATION',
          aliases: [one],
        });
      if (fuller.person) lastPerson = id;
      else lastBody = id;
      return { kind: 'actor', id };
    }
    // "a source familiar with Bloomberg's thinking" is not Bloomberg
    // ("A Time Warner Cable spokesman" is not Time: namePattern leaves a name that goes on)
    const named = quoter
      ? undefined
      : outletByMention(raw.split(/\b(?:familiar|close|briefed)\b/)[0]!);
    // "Several TV channels", "Indian newspapers": plural press with no name is unnamed, though
    // the text's capitals made a publication name of it
    const press =
      unnamedPress(raw) &&
      !ANON_BEFORE_REPORT.test(low) &&
      (!named || introduced.some((x) => x.outlet.id === named.id));
    if (named && !press) {
      if (!outlets.has(named.id)) outlets.set(named.id, named);
      if (named.id !== own.id) lastOutlet = named.id;
      return { kind: 'outlet', id: named.id };
    }
    // "London's Evening Herald newspaper", "the Kommersant daily": a name before a word for a
    // publication is an outlet (the finder may leave the name out of the source), and a place
    // before it only says where it is; "a Moscow newspaper" is unnamed
    const tail = a.sentence.tokens
      .filter((t) => t.start >= a.source![0] && t.end <= a.source![1])
      .at(-1);
    if (tail && !press && ONE_WORD_PUBLICATION.test(tail.text)) {
      const toks = a.sentence.tokens;
      const end = toks.indexOf(tail);
      let from = end;
      while (
        from > 0 &&
        /^[A-Z]/.test(toks[from - 1]!.text) &&
        !DETERMINER.test(toks[from - 1]!.text) &&
        !/^the$/i.test(toks[from - 1]!.text)
      )
        from--;
      if (from < end && !/^an?$/i.test(toks[from - 1]?.text ?? '')) {
        const name = text.slice(toks[from]!.start, toks[end - 1]!.end);
        const outlet = { id: slug(name), name };
        if (!outlets.has(outlet.id)) outlets.set(outlet.id, outlet);
        if (outlet.id !== own.id) lastOutlet = outlet.id;
        return { kind: 'outlet', id: outlet.id };
      }
    }
    // "the New York Times released a piece claiming that …": the piece is the outlet's
    if (
      /^(?:a|an|the|its)\s+(?:\w+\s+)?(?:piece|report|story|article|column|investigation)$/.test(
        low,
      )
    ) {
      const pre = text.slice(a.sentence.start, a.source[0]);
      const verb = /\b(?:released|published|ran|aired|carried|posted|broke|put out)\s+$/.exec(pre);
      const publisher = verb ? outletByMention(pre.slice(0, verb.index)) : undefined;
      if (publisher) {
        if (!outlets.has(publisher.id)) outlets.set(publisher.id, publisher);
        if (publisher.id !== own.id) lastOutlet = publisher.id;
        return { kind: 'outlet', id: publisher.id };
      }
    }
    // "The Deccan Herald report said", "an Economic Times story": the name the finder left
    // before the report's noun owns the report
    const owner = /^(?:report|story|article|scoop)$/.test(low) ? reportOwner(a, text) : undefined;
    const ownerOutlet = owner ? outletByMention(owner) : undefined;
    if (ownerOutlet) {
      if (!outlets.has(ownerOutlet.id)) outlets.set(ownerOutlet.id, ownerOutlet);
      if (ownerOutlet.id !== own.id) lastOutlet = ownerOutlet.id;
      return { kind: 'outlet', id: ownerOutlet.id };
    }
    // "an official with knowledge of the report" is the official, not the report
    const anonFirst = ANON_BEFORE_REPORT.test(low);
    // "a Marrow Ledger investigation found": a publication's investigation is a report of it
    const inquiry = /^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&’'-]*\s+){1,4})investigation$/.exec(raw);
    const byPress =
      !!inquiry && (!!outletByMention(inquiry[1]!.trim()) || pressName(inquiry[1]!.trim()));
    if ((/\b(report|story|article|scoop)\b/.test(low) || press || byPress) && !anonFirst) {
      if (/^the\b/.test(low) && lastReport) {
        lastReport.sentence = index;
        return { kind: 'report', id: lastReport.key };
      }
      // "The report, which cited …, said": the report of the outlet named last
      if (/^the\b/.test(low) && lastOutlet) return { kind: 'outlet', id: lastOutlet };
      const r = {
        key: `__r${reports.length}__`,
        description: raw.replace(/^(a|an|the)\s+/i, ''),
        sentence: index,
      };
      reports.push(r);
      lastReport = r;
      return { kind: 'report', id: r.key };
    }
    const toks = a.sentence.tokens.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
    // "two senators present who requested anonymity", "one attendee, who spoke on condition of
    // anonymity": a source that asks not to be named is unnamed whatever the noun (ANNOTATION.md)
    const rel = toks.at(-1)?.lower === 'who' ? toks.length - 1 : -1;
    const unnamedByRequest =
      ANONYMITY.test(
        text
          .slice(rel >= 0 ? toks[rel]!.start : a.source[1], a.source[1] + 90)
          .replace(/^[,\s]+/, ''),
      ) && !toks.some((t) => t.pos === 'PROPN');
    const nouns = toks.flatMap((t, k) => (t.pos === 'NOUN' && /^[a-z]+$/.test(t.text) ? [k] : []));
    const headIndex =
      anonHead(toks) >= 0 || !unnamedByRequest ? anonHead(toks) : (nouns.at(-1) ?? -1);
    // "a source familiar with Bloomberg's thinking" names Bloomberg, not the source
    const about = toks.findIndex(
      (t, i) => i > headIndex && /^(familiar|close|briefed|with|to|on)$/.test(t.lower),
    );
    // "Kremlin spokesman Dmitry Peskov" is named; "officials of Acme Corp", "officials in the
    // administration of President X", "officials and a European diplomat" are not: a name behind
    // a preposition or a conjunction says whom the unnamed source works for
    const hasName = toks.some(
      (t, i) =>
        t.pos === 'PROPN' &&
        i > headIndex &&
        headIndex >= 0 &&
        (about < 0 || i < about) &&
        !toks.slice(headIndex + 1, i).some((x) => x.pos === 'ADP' || x.pos === 'CCONJ'),
    );
    // "a spokesman for Rheinmetall, Oliver Hoffman, told CNN": the name set beside the
    // description is who spoke
    const between = a.cue[0] >= a.source[1] ? text.slice(a.source[1], a.cue[0]) : '';
    // … and "X's spokesman, Jan Novak, responded on Twitter, saying …": beside the role, whatever
    // the cue that follows
    const beside = /^,\s*((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w.’'-]+),\s*(?:$|(?=[a-z]))/.exec(
      between,
    );
    // "The director of the Center for Politics, Jan Novak, denied": a role that opens the
    // description, whatever names its scope
    const roleFirst = toks.findIndex((t) => ROLE_WORDS.test(t.text));
    const opensWithRole =
      roleFirst >= 0 &&
      roleFirst <= 2 &&
      toks.slice(0, roleFirst).every((t) => /^(DET|PRON)$/.test(t.pos));
    if (
      beside &&
      ((headIndex >= 0 && !hasName && ROLE_WORDS.test(toks[headIndex]!.text)) ||
        opensWithRole ||
        SPEAKS_FOR.test(raw))
    ) {
      const start = a.source[1] + between.indexOf(beside[1]!);
      return resolve({ ...a, source: [start, start + beside[1]!.length] }, index, scope);
    }
    if (headIndex >= 0 && !hasName) {
      const person = trailingPerson(toks, headIndex);
      if (person)
        return resolve(
          { ...a, source: [toks[person[0]]!.start, toks[person[1] - 1]!.end] },
          index,
          scope,
        );
      // "A US intelligence official, who spoke on condition of anonymity, …" is how the outlet
      // describes its source
      // … with or without commas, and in the other set phrases for it: "who requested
      // anonymity", "who declined to be named", "who was not authorized to speak publicly"
      // "people familiar with the matter who | requested anonymity": the finder may end the
      // source on the relative word, and the set phrase starts from it
      const anonFrom = rel >= 0 ? toks[rel]!.start : a.source[1];
      const anonymity =
        /^,?\s*(?:(?:who\s+\w+|speaking|talking)\s+on (?:the )?condition of anonymity|who\s+(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)|who\s+(?:requested|asked for|sought|was granted|were granted)\s+anonymity|who\s+declined\s+to\s+be\s+(?:named|identified)|who\s+(?:was|were)(?:\s+not|n['’]t)\s+(?:named|identified|authori[sz]ed\s+to\s+(?:speak|talk|comment)(?:\s+(?:publicly|on the record))?))/i.exec(
          text.slice(anonFrom, anonFrom + 90),
        );
      const who = anonymity ? undefined : whoClause(a, text, anonFrom);
      const desc = (
        anonymity
          ? text.slice(a.source[0], anonFrom) + anonymity[0]
          : who
            ? text.slice(a.source[0], who)
            : raw
      )
        .replace(/[“”"]/g, '')
        // "five sources close to the situation who (spoke to CNN)": the relative word is not theirs
        .replace(/\s+(?:who|that|which)$/i, '');
      // "The deal is worth $2 billion, said one of the people": a member of the group named
      // before speaks for it
      const definite =
        /^(?:the|(?:one|two|three|four|five|six|some|several|both|another|each|all|most|many|none|either|neither)\s+of\s+the)\b/i.test(
          desc,
        );
      const head = toks[headIndex]!.lower;
      if (definite) {
        const prior = [...anons.values()].reverse().find((x) => sameUnnamed(x.description, head));
        if (prior) return { kind: 'anon', id: prior.id };
        // "Quoting a senior source from a meeting, it said … “…,” the source said": the one the
        // text introduced before, though nothing was drafted from that sentence
        const before = /^the\s/i.test(desc)
          ? introducedUnnamed(text, a.source[0], head)
          : undefined;
        const at = before && sents.find((x) => x.start <= before[0] && before[1] <= x.end);
        if (before && at) return resolve({ ...a, sentence: at, source: before }, index, scope);
      }
      // "three officials told the AP …. …, two people said": a bare count of people just after a
      // larger counted group is some of that group
      const bare =
        /^(?:(one|two|three|four|five|six|\d+)\s+(?:people|persons?|sources?)|another(?:\s+(?:person|source))?)$/i.exec(
          desc,
        );
      if (bare) {
        const n = bare[1] ? (NUMBER_WORDS[bare[1].toLowerCase()] ?? Number(bare[1])) : 1;
        const prior = [...anons.values()]
          .reverse()
          .find((x) => (x.count ?? 0) > n && index - (anonAt.get(x.id) ?? -9) <= 2);
        if (prior) return { kind: 'anon', id: prior.id };
      }
      let count: number | undefined;
      // "two-thirds of insiders", "six in 10 officials", "40 percent of officials": a share of a
      // group says nothing of how many spoke
      const share = toks
        .slice(0, headIndex)
        .some((t) => /^(?:thirds?|quarters?|fifths?|half|halves|percent|per|%|in)$/.test(t.lower));
      for (const t of share ? [] : toks.slice(0, headIndex)) {
        // "Qatar 2022 officials": a year names the event, it counts no one
        const n =
          NUMBER_WORDS[t.lower] ??
          (/^\d+$/.test(t.text) && !/^(?:19|20)\d\d$/.test(t.text) ? Number(t.text) : undefined);
        if (n !== undefined) count = (count ?? 0) + n;
      }
      const plural = /s$/.test(head) || head === 'people';
      if (count === undefined && !plural) count = 1;
      count = conjunctCount(toks, headIndex, count);
      // a lone capital that only starts the sentence ("Cartel operatives said") names nobody
      // … unless it is a government's ("Pentagon officials said"); a rank that opens the sentence
      // ("Senior Biden administration officials") is no part of the name
      let modifiers = toks.slice(0, headIndex).filter(
        (t, k) =>
          t.pos === 'PROPN' &&
          !(
            t.start === a.sentence.start &&
            k === headIndex - 1 &&
            !/\./.test(t.text) &&
            // a proper name of a body, not the common noun ("Government officials said")
            !(GOVERNMENT_WORDS.test(t.text) && !COMMON_BODY.test(t.text))
          ) &&
          !(t.start === a.sentence.start && RANK.test(t.text)),
      );
      // "Biden administration officials", "a German government official": the body's noun after
      // the name is part of it
      const body = toks[headIndex - 1];
      if (
        modifiers.length &&
        body &&
        toks[headIndex - 2] === modifiers.at(-1) &&
        /^(administration|government|ministry)$/.test(body.text)
      )
        modifiers = [...modifiers, body];
      // "officials of Acme Corp": the name after the preposition
      const of = toks.findIndex(
        (t, k) =>
          k > headIndex && /^(of|at|from|in|for)$/.test(t.lower) && (about < 0 || k < about),
      );
      if (!modifiers.length && of >= 0) {
        const after = toks.slice(of + 1);
        const startName = after.findIndex((t) => t.pos === 'PROPN' && !TITLES.test(t.text));
        const run = startName < 0 ? [] : after.slice(startName);
        // "a rep for Lenox Hill Hospital": the tagger reads a capitalised common noun that ends a
        // name as a noun, but the capital keeps it in the name
        const stop = run.findIndex((t) => t.pos !== 'PROPN' && !/^[A-Z][a-z]/.test(t.text));
        modifiers = stop < 0 ? run : run.slice(0, stop);
      }
      let affiliation: string | undefined;
      if (modifiers.length) {
        const name = modifiers.map((t) => t.text).join(' ');
        affiliation = slug(name);
        if (!actors.has(affiliation))
          actors.set(affiliation, {
            id: affiliation,
            name,
            kind:
              GOVERNMENT_WORDS.test(name) || /^[A-Z.]+$/.test(name) ? 'GOVERNMENT' : 'ORGANIZATION',
          });
      }
      const citedBy = scope ?? own.id;
      const id = `${citedBy}-${slug(desc.replace(/^(a|an|the)\s+/i, ''), 100)}`;
      anonAt.set(id, index);
      if (!anons.has(id))
        anons.set(id, {
          id,
          description: desc,
          ...(count !== undefined ? { count } : {}),
          ...(affiliation ? { affiliation } : {}),
          citedBy,
        });
      if (plural) lastPlural = `anon:${id}`;
      return { kind: 'anon', id };
    }
    const propn = toks.filter((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text));
    if (!propn.length) return undefined;
    // the name follows the last role word ("National Security Council Spokesman Tommy Vietor")
    // and ends at the first word in lower case ("Sean Spicer today", "Soon-Shiong himself")
    let lastRole = -1;
    toks.forEach((t, k) => {
      // "Union leader Dana Whitfield", "Harvard professor Jane Doe": a common noun in lower case
      // right before a capitalised name is her role, and the capitals before it are its scope
      const roleNoun =
        // ("oil major Shell": a noun the tagger reads as an adjective after the noun it heads)
        (t.pos === 'NOUN' ||
          (t.pos === 'ADJ' && k > 0 && /^(?:NOUN|PROPN)$/.test(toks[k - 1]!.pos))) &&
        /^[a-z]+$/.test(t.text) &&
        (toks[k + 1]?.pos === 'PROPN' || ORDINAL.test(toks[k + 1]?.text ?? '')) &&
        NAME_START.test(toks[k + 1]!.text) &&
        !GOVERNMENT_WORDS.test(t.text) &&
        // … and "Jane Roe's media company 21st Street Media": a body's noun at the head of a
        // description in lower case
        (!ORGANIZATION_WORDS.test(t.text) || /^[a-z]/.test(toks[k - 1]?.text ?? '')) &&
        !PARTICLE.test(t.text);
      // "Virginia Republican Gov. Jan Novak": an abbreviated title before a name is a role too
      // … any short capitalised word written with a stop ("Prof.", "Capt.", "Msgr.")
      const abbreviated =
        (/^(Gov|Sen|Rep|Gen|Adm|Lt|Col|Sgt|Amb)\.?$/.test(t.text) ||
          (SHORT_TITLE.test(t.text.replace(/\.$/, '')) &&
            (t.text.endsWith('.') || toks[k + 1]?.text === '.'))) &&
        /^[A-Z]/.test(toks[k + (toks[k + 1]?.text === '.' ? 2 : 1)]?.text ?? '');
      if (
        ROLE_WORDS.test(t.text) ||
        PRESS_ROLE.test(t.text) ||
        roleNoun ||
        abbreviated ||
        titleBeforeName(toks, k)
      )
        lastRole = Math.max(lastRole, k);
      // "Chief of Staff John Kelly", "Minister of Foreign Affairs Sergei Lavrov": the title's "of"
      // phrase runs on in capitals, leaving the last two of them to the name
      // … and "Minister of Trade and Industry Kim Hae-jin", "Secretary for Commerce and Economic
      // Development Ana Ruiz": portfolios joined by "and" are all the title's, however many
      const titled = ROLE_WORDS.test(t.text) || /^head$/i.test(t.text);
      const joined = titled ? portfoliosJoined(toks, k + 1) : undefined;
      if (joined !== undefined) lastRole = Math.max(lastRole, joined);
      else if (titled && toks[k + 1]?.lower === 'of') {
        let n = 0;
        while (k + 2 + n < toks.length && CAPITALISED.test(toks[k + 2 + n]!.text)) n++;
        if (n) lastRole = Math.max(lastRole, k + 1 + Math.max(1, n - 2));
      }
    });
    // "Ambassador to Russia Luciano Nkogo Ndong Ayekaba", "Envoy to the UN Jane Roe": a title's
    // "to" names a country or a body of initials, one word, and the name follows it (the finder
    // starts the source after "to")
    const scopeAt = toks[0]?.lower === 'the' ? 1 : 0;
    if (
      lastRole < 0 &&
      toks.length >= scopeAt + 3 &&
      (countryNamed(toks[scopeAt]!.text) || /^[A-Z]{2,5}$/.test(toks[scopeAt]!.text)) &&
      TITLE_TO.test(text.slice(Math.max(0, a.source[0] - 40), a.source[0]))
    )
      lastRole = scopeAt;
    let first = toks.findIndex(
      (t, k) =>
        k > lastRole &&
        NAME_START.test(t.text) &&
        (!TITLES.test(t.text) || companyRank(toks, k)) &&
        !DETERMINER.test(t.text),
    );
    // "the US State Department", "the Foreign Ministry": the title words before the noun of a
    // body are its name
    if (first > 0 && (GOVERNMENT_WORDS.test(toks[first]!.text) || BODY.test(toks[first]!.text)))
      while (
        first > 0 &&
        /^[A-Z]/.test(toks[first - 1]!.text) &&
        !DETERMINER.test(toks[first - 1]!.text) &&
        toks[first - 1]!.lower !== 'the' &&
        !ROLE_WORDS.test(toks[first - 1]!.text)
      )
        first--;
    // "his resignation by the end of November": a name behind a preposition in a phrase headed
    // by a common noun is what the phrase is about, not who speaks
    if (aboutName(first > 0 ? toks.slice(0, first) : [])) return undefined;
    // "The US military", "the Mexican government": a body named only by words that are titles
    // elsewhere, and the noun of what it is
    const body =
      first < 0 && !!toks.length && BODY.test(toks.at(-1)!.text)
        ? toks.findIndex((t) => /^[A-Z]/.test(t.text) && t.lower !== 'the')
        : -1;
    const office = officeName(toks);
    if (first < 0 && body < 0 && !office) return undefined;
    if (first < 0) first = body >= 0 ? body : office![0];
    let endName = body >= 0 ? toks.length : first + 1;
    for (; endName < toks.length; endName++) {
      const t = toks[endName]!;
      const prev = toks[endName - 1]!;
      const next = toks[endName + 1];
      // "Mexico's foreign ministry": the possessive names the body that follows it
      if (/^[’']s$/.test(t.text)) {
        const body = toks
          .slice(endName + 1, endName + 4)
          .findIndex(
            (x) =>
              GOVERNMENT_WORDS.test(x.text) ||
              ORGANIZATION_WORDS.test(x.text) ||
              PERSON_BODY.test(x.text),
          );
        if (
          body >= 0 &&
          toks.slice(endName + 1, endName + 2 + body).every((x) => /^[a-z]/.test(x.text))
        ) {
          endName += body + 2;
          break;
        }
      }
      const joined =
        CAPITALISED.test(t.text) ||
        // "Carlos Fernandez de Cossio", "Ursula von der Leyen", "Corriere della Sera": a particle
        // inside a name
        (PARTICLE.test(t.text) &&
          toks
            .slice(endName + 1)
            .find((x) => !PARTICLE.test(x.text))
            ?.text.match(/^[A-Z]/) != null &&
          toks.slice(endName + 1, endName + 3).some((x) => /^[A-Z]/.test(x.text))) ||
        // "Kim Yong-hyun", "Re/code": a hyphen or a slash inside a word
        (/^[-/]$/.test(t.text) && prev.end === t.start && next?.start === t.end) ||
        (/^[-/]$/.test(prev.text) && prev.end === t.start) ||
        // "Smith & Nephew", "Procter & Gamble": an ampersand between capitalised words is inside
        // one company's name (prose joins two parties with "and")
        (t.text === '&' && /^[A-Z]/.test(prev.text) && /^[A-Z]/.test(next?.text ?? '')) ||
        // "Tokyo 2020 organisers", "Qatar 2022 officials": a year after a host's name names the
        // event, not the place or its government
        (/^(?:19|20)\d\d$/.test(t.text) &&
          endName === first + 1 &&
          !!(countryOfCapital(prev.text) ?? countryNamed(prev.text)) &&
          !/^[A-Z]/.test(next?.text ?? '')) ||
        // "the Food and Drug Administration": one body's name (conjuncts keeps it whole)
        (t.lower === 'and' &&
          toks[first - 1]?.lower === 'the' &&
          sharedBodyHead(toks.slice(first, endName), toks.slice(endName + 1))) ||
        (/^[’']s$/.test(t.text) && /^[A-Z]/.test(next?.text ?? '')) ||
        // "the Obama administration", "the Trump campaign"
        GOVERNMENT_WORDS.test(t.text) ||
        ORGANIZATION_WORDS.test(t.text);
      if (!joined) {
        // "the Polish foreign ministry", "the Iranian navy": lower-case words that end in the
        // noun of a body belong to its name, as "embassy" does in "the Cuban embassy"
        if (bodyTail(toks.slice(endName))) endName = toks.length;
        break;
      }
    }
    // "Western states", "Arab governments": a group named by a capitalised adjective and a plural
    const group =
      endName === first + 1 &&
      endName < toks.length &&
      toks.slice(endName).every((t) => /^[a-z]+s$/.test(t.text) && t.pos === 'NOUN') &&
      /^(?:states|governments|countries|nations|allies|powers)$/.test(toks.at(-1)!.text);
    if (group) endName = toks.length;
    if (office) {
      // "Iran's Ministry of Foreign Affairs" keeps the possessor the name began with
      if (first > office[2]) first = office[0];
      endName = Math.max(endName, office[1]);
    }
    // "Japan's Renesas Electronics", "Rupert Murdoch's 21st Century Fox": the possessor says
    // where or whose it is ("McDonald's" alone, with nothing named after it, is the name)
    const whole = text.slice(toks[first]!.start, toks[endName - 1]!.end);
    const stripped = whole.replace(
      /^(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+(?=[A-Z0-9])/,
      '',
    );
    // … but "Russia’s Foreign Ministry", "India’s Supreme Court": a body named only by what it
    // is keeps its country, which is all that tells it from the others
    // … as does "the Governor's Office", whose one noun says nothing of whose it is
    const kept = stripped !== whole && (office || generalBody(stripped)) ? whole : stripped;
    // … and "Egypt’s Defense Ministry" is the Egyptian one, as the graph names it
    const possessor = kept === whole ? /^(?:The\s+)?(.+?)['’]s\s+(.+)$/.exec(whole) : null;
    const ofCountry = possessor ? countryNamed(possessor[1]!) : undefined;
    const full = ofCountry ? `${ofCountry.demonym} ${possessor![2]!}` : kept;
    // "Philip Morris International Inc.", "Swedish Match AB": a company goes by its name without
    // the legal form, which stays an alias
    const legal = LEGAL_FORM.exec(` ${full}`);
    // a legal form alone ("AB (SWMAY.PK) confirmed", the name cut off before it) names nobody
    if (legal?.index === 0) return undefined;
    // "‘… and I pointed out …’", "Both news outlets stated": a pronoun or a quantifier stands
    // for someone named elsewhere, and is never an actor of its own
    if (/^(?:I|We|Me|Us|Both|Others|All|Some|Many|Most|Few|Each|Either|Neither)$/.test(full))
      return undefined;
    // (a one-word name keeps it: "Acme Corp", "Apple Inc." alone would match too much)
    const bare = legal ? full.slice(0, legal.index - 1) : full;
    // "Amazon.com denied", "Amazon.com Inc. said": the company its web address names
    const web = /^([A-Z][\w-]*)\.(\w+)\b/.exec(bare);
    const name = web && WEB_ENDING.test(web[2]!) ? web[1]! : bare.includes(' ') ? bare : full;
    // "Africa", "the British", "Western": where or whose, never who; a day is when
    if (placeWordOnly(name) || DATE_ONLY.test(name)) return undefined;
    const nameToks = name.split(' ');
    const role =
      first > 0
        ? toks
            .slice(0, first)
            .map((t) => t.text)
            .join(' ')
        : undefined;
    const existing = [...actors.values()].find(
      (x) =>
        x.name === name ||
        x.aliases?.includes(name) ||
        x.aliases?.includes(full) ||
        (nameToks.length === 1 && x.kind === 'PERSON' && x.name.split(' ').at(-1) === name) ||
        (x.kind === 'PERSON' && shortFormOf(nameToks, x.name.split(' '))),
    );
    if (existing) {
      if (existing.kind === 'PERSON') lastPerson = existing.id;
      else lastBody = existing.id;
      return { kind: 'actor', id: existing.id };
    }
    // "Russia has dismissed", "Moscow said": a country, or its capital, that speaks is its
    // government, one entity with "the Russian government"
    // ("the Vatican", a state named by its people's word, is the name of its own institution)
    const country = countryNamed(name) ?? countryOfCapital(name);
    if (country && country.demonym !== name) {
      const gov = governmentOf(country, name);
      if (!actors.has(gov.id)) actors.set(gov.id, gov);
      lastBody = gov.id;
      return { kind: 'actor', id: gov.id };
    }
    // "French club Lyon", "carrier Delta": the noun before the name says what it is
    const roleBody = first > 0 ? BODY_NOUN.exec(toks[first - 1]!.lower)?.[0] : undefined;
    const kind =
      GOVERNMENT_WORDS.test(name) ||
      body >= 0 ||
      group ||
      (roleBody && GOVERNMENT_WORDS.test(roleBody))
        ? 'GOVERNMENT'
        : ORGANIZATION_WORDS.test(name) ||
            name !== full ||
            roleBody ||
            (/['’]s\s/.test(name) && PERSON_BODY.test(nameToks.at(-1)!))
          ? 'ORGANIZATION'
          : 'PERSON';
    // "journalist Concha Calleja … Calleja said": a surname goes by the full name the article
    // introduced the journalist with, even where that sentence drafted nothing
    const fullName =
      kind === 'PERSON' && nameToks.length === 1
        ? reporters.find((p) => p.endsWith(` ${name}`))
        : undefined;
    if (fullName) {
      const known = actors.get(slug(fullName));
      if (known) {
        lastPerson = known.id;
        return { kind: 'actor', id: known.id };
      }
    }
    const id = slug(fullName ?? name);
    const last = name.split(' ').at(-1);
    const bodyOf = possessorBodyAlias(name);
    actors.set(id, {
      id,
      name: fullName ?? name,
      kind,
      ...(role && /^[A-Z]/.test(role) ? { role } : {}),
      ...(kind === 'PERSON' && last && (fullName || last !== name) ? { aliases: [last] } : {}),
      ...(name !== full ? { aliases: [full] } : {}),
      ...(bodyOf ? { aliases: [bodyOf] } : {}),
      // "Russia’s Foreign Ministry", as written, for the Russian one
      ...(ofCountry ? { aliases: [whole] } : {}),
    });
    if (kind === 'PERSON') lastPerson = id;
    else lastBody = id;
    return { kind: 'actor', id };
  };

  /** A report or outlet relies on `b` for what it reported before and reports next. */
  const relyOn = (holder: Resolved, b: Resolved) => {
    if (b.id === holder.id) return;
    holderSources.set(holder.id, [...(holderSources.get(holder.id) ?? []), b]);
    lastHolder = holder;
    holderAt = sentenceIndex;
    for (const st of [...statements])
      if (st.type === 'REPORTED' && st.source === holder.id && !st.citing?.length) {
        st.citing = [b.id];
        add({
          type: b.kind === 'outlet' ? 'REPORTED' : 'SAID',
          source: b.id,
          claim: st.claim,
          evidence: st.evidence,
        });
      }
  };

  const add = (s: DraftStatement) => {
    const same = statements.find(
      (x) => x.type === s.type && x.source === s.source && x.claim === s.claim,
    );
    if (!same) statements.push(s);
    else if (s.quote && !same.quote) same.quote = s.quote;
    // "the Financial Times and Washington Post reported": one statement per source and claim,
    // citing every source the text names for it (ANNOTATION.md, "Citation chains")
    if (same && s.citing?.some((c) => !same.citing?.includes(c)))
      same.citing = [...new Set([...(same.citing ?? []), ...s.citing])];
  };
  // the outlet named as the one whose report is answered reported the claim, and the article
  // relies on it for what it says
  const reportedBy = (o: DraftOutlet, claim: string, evidence: Evidence) => {
    if (!outlets.has(o.id)) outlets.set(o.id, o);
    add({ type: 'REPORTED', source: o.id, claim, evidence });
    if (o.id !== own.id) add({ type: 'REPORTED', source: own.id, claim, citing: [o.id], evidence });
  };

  // unnamed holders of a claim noun ("assertions from U.S. officials that P")
  const heldAnons = new Set<string>();
  const sents = sentences(introducedParagraphs(text));
  sents.forEach((sentence: Sentence, index) => {
    sentenceIndex = index;
    const sentenceText = text.slice(sentence.start, sentence.end);
    // "This story first appeared in X.": a credit line says nothing; in "The post Acme Denies
    // Report appeared first on X." only the headline carried speaks
    const credit = CREDIT_LINES.some((re) => re.test(sentenceText.trim()))
      ? sentence.start + Math.max(0, sentenceText.search(/\s+appeared first on\b/))
      : undefined;
    // "haven't agreed to …, an official said": a negated cue states nothing, so it neither
    // makes a statement nor hides the one around it
    // a cue only PolNeAR's lexicon knows ("discussed", "declined") asserts nothing
    const all = sourceInsideReport(speechThroughReport(findAttributions(sentence), text), text)
      .map((a) => quotedAs(a, text))
      .filter((a) => credit === undefined || a.cue[1] <= credit)
      .map((a) => (credit === undefined ? a : withinCredit(a, credit)));
    issuedStatements(all, text);
    respondedBySaying(all, text);
    const found = all.filter(
      (a) =>
        a.assertive !== false &&
        !colonDateline(a, all, text) &&
        (!a.negated || DENIAL_LEMMAS.has(a.cueLemma) || NEG_RAISING.has(a.cueLemma)) &&
        !holderless(a, text) &&
        !compoundNoun(a) &&
        !nameWordCue(a, text) &&
        !actNotSpeech(a, text) &&
        !mediumSource(a, text) &&
        // "wrote in an op-ed for The Washington Post that": a word of another cue's channel
        // ("Post") is no cue of its own
        !all.some((b) => b !== a && b.cue[0] < a.cue[0] && a.cue[1] <= b.cue[1]),
    );
    // "S said P, despite a Bloomberg report indicating that Q": the report is the article's
    // aside, so neither S's words nor a frame around it
    found.splice(0, found.length, ...found.map((a) => beforeReportAside(a, found, text)));
    found.splice(0, found.length, ...found.map((a) => beforeMainClause(a, found, text)));
    found.splice(0, found.length, ...found.map((a) => sameChannel(a, found, text)));
    // "Mr Johnson's comments – first reported in the Daily Mail – came …", "The plan, first
    // reported by Politico, would …": the publication vouches for what the sentence says
    const aside = REPORTED_ASIDE.exec(sentenceText);
    const vouching = aside ? outletByMention(aside[2]!) : undefined;
    if (aside && vouching && vouching.id !== own.id) {
      const from = sentence.start + aside.index;
      const to = from + aside[0].length;
      const said = `${text.slice(sentence.start, from)} ${text.slice(to, sentence.end)}`
        .replace(/\s+/g, ' ')
        .trim();
      const claim = claimFor(said);
      reportedBy(vouching, claim, {
        sentence: sentenceText,
        source: [
          from + aside[0].indexOf(aside[2]!),
          from + aside[0].indexOf(aside[2]!) + aside[2]!.length,
        ],
        cue: [from, to],
        content: [sentence.start, sentence.end],
        confidence: 0.6,
        method: METHOD_VERSION,
      });
      found.splice(0, found.length, ...found.filter((a) => a.cue[1] <= from || a.cue[0] >= to));
    }
    // "The Times based its report on the account of a nurse": whom the report relies on
    const based = BASED_ON.exec(sentenceText);
    if (based) {
      const holderName = based[1]!;
      const o =
        /^(?:the|its|this)\s+(?:newspaper|paper|outlet|daily|broadcaster|network|agency)$/i.test(
          holderName,
        )
          ? lastOutlet
            ? outlets.get(lastOutlet)
            : undefined
          : outletByMention(holderName);
      if (o && o.id !== own.id) {
        if (!outlets.has(o.id)) outlets.set(o.id, o);
        const at = sentence.start + based.index + based[0].length - based[2]!.length;
        const b = resolve(
          { ...sentenceAttribution(sentence), source: [at, at + based[2]!.length] },
          index,
          o.id,
        );
        if (b) relyOn({ kind: 'outlet', id: o.id }, b);
      }
    }
    // "the claims made by some ministers that P", "a third source backing the claim that P":
    // a claim noun whose holder the sentence names is that holder's statement
    for (const m of nominalHolders(sentenceText)) {
      const src: Span = [sentence.start + m.source[0], sentence.start + m.source[1]];
      const content: Span = [sentence.start + m.content[0], sentence.start + m.content[1]];
      if (found.some((a) => a.source && a.source[0] <= src[0] && src[1] <= a.source[1])) continue;
      const by = resolve({ ...sentenceAttribution(sentence), source: src }, index, undefined);
      if (!by || by.kind === 'report' || by.kind === 'outlet') continue;
      if (by.kind === 'anon') heldAnons.add(by.id);
      const claim = claimFor(text.slice(...content));
      const evidence: Evidence = {
        sentence: sentenceText,
        source: src,
        cue: [src[0] - 1, src[0]],
        content,
        confidence: 0.5,
        method: METHOD_VERSION,
      };
      add({ type: 'SAID', source: by.id, claim, evidence });
      add({ type: 'REPORTED', source: own.id, claim, citing: [by.id], evidence });
    }
    // the press that no one owns reported the clause, and the article cites it; the finder's
    // reading of the same words ("Verizon denied | reports", "Reports | surfaced") goes
    for (const u of unownedReports(sentence, text)) {
      // "Bloomberg reported … Apple denied the reports": a definite report after a named
      // outlet's is that outlet's; "Kim said P … Peskov dismissed the claims that P": definite
      // claims are the speaker's before
      const since = sents[Math.max(0, index - 2)]!.start;
      if (
        /^(?:the|these|those|such)\b/i.test(text.slice(...u.cue)) &&
        statements.some(
          (x) =>
            (x.type === 'REPORTED' || (u.frame && x.type === 'SAID')) &&
            x.source !== own.id &&
            (outlets.has(x.source) || x.type === 'SAID') &&
            x.evidence.cue[0] >= since &&
            x.evidence.cue[0] < sentence.start,
        )
      )
        continue;
      const claim = claimFor(text.slice(...u.content));
      const evidence: Evidence = {
        sentence: sentenceText,
        cue: u.cue,
        content: u.content,
        confidence: 0.6,
        method: METHOD_VERSION,
      };
      const named = u.owner ? outletByMention(u.owner) : undefined;
      if (u.owner && !named && !u.others) continue;
      if (named) reportedBy(named, claim, evidence);
      if (!named || u.others) {
        // whose report it is may come a few sentences on ("… It was referring to a CNBC report")
        const r = {
          key: `__r${reports.length}__`,
          description: u.description,
          sentence: index,
          nearby: true,
          until: u.content[1],
          ...(u.frame ? { frame: true } : {}),
          ...(named ? { others: true } : {}),
        };
        reports.push(r);
        // "in response to reports that P. The media reports, based on comments to the Journal
        // …": a frame's reports are no antecedent; the sentences after say whose they are
        if (!u.frame) lastReport = r;
        add({ type: 'REPORTED', source: r.key, claim, evidence });
        add({ type: 'REPORTED', source: own.id, claim, citing: [r.key], evidence });
      }
      // the head noun ("reports") or the passive cue is the report's own word
      const head = u.cue[1] - (/\S+$/.exec(text.slice(...u.cue))?.[0].length ?? 0);
      const cut = found.filter(
        (a) =>
          !(a.cue[0] < u.cue[1] && head < a.cue[1]) &&
          !(a.source && a.cue[0] >= u.cue[0] && a.cue[1] <= u.content[0]),
      );
      found.splice(0, found.length, ...cut);
    }
    // "A report that X has been denied by Y": no cue the finder reads, and no words of the report
    // A denial found by a pattern of its own (passive, framed): the denier as a source, and the
    // evidence of its statement.
    const denial = (agent: Span, cue: Span, content: Span) => ({
      by: resolve(
        {
          sentence,
          source: agent,
          cue,
          content: [content],
          cueLemma: 'deny',
          negated: false,
          pattern: 'subject-cue',
          confidence: 0.5,
        },
        index,
        undefined,
      ),
      evidence: {
        sentence: sentenceText,
        source: agent,
        cue,
        content,
        confidence: 0.5,
        method: METHOD_VERSION,
      } satisfies Evidence,
    });
    const passive = passiveDenial(sentenceText);
    if (passive) {
      const at = sentence.start;
      const agent: Span = [at + passive.agent[0], at + passive.agent[1]];
      const { by, evidence } = denial(
        agent,
        [at + passive.cue[0], at + passive.cue[1]],
        [sentence.start, at + passive.cue[0]],
      );
      const object = denialObject(passive.subject);
      if (by?.kind === 'actor' && object.kind === 'claim') {
        const claim = object.proposition
          ? claimFor(object.proposition)
          : (deniedReport() ?? lastClaim);
        const o = object.outlet ? outletByMention(object.outlet) : undefined;
        if (claim && o && object.proposition) reportedBy(o, claim, evidence);
        if (claim) {
          add({ type: 'DENIED', source: by.id, claim, evidence });
          lastClaim = claim;
          // what the sentence says after the denial ("…, while the White House called them …")
          const rest = found.filter((a) => a.cue[0] >= agent[1]);
          found.splice(0, found.length, ...rest);
        }
      }
    }
    // "was quick to deny the report", "issued a denial", "X, however, denied this", "brushed
    // aside", "Denying the report, X said": a denial framed in words the finder reads as
    // something else, or not at all
    const framed = passive ? undefined : framedDenial(sentenceText);
    if (framed && !HELD_BACK.test(sentenceText)) {
      const at = sentence.start;
      const agent: Span = [at + framed.agent[0], at + framed.agent[1]];
      const cue: Span = [at + framed.cue[0], at + framed.cue[1]];
      const { by, evidence } = denial(agent, cue, [at + framed.object[0], at + framed.object[1]]);
      const objectText = text.slice(at + framed.object[0], at + framed.object[1]);
      const object: ReturnType<typeof denialObject> = objectText.trim()
        ? denialObject(objectText)
        : { kind: 'claim' };
      if ((by?.kind === 'actor' || by?.kind === 'anon') && object.kind === 'claim') {
        const claim = object.proposition
          ? claimFor(object.proposition)
          : (askedClaim() ?? deniedReport() ?? lastClaim);
        if (claim) {
          add({ type: 'DENIED', source: by.id, claim, evidence });
          lastClaim = claim;
          // the frame's own words ("was quick", "to deny") are not statements of their own
          const rest = found.filter((a) => a.cue[1] <= cue[0] || a.cue[0] >= cue[1]);
          found.splice(0, found.length, ...rest);
        }
      }
    }
    const guarded = noCommentClauses(sentenceText, sentence.start);
    const cited = citedPhrases(sentence);
    const usedCites = new Set<number>();
    const at = dateIn(sentenceText, input.publishedAt);
    const when = at ? { at } : {};
    const before = statements.length;
    // a quotation standing alone goes on the words of whoever spoke in the sentence before
    const alone = /^[“"][^“”"]+[”"]$/s.exec(sentenceText.trim());
    // a statement set as its own paragraph after "released a statement from X": first-person
    // sentences of the next paragraph are X's
    const paragraph = text.lastIndexOf('\n', sentence.start);
    if (
      statementBy &&
      paragraph > statementBy.end &&
      text.slice(statementBy.end, paragraph).includes('\n\n')
    )
      statementBy = undefined;
    const own1st =
      !found.length &&
      !alone &&
      statementBy &&
      paragraph > statementBy.end &&
      /\b([Ww]e|[Oo]ur|us|I|[Mm]y)\b/.test(sentenceText);
    if (own1st) {
      const claim = claimFor(sentenceText);
      const evidence: Evidence = {
        sentence: sentenceText,
        cue: [sentence.start, sentence.start],
        content: [sentence.start, sentence.end],
        confidence: 0.4,
        method: METHOD_VERSION,
      };
      add({ type: 'SAID', source: statementBy!.source, claim, ...when, evidence });
      add({ type: 'REPORTED', source: own.id, claim, citing: [statementBy!.source], evidence });
    }
    // "“Reports of talks with Globex are untrue.”" after the speaker's first words: the quote
    // runs on into a rejection of the claim the article put forward, which the speaker denies
    const aloneQuote = alone?.[0].replace(/^[“"]|[”"]$/g, '').replace(/[,.]$/, '');
    const calledFalse =
      !found.length && aloneQuote !== undefined ? clauseCalledFalse(aloneQuote) : undefined;
    const rejecting =
      !found.length &&
      aloneQuote !== undefined &&
      prevSpeaker !== undefined &&
      (actors.has(prevSpeaker) || anons.has(prevSpeaker)) &&
      (deniesOutright(aloneQuote) ||
        rejectsNamedReport(aloneQuote) ||
        reportCalledFalse(aloneQuote) ||
        calledFalse !== undefined);
    let deniedAlone = false;
    if (rejecting) {
      const proposition = calledFalse ?? rejectedProposition(aloneQuote!);
      // the claim a report or another source put forward, never the speaker's own words before
      const claim = proposition
        ? claimFor(proposition)
        : (deniedReport() ??
          [...statements]
            .reverse()
            .find(
              (x) =>
                x.source !== prevSpeaker &&
                (x.type === 'DENIED' || (x.type === 'REPORTED' && x.source !== own.id)),
            )?.claim);
      if (claim) {
        add({
          type: 'DENIED',
          source: prevSpeaker!,
          claim,
          ...when,
          quote: aloneQuote!,
          evidence: {
            sentence: sentenceText,
            cue: [sentence.start, sentence.start],
            content: [sentence.start, sentence.end],
            confidence: 0.5,
            method: METHOD_VERSION,
          },
        });
        lastClaim = claim;
        deniedAlone = true;
      }
    }
    if (!found.length && alone && prevSpeaker && !deniedAlone && !onlyRefusal(alone[0], '')) {
      const quote = aloneQuote!;
      const claim = claimFor(alone[0]);
      const evidence: Evidence = {
        sentence: sentenceText,
        cue: [sentence.start, sentence.start],
        content: [sentence.start, sentence.end],
        confidence: 0.5,
        method: METHOD_VERSION,
      };
      add({ type: 'SAID', source: prevSpeaker, claim, ...when, quote, evidence });
      // the quotation runs on: it came through the outlet its first words came through
      if (prevChannel) {
        add({ type: 'REPORTED', source: prevChannel, claim, citing: [prevSpeaker], evidence });
        add({ type: 'REPORTED', source: own.id, claim, citing: [prevChannel], evidence });
      } else add({ type: 'REPORTED', source: own.id, claim, citing: [prevSpeaker], evidence });
      lastClaim = claim;
    }
    for (const a of found.flatMap(conjuncts).map((x) => afterDateline(x, text))) {
      // a refusal to comment says nothing, but only its own clause is a refusal
      if (guarded.some(([x, y]) => a.cue[0] >= x && a.cue[0] < y)) continue;
      // "told reporters: “No comment, no knowledge,”": the words said are the refusal
      const said = a.content.map((c) => text.slice(c[0], c[1])).join(' ');
      const words = (/^[“"]([^”"]+)[”"]/.exec(said)?.[1] ?? said).split(/\s+/);
      if (words.length <= 8 && NEVER_DENIAL.test(words.join(' '))) continue;
      if (onlyRefusal(said, a.source ? text.slice(a.source[0], a.source[1]) : '')) continue;
      if (unanswered(a, sentenceText, sentence.start, text)) continue;
      // "…, citing sources" is read below as whom the report relies on, not as a statement
      if (a.cueLemma === 'cite' && a.pattern === 'participle') continue;
      const content: Span = [a.content[0]![0], a.content.at(-1)![1]];
      const nested = found.find(
        (b) =>
          b !== a &&
          b.source &&
          b.source[0] >= content[0] &&
          b.source[1] <= content[1] &&
          REPORTISH.test(text.slice(b.source[0], b.source[1])),
      );
      const within = (x: Attribution, y: Attribution) =>
        !!x.source && x.source[0] >= y.content[0]![0] && x.source[1] <= y.content.at(-1)![1];
      // "Iranian officials insisted that …, an official told the newspaper", "X claimed …,
      // according to five sources": each lies in the other's content; the one whose words come
      // first (content-first, "according to" at the end) is the outer frame
      const inner = found.some(
        (b) =>
          b !== a &&
          !echoDenial(b, text) &&
          // a frame whose "source" is a thing with a name behind a preposition frames nothing
          !(b.source && aboutName(tokensBeforeName(b))) &&
          within(a, b) &&
          !(within(b, a) && frameRank(a, text) > frameRank(b, text)) &&
          // "Q, X told staff, according to Y": Y's frame holds X's, however the finder spans X
          stackedSpeaker(a, found)?.frame !== b,
      );
      // "…, with spokesman X calling them “groundless”": X denies beside the one whose words
      // hold the phrase
      const withCaller =
        CALL_LEMMAS.has(a.cueLemma) &&
        !!a.source &&
        /\bwith\s+$/i.test(text.slice(Math.max(0, a.source[0] - 6), a.source[0]));
      if (inner && !DENIAL_LEMMAS.has(a.cueLemma) && !withCaller) continue;
      if (onlyParticiple(a, found, text) || onlyDenial(a, found, text)) continue;
      if (denialParticiple(a, found, text)) continue;
      // "Western states think Iran is seeking nuclear weapons, something it denies", "Critics say
      // the mayor took bribes, a charge he has denied": the one named denies the clause before
      const echo = echoDenial(a, text);
      if (echo) {
        const comma = text.lastIndexOf(',', a.source![0]);
        const frame = found.find(
          (b) => b !== a && b.cue[1] <= comma && b.content[0]![0] < comma && !echoDenial(b, text),
        );
        const proposition = text
          .slice(frame ? frame.content[0]![0] : sentence.start, comma)
          .replace(/^\s*that\s+/i, '');
        const pronoun = /^(it|they|he|she)$/i.test(echo.who);
        // a pronoun is the clause's own subject when that is a name ("Iran is seeking …")
        const subject = /^(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/.exec(proposition)?.[1];
        const whoText = pronoun ? subject : echo.who;
        const whoAt = whoText ? text.indexOf(whoText, pronoun ? sentence.start : echo.at) : -1;
        const denier =
          whoAt >= 0
            ? resolve({ ...a, source: [whoAt, whoAt + whoText!.length] }, index, undefined)
            : pronoun && /^(he|she)$/i.test(echo.who)
              ? pronounPerson(index)
              : undefined;
        if (denier && (denier.kind === 'actor' || denier.kind === 'anon')) {
          const evidence: Evidence = {
            sentence: sentenceText,
            source: a.source!,
            cue: a.cue,
            content: [a.content[0]![0], comma],
            confidence: 0.5,
            method: METHOD_VERSION,
          };
          add({
            type: 'DENIED',
            source: denier.id,
            claim: claimFor(proposition),
            ...when,
            evidence,
          });
        }
        continue;
      }
      // "according to five sources close to the situation who spoke to CNN": whom they spoke to
      const spokeTo = a.source
        ? /^\s*,?\s*(?:who\s+)?(?:had\s+)?(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+([^,.;]{2,60})/i.exec(
            text.slice(a.source[1], a.source[1] + 80),
          )
        : null;
      // "confirmed to the broadcaster that …"
      // … and "confirmed the report to AFP", "repeated those claims to the BBC": the listener
      // after the words' object
      const toWhom = TO_LISTENER.exec(text.slice(a.cue[1], a.cue[1] + 90))?.[1];
      const listenerText = a.listener
        ? text.slice(a.listener[0], a.listener[1])
        : (toWhom ?? carriedBy(a, text) ?? channelName(a, text));
      const listener = listenerText
        ? ((ownMention(listenerText) ? own : undefined) ??
          outletByMention(listenerText) ??
          // "It quoted two sources as saying": the publication named last, no initialism
          (/^it$/i.test(listenerText.trim())
            ? { id: lastOutlet ?? own.id, name: '' }
            : undefined) ??
          initialismTold(a, listenerText) ??
          quotingPublication(a, listenerText, text) ??
          (/^(?:the (outlet|newspaper|network|paper|broadcaster|publication|agency|channel|magazine))$/i.test(
            listenerText.trim(),
          )
            ? { id: lastOutlet ?? own.id, name: '' }
            : undefined))
        : spokeTo
          ? ownMention(spokeTo[1]!)
            ? own
            : (outletByMention(spokeTo[1]!) ??
              // "a second source who spoke to the outlet in Doha": the outlet named last
              (SPOKEN_TO_PUBLICATION.test(spokeTo[1]!)
                ? { id: lastOutlet ?? own.id, name: '' }
                : undefined))
          : undefined;
      if (listener?.name && !outlets.has(listener.id))
        outlets.set(listener.id, listener as DraftOutlet);
      // "The Times asked Liu Pengyu, spokesman for …, whether X": a question, not a claim; the
      // one asked answers next
      const asked =
        a.cueLemma === 'ask'
          ? /^(?:([A-Z][^,]{1,60}?)(?:,[^,]{0,120})?,?\s+)?(?:whether|if)\s+(.{12,})$/s.exec(
              text.slice(a.content[0]![0], a.content.at(-1)![1]),
            )
          : null;
      if (asked) {
        question = { text: asked[2]!, sentence: index };
        if (asked[1]) {
          const at = a.content[0]![0];
          resolve({ ...a, source: [at, at + asked[1].length] }, index, undefined);
        }
        continue;
      }
      const resolved = resolve(a, index, listener?.id);
      if (resolved && listener && listener.id !== own.id && outlets.has(listener.id))
        toldOutlet = { speaker: resolved.id, outlet: listener.id, sentence: index };
      // the source is known for what follows ("the source added"), but a thing named as an
      // object is no claim it put forward, nor is a request
      if (
        !resolved ||
        objectOnly(a, text) ||
        objectOnly(beforeOwnParticiple(a, found), text) ||
        isRequest(a, text)
      )
        continue;
      // "The Los Angeles Times said its owner isn’t selling, countering a report in the Journal":
      // a publication that answers another's report about itself speaks as a company
      const answersReport =
        resolved.kind === 'outlet' &&
        resolved.id !== own.id &&
        OUTLET_ANSWERS.test(text.slice(a.cue[0], sentence.end)) &&
        // "reported that X, contradicting an earlier report": its reporting voice
        !/\b(?:report(?:ed|s)?|wr(?:ote|ites)|publish(?:ed|es))\b/i.test(
          text.slice(sentence.start, a.cue[0]),
        );
      const src = answersReport ? companyOf(resolved.id) : resolved;
      // "Hun Sen told news site Fresh News", "X told NBC News": the outlet told (or the one citing
      // an anonymous source, or a journalist's paper) stands between the article and the speaker
      const toldVia = () =>
        src.kind === 'anon'
          ? anons.get(src.id)!.citedBy
          : listener && outlets.has(listener.id)
            ? listener.id
            : journalistOf.get(src.id);
      // what the speaker said, and the reports that carried it to the article
      const saidVia = (
        type: StatementType,
        said: string,
        quote: { quote?: string },
        ev: Evidence,
      ) => {
        const via = toldVia();
        add({ type, source: src.id, claim: said, ...when, ...quote, evidence: ev });
        if (via && via !== own.id) {
          add({
            type: 'REPORTED',
            source: via,
            claim: said,
            ...when,
            citing: [src.id],
            evidence: ev,
          });
          add({ type: 'REPORTED', source: own.id, claim: said, citing: [via], evidence: ev });
        } else
          add({ type: 'REPORTED', source: own.id, claim: said, citing: [src.id], evidence: ev });
      };
      if ((src.kind === 'outlet' || src.kind === 'report') && carriesDenial(a, found, text))
        continue;
      // "“…,” Daley said, according to one attendee": the attendee says that Daley said it; "Q,
      // Daley told staff, according to two people" comes merged, the two people as the listener
      const stacked =
        src.kind === 'anon' || src.kind === 'actor' ? stackedSpeaker(a, found) : undefined;
      const viaListener =
        !stacked &&
        !listener &&
        a.listener &&
        (src.kind === 'anon' || src.kind === 'actor') &&
        /\baccording\s+to\s+$/i.test(text.slice(Math.max(0, a.listener[0] - 16), a.listener[0]))
          ? resolve({ ...a, source: a.listener }, index, undefined)
          : undefined;
      const stackedSrc = stacked ? resolve(stacked.frame, index, undefined) : src;
      const outer = stacked ? src : viaListener;
      const stackedWords = stacked ? stacked.words : viaListener ? content : undefined;
      if (
        stackedWords &&
        outer &&
        stackedSrc &&
        (outer.kind === 'actor' || outer.kind === 'anon') &&
        (stackedSrc.kind === 'actor' || stackedSrc.kind === 'anon') &&
        stackedSrc.id !== outer.id
      ) {
        const said = text.slice(...stackedWords).replace(/[\s,]+$/, '');
        const quoted = /^[“"]/.test(said)
          ? said.replace(/^[“"]|[”"]$/g, '').replace(/[,.]$/, '')
          : undefined;
        const claim = claimFor(said);
        const evidence: Evidence = {
          sentence: sentenceText,
          source: a.source!,
          cue: a.cue,
          content: stackedWords,
          confidence: 0.6,
          method: METHOD_VERSION,
        };
        add({
          type: 'SAID',
          source: stackedSrc.id,
          claim,
          ...when,
          ...(quoted ? { quote: quoted } : {}),
          evidence,
        });
        add({ type: 'SAID', source: outer.id, claim, ...when, citing: [stackedSrc.id], evidence });
        add({ type: 'REPORTED', source: own.id, claim, citing: [outer.id], evidence });
        lastClaim = claim;
        continue;
      }
      // "CNN cites five officials from the USA who are familiar with the situation.": whom the
      // outlet relies on, not something it says
      if (
        (a.cueLemma === 'cite' || a.cueLemma === 'quote') &&
        a.pattern === 'subject-cue' &&
        (src.kind === 'outlet' || src.kind === 'report') &&
        a.content.length === 1 &&
        !/^(?:that\b|[“"])|\b(?:as\s+(?:saying|telling|reporting)|(?:in|when|while|by)\s+\w+ing|saying|that)\b/i.test(
          text.slice(...a.content[0]!),
        )
      ) {
        const b = resolve({ ...a, source: a.content[0]! }, index, src.id);
        if (b?.kind === 'anon') {
          relyOn(src, b);
          continue;
        }
      }
      // whom the report cites, and the content without the citing phrase
      const mine = cited.filter(
        (c) => !a.source || c.span[1] <= a.source[0] || c.span[0] >= a.source[1],
      );
      // "X said …, countering a report that …": the participle's words are another statement
      const participleAt = found
        .filter((b) => b !== a && b.pattern === 'participle' && b.cue[0] > content[0])
        .map((b) => b.cue[0])
        .filter((x) => x < content[1]);
      let contentText =
        participleAt.length && a.content.length === 1
          ? text.slice(content[0], Math.min(...participleAt)).replace(/[\s,”"]+$/, '')
          : a.content.map(([s, e]) => text.slice(s, e)).join(' ');
      // “…” Vietor said in a statement released by the White House. — the quote closed the
      // sentence before, so the words said are that sentence
      const prevSentence = sents[index - 1];
      if (
        a.pattern === 'subject-cue' &&
        !/^(that\b|[“"])/.test(contentText) &&
        /^(released|issued|posted|published|sent|e-?mailed)\b/i.test(contentText) &&
        prevSentence &&
        /^[“"].*[”"]$/s.test(text.slice(prevSentence.start, prevSentence.end)) &&
        !findAttributions(prevSentence).length
      )
        contentText = text.slice(prevSentence.start, prevSentence.end);
      // "The troops, the outlet added, would operate …": the words before a cue that interrupts
      // the sentence are the subject of what follows it
      const opening = a.source ? text.slice(sentence.start, a.source[0]) : '';
      if (
        a.content.length === 1 &&
        /^[^,“”"]{2,80},\s*$/.test(opening) &&
        /^\s*,\s*$/.test(text.slice(a.cue[1], a.content[0]![0])) &&
        !/^(that\b|[“"])/i.test(contentText)
      )
        contentText = `${opening.replace(/,\s*$/, '')} ${contentText}`;
      for (const c of mine) {
        const phrase = text.slice(c.cut[0], c.cut[1]);
        contentText = contentText.replace(phrase, ' ').replace(/^\s*,?\s*|\s*,?\s*$/g, '');
      }
      if (a.cueLemma === 'cite' || a.cueLemma === 'quote') {
        const m =
          /^(?:.*?\s)?(?:as saying|as reporting|saying:?|to (?:say|claim|suggest|argue|allege|assert)|(?:in|when|while|by)\s+\w+ing)\s+(?:(?:on|last|this|late|earlier)\s+\w+\s+that\s+|that\s+)?(.+)$/s.exec(
            contentText,
          );
        if (m && mine.length) contentText = m[1]!;
      }
      // "…, something it denies" is not part of what the frame says
      for (const e of found) {
        if (!echoDenial(e, text)) continue;
        const tail = text.slice(text.lastIndexOf(',', e.source![0]), e.source![1]);
        const at = contentText.indexOf(tail);
        if (at > 0) contentText = contentText.slice(0, at);
      }
      // "the Journal reported citing people familiar with the matter.": whom it cites is all it says
      if (!/[A-Za-z]{2}/.test(contentText)) continue;
      const quoted = /^[“"]/.test(contentText.trim())
        ? contentText
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^[“"]|[”"]$/g, '')
            .replace(/[,.]$/, '')
        : undefined;
      const evidence: Evidence = {
        sentence: sentenceText,
        ...(a.source ? { source: a.source } : {}),
        cue: a.cue,
        content,
        confidence: a.confidence,
        method: METHOD_VERSION,
      };
      const speaker = src.kind === 'actor' || src.kind === 'anon';
      const objectText = text.slice(a.cue[1], content[1]).trim();
      const quote = quoted ? { quote: quoted } : {};
      // the speaker denies `claim`, in the words quoted when there are any
      const deny = (claim: string, ev: Evidence) => {
        add({ type: 'DENIED', source: src.id, claim, ...when, ...quote, evidence: ev });
        lastClaim = claim;
      };

      const denial =
        DENIAL_LEMMAS.has(a.cueLemma) ||
        (REPORT_DENIALS.has(a.cueLemma) &&
          OBJECT_NOUN.test(objectText.replace(/^(back\s+)?(against|on)\s+/i, '')));
      // "declined to deny the report", "pushed back … but stopped short of denying them": a
      // denial held back is none, and neither is the pushing back beside it
      // "declined to answer questions whether Acme also denied the report": a denial asked about
      if (denial && /\b(?:whether|if)\b[^,;]*$/i.test(text.slice(sentence.start, a.cue[0])))
        continue;
      // "expected the Vatican to deny the report", "is likely to deny", "would probably deny": a
      // denial foreseen or wanted is none yet
      if (denial && EXPECTED_DENIAL.test(text.slice(sentence.start, a.cue[1]))) continue;
      if (
        denial &&
        HELD_BACK.test(
          REPORT_DENIALS.has(a.cueLemma) ? sentenceText : text.slice(sentence.start, a.cue[1]),
        )
      )
        continue;
      if (denial && !a.negated && speaker) {
        // "denied any involvement in the attack": that the denier was involved is what is denied
        const role = INVOLVEMENT_OBJECT.exec(afterAdverbial(objectText));
        // "denied saying the comment", "denied having ordered the layoffs": the denier's own act
        // "hard to deny seeing …": a denial inside an infinitive is none
        const act =
          role ||
          /\bto\s+(?:\w+ly\s+)?\w+\s*$/i.test(text.slice(sentence.start, a.cue[1])) ||
          // "14:16 IST\nChina denies inviting …": a name across a line break is a headline's
          // dateline run into it, not a denier
          (!!a.source && text.slice(...a.source).includes('\n'))
            ? undefined
            : deniedAct(objectText, a.sentence.tokens, a.cue[1], speakerName(a, text));
        if (act) {
          const claim = claimFor(act);
          add({ type: 'DENIED', source: src.id, claim, ...when, evidence });
          lastClaim = claim;
          continue;
        }
        if (role) {
          const claim = claimFor(`${speakerName(a, text)} was involved in ${role[1]}`);
          add({ type: 'DENIED', source: src.id, claim, ...when, evidence });
          lastClaim = claim;
          continue;
        }
        // "denied a report that X, but confirmed Y": the denial ends at the coordinated cue, and
        // what follows is said beside it
        const also = alsoSaid(objectText, speakerName(a, text));
        const deniedText = also ? objectText.slice(0, also.at) : objectText;
        const object =
          bareClause(
            a,
            also ? text.indexOf(deniedText, a.cue[1]) + deniedText.length : content[1],
            text,
          ) ??
          denialObject(
            afterAdverbial(
              deniedText.replace(/^(back\s+)?(against|on)\s+/i, '').replace(ASSERTING_TAIL, ''),
            ),
          );
        if (also) {
          const second = claimFor(also.claim);
          add({ type: 'SAID', source: src.id, claim: second, ...when, evidence });
          add({ type: 'REPORTED', source: own.id, claim: second, citing: [src.id], evidence });
        }
        // "denied that X, insisting that Y": what is denied ends before the speaker's own claim
        if (object.kind === 'claim' && object.proposition && /^\s*that\s/i.test(object.proposition))
          object.proposition = object.proposition.replace(OWN_PARTICIPLE, '');
        if (object.kind === 'none') {
          // "rejected them all saying that …": what follows "saying" is said, not denied
          if (!object.said) continue;
          const claim = claimFor(object.said);
          lastClaim = claim;
          add({ type: 'SAID', source: src.id, claim, ...when, evidence });
          add({ type: 'REPORTED', source: own.id, claim, citing: [src.id], evidence });
          continue;
        }
        const lead = LEADING_REPORT.exec(sentenceText);
        const ownClaimCut = objectText.replace(ASSERTING_TAIL, '');
        const claim = object.proposition
          ? claimFor(object.proposition)
          : lead
            ? claimFor(lead[1]!)
            : (askedClaim() ??
              deniedReport() ??
              answerable(ownClaimCut, src.id) ??
              claimFor(ownClaimCut));
        if (nested) {
          const r = resolve(nested, index, undefined);
          if (r?.kind === 'report') reportClaims.set(r.id, claim);
          if (r)
            add({
              type: 'REPORTED',
              source: r.id,
              claim,
              evidence: { ...evidence, source: nested.source!, cue: nested.cue },
            });
        } else if (object.outlet && object.proposition) {
          const o = outletByMention(object.outlet);
          if (o) reportedBy(o, claim, evidence);
        }
        add({ type: 'DENIED', source: src.id, claim, ...when, evidence });
        lastClaim = claim;
        continue;
      }
      // "said the company denies that …", "“We deny the report,” Acme said": the speaker's own
      // side denies in the words said, so the speaker denies
      const ownSide = denial || !speaker ? null : OWN_DENIAL.exec(quoted ?? contentText);
      if (ownSide) {
        const object = denialObject(ownSide[1]!);
        const claim =
          object.kind === 'none'
            ? undefined
            : object.proposition
              ? claimFor(object.proposition.replace(/^that\s+/i, ''))
              : (askedClaim() ?? deniedReport() ?? lastClaim);
        if (claim) {
          deny(claim, evidence);
          continue;
        }
      }
      // "called the report “100 percent false”", "described the story as “inaccurate”"
      // "slammed the report as “rubbish”": a verb of attack labels only when a report is its object
      const labels =
        CALL_LEMMAS.has(a.cueLemma) ||
        (ATTACK_LEMMAS.has(a.cueLemma) &&
          /^(?:(?:a|an|the|this|that|these|those|its|his|her|their)\s+)?(?:[^\s]+\s+){0,3}?(?:reports?|story|stories|article|claims?|allegations?|accounts?|rumou?rs?)\s+as\b/i.test(
            objectText,
          ));
      if (labels && speaker && DENIAL_WORDS.test(objectText)) {
        // "denouncing a report that X as “fake news”": X, without the label
        const proposition = rejectedProposition(objectText);
        const claim = proposition
          ? claimFor(proposition)
          : (askedClaim() ?? deniedReport() ?? lastClaim);
        if (claim) add({ type: 'DENIED', source: src.id, claim, ...when, evidence });
        continue;
      }
      // "said the report looked like a fake": the report's claim is denied
      // … or in the words quoted: "“These claims are speculation without any basis,” he responded"
      const rejected =
        speaker &&
        (rejectsNamedReport(objectText) ||
          (quoted !== undefined && rejectsNamedReport(quoted)) ||
          // "said the reported comments were really not accurate": falsity as the predicate of a
          // report, in any words of the family
          reportCalledFalse(objectText) ||
          (quoted !== undefined && reportCalledFalse(quoted)) ||
          // "According to officials speaking to X, the article is deemed “false”": the words after
          // the source, however long the source is
          // "Claims that X are “ridiculous,” the spokeswoman said": the words come before the cue
          ((a.pattern === 'according-to' || content[1] <= a.cue[0]) &&
            rejectsNamedReport(contentText)));
      // "“To say that we are in talks is really not accurate,” said X": the clause is denied,
      // whether or not a report of it came before
      // "declined to say whether reports that P were false": falsity asked about, not said
      const askedAbout = /\b(?:whether|if)\b[^.!?;]*$/i.test(
        text.slice(sentence.start, content[0]) +
          ' ' +
          contentText.split(
            /\b(?:false|untrue|wrong|inaccurate|not\s+(?:\w+\s+)?(?:true|accurate|correct))\b/i,
          )[0],
      );
      const clauseDenied =
        speaker && !a.negated && !askedAbout
          ? // "said that the passports were fake": the complementizer opens no subject clause
            clauseCalledFalse(
              quoted ??
                (content[0] >= a.cue[1] ? objectText : contentText).replace(/^\s*that\s+/i, ''),
            )
          : undefined;
      if (clauseDenied) {
        deny(claimFor(clauseDenied), { ...evidence, confidence: 0.6 });
        continue;
      }
      if (
        (rejected && !askedAbout) ||
        ((deniesOutright(contentText) ||
          // a longer quote says more than the verdict: it stays what the speaker said
          (VERDICT.test(contentText) && contentText.split(/\s+/).length <= 12)) &&
          speaker &&
          (quoted !== undefined || !a.source || indirectFalsity(contentText)))
      ) {
        // "It's not true that X": X is what is denied; otherwise the claim the sentence answers
        // "no truth to a report saying X": X, whatever names the report
        // ("false and malicious propaganda" goes on with the verdict, and names nothing)
        const denied =
          noTruthProposition(contentText) ??
          /\b(?:not true|untrue|false)(?: that)? (?!(?:and|or|but)\s)(.{12,})$/i.exec(
            contentText.replace(/[”"]$/, ''),
          )?.[1];
        const answered = ANSWERING.exec(sentenceText);
        // "said that a report on X was false": the report is named in the words said
        const proposition = rejected
          ? (rejectedProposition(objectText) ?? rejectedProposition(contentText))
          : undefined;
        const claim = denied
          ? claimFor(denied)
          : answered
            ? claimFor(answered[2]!)
            : proposition
              ? claimFor(proposition)
              : (askedClaim() ?? deniedReport() ?? lastClaim);
        if (answered && !denied && claim) {
          const o = answered[1] ? outletByMention(answered[1]) : undefined;
          if (o) reportedBy(o, claim, evidence);
        }
        if (claim) {
          deny(claim, { ...evidence, confidence: 0.6 });
          // "“That’s false. We are focused on our own growth,” X said": the verdict denies, and
          // what the quotation goes on to assert is said beside it (ANNOTATION.md)
          const rest = quoted ? afterVerdict(quoted) : undefined;
          const restated =
            !rest ||
            onlyRefusal(rest, speakerName(a, text)) ||
            UNKNOWING.test(rest) ||
            // "Fake news folks, fake news. Typical … fake stories": the verdict said again
            DENIAL_WORDS.test(rest) ||
            // "That report is inaccurate. We are not in talks with Ola": the denial in other words,
            // of this claim or another the article put forward
            claims.some(
              (c) =>
                (c.id === claim || !negated(c.text)) &&
                ((negated(rest) &&
                  (claimOverlap(c.text, rest) >= NEGATED_DENIAL || shortNegation(c.text, rest))) ||
                  contrary(c.text, rest) ||
                  deniesDealing(c.text, rest)),
            );
          if (!restated) {
            const at = text.indexOf(rest, content[0]);
            const span: Span = at >= 0 ? [at, at + rest.length] : content;
            const second = claimFor(rest);
            const ev = { ...evidence, content: span, confidence: 0.6 };
            saidVia('SAID', second, { quote: rest }, ev);
          }
          continue;
        }
      }
      if (nested) continue;
      // "… not engaged in discussions. Our policy is not to comment on rumours": the refusal
      // beside the denial is no part of it
      const kept = beforeRefusal(contentText);
      const saysNo = speaker && negated(contentText);
      // "X has not agreed to …", "there are no plans to …": a speaker's negation of a claim a
      // report put forward denies that claim
      const negatedClaim =
        speaker && !UNKNOWING.test(contentText)
          ? claims.find(
              (c) =>
                !negated(c.text) &&
                ((saysNo &&
                  (claimOverlap(c.text, contentText) >= NEGATED_DENIAL ||
                    shortNegation(c.text, contentText))) ||
                  // "had not engaged in discussions", "I am staying": the opposite in other words
                  contrary(c.text, kept) ||
                  // "not engaged in talks with TAQA" against "TAQA is evaluating an investment"
                  deniesDealing(c.text, kept)) &&
                // a report's claim (another outlet's, or an unnamed source's); two named people
                // saying opposite things contradict each other, neither denies
                statements.some(
                  (x) =>
                    x.claim === c.id &&
                    x.source !== src.id &&
                    ((x.type === 'REPORTED' && x.source !== own.id) || anons.has(x.source)),
                ) &&
                !negationElsewhere(kept, c.text),
            )
          : undefined;
      if (negatedClaim) {
        const cut = kept.length < contentText.length ? text.indexOf(kept, content[0]) : -1;
        const span: Span = cut >= 0 ? [content[0], cut + kept.length] : content;
        deny(negatedClaim.id, { ...evidence, content: span, confidence: 0.6 });
        continue;
      }
      // "said it was not in talks that may lead to a merger, after the Telegraph reported the
      // company was about to start negotiations": the aside names the report the negation
      // answers, whose claim may come only later in the sentence
      const aside =
        speaker &&
        saysNo &&
        !NEVER_DENIAL.test(contentText) &&
        !UNKNOWING.test(contentText) &&
        !/\bcomment/i.test(contentText)
          ? asideReport(a, found, text)
          : undefined;
      if (aside && (answersClaim(aside, kept) || deniesDealing(aside, kept, true))) {
        deny(claimFor(aside), { ...evidence, confidence: 0.6 });
        continue;
      }
      // "is not in the hospital, as reported", "not in talks, contrary to reports", "not in talks
      // amid speculation that …": the sentence says which reports the negation answers
      // (the words end before an aside that names a report, which is what the marker reads)
      const answered =
        speaker && !a.negated
          ? answeredReport(aside ? text.slice(content[0], sentence.end) : contentText, sentenceText)
          : undefined;
      if (answered) {
        deny(claimFor(answered), { ...evidence, confidence: 0.6 });
        continue;
      }
      // "said it had nothing to do with the attack", "“We were not involved”": a speaker's side
      // denies its part in an event the article speaks of elsewhere (before or after)
      // "said Ukraine “was not involved”": the subject may stand before the quotation
      const plain = (content[0] >= a.cue[1] ? objectText : contentText).replace(/[“”"‘]/g, '');
      const notInvolved = speaker && !a.negated ? NOT_INVOLVED.exec(plain) : null;
      // "said Ukraine “was absolutely not involved”": the event is the one reported about it
      const bare = speaker && !a.negated && !notInvolved ? NOT_INVOLVED_BARE.exec(plain) : null;
      const pronoun = (w: string) => /^(?:it|we|i|they|he|she|the company)$/i.test(w);
      if (
        (notInvolved &&
          (eventElsewhere(notInvolved[2]!, text, sentence) ||
            (!pronoun(notInvolved[1]!) && eventElsewhere(notInvolved[1]!, text, sentence)))) ||
        (bare &&
          statements.some(
            (x) =>
              x.source !== src.id &&
              ((x.type === 'REPORTED' && x.source !== own.id) || anons.has(x.source)),
          ) &&
          (pronoun(bare[1]!) || eventElsewhere(bare[1]!, text, sentence)))
      ) {
        const m = (notInvolved ?? bare)!;
        const who = pronoun(m[1]!) ? speakerName(a, text) : m[1]!;
        const claim = claimFor(
          notInvolved ? `${who} was involved in ${m[2]}` : `${who} was involved`,
        );
        // "… nothing to do with the mishap and has no information about …": the denial ends with
        // its event; what is coordinated after it is said beside it
        const last = (m[2] ?? m[0]).trim().split(/\s+/).at(-1)!;
        const at = text.indexOf(
          last,
          content[0] + m.index + m[0].length - (m[2] ?? m[0]).length - 4,
        );
        const span: Span =
          a.content.length === 1 && at >= 0 && at < content[1]
            ? [content[0], at + last.length]
            : content;
        deny(claim, { ...evidence, content: span });
        continue;
      }
      // "NBC reported that U.S. officials said X": the report relies on the officials for X
      const innerSpeaker =
        (src.kind === 'outlet' || src.kind === 'report') && a.content.length === 1 && !mine.length
          ? found.find(
              (b) =>
                b !== a &&
                b.source &&
                (INNER_SPEECH.has(b.cueLemma) ||
                  (/^(?:reveal|show)$/.test(b.cueLemma) && !!documentAuthor(b))) &&
                b.content.length === 1 &&
                b.source[0] >= content[0] &&
                (text.slice(content[0], b.source[0]).trim().split(/\s+/).length <= 1 ||
                  // "reported that a leaked US intelligence document reveals": the article
                  // and the participle before the document's author
                  (!!documentAuthor(b) &&
                    /^\s*(?:that\s+)?(?:an?|the|one)\s+(?:[a-z-]+\s+)?$/.test(
                      text.slice(content[0], b.source[0]),
                    ))) &&
                // "…, an official said that X, reported NYT": the inner content runs on over the
                // outer cue, which ends it
                b.content[0]![1] >= content[1] &&
                b.content[0]![0] < content[1],
            )
          : undefined;
      // scoped to the report's outlet (an unnamed report's key is renamed to its outlet at the end)
      const innerSrc = innerSpeaker ? resolve(innerSpeaker, index, src.id) : undefined;
      const base = innerSrc?.kind === 'anon' || innerSrc?.kind === 'actor' ? innerSrc : undefined;
      if (base && innerSpeaker) {
        const said = text
          .slice(innerSpeaker.content[0]![0], Math.min(innerSpeaker.content[0]![1], content[1]))
          .replace(/[\s,]+$/, '');
        contentText = innerSpeaker.negated ? negate(said) : said;
      }
      // "confirmed a Wednesday night Wall Street Journal report on the plans": what that report
      // claimed, not the words that name it
      const confirmed =
        CONFIRM_LEMMAS.has(a.cueLemma) &&
        speaker &&
        /^(?:a|an|the|this|that|its|their)\s+(?:[^\s]+\s+){0,7}?(?:reports?|story|article|account)\b(?![,\s]+(?:that|claiming|saying|which))/i.test(
          contentText,
        );
      // "His deputy confirmed it on Tuesday", "This was later confirmed by Ana Cruz": what is
      // confirmed is what was put forward last
      // "It was confirmed by X", "On Tuesday, the talks were confirmed by X": the subject before a
      // passive cue; "confirmed the talks": a definite noun the claim before names
      const object = /^(?:is|was|were|has|have|had|be|been)\b/i.test(text.slice(...a.cue))
        ? text.slice(sentence.start, a.cue[0]).replace(LEADING_TIME, '')
        : text.slice(...a.content[0]!);
      const before = lastReported ?? lastClaim;
      const named = DEFINITE_OBJECT.exec(object.trim());
      const confirmedBefore =
        CONFIRM_LEMMAS.has(a.cueLemma) &&
        speaker &&
        !!before &&
        (CONFIRMED_ANAPHOR.test(object.trim()) ||
          (!!named &&
            (claims.find((c) => c.id === before)?.text ?? '')
              .toLowerCase()
              .split(/[^a-z]+/)
              .includes(named[1]!.toLowerCase())));
      const confirmedOutlet = confirmed ? outletByMention(contentText) : undefined;
      const confirmedClaim = confirmed
        ? ((confirmedOutlet &&
            [...statements]
              .reverse()
              .find((x) => x.type === 'REPORTED' && x.source === confirmedOutlet.id)?.claim) ??
          lastReported)
        : undefined;
      const claim =
        confirmedClaim ??
        (confirmedBefore ? before : undefined) ??
        claimFor(contentText, src.kind === 'report' ? src.id : undefined);
      if (src.kind === 'report' && !reportClaims.has(src.id)) reportClaims.set(src.id, claim);
      lastClaim = claim;
      if (src.kind === 'outlet' || src.kind === 'report') {
        if (src.id !== own.id) {
          lastReported = claim;
          lastReporter = src.id;
          if (!firstReported.has(src.id)) firstReported.set(src.id, claim);
        }
        // the sources the report relies on, scoped to the outlet that cites them
        const scope = src.kind === 'outlet' ? src.id : undefined;
        let bases = mine
          .map((c) => resolve({ ...a, source: c.span }, index, scope))
          .filter((r): r is Resolved => !!r && r.id !== src.id)
          .concat(base ? [base] : []);
        if (!bases.length) bases = holderSources.get(src.id) ?? [];
        if (src.id !== own.id) [lastHolder, holderAt] = [src, index];
        for (const c of mine) usedCites.add(c.span[0]);
        for (const b of bases)
          add({
            type: b.kind === 'outlet' ? 'REPORTED' : 'SAID',
            source: b.id,
            claim,
            ...when,
            evidence,
          });
        const citing = bases.length ? { citing: bases.map((b) => b.id) } : {};
        if (src.id === own.id)
          add({ type: 'REPORTED', source: own.id, claim, ...citing, evidence });
        else {
          add({ type: 'REPORTED', source: src.id, claim, ...when, ...citing, evidence });
          add({ type: 'REPORTED', source: own.id, claim, citing: [src.id], evidence });
        }
        continue;
      }
      const cited2 = toldVia();
      // "sources familiar with the matter told the Wall Street Journal": the Journal's report
      if (cited2 && cited2 !== own.id) {
        lastReported = claim;
        lastReporter = cited2;
        if (!firstReported.has(cited2)) firstReported.set(cited2, claim);
      }
      // a source that confirms, on or off the record, what another put forward (ANNOTATION.md)
      const type: StatementType = CONFIRM_LEMMAS.has(a.cueLemma) ? 'CONFIRMED' : 'SAID';
      saidVia(type, claim, quote, evidence);
    }
    // "X broadcast the report Saturday quoting an informed source.", "The report -- from the Times
    // and based on discussions with officials -- came as …": a citing phrase that no statement of
    // the sentence took names whom the report relies on, for what it said and what it says next
    // "The AP also published a similar report", "the Post matched that story": the outlet
    // reported what the report before it did
    const echoed = lastReported;
    const publisher = echoed ? similarReportBy(sentenceText) : undefined;
    // a name no lexicon knows is a publication when its report cites sources as the press does
    const proper =
      publisher &&
      /^(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}$/.exec(publisher.trim());
    const echoing = publisher
      ? (outletByMention(publisher) ??
        (proper && cited.length
          ? { id: slug(proper[0].replace(/^the\s+/i, '')), name: proper[0] }
          : undefined))
      : undefined;
    if (echoing && echoed && echoing.id !== own.id) {
      reportedBy(echoing, echoed, {
        sentence: sentenceText,
        cue: [sentence.start, sentence.end],
        content: [sentence.start, sentence.end],
        confidence: 0.5,
        method: METHOD_VERSION,
      });
      lastOutlet = echoing.id;
    }
    for (const c of cited) {
      if (usedCites.has(c.span[0])) continue;
      const head = text.slice(sentence.start, c.cut[0]);
      // "comments by anonymous officials to The Wall Street Journal": the outlet they spoke to
      const listener = /^\s*to\s+([^,;.]+)/.exec(text.slice(c.span[1], sentence.end));
      const named =
        (echoing?.id !== own.id ? echoing : undefined) ??
        (listener ? outletByMention(listener[1]!) : undefined) ??
        outletByMention(head);
      let holder: Resolved | undefined;
      if (named && named.id !== own.id) {
        if (!outlets.has(named.id)) outlets.set(named.id, named);
        lastOutlet = named.id;
        holder = { kind: 'outlet', id: named.id };
      } else if (
        /\b(?:the|this)\s+(?:newspaper|paper|outlet|daily|weekly|publication)\s*$/i.test(head)
      ) {
        // "The newspaper, citing undisclosed sources, named …": the outlet named before
        holder = { kind: 'outlet', id: lastOutlet ?? own.id };
      } else if (!lastReport && lastOutlet && lastOutlet !== own.id && DEFINITE_REPORT.test(head)) {
        // "The Post reported that … The report cited a senior source": the report just named is
        // the publication's, when no unnamed report came before
        holder = { kind: 'outlet', id: lastOutlet };
      } else if (REPORTISH.test(head)) {
        if (!lastReport || !THE_REPORT.test(head)) {
          lastReport = { key: `__r${reports.length}__`, description: 'report', sentence: index };
          reports.push(lastReport);
        }
        holder = { kind: 'report', id: lastReport.key };
      }
      if (!holder) continue;
      const b = resolve({ ...sentenceAttribution(sentence), source: c.span }, index, holder.id);
      if (b) relyOn(holder, b);
    }
    // "…; two unnamed sources were cited.": whom the outlet named last relies on
    const citedBy = passiveCited(sentence);
    const passiveHolder =
      lastHolder ?? (lastOutlet ? { kind: 'outlet' as const, id: lastOutlet } : undefined);
    if (citedBy && passiveHolder) {
      const b = resolve(
        { ...sentenceAttribution(sentence), source: citedBy },
        index,
        passiveHolder.id,
      );
      if (b?.kind === 'anon') relyOn(passiveHolder, b);
    }
    prevSpeaker = statements
      .slice(before)
      .filter((s) => s.type !== 'REPORTED' && (actors.has(s.source) || anons.has(s.source)))
      .at(-1)?.source;
    prevChannel = prevSpeaker
      ? statements
          .slice(before)
          .find(
            (s) =>
              s.type === 'REPORTED' &&
              s.source !== own.id &&
              outlets.has(s.source) &&
              s.citing?.length === 1 &&
              s.citing[0] === prevSpeaker,
          )?.source
      : undefined;
    // a speaker whose first words were a denial has no outlet's REPORTED to show the way: the
    // outlet it told, or the one an unnamed source belongs to
    const scopedTo = prevSpeaker ? anons.get(prevSpeaker)?.citedBy : undefined;
    prevChannel ??=
      toldOutlet?.sentence === index && toldOutlet.speaker === prevSpeaker
        ? toldOutlet.outlet
        : scopedTo && scopedTo !== own.id && outlets.has(scopedTo)
          ? scopedTo
          : undefined;
    if (
      prevSpeaker &&
      /\bstatement\b/i.test(sentenceText) &&
      /^\s*\n/.test(text.slice(sentence.end))
    )
      statementBy = { source: prevSpeaker, end: sentence.end };
    // "The report -- from The New York Times -- …": an outlet named without a cue is still what
    // "the newspaper" of the next sentences means
    const mentioned = outletByMention(sentenceText);
    if (mentioned && mentioned.id !== own.id && !found.length) {
      if (!outlets.has(mentioned.id)) outlets.set(mentioned.id, mentioned);
      lastOutlet = mentioned.id;
    }
  });

  // When a speaker's words turn out to deny, the article reports that someone denied, not the
  // claim (ANNOTATION.md): its REPORTED of the old claim citing that speaker goes, and the old
  // claim with it when nothing else states it.
  const ownReportOf = (x: DraftStatement, st: DraftStatement, claim: string) =>
    x.type === 'REPORTED' &&
    x.source === own.id &&
    x.claim === claim &&
    !!x.citing?.includes(st.source);
  const dropUnusedClaim = (id: string) => {
    const at = claims.findIndex((c) => c.id === id);
    if (at >= 0 && !statements.some((x) => x.claim === id)) claims.splice(at, 1);
  };

  // "X has not agreed to …, an official said." in the lede, the report it answers further down:
  // the same rule as above, once every report of the article is known
  const reportedClaim = (id: string, speaker: string) =>
    statements.some(
      (x) =>
        x.claim === id &&
        x.source !== speaker &&
        ((x.type === 'REPORTED' && x.source !== own.id) || anons.has(x.source)),
    );
  for (const st of [...statements]) {
    if (st.type !== 'SAID' || !(actors.has(st.source) || anons.has(st.source))) continue;
    const said = claims.find((c) => c.id === st.claim);
    // "it does not comment on talks": a refusal is negated, yet answers no claim
    if (!said || UNKNOWING.test(said.text) || NO_COMMENT.test(said.text)) continue;
    const saidNo = negatedClauses(said.text);
    if (!saidNo.length) continue;
    const target =
      claims.find(
        (c) =>
          !negated(c.text) &&
          saidNo.some(
            (words) => answersClaim(c.text, words) && !negationElsewhere(words, c.text),
          ) &&
          reportedClaim(c.id, st.source),
      ) ??
      // "“There have been no talks with anyone,” a spokesman said", "“No talks are taking
      // place”": the talks the article's report is about, whatever words it used (in paraphrase,
      // a lede's "X's agent claimed there have been no negotiations" is too often X's announced
      // reply, with its speaker unresolved: measured +0 / -1 on the tune half)
      (st.quote && NO_TALKS.test(said.text)
        ? claims.find((c) => !negated(c.text) && reportedClaim(c.id, st.source))
        : undefined);
    if (!target) continue;
    const old = st.claim;
    st.type = 'DENIED';
    if (st.evidence) {
      // the refusal to comment beside the denial is no part of it
      const [from, to] = st.evidence.content;
      const kept = beforeRefusal(text.slice(from, to));
      if (kept.length < to - from) st.evidence.content = [from, from + kept.trimEnd().length];
    }
    st.claim = target.id;
    statements.splice(0, statements.length, ...statements.filter((x) => !ownReportOf(x, st, old)));
    dropUnusedClaim(old);
  }

  // A speaker's verdict of falsity ("That report is untrue", "No, that's not true") is its
  // denial, in whatever sentence it stands: beside a denial by the same source it is that
  // denial's wording, no second proposition; alone, it denies the proposition it names, else the
  // claim another source put forward before it. The outlet reports that someone denied, nothing
  // more (ANNOTATION.md), so the article's REPORTED of the verdict goes with it.
  for (const st of [...statements]) {
    if (st.type !== 'SAID' || !(actors.has(st.source) || anons.has(st.source))) continue;
    const [from, to] = st.evidence.content;
    // "declined to say whether reports … were false": falsity asked about, not said
    if (/\b(?:whether|if)\b/i.test(text.slice(st.evidence.cue[0], from))) continue;
    // "said that the passports were fake": after its cue the complementizer opens no subject clause
    const words = text.slice(from, to);
    const verdict = falsityVerdict(
      from >= st.evidence.cue[1] ? words.replace(/^\s*that\s+/i, '') : words,
    );
    if (!verdict) continue;
    const at = statements.indexOf(st);
    const denies = statements.some((x) => x.type === 'DENIED' && x.source === st.source);
    const putForward = (x: DraftStatement) =>
      x.source !== st.source &&
      x.claim !== st.claim &&
      ((x.type === 'REPORTED' && x.source !== own.id) ||
        anons.has(x.source) ||
        x.type === 'DENIED');
    // a verdict in the lede answers the report the article tells of after it: what the report is
    // about when the verdict names it, else the first claim put forward later
    const target = denies
      ? undefined
      : verdict.proposition
        ? claimFor(verdict.proposition)
        : (statements.slice(0, at).reverse().find(putForward)?.claim ??
          (verdict.about
            ? claimFor(verdict.about, undefined, st.claim)
            : statements.slice(at + 1).find(putForward)?.claim));
    if (!denies && !target) continue;
    const old = st.claim;
    const keep = statements.filter((x) => x !== st && !ownReportOf(x, st, old));
    if (target) keep.splice(Math.min(at, keep.length), 0, { ...st, type: 'DENIED', claim: target });
    statements.splice(0, statements.length, ...keep);
    dropUnusedClaim(old);
  }

  // A report named without its outlet ("The report in question claimed …") is the one the next
  // sentence attributes to an outlet ("NBC News detailed …"); otherwise it stays unnamed.
  const rename = new Map<string, string>();
  // "… denied reports that P. It was referring to a CNBC Arabiya news report": the report a
  // publication's name owns, in the sentence or the three after it, else the two before
  const namedReportNear = (i: number, until = Infinity): DraftOutlet | undefined => {
    for (const k of [i, i + 1, i + 2, i + 3, i - 1, i - 2]) {
      const x = sents[k];
      if (!x) continue;
      for (const m of text.slice(x.start, x.end).matchAll(NAMED_REPORT)) {
        // "X denied claims that P, CNN reported": the outlet after the words reported the denial
        if (k === i && x.start + m.index >= until) continue;
        const name = (m[1] ?? m[3] ?? m[4]!).replace(/[’']s?\s*$/, '').trim();
        const o =
          outletByMention(name) ??
          ((m[2] ? !DEMONYM.test(name) : m[1] && pressName(name))
            ? { id: slug(name.replace(/^the\s+/i, '')), name }
            : undefined);
        if (o && o.id !== own.id) return o;
      }
    }
    return undefined;
  };
  let pressId: string | undefined;
  // the sentence of each other outlet's report, found once for every unowned report below
  const reportSentence = new Map(
    statements
      .filter((s) => s.type === 'REPORTED' && s.source !== own.id)
      .map((s) => [
        s,
        sents.findIndex((x) => x.start <= s.evidence.cue[0] && s.evidence.cue[0] < x.end),
      ]),
  );
  for (const r of [...reports.filter((x) => !x.frame), ...reports.filter((x) => x.frame)]) {
    // an outlet the next sentence quotes ("told CNN") owns no report the text left unowned
    const next = r.nearby
      ? undefined
      : [...reportSentence].find(([s, at]) => at === r.sentence + 1 && outlets.has(s.source))?.[0];
    const named = next || r.others ? undefined : namedReportNear(r.sentence, r.until);
    if (named) {
      if (!outlets.has(named.id)) outlets.set(named.id, named);
      rename.set(r.key, named.id);
    } else if (next) rename.set(r.key, next.source);
    else {
      // "despite reports", "amid claims": a frame's bare press is the unnamed press the article
      // describes elsewhere ("Italian newspapers"), when it describes one
      const id = (r.frame && pressId) || `unnamed-${slug(r.description)}`;
      if (!outlets.has(id)) outlets.set(id, { id, name: `Unnamed outlet (${r.description})` });
      pressId ??= id;
      rename.set(r.key, id);
    }
  }
  // "… — Kaitlan Collins (@kaitlancollins) June 28, 2018": an embedded post is its author's
  for (const m of text.matchAll(SIGNED_POST)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const name: Span = [at, at + m[1]!.length];
    const sentence = sents.find((x) => x.start <= at && at < x.end);
    const from = Math.max(text.lastIndexOf('\n', m.index) + 1, 0);
    const words = text
      .slice(from, m.index)
      .replace(/\s*(?:pic\.twitter\.com|https?:)\S*\s*$/, '')
      .trim();
    if (!sentence || words.split(/\s+/).length < 4) continue;
    const by = resolve(
      { ...sentenceAttribution(sentence), source: name },
      sents.indexOf(sentence),
      undefined,
    );
    if (!by) continue;
    const claim = claimFor(words);
    const evidence: Evidence = {
      sentence: text.slice(from, m.index + m[0].length),
      source: name,
      cue: [m.index, at],
      content: [from, from + words.length],
      confidence: 0.5,
      method: METHOD_VERSION,
    };
    const type = by.kind === 'outlet' || by.kind === 'report' ? 'REPORTED' : 'SAID';
    add({ type, source: by.id, claim, quote: words, evidence });
    if (by.id !== own.id)
      add({ type: 'REPORTED', source: own.id, claim, citing: [by.id], evidence });
  }
  // Wire copy ("BEIJING (AP) —", "(dpa-AFX) -", a "Deutsche Presse Agentur" byline): the agency
  // reported what the article carries, and the publishing site reported it citing the agency
  const bare = (n: string) =>
    n
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
  // "assertions from U.S. officials that P" and "the FT, citing U.S. officials": the same words
  // in one article, before or after, are one group, the one a publication cites
  let mergedAnons = false;
  for (const id of heldAnons) {
    const mine = anons.get(id);
    const same = mine
      ? [...anons.values()].find(
          (x) => x.id !== id && x.description.toLowerCase() === mine.description.toLowerCase(),
        )
      : undefined;
    if (!same) continue;
    anons.delete(id);
    mergedAnons = true;
    for (const st of statements) {
      if (st.source === id) st.source = same.id;
      if (st.citing) st.citing = [...new Set(st.citing.map((c) => (c === id ? same.id : c)))];
    }
  }
  // the merged sources' statements may now repeat others word for word
  if (mergedAnons) {
    const seen = new Set<string>();
    for (let i = 0; i < statements.length; i++) {
      const st = statements[i]!;
      const key = `${st.type} ${st.source} ${st.claim} ${st.citing?.join(',') ?? ''}`;
      if (seen.has(key)) statements.splice(i--, 1);
      else seen.add(key);
    }
  }
  const wire = wireAgency(text, (n) => [...ownNames].some((o) => bare(o) === bare(n)));
  const agency = wire ? (outletByMention(wire) ?? { id: slug(wire), name: wire }) : undefined;
  if (agency && agency.id !== own.id) {
    if (!outlets.has(agency.id)) outlets.set(agency.id, agency);
    const renamed = new Map<string, string>();
    for (const x of anons.values())
      if (x.citedBy === own.id) {
        const id = `${agency.id}${x.id.slice(own.id.length)}`;
        renamed.set(x.id, id);
        anons.delete(x.id);
        anons.set(id, { ...x, id, citedBy: agency.id });
      }
    const rid = (id: string) => renamed.get(id) ?? id;
    for (const st of [...statements]) {
      st.source = rid(st.source);
      if (st.citing) st.citing = st.citing.map(rid);
      if (st.type !== 'REPORTED' || st.source !== own.id) continue;
      if (st.citing?.includes(agency.id)) continue;
      st.source = agency.id;
      add({
        type: 'REPORTED',
        source: own.id,
        claim: st.claim,
        citing: [agency.id],
        evidence: st.evidence,
      });
    }
  }
  mergeLedeSpokespeople(anons, anonAt, statements, own.id);
  let doc: DraftDocument = {
    formatVersion: 1,
    article: {
      url: input.url,
      ...(input.title ? { title: input.title } : {}),
      outlet: own.id,
      publishedAt: input.publishedAt,
    },
    actors: [...actors.values()],
    outlets: [...outlets.values()],
    anonymousSources: [...anons.values()],
    claims,
    statements,
  };
  if (rename.size)
    doc = JSON.parse(
      JSON.stringify(doc).replace(/__r\d+__/g, (k) => rename.get(k) ?? k),
    ) as DraftDocument;
  doc.statements = doc.statements.filter(
    (s, i, all) =>
      all.findIndex((x) => x.type === s.type && x.source === s.source && x.claim === s.claim) === i,
  );
  if (!doc.statements.length) warnings.push('no attributed statement found in the text');
  return { document: doc, warnings };
}

function ownOutlet(input: ArticleText): DraftOutlet {
  const host = new URL(input.url).hostname.replace(/^www\./, '');
  const wanted = input.outlet?.toLowerCase();
  const known = OUTLETS.find((o) =>
    wanted
      ? [o.name, slug(o.name.replace(/^the /i, '')), o.domain, ...(o.aliases ?? [])].some(
          (n) => n.toLowerCase() === wanted,
        )
      : // "bbc.com" beside "bbc.co.uk": a known outlet is one entity by every domain it has
        [o.domain, ...(o.aliases ?? []).filter((n) => /^[a-z0-9.-]+\.[a-z]+$/.test(n))].some(
          (d) => host === d || host.endsWith(`.${d}`),
        ),
  );
  if (known)
    return { id: slug(known.name.replace(/^the /i, '')), name: known.name, domain: known.domain };
  // "The Business Times" goes by "business-times", as a known outlet does
  if (input.outlet)
    return { id: slug(input.outlet.replace(/^the /i, '')), name: input.outlet, domain: host };
  const base = host.split('.').slice(0, -1).join('.') || host;
  return { id: slug(base), name: base, domain: host };
}

// chrono is the slowest step; a sentence without any of these words holds no date it can read
const DATE_WORD =
  /\d|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|yesterday|tonight|ago|last|earlier|week|month|year)\b/i;

/** A date stated outside the quoted words ("on Monday"), resolved against publication. */
function dateIn(sentence: string, publishedAt: string): string | undefined {
  const ref = new Date(publishedAt);
  if (Number.isNaN(ref.getTime()) || !DATE_WORD.test(sentence)) return undefined;
  for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
    // "a report from mid-October": a month with where in it, the day stated only roughly
    const part = /\b(early|mid|late)[- ]$/i.exec(sentence.slice(0, r.index))?.[1]?.toLowerCase();
    if (part && r.start.isCertain('month') && !r.start.isCertain('day')) {
      const d = r.start.date();
      d.setUTCDate(part === 'early' ? 5 : part === 'mid' ? 15 : 25);
      if (d.getTime() <= ref.getTime()) return d.toISOString().slice(0, 10);
      continue;
    }
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const d = r.start.date();
    if (d.getTime() <= ref.getTime() + 86_400_000) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

/**
 * "both Bout and the Kremlin have denied the reports": each named conjunct is a source of its own.
 * Only names: "officials and a diplomat" is one unnamed group.
 */
// "in an interview with the AP", "speaking to the BBC", "in comments to Reuters", "in a
// statement to NBC News", "said on CNN's “State of the Union”", "in remarks broadcast by the
// BBC": the outlet the words were given to, wherever the phrase stands in the sentence but inside
// what was said (there it is someone else's channel)
const CHANNEL =
  /\b(?:[Ii]n\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:interview|conversation|statement|comments?|remarks|e-?mail|appearance|op-ed|column|essay)\s+(?:with|to|on|for|in)|(?:[Ss]peaking|[Tt]alking)\s+(?:to|with)|[Ii]n\s+(?:comments?|remarks)\s+to|\b(?:said|says|told|wrote|added|appeared|appearing|speaking|interviewed)\s+(?:\w+\s+){0,3}?on|\b(?:remarks|comments|statement|interview|words)\s+(?:\w+\s+)?(?:broadcast|carried|aired|published|televised|cited|quoted|reported)\s+by)\s+((?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})/g;

// "Maria Lopez, quoted by Reuters, said", "a spokeswoman, reached by CNN via email, said",
// "Hamada was quoted as saying by Kyodo", "was quoted by the Kyodo news agency": the outlet that
// is the agent of a participle on the source, or of a passive quoting cue, carried the words
const OUTLET_AFTER = `((?:the\\s+)?[A-Z][\\w.’'&-]*(?:\\s+(?:[A-Z][\\w.’'&-]*|news\\s+agency|agency|newspaper|network)){0,5})`;
const CARRIED_BY_SOURCE = new RegExp(
  `^\\s*,?\\s*(?:who\\s+(?:was|were|had\\s+been)\\s+)?(?:(?:quoted|cited|interviewed|contacted|reached|approached|questioned)\\s+by|(?:quoted|cited)\\s+in)\\s+${OUTLET_AFTER}`,
);
const CARRIED_BY_CUE = new RegExp(
  `^\\s*(?:as\\s+(?:saying|stating|adding|writing|telling\\s+\\w+)\\s+)?(?:by|in\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:report|article|story|interview|piece|dispatch)\\s+(?:by|from|in|with|for))\\s+${OUTLET_AFTER}`,
);
function carriedBy(a: Attribution, text: string): string | undefined {
  const bySource = a.source
    ? CARRIED_BY_SOURCE.exec(text.slice(a.source[1], a.source[1] + 90))
    : null;
  if (bySource) return bySource[1];
  if (!/\b(?:quoted|cited)$/.test(text.slice(...a.cue))) return undefined;
  return CARRIED_BY_CUE.exec(text.slice(a.cue[1], a.cue[1] + 90))?.[1];
}

function channelName(a: Attribution, text: string): string | undefined {
  const { start, end } = a.sentence;
  for (const m of text.slice(start, end).matchAll(CHANNEL)) {
    const at = start + m.index;
    if (!a.content.some(([x, y]) => at >= x && at < y)) return m[1];
  }
  return undefined;
}

function conjuncts(a: Attribution): Attribution[] {
  if (!a.source) return [a];
  const all = a.sentence.tokens.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
  // "Philip Morris International Inc. (PM) and Swedish Match AB (SWMAY.PK)", "U.S.-based X":
  // tickers and a hyphenated descriptor are not words of the names
  let depth = 0;
  const toks = all.filter((t, k) => {
    if (t.text === '(') depth++;
    const keep =
      depth === 0 &&
      t.text !== '-' &&
      !(k > 0 && all[k - 1]!.text === '-' && all[k - 1]!.end === t.start && /^[a-z]/.test(t.text));
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return keep;
  });
  // "Reuters and Bloomberg both reported": a quantifier floated after the pair is no name's word
  if (toks.length > 3 && /^(?:both|each|all)$/.test(toks.at(-1)!.lower)) toks.pop();
  const and = toks.findIndex((t) => t.lower === 'and');
  if (and <= 0 || toks.some((t) => ANON_HEADS.has(t.lower) || t.text === ',')) return [a];
  const from = toks[0]!.lower === 'both' ? 1 : 0;
  const sides = [toks.slice(from, and), toks.slice(and + 1)];
  const named = (side: Token[]) => {
    const head = side[0]?.lower === 'the' ? side.slice(1) : side;
    return head.length > 0 && head.length <= 4 && head.every((t) => /^[A-Z]/.test(t.text));
  };
  if (!sides.every(named)) return [a];
  if (portfolioTitle(sides[0]!, sides[1]!)) return [a];
  if (toks[0]!.lower === 'the' && sharedBodyHead(sides[0]!, sides[1]!)) return [a];
  // "Procter and Gamble", "Simon and Schuster": two bare words joined are one name, unless each
  // is a publication's name of its own ("Reuters and Bloomberg")
  const outletName = (side: Token[]) => knownOutlet(side.map((t) => t.text).join(' '));
  if (
    !from &&
    !/^the$/i.test(sides[1]![0]!.text) &&
    sides[0]!.length + sides[1]!.length <= 2 &&
    !sides.every(outletName)
  )
    return [a];
  return sides.map((side) => ({
    ...a,
    source: [side[0]!.start, side.at(-1)!.end] as Span,
    described: undefined,
  }));
}

/** The head noun of one body's name, singular ("Committee", not "Committees"). */
const ONE_BODY_HEAD =
  /^(?:Committee|Commission|Administration|Department|Ministry|Agency|Authority|Council|Federation|Association|Union|Board|Bureau|Office|Service|Institute|Foundation|Society|Organi[sz]ation|League|Confederation|Fund|Trust|Alliance)$/;

/**
 * "the Securities and Exchange Commission", "the United States Olympic and Paralympic Committee":
 * words joined before one singular body noun are one body's name, not two sources; a side that
 * is a body or a name of its own ("the Pentagon and State Department", "the IOC and Tokyo
 * Organizing Committee") keeps them two, and so does a plural noun ("the Australian and Canadian
 * Olympic Committees").
 */
function sharedBodyHead(left: Token[], right: Token[]): boolean {
  const own = left.filter((t) => t.lower !== 'the');
  const last = own.at(-1);
  return (
    right.length >= 2 &&
    right.every((t) => /^[A-Z]/.test(t.text)) &&
    ONE_BODY_HEAD.test(right.at(-1)!.text) &&
    !!last &&
    !/^[A-Z.]{2,}$/.test(last.text) &&
    !GOVERNMENT_WORDS.test(own.map((t) => t.text).join(' ')) &&
    !ORGANIZATION_WORDS.test(last.text) &&
    !ONE_BODY_HEAD.test(last.text)
  );
}

/**
 * "Information and Broadcasting Minister Manish Tewari", "Trade and Industry Secretary X", "the
 * Information and Broadcasting Minister": the "and" joins two portfolios of one title, not two
 * speakers; "Biden and Foreign Minister X" are two, as a name is no portfolio.
 */
function portfolioTitle(left: Token[], right: Token[]): boolean {
  const role = right.findIndex((t) => ROLE_WORDS.test(t.text));
  const own = left[0]?.lower === 'the' ? left.slice(1) : left;
  return (
    role > 0 &&
    own.length > 0 &&
    own.every((t) => portfolioWord(t.text)) &&
    right.slice(0, role).every((t) => portfolioWord(t.text))
  );
}

/**
 * "The bridge will reopen, Lopez told reporters, according to Reuters.": what was told is the
 * sentence before the speaker, and the "according to" after it names whom the telling passed
 * through, as in "Lopez told reporters the bridge …, according to Reuters"; one attribution, not
 * a report of the whole sentence.
 */
function speechThroughReport(all: Attribution[], text: string): Attribution[] {
  const merged = new Set<Attribution>();
  const out = all.map((a) => {
    if (!a.source || a.content.length !== 1 || a.pattern === 'according-to') return a;
    const source = a.source;
    const by = all.find(
      (b) => b.pattern === 'according-to' && b.cue[0] === a.content[0]![0] && b.cue[0] > source[1],
    );
    if (!by) return quotedThroughReport(a, all, text, merged);
    const lead = /^(.*?)[\s,]*$/s.exec(text.slice(a.sentence.start, a.source[0]))![1]!;
    if (!by.source || lead.length < 8) return a;
    merged.add(by);
    const words: Span = [a.sentence.start, a.sentence.start + lead.length];
    return { ...a, content: [words], listener: by.source };
  });
  return out.filter((a) => !merged.has(a));
}

/** What only a publication does with words: it reports or writes them. */
const PUBLISHING = new Set(['report', 'write']);
/**
 * "“Trump is weighing a successor, according to people familiar with the matter,” reports the
 * Journal", "The Journal reported that, according to two officials, …": unnamed people named by
 * an "according to" inside what a publication reports are whom it relies on, as when they speak
 * to it ("people familiar with the matter told the Journal"): one attribution, the people's, with
 * the publication as its listener and the report's words without the "according to" phrase. A
 * name there ("according to The Hill") is no source of the report but whom the article relies on.
 */
function sourceInsideReport(all: Attribution[], text: string): Attribution[] {
  const merged = new Set<Attribution>();
  const out = all.map((b) => {
    if (b.pattern !== 'according-to' || !b.source || b.listener) return b;
    const src = b.sentence.tokens.filter((t) => t.start >= b.source![0] && t.end <= b.source![1]);
    if (!src.some((t) => ANON_HEADS.has(t.lower)) || src.some((t) => /^\p{Lu}/u.test(t.text)))
      return b;
    const a = all.find(
      (x) =>
        x !== b &&
        PUBLISHING.has(x.cueLemma) &&
        !x.negated &&
        !!x.source &&
        x.content.length === 1 &&
        x.content[0]![0] <= b.cue[0] &&
        x.content[0]![1] >= b.source![1],
    );
    if (!a) return b;
    merged.add(a);
    const [from, to] = a.content[0]!;
    const words = [trimmed(text, from, b.cue[0]), trimmed(text, b.source[1], to)].filter(
      (w): w is Span => !!w,
    );
    return words.length ? { ...b, content: words, listener: a.source } : b;
  });
  return out.filter((x) => !merged.has(x));
}

/** The span [from, to) without the commas, quotation marks, "that" and spaces at its ends. */
function trimmed(text: string, from: number, to: number): Span | undefined {
  const w = text.slice(from, to);
  const lead = /^[\s,“”"]*(?:that\b)?[\s,]*/i.exec(w)![0].length;
  const tail = /[\s,“”"]*$/.exec(w.slice(lead))![0].length;
  const span: Span = [from + lead, to - tail];
  return span[1] - span[0] >= 8 ? span : undefined;
}

/**
 * "“The bridge will reopen,” Lopez told reporters, according to Reuters.": the finder already
 * gave Lopez the words before the speaker, and the "according to" after the cue names whom they
 * passed through, as when the words are not quoted; one attribution with its listener.
 */
function quotedThroughReport(
  a: Attribution,
  all: Attribution[],
  text: string,
  merged: Set<Attribution>,
): Attribution {
  const [from, to] = [a.content[0]![0], a.content[0]![1]];
  if (to > a.source![0]) return a;
  const by = all.find(
    (b) =>
      b.pattern === 'according-to' &&
      !!b.source &&
      b.cue[0] >= a.cue[1] &&
      b.content.length === 1 &&
      b.content[0]![0] <= from &&
      b.content[0]![1] >= a.cue[1] &&
      !/[.;:!?"“”]/.test(text.slice(a.cue[1], b.cue[0])),
  );
  if (!by?.source) return a;
  merged.add(by);
  return { ...a, listener: by.source };
}

const QUOTED_VIA = new RegExp(
  `^\\s*(?:in\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:report|article|story|interview|piece)\\s+)?(?:by|in)\\s+${OUTLET_AFTER}\\s*,?\\s+(?:as\\s+)?(?:saying|stating|adding|claiming|telling\\s+\\w+)\\b\\s*(?:that\\b\\s*)?[,:]?\\s*`,
);
const AS_SAYING =
  /\s+as\s+(?:\w+ly\s+)?(?:saying|stating|writing|adding|warning|claiming|having\s+said)\b\s*(?:that\b\s*)?[,:]?\s*/;

/**
 * "Peskov was quoted in Kommersant as saying", "quoted by Izvestia": a name in the slot of the
 * publication that quoted someone is one, whether or not the lexicon knows it.
 */
function quotingPublication(a: Attribution, name: string, text: string): DraftOutlet | undefined {
  if (!a.listener || !/^(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}$/.test(name.trim()))
    return undefined;
  const before = text.slice(Math.max(0, a.listener[0] - 40), a.listener[0]);
  if (!/\b(?:quoted|cited)\s+(?:as\s+saying\s+)?(?:by|in)\s+$/.test(before)) return undefined;
  const clean = name.trim().replace(/^the\s+/i, '');
  return { id: slug(clean), name: clean };
}

/**
 * "Reuters quoted Ana Lopez as saying …", "Lopez was quoted by Reuters as saying …": the one
 * quoted is the speaker, and whoever quoted her is whom the words passed through (the listener,
 * an outlet when it is one), as with "told Reuters".
 */
function quotedAs(a: Attribution, text: string): Attribution {
  // "was cited in Der Spiegel as saying" quotes as "was quoted" does, when it names the
  // publication (the active "X cited S as saying" is read where whom a report relies on is)
  const passiveCite =
    a.cueLemma === 'cite' &&
    /\b(?:is|are|was|were|been|being)\s+cited\b/.test(text.slice(...a.cue)) &&
    /^\s*(?:in|by)\s+(?:the\s+)?[A-Z]/.test(text.slice(a.cue[1], a.sentence.end));
  if ((a.cueLemma !== 'quote' && !passiveCite) || a.content.length > 2) return a;
  const [first, second] = a.content as [Span, Span | undefined];
  let speaker: Span | undefined;
  let rest: Span | undefined;
  let by: Span | undefined;
  if (second && !/^\s*as\s+\w+\s+by\b/.test(text.slice(...second))) {
    // the passive: the speaker stands before the cue, "as saying …" after the quoting outlet
    const m = new RegExp(`^${AS_SAYING.source.replace('\\s+', '\\s*')}`).exec(
      text.slice(...second),
    );
    if (m) [speaker, rest] = [first, [second[0] + m[0].length, second[1]]];
    // "S has been quoted in a report by X saying …": X is whom the words passed through
    const via = m ? null : QUOTED_VIA.exec(text.slice(...second));
    if (via) {
      const at = second[0] + via[0].indexOf(via[1]!, via[0].search(/\b(?:by|in)\s/));
      [speaker, rest, by] = [
        first,
        [second[0] + via[0].length, second[1]],
        [at, at + via[1]!.length],
      ];
    }
  } else if (a.source) {
    const m = AS_SAYING.exec(text.slice(...first));
    if (m) speaker = [first[0], first[0] + m.index];
    if (m) rest = [first[0] + m.index + m[0].length, first[1]];
  }
  // "The talks will resume, Peskov was quoted as saying by Interfax.": the words come first and
  // the one who quoted them last
  if (!a.source && second && (!speaker || !rest || rest[1] - rest[0] < 8)) {
    const m =
      /^as\s+(?:saying|stating|writing)\s+by\s+(.+?)[.!]?\s*$/.exec(text.slice(...second)) ??
      /^(?:by|in)\s+(.+?)\s+as\s+(?:saying|stating|writing)[.!]?\s*$/.exec(text.slice(...second));
    const lead = /^(.*?)[\s,]*$/s.exec(text.slice(a.sentence.start, first[0]))![1]!;
    if (m && lead.length >= 8) {
      by = [second[0] + m[0].indexOf(m[1]!, 2), second[0] + m[0].indexOf(m[1]!, 2) + m[1]!.length];
      [speaker, rest] = [first, [a.sentence.start, a.sentence.start + lead.length]];
    }
  }
  // "The talks will resume, Peskov was quoted by Interfax as saying.": the agent quoted him
  if (a.source && second && speaker && (!rest || rest[1] - rest[0] < 8)) {
    const lead = /^(.*?)[\s,]*$/s.exec(text.slice(a.sentence.start, first[0]))![1]!;
    if (lead.length >= 8 && /^\s*as\s+\w+[.!]?\s*$/.test(text.slice(...second)))
      [rest, by] = [[a.sentence.start, a.sentence.start + lead.length], a.source];
  }
  if (!speaker || !rest || rest[1] - rest[0] < 8) return a;
  const words = text.slice(...speaker).trim();
  if (!words || words.split(/\s+/).length > 14) return a;
  // "Dmitry Peskov, the Kremlin spokesman,": the name before the apposition is the speaker
  const comma = words.indexOf(',');
  // "as saying" makes the quotation an assertion, whatever "quoted" alone is
  const { assertive: _, ...assertion } = a;
  return {
    ...assertion,
    source: comma > 0 ? [speaker[0], speaker[0] + comma] : speaker,
    described: speaker,
    listener: by ?? a.source,
    content: [rest],
    cueLemma: 'say',
    pattern: 'subject-cue',
  };
}

/**
 * "WASHINGTON (dpa-AFX) - According to a report by CNN, X": a dateline is not what the report
 * said; what follows the source is.
 */
function afterDateline(a: Attribution, text: string): Attribution {
  if (a.pattern !== 'according-to' || !a.source || a.content.at(-1)![1] > a.cue[0]) return a;
  const before = text.slice(a.sentence.start, a.cue[0]);
  if (!/^\s*[A-Z][A-Z .,'-]*(?:\([\w-]+\)?)?\s*(?:--|[-—–])?\s*$/.test(before)) return a;
  const rest = /^\s*,?\s*/.exec(text.slice(a.source[1], a.sentence.end))![0].length;
  const start = a.source[1] + rest;
  const end = a.sentence.end - (/[.!?]$/.test(text.slice(0, a.sentence.end)) ? 1 : 0);
  return end - start > 10 ? { ...a, content: [[start, end]] } : a;
}

/**
 * "New Delhi: Ministry spokesperson X on Tuesday dismissed …": a colon after a name at the head
 * of the sentence, before a clause with a speaker and a cue of its own, is a dateline.
 */
function colonDateline(a: Attribution, all: Attribution[], text: string): boolean {
  if (text.slice(a.cue[0], a.cue[1]) !== ':' || !a.source || a.source[0] !== a.sentence.start)
    return false;
  const [from, to] = [a.content[0]![0], a.content.at(-1)![1]];
  return all.some((b) => b !== a && !!b.source && b.source[0] >= from && b.cue[1] <= to);
}

/**
 * "Iran is believed to be building a weapon", "Khamenei was said to have the last word": a belief
 * or a saying nobody is said to hold (no "by …"); its subject is what it is about, not a source.
 */
function holderless(a: Attribution, text: string): boolean {
  const cue =
    /^(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:believed|thought|said|expected|rumou?red|understood|alleged|reported|known|considered|seen)(\s+to\s+\w+)?$/.exec(
      text.slice(a.cue[0], a.cue[1]).toLowerCase(),
    );
  if (!cue) return false;
  // "is widely expected to announce": the infinitive can be read into the cue
  const infinitive = !!cue[1] || /^\s+to\s/.test(text.slice(a.cue[1], a.cue[1] + 5));
  return infinitive && !/\bby\b/.test(text.slice(a.cue[1], a.content.at(-1)![1]));
}

/**
 * "Boeing reported earnings of $2 billion", "she said goodbye to her staff": the verb takes an
 * object that names an act or a company's figures, not a proposition (no "that", no quotation).
 */
function actNotSpeech(a: Attribution, text: string): boolean {
  if (a.content.length !== 1 || a.content[0]![0] < a.cue[1]) return false;
  const said = text.slice(...a.content[0]!);
  // "reported profits at the bank had fallen": a clause with a verb of its own is a proposition
  const clause = a.sentence.tokens.some(
    (t) => t.start >= a.content[0]![0] && t.end <= a.content[0]![1] && /^(VERB|AUX)$/.test(t.pos),
  );
  if (a.cueLemma === 'report')
    return (
      !clause &&
      /^(?:(?:an?|its|their|the|record|net|higher|lower|strong|weak|better|worse|quarterly|annual|full-year|[\w-]+-quarter|first|second|third|fourth|\$?[\d.,]+(?:\s*(?:million|billion|percent|%))?)\s+)*(?:earnings|profits?|loss(?:es)?|revenues?|sales|results|income|deficit|surplus)\b/i.test(
        said,
      )
    );
  if (a.cueLemma === 'say')
    return /^(?:goodbye|good-bye|hello|grace|a\s+prayer|prayers|farewell|mass|a\s+few\s+words)\b/i.test(
      said,
    );
  return false;
}

/** Object pronouns: they open a verb's object, never a clause. */
const OBJECT_PRONOUN = /^(?:them|him|me|us|whom)$/i;
/**
 * "reported on the tweet", "told friends about her plans", "could announce his decision",
 * "reporting them to FIFA": a verb whose object is a thing attributes no proposition. The object
 * has no clause of its own (no verb, or it opens on a preposition or an object pronoun) and no
 * quotation; a denial's or a confirmation's object is read apart, as what it answers.
 */
function objectOnly(a: Attribution, text: string): boolean {
  if (
    a.content.length !== 1 ||
    a.content[0]![0] < a.cue[1] ||
    !/^(?:subject-cue|participle)$/.test(a.pattern)
  )
    return false;
  if (SPEECH_OBJECT.has(a.cueLemma)) return false;
  const [from, to] = a.content[0]!;
  if (/^\s*[“"‘']/.test(text.slice(from, to))) return false;
  const toks = a.sentence.tokens.filter((t) => t.start >= from && t.end <= to);
  const first = toks[0];
  if (!first) return false;
  if (first.pos === 'ADP' || OBJECT_PRONOUN.test(first.text)) return true;
  return !toks.some((t) => /^(?:VERB|AUX)$/.test(t.pos) || t.lower === 'that');
}

/**
 * "explained his plan, saying: “…”", "defended the decision, saying P": the speaker's own
 * participle that follows is a statement of its own, so what the first verb takes is only the
 * words before it ("his plan"), read as objectOnly reads any object.
 */
function beforeOwnParticiple(a: Attribution, found: Attribution[]): Attribution {
  if (a.content.length !== 1 || !a.source) return a;
  const [from, to] = a.content[0]!;
  const b = found.find(
    (x) =>
      x !== a &&
      x.pattern === 'participle' &&
      x.cue[0] > from &&
      x.cue[0] < to &&
      !!x.source &&
      x.source[0] === a.source![0] &&
      x.source[1] === a.source![1],
  );
  return b ? { ...a, content: [[from, b.cue[0]]] } : a;
}

/**
 * "emails, phone calls and other data": a noun the tagger read as a cue ("calls", "shows") after a
 * bare singular noun is a compound, not a source speaking; a singular count noun needs a
 * determiner to be a subject.
 */
function compoundNoun(a: Attribution): boolean {
  if (!a.source || !WEAK_CUES.has(a.cueLemma) || a.cue[0] < a.source[1]) return false;
  const src = a.sentence.tokens.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
  const only = src.length === 1 ? src[0]! : undefined;
  return (
    !!only &&
    only.pos === 'NOUN' &&
    /^[a-z]+$/.test(only.text) &&
    !/s$/.test(only.text) &&
    !ANON_HEADS.has(only.lower) &&
    !/^(police|staff|management|security|intelligence)$/.test(only.lower)
  );
}

/** Wire agencies by the names their bylines use, beside the outlets of the lexicon. */
const AGENCIES: Record<string, string> = {
  afp: 'Agence France-Presse',
  'agence france-presse': 'Agence France-Presse',
  'agence france presse': 'Agence France-Presse',
  'deutsche presse agentur': 'dpa',
  'deutsche presse-agentur': 'dpa',
};

/**
 * The participle with which a speaker answers another's report (", countering a report"); an
 * outlet's own denial verb ("Fox denied the story") is read as before, by who it is.
 */
const OUTLET_ANSWERS =
  /(?:^|,\s+)(?:countering|denying|rejecting|dismissing|refuting|disputing|contradicting)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,6}?(?:report|story|article)s?\b/i;

/** The noun of a public body ("Ministry", "Court", "Bank"). */
const BODY_HEAD =
  /^(?:Ministry|Department|Office|Court|Bank|Army|Navy|Forces|Police|Parliament|Embassy|Government|Cabinet|Council|Agency|Commission|Service|Committee|Prosecutor|Guard)$/;
/** Other bodies named by what follows "of" ("the University of Chicago", "the Board of Trade"). */
const OF_BODY_HEAD =
  /^(?:Board|Bureau|Authority|Chamber|Directorate|Secretariat|Institute|University|College|School|Academy|Federation|Union|League|Association|Society|Foundation|Church|Republic|Kingdom)$/;
/**
 * "Foreign Ministry", "Supreme Court", "Central Bank": a body's name made of what it does and
 * what it is, with no proper name of its own ("Samsung Group" has one).
 */
function generalBody(name: string): boolean {
  const ws = name.split(/\s+/);
  return (
    ws.length >= 2 &&
    BODY_HEAD.test(ws.at(-1)!) &&
    ws.slice(0, -1).every((w) => PORTFOLIO.test(w) || w === 'of' || w === 'for')
  );
}

const capital = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text) && t.lower !== 'the';
/**
 * "the Ministry of Foreign Affairs", "the Department of Health and Human Services", "the Office of
 * the Prime Minister", "the Director of National Intelligence", "the Prime Minister's Office": a
 * public body or office named by its head and what it covers goes by the whole phrase; the head
 * alone or the words after "of" name nothing. A role before "of" is the office only when what
 * follows is all portfolio ("Secretary of State Marco Rubio" is Rubio). [start, end, head] of
 * the name in the tokens, or undefined.
 */
function officeName(toks: Token[]): [number, number, number] | undefined {
  const back = (k: number) => {
    while (k > 0 && capital(toks[k - 1]) && !DETERMINER.test(toks[k - 1]!.text)) k--;
    return k;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!capital(t)) continue;
    const head = BODY_HEAD.test(t.text) || OF_BODY_HEAD.test(t.text);
    // "Prime Minister's Office", "the President's Office": a role's possessive before the head
    if (
      head &&
      i === toks.length - 1 &&
      /^[’']s$/.test(toks[i - 1]?.text ?? '') &&
      ROLE_WORDS.test(toks[i - 2]?.text ?? '') &&
      capital(toks[i - 2])
    ) {
      const start = back(i - 2);
      return [start, i + 1, start - 1];
    }
    if (!(head || ROLE_WORDS.test(t.text)) || toks[i + 1]?.lower !== 'of') continue;
    let j = i + 2;
    if (toks[j]?.lower === 'the') j++;
    const from = j;
    while (
      capital(toks[j]) ||
      (/^(?:and|&|of|for)$/.test(toks[j]?.text ?? '') && capital(toks[j + 1]) && j > from)
    )
      j++;
    if (j === from) continue;
    // a person named after it ("Ministry of Defence spokesman Jan Novak") is the one who speaks
    if (toks.slice(j).some((x) => /^[A-Za-z]/.test(x.text))) continue;
    const covered = toks.slice(from, j).filter((x) => capital(x));
    if (!head && !covered.every((x) => PORTFOLIO.test(x.text) || ROLE_WORDS.test(x.text))) continue;
    return [back(i), j, i];
  }
  return undefined;
}

/**
 * "Spokesman for Mueller's office Peter Carr", "Spokesperson for Egypt's Ministry of Foreign
 * Affairs Ahmed Abu Zeid", "Indian defense experts like Sanjay Kulkarni": a person's name that
 * ends a description, after a common noun, a body or "like", is who spoke; after a preposition
 * or a title ("officials at Goldman Sachs", "an aide to President Joe Biden") it is whom the
 * unnamed source works for.
 */
function trailingPerson(toks: Token[], head: number): [number, number] | undefined {
  let end = toks.length;
  while (end > 0 && toks[end - 1]!.pos === 'PUNCT') end--;
  let start = end;
  const namePart = (t: Token) =>
    t.pos === 'PROPN' &&
    ONE_NAME.test(t.text) &&
    !/^[A-Z]{2,}$/.test(t.text) &&
    !countryNamed(t.text) &&
    ![TITLES, GOVERNMENT_WORDS, ORGANIZATION_WORDS, BODY, PORTFOLIO, BODY_HEAD].some((re) =>
      re.test(t.text),
    );
  while (start - 1 > head && namePart(toks[start - 1]!)) start--;
  if (end - start < 2 || end - start > 4) return undefined;
  const before = toks[start - 1]!;
  const introduces =
    (before.pos === 'NOUN' && /^[a-z]+$/.test(before.text)) ||
    /^(?:like|as|including)$/.test(before.text) ||
    (capital(before) &&
      [PORTFOLIO, BODY_HEAD, GOVERNMENT_WORDS].some((re) => re.test(before.text))) ||
    // "Representative to NATO Ana Ruiz": a country or a body of initials the title is sent to
    ((countryNamed(before.text) || /^[A-Z]{2,5}$/.test(before.text)) &&
      toks[start - (toks[start - 2]?.lower === 'the' ? 3 : 2)]?.lower === 'to');
  return introduces ? [start, end] : undefined;
}

/** The capitalised words right before a source's span ("The Deccan Herald" before "report"). */
function reportOwner(a: Attribution, text: string): string | undefined {
  return /(?:^|[^\w’'.-])((?:[A-Z][\w.’'&-]*\s+){1,5})$/.exec(
    text.slice(a.sentence.start, a.source![0]),
  )?.[1];
}

/**
 * "told IANS", "told CNBC": an initialism told something, without "the", is a newsroom; a
 * public body's initials take "the" ("told the FBI"), and "told NATO allies" tells the allies.
 */
/** "Quotidiano Nazionale (QN)": the initials a text gives in brackets right after a name. */
function initialsAfter(name: string, text: string): string | undefined {
  const at = text.indexOf(`${name} (`);
  const m = at >= 0 ? /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(at + name.length)) : null;
  return m && m[1]![0] === name[0] ? m[1] : undefined;
}
function initialismTold(a: Attribution, listener: string): DraftOutlet | undefined {
  const name = listener.trim();
  if (!a.listener || !/^[A-Z]{2,6}$/.test(name)) return undefined;
  return { id: slug(name), name };
}

/** The wire agency of a dateline ("BEIJING (AP) —", "Feb 7 (Reuters) -") or an opening byline. */
function wireAgency(text: string, ownName: (name: string) => boolean): string | undefined {
  // "UrduPoint News", "CNNMoney.com": the site in its own credit, by its name with a newsroom
  // word after it or by its domain
  const own = (x: string) =>
    ownName(x) ||
    ownName(x.replace(/\.(?:com|net|org|co\.[a-z]{2}|[a-z]{2})$/i, '')) ||
    (/\s/.test(x) && ownName(x.replace(/\s+\S+$/, '')));
  const head = text.slice(0, 160);
  // "VATICAN CITY, Oct. 21 (UPI & Gephardt Daily) —": a shared credit names the agency beside
  // the site itself
  const credits =
    /^\s*(?:[A-Z][\w.,' ]{0,50}?\s)?\(([A-Za-z][\w-]{1,15}(?:\s+[A-Z][\w-]*){0,2}(?:\s*(?:&|\/|\band\b)\s*[A-Z][\w.' -]{1,30}?)*)\)\s*(?:--|[-—–])/.exec(
      head,
    )?.[1];
  const dateline = credits
    ?.split(/\s*(?:&|\/|\band\b)\s*/)
    .map((x) => x.trim())
    .find((x) => x && !own(x));
  const byline =
    /^\s*(Deutsche Presse[- ]Agentur|Agence France[- ]Presse|Associated Press|Reuters|AFP)\b[^\n]{0,60}\n/i.exec(
      head,
    )?.[1];
  // "Kyodo News" on a line of its own above the story: the agency's byline
  const agencyLine =
    /^\s*((?:[A-Z][\w.-]*\s+){0,3}(?:News|Press|Agency|Agentur|Presse|Wire))[ \t]*\n/.exec(
      head,
    )?.[1];
  // "… for the near future.\n\nAP", "\n\n- AFP": the agency credited on the last line alone
  const credit = /\n[ \t]*(?:[-–—][ \t]*)?([A-Z]{2,5}|Reuters)[ \t]*\s*$/.exec(
    text.slice(-40),
  )?.[1];
  const name =
    dateline ?? byline ?? agencyLine ?? credit ?? creditLine(text) ?? wireCredit(text, own);
  return name ? (AGENCIES[name.toLowerCase()] ?? name) : undefined;
}

/**
 * A paragraph that ends in a speech cue and a colon ("said in a statement:", "writes:", "a
 * statement that said:", "the full statement reads:"), with the paragraph after it.
 */
const INTRODUCING =
  /\b(?:said|says|say|saying|stated|states|wrote|writes|write|writing|reads?|added|adds|adding|tweeted|posted|told\s+[^:\n]{1,60}|explained|continued|statement)(?:\s+[^\s:.!?;“”"]+){0,8}[ \t]*(?:\([^()\n]{1,60}\))?:[ \t]*(\n[ \t]*\n?[ \t]*(?:[-–—•*][ \t]+)?)(?=[“"‘']|[A-Z])/g;

/**
 * The text with the break after an introducing colon turned to spaces of the same length, so
 * that the sentence splitter reads the cue and the words it introduces as one sentence; every
 * offset stays what it was.
 */
function introducedParagraphs(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(
    INTRODUCING,
    (whole: string, gap: string) =>
      whole.slice(0, whole.length - gap.length) + ' '.repeat(gap.length),
  );
}

/**
 * "Peskov “categorically denied” the report", "the company ‘strongly rejected’ the claims": marks
 * around the writer's own denial verb, with its adverbs, stress the words and quote nobody.
 */
const QUOTED_DENIAL = new RegExp(
  String.raw`(?<![\w’'])(?:“(W)”|‘(W)’|"(W)"|'(W)')(?![\w’'])`.replace(
    /W/g,
    String.raw`(?:[a-z]+ly\s+){0,2}(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|rebuff(?:s|ed|ing)?|debunk(?:s|ed|ing)?)`,
  ),
  'gi',
);

/**
 * The text with the marks around a quoted denial verb turned to spaces, so that the denial reads
 * as if unmarked and no statement is made of the two words; every offset stays what it was.
 */
function unquotedDenials(text: string): string {
  return text.replace(QUOTED_DENIAL, (whole: string) => ` ${whole.slice(1, -1)} `);
}

/** A name a wire credit may give: an agency's or a publication's, never a person's. */
function agencyLike(name: string): boolean {
  const n = name.trim().toLowerCase();
  return (
    WIRE_LIKE.test(name.trim()) ||
    /^[A-Z]{2,10}$/.test(name.trim()) ||
    n in AGENCIES ||
    !!lexiconOutlet(name)
  );
}
/** "ROME/MILAN, March 3 (Reuters) -", "Madrid, Jan 9 (EFE).-", "LAGOS (Reuters)⏎": a bracket dateline. */
const BRACKET_DATELINE =
  /^[ \t]*(?:[A-Z][\w.,'’/ -]{0,50}?[ \t])?\(([^()\n]{2,80})\)[ \t]*(--|\.?[-—–]|:|\n|$)?/;
/** "TOKYO, Feb. 6 Kyodo -", "Moscow. January 4th. INTERFAX -": the agency after the day, unbracketed. */
const BARE_DATELINE =
  /^[ \t]*[A-Z][\w'’ /-]{1,30}[,.][ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8})[.,]?[ \t]+([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[ \t]+(?:--|[-—–])/;
/** "By PTI", ">> Reuters": a byline line that is an agency. */
const AGENCY_BYLINE =
  /^[ \t]*(?:>>|By)[ \t]+([A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})[ \t]*$/;
/** "UNI" alone on the first line, above the day it was filed. */
const INITIALS_LINE =
  /^[ \t]*([A-Z]{2,6})[ \t]*\n\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)/;
/** "(IANS)", "(Xinhua/NAN)" closing the text. */
const CLOSING_BRACKET = /\(([^()\n]{2,40})\)\s*$/;
/** "… of Ukraine. AFP", "… the pipelines. —BBC": the agency after the last sentence. */
const CLOSING_NAME = /[.!?”"’'][ \t]+(?:[-–—][ \t]*)?([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)\s*$/;

/**
 * The wire credits that wireAgency's first shapes leave out, as pages print them: datelines of
 * two places, brackets holding the site and the day beside the agency, an agency after the day,
 * a byline or headline line above the dateline, an agency's byline, and the credits that close
 * the text. A shared bracket gives the first part that is not the site itself; a closing one,
 * the last (the site that passed the copy on).
 */
function wireCredit(text: string, own: (name: string) => boolean): string | undefined {
  const parts = (credit: string) =>
    credit
      .split(/\s*(?:\/|&|\band\b|\s[-–—]\s)\s*/)
      .map((x) => x.trim())
      .filter((x) => x && !/\d/.test(x));
  const head = text.slice(0, 300).split('\n');
  const first = head.findIndex((l) => l.trim());
  if (first < 0) return undefined;
  const firstLine = head[first]!;
  // the dateline on the first line, or on the second under a byline or a headline
  const second = head.slice(first + 1).find((l) => l.trim());
  for (const line of second === undefined ? [firstLine] : [firstLine, second]) {
    const m = BRACKET_DATELINE.exec(`${line}\n`);
    if (m) {
      const names = parts(m[1]!).filter((x) => /^[A-Z]/.test(x) && !own(x));
      const dated = /\s[-–—]\s.*\d/.test(m[1]!);
      const name = names[0];
      // a bracket with the day in it is a credit wherever the text goes on; one without, only
      // before a dash, or before the line's end when it holds an agency's name
      if (name && (dated || (m[2] !== undefined && (m[2] !== '\n' || agencyLike(name)))))
        return name;
    }
    const bare = BARE_DATELINE.exec(line)?.[1];
    if (bare && agencyLike(bare) && !own(bare)) return bare;
  }
  const by = AGENCY_BYLINE.exec(firstLine)?.[1];
  if (by && agencyLike(by) && !own(by)) return by;
  const initials = INITIALS_LINE.exec(text.slice(text.indexOf(firstLine)))?.[1];
  if (initials && !own(initials)) return initials;
  const tail = text.slice(-80);
  const closing = CLOSING_BRACKET.exec(tail)?.[1];
  if (closing) {
    const names = parts(closing);
    if (names.length && names.every(agencyLike)) return names.filter((x) => !own(x)).at(-1);
  }
  const signed = CLOSING_NAME.exec(tail)?.[1];
  return signed && agencyLike(signed) && !own(signed) ? signed : undefined;
}

/** The attribution with its words cut where a credit line's own words start. */
function withinCredit(a: Attribution, end: number): Attribution {
  const content = a.content.filter(([s]) => s < end).map(([s, e]): Span => [s, Math.min(e, end)]);
  return { ...a, content };
}

/** "— Jane Doe (@janedoe) June 28, 2018": the signature under an embedded post, with its date. */
const SIGNED_POST =
  /\s*[—–-]\s*([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4})\s+\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})/g;

const CREDITED = String.raw`((?:The\s+)?[A-Z][\w.&'’-]*(?:[ \t]+(?:of|de|[A-Z][\w.&'’-]*)){0,4})`;
/** A name that reads as an agency or a publication, not a person ("Jane Doe | Staff Writer"). */
const WIRE_LIKE =
  /\b(?:News|Press|Agency|Agentur|Presse|Wire|Service|Trust|Xinhua|Reuters|Bloomberg|Kyodo|Yonhap|Bernama|Anadolu|TASS|EFE|ANSA)\b|^[A-Z]{2,6}$/;
/** Lines that credit the copy to another publication, on a line of their own. */
const CREDIT_LINES = [
  // "The post … appeared first on X.", "This article was originally published on X.", "This
  // story first appeared in X.", "A version of this story appeared in X.", "Originally published
  // by X", "Republished with permission from X"
  new RegExp(
    String.raw`^[ \t]*(?:The post\b.{0,200}?\bappeared first on|(?:This|The) (?:article|story|piece|post|report|interview|column)\b[^\n.]{0,30}?\b(?:published|appeared|posted|ran)(?: first)? (?:on|in|by|at)|A version of this (?:article|story|piece)[^\n.]{0,30}?\b(?:appeared|published) (?:on|in|by)|(?:Originally|First) (?:published|appeared|posted) (?:on|in|by|at)|Republished (?:with permission )?(?:from|by))[ \t]+${CREDITED}[ \t]*\.?[ \t]*$`,
    'm',
  ),
  // "Original article\n\nAl Bawaba News", "(END) Dow Jones Newswires": a republication's credit
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:Original(?:ly)?[ \t]+(?:article|story|source|post)[ \t]*[:/–—-]?\s*|\(END\)[ \t]*)${CREDITED}[ \t]*\.?\s*$`,
  ),
  // "Source: Xinhua", "Courtesy of X", "(With inputs from PTI)" closing the text
  new RegExp(
    String.raw`(?:^|\n|\()[ \t]*(?:Source:|Via|Courtesy(?: of)?|With inputs from|Inputs from)[ \t]+${CREDITED}[ \t]*\)?\.?\s*$`,
    'i',
  ),
];
/** "Article originally published by Reuters. X is not responsible …": a disclaimer opening the page. */
const HEAD_CREDIT =
  /^\s*(?:(?:This|The)\s+)?(?:[Aa]rticle|[Ss]tory|[Rr]eport|[Pp]iece)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\s+(?:by|on|in)\s+((?:The\s+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})\.(?=\s|$)/;
/** A last line that is only a date and time ("April 14, 2016 03:53 ET (07:53 GMT)"). */
const TIMESTAMP_LINE =
  /\n[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})[^\n]{0,40}\s*$/;
/**
 * The publication a page credits its copy to, when no dateline does: a pipe byline at the head
 * ("Reuters | Beijing | Updated: …", "Press Trust of India | New Delhi"), a syndication line or
 * a source credit at the foot, or "— Kyodo News" closing the text.
 */
function creditLine(text: string): string | undefined {
  const pipe = /^\s*([^|\n]{2,40}?)[ \t]*\|/.exec(text.slice(0, 160))?.[1];
  if (pipe && WIRE_LIKE.test(pipe)) return pipe;
  const head = HEAD_CREDIT.exec(text.slice(0, 200))?.[1];
  if (head) return head;
  // "(END) Dow Jones Newswires\n\nApril 14, 2016 03:53 ET": the wire's timestamp under its credit
  const foot = text.slice(-400).replace(TIMESTAMP_LINE, '');
  for (const re of CREDIT_LINES) {
    const m = re.exec(foot)?.[1];
    if (m) return m;
  }
  const signed = new RegExp(String.raw`\n[ \t]*[-–—][ \t]*${CREDITED}[ \t]*$`).exec(foot)?.[1];
  return signed && WIRE_LIKE.test(signed) ? signed : undefined;
}

/** A frame for resolving a noun phrase of the sentence that no cue introduced. */
function sentenceAttribution(sentence: Sentence): Attribution {
  const at: Span = [sentence.start, sentence.start];
  return {
    sentence,
    cue: at,
    content: [at],
    cueLemma: '',
    negated: false,
    pattern: 'subject-cue',
    confidence: 0,
  };
}

/**
 * Where the noun that makes a description an unnamed source is: a word for one ("officials",
 * "an aide"), or any noun after a word that says the outlet withheld the name ("an unnamed heart
 * surgeon", "anonymous party donors").
 */
const SPEAKS_FOR_BODY =
  /\b(?:spokes(?:man|woman|person|men|women|people|persons)|reps?|representatives?)\b/i;
/**
 * "the singer's reps have denied that P" in the lede, "…, a spokeswoman said in a statement to
 * Reuters" further down: a lede announces what is detailed below with the same sources
 * (ANNOTATION.md), so the lede's unnamed spokespeople are the ones described later, unless the
 * two speak for different bodies.
 */
function mergeLedeSpokespeople(
  anons: Map<string, DraftAnonymousSource>,
  anonAt: Map<string, number>,
  statements: DraftStatement[],
  own: string,
): void {
  const speakers = [...anons.values()].filter((x) => SPEAKS_FOR_BODY.test(x.description));
  for (const lede of speakers.filter((x) => anonAt.get(x.id) === 0)) {
    const later = speakers.find(
      (x) =>
        (anonAt.get(x.id) ?? 0) > 0 &&
        (!lede.affiliation || !x.affiliation || lede.affiliation === x.affiliation),
    );
    if (!later) continue;
    anons.delete(lede.id);
    for (const st of [...statements]) {
      if (st.source === lede.id) st.source = later.id;
      if (!st.citing?.includes(lede.id)) continue;
      // the article cites the outlet its spokespeople spoke to, and that outlet cites them
      const via = later.citedBy !== own && st.source === own ? later.citedBy : later.id;
      st.citing = [...new Set(st.citing.map((c) => (c === lede.id ? via : c)))];
      if (via !== later.id) statements.push({ ...st, source: via, citing: [later.id] });
    }
  }
}
const PUBLICATION_SOURCES =
  /^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+)?((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}(?:sources?|insiders?)$/;
const GROUP_PRONOUN = /^(?:those|someone|somebody|anyone|anybody)$/;
const SOURCE_WORDS = /^(?:familiar|close|briefed|knowledgeable)$/;
/**
 * Where the text before `end` introduced an unnamed source with the head noun `head`: "a senior
 * source from a meeting", "an anonymous insider at Amazon" (the last such phrase), with what
 * follows the noun up to the clause's end when it says where the source is ("to CNN" says whom
 * it spoke to, and is left to the cue's listener). A description set
 * beside a name ("Jane Roe, a senior official at X,") is that person's.
 */
const INTRODUCED = new Map<string, RegExp>();
/** A word that opens a sentence before its comma without naming anyone ("However, …"). */
const SENTENCE_ADVERB =
  /^(?:However|Meanwhile|Separately|Earlier|Later|Still|Instead|Yet|Now|Then|Indeed|Moreover|Furthermore|Additionally|Previously|Subsequently|Afterwards|Nevertheless|Nonetheless|Similarly|Likewise|Finally|Initially|Originally|Ultimately)$/;
function introducedUnnamed(text: string, end: number, head: string): Span | undefined {
  if (!/^[a-z]+$/.test(head)) return undefined;
  let re = INTRODUCED.get(head);
  if (!re) {
    re = new RegExp(
      String.raw`\b(?:an?|one)\s+(?:(?!(?:an?|the|of|through|by|with|from|to|in|at|and|or|for|on)\b)[\w’'.-]+\s+){0,4}?${head}(?:\s+(?:from|at|in|with|to(?=\s+the\s+[a-z])|for|inside|within|close\s+to|familiar\s+with)\s+[^,.;:!?“”"]{1,40}?(?=\s+(?:had|has|have|was|were|is|are|said|told|issued|released|sent|gave|on|who|that)\b|[,.;:!?“”"]))?`,
      'gi',
    );
    INTRODUCED.set(head, re);
  }
  const scope = text.slice(Math.max(0, end - 1500), end);
  const m = [...scope.matchAll(re)].at(-1);
  if (!m) return undefined;
  const start = end - scope.length + m.index;
  // "Jane Roe, a spokeswoman": the name's, not one of its own ("However, a spokeswoman")
  const before = /([A-Z][\w.’'-]+),\s*$/.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !SENTENCE_ADVERB.test(before[1]!)) return undefined;
  return [start, start + m[0].length];
}
/** An outlet that does not name its sources, as the clause after them says ("it did not name"). */
/** Who keeps a source unnamed: a pronoun or the outlet ("the paper"), or its report. */
const KEEPER_OUTLET = 'paper|newspaper|outlet|agency|network|broadcaster|magazine|daily|site';
const KEEPER = String.raw`(?:it|he|she|they|we|the\s+(?:${KEEPER_OUTLET}))`;
const KEEPER_OR_REPORT = String.raw`(?:it|he|she|they|we|the\s+(?:${KEEPER_OUTLET}|report|story|article))`;
const NOT_NAMED = new RegExp(
  String.raw`^\s*(${KEEPER_OR_REPORT}\s+(?:did|does|do|would|will|could|can|has|had|have)(?:\s+not|n['’]t)\s+(?:\w+ly\s+)?(?:name|identify|disclose|reveal)|${KEEPER}\s+(?:declined|refused|chose|opted)\s+not\s+to\s+(?:name|identify)|${KEEPER}\s+(?:declined|refused)\s+to\s+(?:name|identify|disclose))\b`,
  'i',
);
/**
 * "sources it did not name", "people it didn't identify", "two bankers the paper declined to
 * name": a clause without a relative word that says the outlet kept its sources unnamed is
 * part of their description. The finder reads its verb as a cue with the noun and pronoun
 * before it as subject ("sources it" did not name); the source is the noun with the clause.
 */
function notNamedBy(a: Attribution, text: string): Span | undefined {
  const src = text.slice(a.source![0], a.source![1]);
  // the finder's subject may end on the clause's own subject ("sources it")
  const own = /\s+(?:it|he|she|they|we|the\s+\w+)$/i.exec(src);
  for (const at of own ? [a.source![0] + own.index, a.source![1]] : [a.source![1]]) {
    const m = NOT_NAMED.exec(text.slice(at, at + 80));
    if (!m) continue;
    // the noun it leaves unnamed: a word for people, not a name ("Reuters, citing two bankers")
    const before = text.slice(a.source![0], at);
    const end = a.source![0] + before.trimEnd().length;
    const head = a.sentence.tokens.find((t) => t.end === end);
    if (!head || !(ANON_HEADS.has(head.lower) || (head.pos === 'NOUN' && /^[a-z]/.test(head.text))))
      continue;
    // "Reuters, citing two bankers": the description starts after the citing word
    const citing = /^.*\b(?:citing|quoting|cited|quoted|according\s+to)\s+/i.exec(before);
    const start = a.source![0] + (citing ? citing[0].length : 0);
    return [start, at + m[0].length];
  }
  return undefined;
}
/**
 * "one person who was present at the meeting", "four people who were told of the matter",
 * "two officials, who had been briefed on the talks,": a relative clause that says who an
 * unnamed source is belongs to its description (ANNOTATION.md keeps the outlet's words). A
 * clause that carries what the source says ("an official who said that P", "officials who
 * suggest P") is a statement, one that says whom it spoke to ("who spoke to CNN") scopes it,
 * and a source named before ("the source, who …") is that one again. Returns where the
 * description ends, or nothing.
 */
function whoClause(a: Attribution, text: string, from: number): number | undefined {
  if (
    !a.source ||
    /^\s*(?:the|this|that|these|those|its|his|her|their)\b/i.test(
      text.slice(a.source[0], a.source[1]),
    )
  )
    return undefined;
  const rel = /^\s*,?\s*who\s/i.exec(text.slice(from, from + 12));
  if (!rel) return undefined;
  const start = from + rel[0].length - 1;
  // the clause runs to its closing comma, the sentence's end or, when the source comes first,
  // the cue of the sentence's own verb
  const stop = a.cue[0] >= a.source[1] ? a.cue[0] : a.sentence.end;
  const m = /^[^,.;:!?“”"()]*/.exec(text.slice(start, Math.max(start, stop)));
  const end = start + (m?.[0].replace(/\s+$/, '').length ?? 0);
  const clause = a.sentence.tokens.filter((t) => t.start >= start && t.end <= end);
  if (clause.length < 2 || clause.length > 14) return undefined;
  // "who is close to the negotiations" has no verb but the copula
  const verb = clause.find((t) => t.pos === 'VERB');
  // … and "who spoke to CNN" says whom the source spoke to, which scopes it (kept apart)
  if (verb && (CUE_LEMMAS.has(verb.lemma) || /^(?:speak|talk)$/.test(verb.lemma))) return undefined;
  // "…, who spoke to Reuters from Ankara, dismissed": the comma that closes the clause stays out
  return end;
}
function anonHead(toks: Token[]): number {
  // "Trump and others": the rest beside a name are no group of their own
  const head = toks.findIndex(
    (t, k) => ANON_HEADS.has(t.lower) && !(t.lower === 'others' && toks[k - 1]?.pos === 'CCONJ'),
  );
  if (head >= 0) {
    // "an official Egyptian source": "official" is an adjective here, and the noun the
    // nationality word describes is the head; a name after the head ("officials of Acme",
    // "spokesman Jan Novak") is not followed by another head
    let k = head + 1;
    while (k < toks.length && /^(ADJ|PROPN)$/.test(toks[k]!.pos)) k++;
    return k > head + 1 && k < toks.length && ANON_HEADS.has(toks[k]!.lower) ? k : head;
  }
  // "those close to the matter", "someone familiar with the talks": a pronoun that a source's
  // modifier describes stands for the unnamed people
  const pronoun = toks.findIndex(
    (t, k) =>
      GROUP_PRONOUN.test(t.lower) &&
      (SOURCE_WORDS.test(toks[k + 1]?.lower ?? '') ||
        (toks[k + 1]?.lower === 'with' &&
          /^(?:direct|first-hand|knowledge)$/.test(toks[k + 2]?.lower ?? ''))),
  );
  if (pronoun >= 0) return pronoun;
  const marker = toks.findIndex((t) => UNNAMED.test(t.lower));
  if (marker < 0) return countedPerson(toks);
  let k = marker + 1;
  while (k < toks.length && /^(ADJ|NOUN|PROPN)$/.test(toks[k]!.pos)) k++;
  return toks.slice(marker + 1, k).some((t) => t.pos === 'NOUN') && toks[k - 1]!.pos === 'NOUN'
    ? k - 1
    : -1;
}
const UNNAMED = /^(unnamed|anonymous|unidentified|undisclosed)$/;

// a count or an order that opens a noun phrase: "one", "two", "a second", "another", "several"
const COUNT_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\d+|another|several|many|multiple|numerous|various|some|few|other)$/;
const ORDINAL_WORD =
  /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;
// nouns for a person by what they do, built the ways English builds them ("leader", "lawyer",
// "commander", "strategist", "economist", "politician", "consultant", "trustee", "chairman")
const AGENT_NOUN = /^[a-z]{2,}(?:er|or|ist|ian|ant|ent|ee|man|woman|men|women)s?$/;
// … and the things spelt the same way, which a count may open too ("one paper", "two
// statements", "several governments")
const THING_NOUN =
  /^(?:[a-z]*ments?|paper|papers|letter|letters|order|orders|number|numbers|quarter|quarters|matter|matters|center|centers|centre|centres|chapter|chapters|sector|sectors|factor|factors|error|errors|offer|offers|border|borders|power|powers|water|tower|towers|event|events|percent)$/;
/**
 * "One senior leader in the movement", "two strategists", "a second negotiator", "several
 * economists": a count or an order, then a person noun as the head before any preposition, is
 * a group of people the text does not name, whatever the noun (the head nouns above are the
 * usual ones; a count says the same of any person noun). Its head's index, or -1.
 */
function countedPerson(toks: Token[]): number {
  let k = 0;
  if (/^(?:a|an|the)$/.test(toks[0]?.lower ?? '') && ORDINAL_WORD.test(toks[1]?.lower ?? '')) k = 2;
  else if (COUNT_WORD.test(toks[0]?.lower ?? '')) k = 1;
  else return -1;
  let head = -1;
  for (; k < toks.length && /^(?:ADJ|NOUN|VERB)$/.test(toks[k]!.pos); k++)
    if (toks[k]!.pos === 'NOUN') head = k;
  const t = toks[head];
  return t && /^[a-z]+$/.test(t.text) && AGENT_NOUN.test(t.lower) && !THING_NOUN.test(t.lower)
    ? head
    : -1;
}

const SPOKEN_TO_PUBLICATION = new RegExp(
  `^the\\s+(?:[a-z-]+\\s+)?(?:outlet|network|broadcaster|publication|agency|channel|magazine|website|site|${PUB_WORD})\\b`,
  'i',
);

/** The words for one who speaks for a body or a person: any of them names the same one. */
const SPEAKER_HEAD = new RegExp(`^(?:${SPEAKER_HEADS.join('|')})$`);
/** Words that say only that someone was a source, whatever the text called them first. */
const GENERIC_HEAD = /^(?:sources?|people|persons?)$/;
/**
 * Whether "the <head>" ("the rep", "one of the sources") takes up an unnamed source introduced
 * as `description`: the same noun, another word for one who speaks for a body ("a rep for the
 * hospital … the spokeswoman"), or a word that says only that it was a source.
 */
function sameUnnamed(description: string, head: string): boolean {
  const d = description.toLowerCase();
  if (d.includes(head.replace(/s$/, ''))) return true;
  if (GENERIC_HEAD.test(head)) return true;
  return SPEAKER_HEAD.test(head) && d.split(/[^a-z]+/).some((w) => SPEAKER_HEAD.test(w));
}
const DOCUMENT_NOUN =
  /^(?:documents?|memos?|memorandum|cables?|assessments?|dossiers?|briefing|files)$/;

/**
 * The author of a document that is the source ("a leaked US intelligence document", "the
 * Pentagon memo"): the capitalised words before the noun with the words of a body after them
 * ("intelligence", "military"); "" for a document without one ("one document"); undefined for a
 * source that is no document.
 */
function documentAuthor(a: Attribution): string | undefined {
  const toks = a.sentence.tokens.filter((t) => t.start >= a.source![0] && t.end <= a.source![1]);
  if (toks.length < 2 || !DOCUMENT_NOUN.test(toks.at(-1)!.lower)) return undefined;
  // "Rosenstein's memo": the one named with the possessive, as any source is read
  if (toks.some((t) => /^[’']s?$/.test(t.text))) return undefined;
  let k = toks.length - 1;
  while (
    k > 0 &&
    /^(?:intelligence|military|defen[cs]e|government|security)$/.test(toks[k - 1]!.lower)
  )
    k--;
  let from = k;
  while (
    from > 0 &&
    /^[A-Z]/.test(toks[from - 1]!.text) &&
    !NUMBER_WORDS[toks[from - 1]!.lower] &&
    !DETERMINER.test(toks[from - 1]!.text) &&
    toks[from - 1]!.lower !== 'the'
  )
    from--;
  if (from === k) return '';
  return toks
    .slice(from, toks.length - 1)
    .map((t) => t.text)
    .join(' ');
}

/** "the channel", "the TV channel": the outlet named last, as the one that quoted a source. */
const QUOTING_OUTLET =
  /^the\s+(?:[\w-]+\s+){0,2}(?:channel|outlet|newspaper|paper|network|broadcaster|station|agency|daily)$/i;
const COMMON_BODY = /^(government|administration|ministry|department|embassy)$/i;
/** Ranks the tagger reads as names when they open a sentence ("Senior officials said"). */
const RANK = /^(Senior|Top|Former|Current|Retired|Junior|Veteran|Some|Several|Many|Other)$/;

/** The unnamed sources of "two unnamed sources were cited", "officials were quoted". */
function passiveCited(sentence: Sentence): Span | undefined {
  const tokens = sentence.tokens;
  const at = tokens.findIndex(
    (t, k) =>
      /^(cited|quoted)$/.test(t.lower) &&
      tokens[k - 1]?.pos === 'AUX' &&
      tokens[k + 1]?.lower !== 'as' &&
      tokens[k + 1]?.lower !== 'by',
  );
  if (at < 0) return undefined;
  let aux = at - 1;
  while (aux > 0 && tokens[aux - 1]!.pos === 'AUX') aux--;
  let from = aux;
  while (from > 0 && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(tokens[from - 1]!.pos)) from--;
  const np = tokens.slice(from, aux);
  return np.length && anonHead(np) === np.length - 1 ? [np[0]!.start, np.at(-1)!.end] : undefined;
}

/**
 * "a congressional aide and two people briefed on it" is three: each group joined after the first
 * adds its number, and a plural group without one ("… and European officials") leaves the count
 * unstated.
 */
function conjunctCount(toks: Token[], head: number, count: number | undefined): number | undefined {
  let total = count;
  for (let k = head + 1; k < toks.length; k++) {
    if (toks[k]!.lower !== 'and') continue;
    const next = toks.slice(k + 1).findIndex((t) => ANON_HEADS.has(t.lower));
    if (next < 0) break;
    const group = toks.slice(k + 1, k + 1 + next + 1);
    const h = group.at(-1)!.lower;
    let n: number | undefined;
    for (const t of group.slice(0, -1))
      n = NUMBER_WORDS[t.lower] ?? (/^\d+$/.test(t.text) ? Number(t.text) : n);
    if (n === undefined && !/s$/.test(h) && h !== 'people') n = 1;
    total = total === undefined || n === undefined ? undefined : total + n;
    k += next + 1;
  }
  return total;
}

/** "the report", "its story", "that Times article" at the start of what comes before a citation. */
const DEFINITE_REPORT = new RegExp(
  `^\\s*(?:the|its|this|that)\\s+(?:[\\w-]+\\s+)?${PUBLISHED_NOUN}\\b`,
  'i',
);
/** "the report" anywhere: the report named before, not a new one. */
const THE_REPORT = new RegExp(`\\bthe\\s+${PUBLISHED_NOUN}\\b`, 'i');
/**
 * Where the sources of "the report was based on several officials", "the story was sourced to
 * “court watchers”", "the article was attributed to two people" begin: the passive of a report
 * as its subject, then the sources.
 */
function reportSourcedTo(tokens: Token[], i: number): number | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower;
  const passive =
    (t.lower === 'based' && next === 'on') ||
    (/^(?:sourced|attributed|credited)$/.test(t.lower) && next === 'to');
  if (!passive || !/^(?:was|were|is|are|been)$/.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const subject = tokens.slice(Math.max(0, i - 6), i - 1);
  return subject.some((x) => PUBLISHED_WORD.test(x.lower)) ? i + 2 : undefined;
}

/** Whose words a report names ("citing sources", "which cited four officials", "quoting X"). */
interface Cited {
  /** The cited source's noun phrase. */
  span: Span;
  /** What to cut from the content: the citing phrase with its commas. */
  cut: Span;
}
function citedPhrases(sentence: Sentence): Cited[] {
  const tokens = sentence.tokens;
  const out: Cited[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "based on discussions with officials", "based on interviews with people familiar"
    const basedOn =
      t.lower === 'based' &&
      tokens[i + 1]?.lower === 'on' &&
      /^(discussions|conversations|interviews|talks|information|accounts|briefings|comments|remarks|statements|leaks)$/.test(
        tokens[i + 2]?.lower ?? '',
      ) &&
      /^(with|from|by)$/.test(tokens[i + 3]?.lower ?? '');
    // "The Post report quotes unnamed officials to claim …": the present tense after the report
    // (the tagger may read "quotes" as a noun), not "his quotes from the meeting"
    const present =
      /^(cites|quotes)$/.test(t.lower) &&
      /^(report|article|story|piece|investigation|analysis)$/.test(tokens[i - 1]?.lower ?? '') &&
      /^(DET|ADJ|NUM|NOUN|PROPN|VERB)$/.test(tokens[i + 1]?.pos ?? '');
    // "The report was based on several officials", "The story was sourced to “court watchers”":
    // a report's sources in a sentence of its own
    const sourcedTo = reportSourcedTo(tokens, i);
    const spoke = conversedWith(tokens, i) ?? sourcedTo;
    if (
      !basedOn &&
      !present &&
      !spoke &&
      (!/^(citing|cited|quoting|quoted|referencing|referenced)$/.test(t.lower) ||
        tokens[i + 1]?.lower === 'by')
    )
      continue;
    // "citing information from officials", "quoting documents provided by the ministry": whom
    // the material came from
    const material =
      !basedOn &&
      /^(information|intelligence|documents?|data|accounts?|briefings?|assessments?)$/.test(
        tokens[i + 1]?.lower ?? '',
      ) &&
      /^(from|by|of)$/.test(tokens[i + 2]?.lower ?? '')
        ? 2
        : !basedOn &&
            /^(information|intelligence|documents?|data)$/.test(tokens[i + 1]?.lower ?? '') &&
            /^(provided|supplied|shared|obtained)$/.test(tokens[i + 2]?.lower ?? '') &&
            /^(by|from)$/.test(tokens[i + 3]?.lower ?? '')
          ? 3
          : 0;
    let first = spoke ?? (basedOn ? i + 4 : i + 1 + material);
    // 'Citing "two sources" involved in …': the outlet's own words for them, quoted
    if (/^[“"]$/.test(tokens[first]?.text ?? '') && tokens[first]!.end === tokens[first + 1]?.start)
      first++;
    let j = first;
    while (j < tokens.length && j - i <= 14) {
      const x: Token = tokens[j]!;
      // 'quoting an "informed source"': marks around the description are part of it
      const next = tokens[j + 1];
      const prev = tokens[j - 1]!;
      const marks =
        /^[“”"]$/.test(x.text) &&
        j > first &&
        ((x.end === next?.start && /^\w/.test(next.text)) ||
          (x.start === prev.end && /\w$/.test(prev.text)));
      const stop =
        (/^(?:[,.;:“”"]|--|—|–)$/.test(x.text) && !marks && !joinedModifiers(tokens, first, j)) ||
        x.lower === 'as' ||
        x.lower === 'that' ||
        // "officials to claim that …", "comments by officials to the Journal": what follows is
        // no longer who they are, unless it says whom they are close to
        (x.lower === 'to' &&
          !/^(close|closer|closest|near|loyal|linked|related|connected)$/.test(prev.lower)) ||
        // "cited sources in announcing …", "when reporting …": what the report went on to say
        (/^(in|when|while|by)$/.test(x.lower) && /ing$/.test(tokens[j + 1]?.lower ?? '')) ||
        x.pos === 'AUX' ||
        (x.pos === 'VERB' &&
          !/^(familiar|briefed|close|people)$/.test(x.lower) &&
          !describesNoun(tokens, j) &&
          // "U.S. and allied officials", "unnamed sources": a participle before its noun
          !(/ed$/.test(x.lower) && /^(NOUN|PROPN)$/.test(tokens[j + 1]?.pos ?? '')) &&
          // "familiar with Bloomberg's thinking": a gerund after a possessive is a noun
          !(/ing$/.test(x.lower) && /^[’']s$/.test(tokens[j - 1]?.text ?? '')));
      if (stop) break;
      j++;
    }
    if (j === first) continue;
    // whom the outlet spoke to is a source it relies on only when unnamed ("after speaking with
    // officials"); "a minister, speaking to ABC News" names the one told
    if (
      spoke !== undefined &&
      anonHead(tokens.slice(first, j)) < 0 &&
      (sourcedTo === undefined || countedPerson(tokens.slice(first, j)) < 0)
    )
      continue;
    const before = tokens[i - 1];
    const after = tokens[j];
    out.push({
      span: [tokens[first]!.start, tokens[j - 1]!.end],
      cut: [
        before?.text === ',' ? before.start : t.start,
        after?.text === ',' ? after.end : tokens[j - 1]!.end,
      ],
    });
  }
  return out;
}

/**
 * "The White House is denying the report, according to The Hill", "Reuters reported that Uber
 * denied …", "Acme rejected the claims, the Guardian said": what the outlet carries is the
 * denial, whose clause is all its content; the outlet does not report the claim denied
 * (ANNOTATION.md: a denial has no outlet REPORTED beside it).
 */
function carriesDenial(a: Attribution, found: Attribution[], text: string): boolean {
  if (DENIAL_LEMMAS.has(a.cueLemma)) return false;
  const [from, to] = [a.content[0]![0], a.content.at(-1)![1]];
  const start = from + (/^\s*that\s+/i.exec(text.slice(from, to))?.[0].length ?? 0);
  return found.some(
    (b) =>
      b !== a &&
      DENIAL_LEMMAS.has(b.cueLemma) &&
      !b.negated &&
      !!b.source &&
      b.source[0] === start &&
      b.cue[1] <= to,
  );
}

/**
 * The frame stacked inside `a` when `a` names its source after the words and the inner speaker
 * comes after their own words ("“…,” X said, according to Y"): the inner speaker's attribution
 * and the span of what that speaker said.
 */
function stackedSpeaker(
  a: Attribution,
  found: Attribution[],
): { frame: Attribution; words: Span } | undefined {
  if (!a.source || a.content.length !== 1) return undefined;
  const [from, to] = a.content[0]!;
  if (a.source[0] < to) return undefined;
  for (const b of found) {
    if (b === a || !b.source || !INNER_SPEECH.has(b.cueLemma) || b.negated) continue;
    if (b.content.length !== 1 || b.source[0] < from || b.source[1] > to) continue;
    const [s, e] = b.content[0]!;
    // "Q, X said": the words before the speaker
    // (not "X claimed P, according to Y": there Y's account of P is the statement, as before)
    if (e <= b.source[0] && s <= from + 1) return { frame: b, words: [s, e] };
    // "Q, X told staff on Monday, according to Y": the finder gave X the words after the
    // listener, which are Y's frame; X's words are the clause before X
    if (e > to && b.source[0] > from + 1) return { frame: b, words: [from, b.source[0]] };
  }
  return undefined;
}

const CONVERSE = /^(speak|talk|consult|interview|meet|converse)$/;
const CONVERSATION = /^(interviews?|conversations?|discussions?|talks|briefings?|exchanges?)$/;
/**
 * "after speaking with officials", "having talked to aides", "following conversations with
 * people close to …", "in interviews with bankers", "after interviewing staff": where the one
 * whom a report relies on starts when the report tells of talking with them rather than citing
 * them; undefined when the words at `i` say no such thing.
 */
function conversedWith(tokens: Token[], i: number): number | undefined {
  const t = tokens[i]!;
  const opens = /^(after|following|having|in|from|through|by|,)$/.test(tokens[i - 1]?.lower ?? '');
  if (!opens) return undefined;
  if (CONVERSE.test(t.lemma) && t.pos === 'VERB' && /(ing|en|ed|ke)$/.test(t.lower)) {
    if (t.lemma === 'interview') return i + 1;
    return /^(to|with)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : undefined;
  }
  if (CONVERSATION.test(t.lower) && /^(with|from)$/.test(tokens[i + 1]?.lower ?? '')) return i + 2;
  return undefined;
}

/**
 * "allied officials", "retired and serving officers": a participle that describes the noun after
 * it (the tagger reads it as a verb) is part of the noun phrase.
 */
function describesNoun(tokens: Token[], j: number): boolean {
  if (!/(?:ed|ing)$/.test(tokens[j]!.lower)) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
    const x = tokens[k]!;
    if (x.pos === 'NOUN' || x.pos === 'PROPN') return true;
    if (!(
      x.pos === 'ADJ' ||
      x.pos === 'CCONJ' ||
      (x.pos === 'VERB' && /(?:ed|ing)$/.test(x.lower))
    ))
      return false;
  }
  return false;
}

/**
 * Denials that were not made: one asked about in a question ("declined to answer questions
 * whether Beijing also denied the report", "asked if the ministry had rejected it"), and a
 * push-back the sentence itself says stopped short of a denial.
 */
function unanswered(a: Attribution, sentence: string, base: number, text: string): boolean {
  if (!DENIAL_LEMMAS.has(a.cueLemma) && !REPORT_DENIALS.has(a.cueLemma)) return false;
  const from = a.source && a.source[0] < a.cue[0] ? a.source[0] : a.cue[0];
  if (/\b(?:whether|if)\s+$/i.test(text.slice(Math.max(0, from - 12), from))) return true;
  // "refused to deny", "declined to confirm or deny", "would not deny": the denial not made
  if (REFUSED_DENIAL.test(text.slice(Math.max(0, a.cue[0] - 50), a.cue[1]))) return true;
  return (
    REPORT_DENIALS.has(a.cueLemma) &&
    (SHORT_OF_DENIAL.test(sentence.slice(a.cue[0] - base)) ||
      /\b(?:did|does|would)(?:n[’']t| not) (?:\w+ly )?deny\b/i.test(
        sentence.slice(a.cue[0] - base),
      ))
  );
}

const REFUSED_DENIAL =
  /\b(?:refus\w*|declin\w*|unwilling|unable|reluctant|would\s+not|wouldn[’']t|could\s+not|couldn[’']t|cannot|can[’']t)\s+(?:to\s+)?(?:(?:confirm|comment)\s+(?:or|nor)\s+)?(?:\w+ly\s+)?(?:deny|refute|reject|dismiss|rebut)\w*\s*$/i;

/** Character ranges of the clauses that refuse to comment ("did not respond; X denied …"). */
function noCommentClauses(sentence: string, base: number): Span[] {
  const out: Span[] = [];
  const re = new RegExp(NEVER_DENIAL.source, 'gi');
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const bounds = /[;:]|\s[—–]\s|\s--\s|\b(?:but|while|whereas)\b/g;
    let start = 0;
    let end = sentence.length;
    for (let b = bounds.exec(sentence); b; b = bounds.exec(sentence)) {
      if (b.index < m.index) start = b.index;
      else if (b.index >= m.index + m[0].length) {
        end = b.index;
        break;
      }
    }
    out.push([base + start, base + end]);
  }
  return out;
}

/** Verbs by which a report passes on what its sources said ("reported that officials said …"). */
const INNER_SPEECH = new Set([
  'say',
  'tell',
  'believe',
  'think',
  'expect',
  'claim',
  'state',
  'confirm',
  'insist',
  'warn',
  'predict',
  'estimate',
  'indicate',
  'suggest',
  'argue',
  'acknowledge',
  'admit',
]);

/** Belief verbs whose negation is the belief in the negation ("did not believe X would"). */
const NEG_RAISING = new Set(['believe', 'think', 'expect']);

/** "the administration would conduct strikes" → "the administration would not conduct strikes". */
function negate(s: string): string {
  const aux =
    /\b(would|will|could|can|should|is|are|was|were|has|have|had|does|do|did)\b(?!\s+not\b)/i.exec(
      s,
    );
  return aux
    ? `${s.slice(0, aux.index + aux[0].length)} not${s.slice(aux.index + aux[0].length)}`
    : `It is not the case that ${s}`;
}

/** Verbs of attack that label what they attack ("slammed the report as rubbish"). */
const ATTACK_LEMMAS = new Set(['slam', 'blast', 'attack', 'denounce', 'decry', 'ridicule', 'mock']);

/** A denial verb whose subject is the speaker's own side: "the company denies that …", "we reject …". */
const OWN_DENIAL =
  /(?:^|[,;]\s*|\b(?:and|but|so)\s+)(?:we|I|the\s+(?:company|firm|group|bank|government|ministry|club|department|agency))\s+(?:(?:also|firmly|strongly|categorically|flatly|strenuously|emphatically|totally|completely)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute(?:s|d)?|dismiss(?:es|ed)?)\s+(.+)$/is;

/** Verbs that deny only when their object is a report or claim ("countering a report that …"). */
const REPORT_DENIALS = new Set(['counter', 'push', 'contradict', 'dispute']);
/**
 * Verbs of saying and reporting, whose object, however short, stands for what was said ("first
 * reported the justice's plans", "described the report as false", "denied the report") or whose
 * content the finder may have cut to an adjunct ("said in a statement"): read by their own rules.
 */
const SPEECH_OBJECT = new Set([
  ...DENIAL_LEMMAS,
  ...CONFIRM_LEMMAS,
  ...ATTACK_LEMMAS,
  ...REPORT_DENIALS,
  ...'say tell add write state report cite claim describe declare acknowledge accuse announce blame mention insist post call label brand term'.split(
    ' ',
  ),
]);
const REPORTISH = new RegExp(`\\b${PUBLISHED_NOUN}\\b`, 'i');
/** What a denial's words can be about: "said the claims were “baseless”". */
const ABOUT_REPORT =
  /\b(reports?|story|article|column|piece|claims?|allegations?|accounts?|rumou?rs?)\b/i;
const OBJECT_NOUN =
  /^(?:(?:a|an|the|that|this|those|these|its|his|her|their|such)\s+)?(?:[^\s]+\s+){0,4}?(?:reports?|story|stories|article|column|piece|claims?|allegations?|accusations?|assertions?|idea|notion|suggestions?|implications?|accounts?|rumou?rs?|speculation|news(?!\s+(?:conferences?|briefings?|agency|agencies|outlets?|media|organi[sz]ations?)\b))\b(.*)$/is;
// "the report, which alleged that X" carries X; "the report, which came a day before …" carries
// nothing; "the claims made by the Times" names whose claims they are
const OBJECT_FRAME =
  /^(?:(?:(?:made|published|carried|aired|run)\s+)?(?:in|by|from|of)\s+((?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*))?\s*,?\s*(?:(?:(?:which|that)\s+(?:said|says|alleged|alleges|claimed|claims|suggested|suggests|reported|reports|stated|states)\s+(?:that\s+)?)|(?:that|claiming|saying|suggesting|alleging|stating|indicating)\s+(?:that\s+)?)?/;
/**
 * Falsity said in the speaker's own (indirect or partly quoted) words, where what is false can only
 * be what was reported: "said there is “no truth to” the reports", "said news of the deal had no
 * truth", "claimed that they were “false and malicious”". A falsity word said of anything else
 * ("said the passports were fake") is no denial.
 */
const INDIRECT_FALSITY = new RegExp(
  String.raw`\b(?:is|was|are|were|be|been|had|has|have|holds?|held|carr(?:y|ies|ied)|contains?|contained)\s+[“"‘]?(?:(?:absolutely|simply|just|really|literally)\s+)?[“"‘]?${NO_TRUTH}\b|^(?:that\s+)?(?:it|this|that|they|these|those|such\s+\w+)\s+(?:is|was|are|were|had been|has been|have been)\s+[“"‘']?(?:\w+ly[”"’']?\s+[“"‘']?)*(?:${FALSE_ADJECTIVE}|${FALSE_NOUN})\b(?!\s+(?:to|for|of|about|on)\b)`,
  'i',
);
/** INDIRECT_FALSITY in the words of this speaker, not of one it quotes ("Gawker: X said, “zero truth”"). */
function indirectFalsity(content: string): boolean {
  const m = INDIRECT_FALSITY.exec(content);
  return (
    !!m &&
    !/\b(?:said|says|told|tells|stated|states|added|wrote|according)\b/i.test(
      content.slice(0, m.index),
    )
  );
}
/** "No," "Absolutely not." before a verdict: the reply's opening, no part of what it judges. */
const VERDICT_OPENING =
  /^[“"‘'\s]*(?:(?:no|nope|absolutely\s+not|certainly\s+not|of\s+course\s+not)\b[\s,.!;:–—-]*)?/i;
/** "rumours she is set to join X are “not true”": a report noun with its content, no "that". */
const REPORT_CONTENT = new RegExp(
  String.raw`^(?:(?:the|these|those|such|recent|latest|media|press|news)\s+)*(?:reports?|rumou?rs?|claims?|allegations?|speculation|stor(?:y|ies)|suggestions?)\s+(?:that\s+)?(.{8,}?)\s+(?:is|are|was|were|have\s+been|has\s+been)\s+[“"‘]?(?:\w+ly\s+)*[“"‘]?(?:${FALSE_ADJECTIVE}|${FALSE_NOUN})\b`,
  'i',
);
/** "rumours about X", "reports of X": what the report is about, without the preposition. */
const ABOUT_PREPOSITION = 'of|about|on|over|regarding|concerning';
const ABOUT = new RegExp(`^(?:${ABOUT_PREPOSITION})\\s+(.{8,})$`, 'i');
/** … and "reports in the press were false": a preposition names no proposition. */
const ABOUT_WORD = new RegExp(`^(?:${ABOUT_PREPOSITION}|in)\\b`, 'i');

const RELAYED =
  /\b(?:said|says|say|saying|told|tells|stated|states|added|adding|wrote|writes|according\s+to|reported|reports\s+(?:that|said)|claimed|announced|announcement)\b/i;
/**
 * Whether a speaker's words are a verdict of falsity on what was reported, in the speaker's own
 * voice: a report noun called false ("That report is simply untrue", "rumours she is leaving are
 * “not true”"), a proposition called false ("The idea that I am running is nonsense"), or a
 * pronoun standing for what was put to the speaker ("No, that's not true", "It is all lies").
 * With the proposition judged when the words name it. A falsity word said of anything else
 * ("Our sales figures were wrong") is no verdict.
 */
function falsityVerdict(content: string): { proposition?: string; about?: string } | undefined {
  const c = content
    .replace(VERDICT_OPENING, '')
    // "it's", "that's"; not a possessive ("the manager's departure")
    .replace(/\b(it|that|this|there|here|what|who|he|she)[’']s\b/gi, '$1 is')
    .replace(/[”"’'\s]+$/, '');
  // "there was no confirmation, another leader said the reports were baseless": a verdict after
  // a speech verb is another speaker's, or one the speaker relays
  if (!c || /^\s*(?:whether|if)\b/i.test(c) || RELAYED.test(c)) return undefined;
  const clause = clauseCalledFalse(c);
  if (clause) return { proposition: clause };
  if (reportCalledFalse(c)) {
    const bare = REPORT_CONTENT.exec(c)?.[1];
    // "rumours about the company's interest in Twitter were untrue": what they are about
    const about = bare ? ABOUT.exec(bare)?.[1] : undefined;
    const proposition =
      rejectedProposition(c) ?? (bare && !ABOUT_WORD.test(bare) ? bare : undefined);
    if (proposition) return { proposition };
    return about ? { about } : {};
  }
  if (indirectFalsity(c)) return {};
  if (/^(?:it|this|that|these|those|they)\s/i.test(c) && VERDICT.test(c)) return {};
  return undefined;
}

/** "any involvement in E", "playing any part in E", "a role in E": a part in an event, denied. */
const INVOLVEMENT_OBJECT =
  /^(?:(?:any|all|its|his|her|their|our)\s+)?(?:(?:playing|having|taking)\s+(?:any|a|an)\s+)?(?:involvement|role|part|hand|complicity|participation)\s+(?:whatsoever\s+)?in\s+([^,;]{4,}?)[.]?(?:,|;|$)/i;
/**
 * "it was not involved in E", "we had nothing to do with E", "played no part in E", "is not behind
 * E": a subject (1) that had no part in an event (2).
 */
const NOT_INVOLVED =
  /^(?:that\s+)?(it|we|i|they|he|she|the company|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:is|was|were|are|am|has been|have been|had been)\s+(?:(?:absolutely|categorically|certainly|also|clearly)\s+)*(?:not|never|in no way)\s+(?:\w+ly\s+)?(?:involved\s+(?:in|with)|behind|responsible\s+for)|(?:had|has|have)\s+(?:absolutely\s+)?nothing\s+(?:whatsoever\s+)?to\s+do\s+with|(?:did|does|do)\s+not\s+(?:take|play)\s+(?:any\s+)?(?:part|role)\s+in|play(?:ed|s)?\s+no\s+(?:part|role)\s+in|(?:had|has|have)\s+no\s+(?:involvement|role|part|hand)\s+in)\s+([^,;]{4,}?)(?:[.]?(?:[,;]|$)|\s+(?:and|but)\s+(?:has|have|had|is|was|are|were|will|would|does|did|do)\b)/i;
/** "Ukraine was absolutely not involved", "we are not responsible": no event named. */
const NOT_INVOLVED_BARE =
  /^(?:that\s+)?(it|we|i|they|he|she|the company|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:is|was|were|are|am|has been|have been|had been)\s+(?:(?:absolutely|categorically|certainly|clearly|simply)\s+)*(?:not|never|in no way)\s+(?:\w+ly\s+)?(?:involved|responsible|to blame)[.!,]?\s*$/i;
/** The speaker as named in the frame ("The Ministry" → "Ministry"), for a claim about itself. */
function speakerName(a: Attribution, text: string): string {
  return a.source ? text.slice(...a.source).replace(/^the\s+/i, '') : 'It';
}
/** Whether an event's (or a party's) words occur in the article outside the sentence denying it. */
function eventElsewhere(
  event: string,
  text: string,
  sentence: { start: number; end: number },
): boolean {
  const rest = (text.slice(0, sentence.start) + ' ' + text.slice(sentence.end)).toLowerCase();
  // on a word's first six letters: "Ukraine" is spoken of in "pro-Ukrainian"
  return claimWords(event).some((w) => w.length >= 4 && rest.includes(w.slice(0, 6)));
}
/** Words that reject what they are said of ("looked like a fake", "speculation without any basis"). */
const REJECT_WORD = `(?:${FALSE_ADJECTIVE}|${FALSE_NOUN})${NOT_GRADING}`;
/** A report, claim or story, then what it is said to be: "the report looked like a fake". */
const REPORT_REJECTED = new RegExp(
  `\\b(?:reports?|story|stories|article|claims?|allegations?|accounts?|rumou?rs?)\\b((?:(?![.;]).){0,160}?)\\b(?:is|was|are|were|be|been|looks?|looked|seems?|seemed|appears?|appeared|as|like|makes?|made|contains?|contained)\\b((?:(?![.;]).){0,40}?)\\b${REJECT_WORD}\\b`,
  'i',
);
/** Verbs that link a report to what it is called: "the report looked like a fake". */
const LINKING =
  /(?:^|,?\s+)(?:is|was|are|were|looks?|looked|seems?|seemed|appears?|appeared|as)\b/gi;
/** Whether a content says that a report is false (and not that it is "not fake"). */
function rejectsReport(content: string): boolean {
  const m = REPORT_REJECTED.exec(content);
  return (
    !!m &&
    !reportSpeaks(m[1]!) &&
    !/\b(?:not|no|never|n[’']t|rarely|hardly|seldom|scarcely|barely|partly|partially)\s+(?:\w+\s+)?$/i.test(
      m[2]!,
    )
  );
}
/** Words that open on a report or a claim and call it false: "The reports are untrue". */
function rejectsNamedReport(words: string): boolean {
  return ABOUT_REPORT.test(words.slice(0, 40)) && rejectsReport(words);
}
/** The proposition of a report named in a rejecting phrase, without the rejection. */
function rejectedProposition(text: string): string | undefined {
  // only a report named with its content ("a report that X looked like a fake"), not any clause
  const named = text.replace(/^\s*that\s+/i, '');
  // "Media reports that X are false", "reports claiming X were baseless": plural reports need no
  // determiner
  if (
    !(
      /^(?:a|an|the|this|that|these|those|its|his|her|their)\s/i.test(named) ||
      /^(?:[A-Z][\w.]*\s+|[a-z]+\s+){0,2}(?:reports|claims|allegations|rumou?rs|stories)\s+(?:that|claiming|saying|suggesting|alleging|stating|indicating)\s/.test(
        named,
      )
    ) ||
    !OBJECT_NOUN.test(named)
  )
    return undefined;
  const o = denialObject(named);
  if (o.kind !== 'claim' || !o.proposition) return undefined;
  // the label that rejected it is cut off already ("… is under investigation as “shadow chasing”")
  if (o.labelled) return o.proposition;
  // cut at the last linking verb before the first rejecting word ("… was trying … looked like a fake")
  const reject = new RegExp(`\\b${REJECT_WORD}\\b`, 'i').exec(o.proposition);
  const head = reject ? o.proposition.slice(0, reject.index) : o.proposition;
  const link = [...head.matchAll(LINKING)].at(-1);
  const p = (link ? head.slice(0, link.index) : head).trim();
  return p.split(/\s+/).length >= 3 ? p : undefined;
}

/** "a report on Monday that …", "the story last week claiming …": when the report came out. */
const REPORT_TIME =
  /^(?:(?:on|late|early|earlier|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:this|last)\s+(?:week|month|year))\b(?:\s+(?:night|morning|evening|afternoon))?\s*(?=that\b|claiming\b|saying\b|alleging\b|suggesting\b)/i;

/**
 * "dismissed reports that P as “pure fabrications”", "rejected claims that P as baseless": the
 * label the denier put on the report ends the object, and is no part of what was claimed.
 */
const TRAILING_LABEL = new RegExp(
  String.raw`\s+as\s+(?:[“"‘][^“”"’]{1,60}[”"’]|(?:(?:a|an|pure|total|complete|utter|absolute)\s+)?(?:${FALSE_ADJECTIVE}|${FALSE_NOUN}|${HEARSAY_NOUN}))[.,]?\s*$`,
  'i',
);

/** What a denial verb's object is: a proposition, a report (of some outlet), or not a claim. */
function denialObject(
  object: string,
):
  | { kind: 'claim'; proposition?: string; outlet?: string; labelled?: boolean }
  | { kind: 'none'; said?: string } {
  // "dismissed as “baseless claims”, a report that …": the label comes before the report
  const o = object
    .replace(/^[\s,]+/, '')
    .replace(/^as\s+[“"]?[^,“”"]{1,60}[”"]?\s*,\s*(?=(?:a|an|the)\s)/i, '');
  if (/^(that\b|[“"])/.test(o)) return { kind: 'claim', proposition: o };
  if (
    /^(it|this|these|those|them all|any such)\b(?!\s+(?:\w+\s+)?(?:saying|adding|stating))/i.test(
      o,
    ) &&
    !/^them\b/i.test(o)
  )
    return { kind: 'claim' };
  // "rejected suggestions to sell the plant", "the implication of the ruling": a proposal or a
  // reading, not a proposition; only "suggestions that …" put a claim forward
  if (
    /^(?:(?:a|an|the|any|such)\s+)?(?:[^\s]+\s+){0,2}?(?:suggestions?|ideas?|notion|implications?)\s+(?:to|of|for)\b/i.test(
      o,
    )
  )
    return { kind: 'none' };
  const noun = OBJECT_NOUN.exec(o);
  if (noun) {
    // "dismissed a report as fake, which alleged …": the label before the report's content
    const rest = noun[1]!.replace(/^\s*as\s+[“"]?[\w\s-]{1,30}?[”"]?\s*,\s*[”"]?\s*/i, '');
    const frame = OBJECT_FRAME.exec(rest.trim().replace(REPORT_TIME, ''))!;
    const object = rest.trim().replace(REPORT_TIME, '').slice(frame[0].length);
    const proposition = object.replace(TRAILING_LABEL, '').trim();
    const labelled = proposition !== object.trim();
    // "the report, calling it “nonsense”", "the claims as fake news": how it was rejected, not
    // what was claimed
    // "denied the report, saying …": after a comma, the denier's own words
    // "dismissed the claim anonymously in a Reuters article": how and where it was denied, when
    // nothing ("that", "claiming") introduces a proposition
    // "a report on a popular mining blog that X": where it ran, then what it claimed
    const where =
      /^(?:on|in|by|from|at)\s+[^,;“”"]{2,60}?\s+(?:that|claiming|alleging|saying|suggesting|stating)\s+(?:that\s+)?(.{12,})$/s.exec(
        proposition,
      )?.[1];
    if (where)
      return { kind: 'claim', proposition: where, ...(frame[1] ? { outlet: frame[1] } : {}) };
    // "reports surrounding Petr Dvorak's move to Chelsea": what they are about
    const topic = /^(?:surrounding|concerning|regarding)\s+(.{8,})$/s.exec(proposition)?.[1];
    if (topic)
      return { kind: 'claim', proposition: topic, ...(frame[1] ? { outlet: frame[1] } : {}) };
    // "a report on the chief executive stepping down": what the report is about, as a gerund
    const about =
      /^(?:on|about)\s+((?:[^\s]+\s+){1,6}?(?!(?:saying|claiming|alleging|suggesting|stating|indicating)\b)[a-z]+ing\b.*)$/s.exec(
        proposition,
      )?.[1];
    if (about)
      return { kind: 'claim', proposition: about, ...(frame[1] ? { outlet: frame[1] } : {}) };
    const how =
      /^(as\b|[a-z]+ing\b|which\b|who\b|[“"‘])/i.test(proposition) ||
      // "claims about Kate's health", "speculation over his future": what it is about, no clause
      /^(?:about|over|around|into)\b/i.test(proposition) ||
      /^,\s*[a-z]+ing\b/i.test(rest.trim()) ||
      (!/\b(?:that|claiming|saying|suggesting|alleging|stating|indicating|said|says|alleged|claimed|reported)\s*$/i.test(
        frame[0],
      ) &&
        /^(?:[a-z]+ly|in|on|at|from|by|with|of|during|over|after|before|last|this|earlier|later|to|for)\b/i.test(
          proposition,
        )) ||
      // "pushed back on the reports Tuesday night, calling them …": when it was denied
      /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b/i.test(
        proposition,
      );
    // "a Boston Globe report that …": the outlet named before the noun
    const outlet =
      frame[1] ??
      /^(?:a|an|the)\s+((?:[A-Z][\w.’'-]*\s+){1,4})(?:reports?|story|article)\b/
        .exec(o)?.[1]
        ?.trim();
    return {
      kind: 'claim',
      ...(proposition.split(/\s+/).length >= 3 && !how ? { proposition } : {}),
      ...(outlet ? { outlet } : {}),
      ...(labelled ? { labelled } : {}),
    };
  }
  const said = /\b(?:saying|adding|stating|insisting)\s+(?:that\s+)?(.{8,})$/s.exec(o);
  return { kind: 'none', ...(said ? { said: said[1] } : {}) };
}

/** "not the only company in talks", "not just negotiating": the negation says the subject is not alone. */
const EXCLUSIVE_NEGATION =
  /\b(?:not|n[’']t|never)\s+(?:\w+ly\s+)?(?:(?:the|a)\s+)?(?:only|sole|first|last|just|merely|alone)\b/gi;

/**
 * Whether a negation bears on something other than what a claim says: "Acme is not the only
 * company in talks with Globex" (others talk too) or "No talks are easy" (what talks are like)
 * affirm the talks. A negated subject with an adjective for predicate denies only the claim's
 * own predicate ("No deal is imminent" against "a deal is imminent").
 */
function negationElsewhere(content: string, claim: string): boolean {
  const stripped = content.replace(EXCLUSIVE_NEGATION, ' ');
  if (stripped !== content && !negated(stripped)) return true;
  const held = new Set(claimWords(claim));
  return noSubjectPredicates(content).some((p) => !held.has(p));
}

/** The adjectives said of a subject that "no" negates: "No [merger] talks are [ever] easy" → "easy". */
function noSubjectPredicates(content: string): string[] {
  if (!/\bno\b/i.test(content)) return [];
  const found: string[] = [];
  for (const { tokens: t } of sentences(content)) {
    t.forEach((tok, k) => {
      if (tok.lower !== 'no') return;
      let j = k + 1;
      while (j <= k + 3 && /^(?:NOUN|PROPN|ADJ)$/.test(t[j]?.pos ?? '')) j++;
      if (j === k + 1 || t[j]?.lemma !== 'be') return;
      j++;
      while (t[j]?.pos === 'ADV') j++;
      const p = t[j];
      if (p?.pos === 'ADJ') found.push(claimWords(p.lower)[0] ?? p.lower);
    });
  }
  return found;
}

/**
 * "no deal has been done" against "Acme has agreed a deal to buy Globex": a short negated
 * sentence whose few content words the claim mostly holds is its negation, however much more the
 * claim says.
 */
function shortNegation(claim: string, content: string): boolean {
  // "He says the United States was not ready": someone else's words, and names shared are no
  // sign that the thing done is the same
  if (/\b(?:says?|said|told)\b/i.test(content)) return false;
  const said = [...new Set(claimWords(content))];
  if (!said.length || said.length > 4) return false;
  const held = new Set(claimWords(claim));
  const common = new Set(claimWords(content.replace(/\b[A-Z][\w’'-]*/g, ' ')));
  const shared = said.filter((w) => held.has(w));
  return shared.length / said.length >= 0.5 && shared.some((w) => common.has(w));
}

/**
 * "denied the company had approached Globex": a clause with no "that", its subject's words then
 * a finite verb, is the proposition denied; "denied such a plan existed" points back at the claim
 * put forward before.
 */
function bareClause(
  a: Attribution,
  end: number,
  text: string,
): { kind: 'claim'; proposition?: string; outlet?: string } | undefined {
  const toks = a.sentence.tokens.filter((t) => t.start >= a.cue[1] && t.end <= end);
  // "(he denied he had changed his mind …)": the clause ends where the aside closes
  const comma = toks.findIndex((t) => t.text === ',' || t.text === ')');
  const head = comma < 0 ? toks : toks.slice(0, comma);
  // "denied she had met them": a subject pronoun starts a clause as well as a name does
  const pronoun = head[0]?.pos === 'PRON' && SUBJECT_PRONOUN.test(head[0].lower);
  if (!head.length || (!/^(DET|PROPN|NOUN|ADJ|NUM)$/.test(head[0]!.pos) && !pronoun))
    return undefined;
  const verb = head.findIndex(
    (t, k) => k > 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))),
  );
  if (verb < 0 || verb > 6) return undefined;
  const subject = head.slice(0, verb);
  // "rebuffed pressure to rein in …": an infinitive, not a clause
  if (
    !subject.every(
      (t, k) =>
        (/^(DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(t.pos) || (k === 0 && pronoun)) && t.lower !== 'to',
    )
  )
    return undefined;
  // "denied reports it had …", "denied the report was accurate": a report, not a proposition
  if (subject.some((t) => REPORTISH.test(t.text) || /^(claims?|allegations?)$/i.test(t.text)))
    return undefined;
  if (subject[0]!.lower === 'such') return { kind: 'claim' };
  return { kind: 'claim', proposition: text.slice(head[0]!.start, end) };
}

const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you)$/;

/**
 * "denied in early April that …", "rejected on Twitter late Monday that …": when, where and how
 * the denial was made stand between the verb and its clause.
 */
function afterAdverbial(object: string): string {
  const m =
    /^\s*(?:(?:in|on|at|during|over|via|through|late|early|earlier|last|this|again|publicly|privately|[a-z]+ly)\b[^,;:“”"]{0,60}?\s)?(?=that\s)/i.exec(
      object,
    );
  return m && m[0].trim() ? object.slice(m[0].length) : object;
}

/** "denied that X, insisting that Y": Y is a statement of its own, not part of what is denied. */
const OWN_PARTICIPLE =
  /,\s+(?:insisting|saying|adding|noting|stressing|explaining|arguing|claiming|maintaining)\s+that\s.*$/s;
/** ", calling it …", ", branding the reports …": a label put on what was just named. */
const VERDICT_PARTICIPLE =
  /,\s+(?:calling|branding|describing|labell?ing|terming|dismissing|denouncing|slamming)\s+(?:it|them|this|that|these|those|the\s+\w+|such\s+\w+)\b.*$/s;

/**
 * A clause refusing to comment, from its subject: "we do not comment on speculation", "it would
 * not comment", "X has a long-standing policy of not commenting", "Acme’s policy is not to
 * comment", "it is our policy not to comment", "we decline to comment", "we have nothing to say
 * about this", "there is no news to report", "no comment". Not "cannot confirm": the annotation
 * makes a non-confirmation a statement of its own claim.
 */
const REFUSAL_CLAUSE = new RegExp(
  String.raw`^(?:(?:as\s+a\s+matter\s+of\s+(?:policy|course)|as\s+(?:a\s+)?(?:rule|policy)|\w+ly),?\s+)?` +
    String.raw`(?:(?<subject>(?:[\w’'&.-]+\s+){0,4}?[\w’'&.-]+)\s+(?:\w+ly\s+)?` +
    String.raw`(?:(?:(?:do|does|did|would|will|can|could|shall|should|is|are|was|were)\s+not|(?:do|does|did|would|wo|ca|could|should|is|are|was|were)n[’']t|cannot|never)\s+(?:\w+ly\s+)?(?:(?:intend|plan|wish|want|expect)\w*\s+to\s+)?(?:be\s+)?(?:comment\w*|speculat\w*)` +
    String.raw`|(?:has|have|had|is|are)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?polic(?:y|ies)\s+(?:of\s+(?:not|never)\s+commenting|(?:not|never)\s+to\s+comment|to\s+not\s+comment)` +
    String.raw`|(?:is|was|are)\s+(?:(?:not|never)\s+to|to\s+not)\s+comment` +
    String.raw`|(?:declin|refus)\w*\s+to\s+comment` +
    String.raw`|(?:has|have|had)\s+nothing\s+(?:more\s+|further\s+|else\s+)?to\s+(?:say|add|report)` +
    String.raw`|(?:has|have|had)\s+no\s+(?:(?:further|immediate|more|other|additional|public)\s+)?comments?)` +
    String.raw`|there\s+(?:is|was)\s+no\s+(?:news|comment)\s+to\s+(?:report|make)|no\s+comment)\b`,
  'i',
);
/** Where a refusal's words go on to a clause of their own ("…, and the team is not for sale"). */
const REFUSAL_BREAK = /[.!?;]+\s+|,?\s+(?:but|however|yet|while|whereas)\s+|,\s+(?:and|so)\s+/i;

/** A refusal's subject that is the speaker: a pronoun, "the company", "it is our policy". */
const SPEAKER_SUBJECT =
  /^(?:I|[Ww]e|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]his)\s+[a-z][\w-]*|(?:[Ii]t|[Tt]hat|[Tt]his)\s+is\s+(?:our|its|his|her|their)|[Ii]t\s+is\s+the\s+[a-z][\w-]*[’']s)$/;

/**
 * Whether the words only refuse to comment, each clause on behalf of the speaker ("we", "it",
 * "the company", the speaker's name): such words assert nothing checkable, so no statement. A
 * third party's refusal ("the Kremlin did not comment", reported by a paper) is the reporter's
 * statement of a fact.
 */
function onlyRefusal(said: string, speaker: string): boolean {
  // a word or two quoted inside the clause ("it had “nothing to say” about") reads as it stands
  const words = said.replace(/[“”"]/g, '').trim();
  const clauses = words.split(REFUSAL_BREAK).filter((c) => /\w/.test(c));
  if (!clauses.length) return false;
  const names = speaker.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && w.length > 2);
  return clauses.every((c) => {
    const m = REFUSAL_CLAUSE.exec(c.trim());
    if (!m) return false;
    const subject = (m.groups?.subject ?? '').replace(/[’']s\s+polic(?:y|ies)$/i, '');
    return (
      !subject ||
      // a speaker named only by a description ("the London-based company") goes by its name inside
      !names.length ||
      SPEAKER_SUBJECT.test(subject) ||
      names.some((n) => subject.includes(n.replace(/[’']s$/, '')))
    );
  });
}

/** Verbs by which one asks another to act: what follows is a request, never a proposition. */
const REQUEST_LEMMAS = new Set([
  'ask',
  'urge',
  'demand',
  'request',
  'implore',
  'beg',
  'exhort',
  'appeal',
  'plead',
  'petition',
  'entreat',
]);

/**
 * "Schumer urged Menendez to resign", "Russia has asked China for drones", "called on Biden to
 * make way", "was asked by ASU leadership to serve", "demanded that the government raise wages":
 * a request puts forward no claim of the one who asks, so it is no statement. Words quoted as
 * asked ("“Why would we sell?” she asked") are the speaker's own and stay.
 */
function isRequest(a: Attribution, text: string): boolean {
  const cue = text.slice(a.cue[0], a.cue[1]);
  const asks =
    REQUEST_LEMMAS.has(a.cueLemma) || (a.cueLemma === 'call' && /\b(?:on|upon|for)$/i.test(cue));
  if (!asks || !a.content.length) return false;
  const content = text.slice(a.content[0]![0], a.content.at(-1)![1]);
  return (
    !/^\s*[“"‘']/.test(content) &&
    // "asked that only official statements are taken into consideration": a clause of its own
    // puts its proposition forward
    !/^\s*that\b/i.test(content) &&
    // "urged people not to trust unverified information", "asked fans not to believe the rumours":
    // a warning against believing something says it is not to be believed
    !/\bnot\s+to\s+(?:\w+ly\s+)?(?:believe|trust|credit|heed|accept|fall\s+for|be\s+(?:misled|fooled|taken\s+in))\b/i.test(
      content,
    )
  );
}

/** Platforms people post on. "X" only with a word that makes it one ("his X account"). */
const PLATFORM = String.raw`(?:Twitter|Facebook|Instagram|TikTok|YouTube|Telegram|Truth\s+Social|Weibo|WeChat|LinkedIn|Threads|Snapchat|Reddit|WhatsApp|Bluesky|Substack)`;
const MEDIUM_NOUN = String.raw`(?:social(?:\s+media)?|live(?:\s+?stream)?|stor(?:y|ies)|posts?|postings?|messages?|accounts?|pages?|feeds?|platforms?|handles?|videos?|channels?|tweets?|broadcasts?|streams?)`;
const MEDIUM_SOURCE = new RegExp(
  String.raw`^(?:(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Oo]ur|[Aa]n?|[Tt]he)\s+)?(?:(?:official|personal|verified)\s+)?(?:${PLATFORM}(?:\s+${MEDIUM_NOUN})*|X(?:\s+${MEDIUM_NOUN})+)$`,
);
const BARE_PLATFORM = new RegExp(String.raw`^${PLATFORM}$`);

/**
 * "In Twitter posts Tuesday, Trump …", "on his Instagram account denying …", "took to his X
 * platform to debunk …", "In a Facebook message posted Thursday, Kilmer explained …": the
 * platform is where the words were put, not who put them, so the finder's reading with it as the
 * source is dropped (and no longer frames the speaker's own cue). A platform's bare name stays a
 * source ("Twitter said it had removed the accounts": the company) unless it stands after
 * in/on/via or the cue is the posting itself.
 */
function mediumSource(a: Attribution, text: string): boolean {
  if (!a.source) return false;
  const src = text.slice(a.source[0], a.source[1]);
  if (!MEDIUM_SOURCE.test(src)) return false;
  if (!BARE_PLATFORM.test(src)) return true;
  const before = text.slice(Math.max(0, a.source[0] - 12), a.source[0]);
  return /\b(?:[Ii]n|[Oo]n|[Vv]ia|[Tt]hrough)\s+$/.test(before) || a.cueLemma === 'post';
}

/** A quote up to the sentence that refuses to comment ("… Our policy is not to comment on rumours."). */
function beforeRefusal(content: string): string {
  const m =
    /(?:^|[.!?]\s+)[^.!?]*\b(?:not\s+(?:to\s+)?comment|no\s+comment|declin\w*\s+to\s+comment)\b/i.exec(
      content,
    );
  return m ? content.slice(0, m.index + (m[0].match(/^[.!?]/) ? 1 : 0)) : content;
}

/**
 * "There have been no talks", "we have not held any discussions", "No talks are taking place",
 * "no negotiations were under way", "is not engaged in any discussions", "hasn’t held takeover
 * talks": the talks denied, with "no" after "there is" or before the subject of a verb of taking
 * place, or a negated verb of being in or holding them.
 */
const TALKS = String.raw`(?:conversations?|talks|discussions?|negotiations?|contacts?|approach(?:es)?)`;
const NO_TALKS = new RegExp(
  String.raw`\b(?:(?:there\s+(?:have\s+been|has\s+been|are|were|was|is)\s+no|(?:have|has|had)(?:\s+(?:not|never)|n[’']t)\s+(?:\w+ly\s+)?(?:held|had|engaged\s+in|been\s+in)(?:\s+any)?|(?:have|has|had)\s+(?:held|had|engaged\s+in)\s+no|(?:is|are|was|were|am|[’'](?:s|re|m))(?:\s+not|n[’']t)\s+(?:\w+ly\s+)?(?:engaged\s+in|in|holding|having|conducting)(?:\s+any)?)\s+(?:such\s+)?(?:(?!(?:with|about|on|over|for)\b)[a-z-]+\s+){0,2}?${TALKS}\b|no\s+(?:[a-z-]+\s+){0,2}?${TALKS}\s+(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?(?:taking\s+place|happening|going\s+on|ongoing|under\s*way|being\s+held|held)|(?:have|has|had)\s+(?:\w+ly\s+)?(?:taken\s+place|happened|occurred)|(?:took|take|takes)\s+place)\b)`,
  'i',
);

/** A cue coordinated after a denial: "…, but confirmed Y", "and said Y", "but left open Y". */
const COORDINATED_CUE =
  /,?\s+(?:but|and|yet|while|though)\s+(?:also\s+|later\s+|did\s+)?(confirm(?:ed|s)|acknowledg(?:ed|es)|admit(?:ted|s)|conced(?:ed|es)|said|says|add(?:ed|s)|insist(?:ed|s)|stress(?:ed|es)|not(?:ed|es)|explain(?:ed|s)|reveal(?:ed|s)|(?:left|leaves|kept|keeps)\s+open|(?:did|does|would)\s+not\s+rule\s+out)\b\s*(.*)$/is;

/** What the denier says after the denial, coordinated with it, as a claim; `at` where it starts. */
function alsoSaid(object: string, who: string): { at: number; claim: string } | undefined {
  const m = COORDINATED_CUE.exec(object);
  if (!m) return undefined;
  const rest = m[2]!.replace(/^that\s+/i, '').replace(/[\s.,;:]+$/, '');
  // "denied any deal, and said: “Media reports of the acquisition are groundless”": the words
  // said go on denying, and are part of the denial
  if (
    rest.split(/\s+/).length < 3 ||
    DENIAL_CONTENT.test(rest) ||
    DENIAL_WORDS.test(rest) ||
    reportCalledFalse(rest) ||
    onlyRefusal(rest, '')
  )
    return undefined;
  // "left open the chance of a partnership": what is kept open is the denier's own act
  const act = /^(?:left|leaves|kept|keeps|did|does|would)\b/i.test(m[1]!);
  return { at: m.index, claim: act ? `${who} ${m[1]!.toLowerCase()} ${rest}` : rest };
}

/** A denial verb under an expectation, a plan, a modal or a request: no denial made. */
const EXPECTED_DENIAL =
  /\b(?:(?:expect\w*|likely|unlikely|set|due|going|plan\w*|intend\w*|prepar\w*|poised|want\w*|hop(?:e|es|ed|ing)|ask\w*|urg\w*|call\w*\s+(?:on|upon)|invit\w*|challeng\w*|press(?:ed|es|ing)|wait\w*\s+for)\s+(?:[\w.’'&-]+\s+){0,5}?to|would|will|could|may|might|should|must|can)\s+(?:\w+ly\s+)?(?:deny|reject|dismiss|refute|rebut|rebuff|debunk|rubbish)\s*$/i;
/**
 * A denial, as a verb or a noun, that the sentence says was not quite made: "stopped short of
 * denying them", "stopped short of issuing an outright denial", "fell short of a flat denial".
 */
const SHORT_OF_DENIAL =
  /\b(?:stop(?:s|ped|ping)?|f[ae]ll(?:s|ing)?)\s+short\s+of\s+(?:(?:issuing|making|offering|giving|an?|any|outright|flat|full|explicit|categorical|formal|official|direct|clear|\w+ly)\s+){0,3}(?:deny|denying|denials?|refut\w*|reject\w*|rebut\w*|dismiss\w*)\b/i;
/** A denial verb held back: "declined to deny", "failed to rebut", or stopped short of. */
const HELD_BACK = new RegExp(
  String.raw`\b(?:(?:declin|refus|fail|hesitat)\w*|unwilling|reluctant)\s+to\s+(?:\w+ly\s+)?(?:deny|reject|dismiss|refute|rebut)\b|${SHORT_OF_DENIAL.source}`,
  'i',
);

/**
 * "responded on Twitter to deny the report": the reply says nothing beside the denial verb that
 * follows it, which the finder reads on its own.
 */
function onlyDenial(a: Attribution, found: Attribution[], text: string): boolean {
  if (a.content.length !== 1 || DENIAL_LEMMAS.has(a.cueLemma)) return false;
  const [start, end] = a.content[0]!;
  return found.some(
    (b) =>
      b !== a &&
      DENIAL_LEMMAS.has(b.cueLemma) &&
      b.cue[1] > start &&
      b.cue[1] < end &&
      /^(?:(?:via|on|in|through|with|by)\s+[^,;“”"]{1,40}?\s+)?to\s+(?:\w+ly\s+)?\w+$/i.test(
        text.slice(start, b.cue[1]),
      ),
  );
}

/**
 * "That’s false. We never …", "This is untrue. The company remains …": the quotation's words after
 * an opening sentence that is only a verdict of falsity, or undefined when it opens otherwise or
 * says nothing more.
 */
function afterVerdict(quoted: string): string | undefined {
  const m = /^(.{3,80}?[.!])\s+(?=[A-Z‘“"])(.{12,})$/s.exec(quoted.trim());
  if (!m || !(DENIAL_CONTENT.test(m[1]!) || VERDICT.test(m[1]!))) return undefined;
  // the verdict's sentence is short and about what is answered, not a claim of its own
  if (m[1]!.split(/\s+/).length > 8) return undefined;
  return /[A-Za-z]{3}/.test(m[2]!) ? m[2]!.trim() : undefined;
}

/**
 * "was not aware of any plans", "had no knowledge of", "no information": what the speaker does
 * not know says nothing about whether the claim is true.
 */
const UNKNOWING =
  /\b(?:(?:was|were|is|are|am|[’']s|[’']re)\s*(?:not|n[’']t)\s+(?:aware|informed|familiar)|unaware|(?:never|not|n[’']t)\s+(?:yet\s+|even\s+|ever\s+)?heard\s+(?:of|about|anything)|(?:did|does|do)(?:\s+not|n[’']t)\s+know|(?:had|has|have)\s+no\s+(?:knowledge|information)|no\s+(?:knowledge|information|evidence|confirmation)|(?:could|can)(?:\s*not|n[’']t)\s+(?:confirm|verify))\b/i;

/** A name, or "the company": who a framed denial is by. */
const FRAME_AGENT = String.raw`(?:[Tt]he\s+[a-z]+|(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and|de|al))*)`;
const FRAME_SAY = String.raw`(?:said|says|told\s+[^,.;]{1,40}?|wrote|added|insisted|stressed|responded|replied)`;
/** Stemmed words that name a report or its kind, not what it is about ("the latest media reports"). */
const GENERIC_OBJECT =
  /^(?:report|stori|story|claim|allegation|accusation|rumour|rumor|account|speculation|new|news|article|piece|media|medium|recent|latest|any|all|such|these|those|them|baseless|false)$/;
/** "responded (to the report) by saying that": what follows is the reply's content. */
const BY_SAYING =
  /^((?:[^,;.]{1,120}?\s+)?by\s+(?:saying|stating|insisting|claiming|noting|asserting|arguing|declaring|pointing\s+out)\s+(?:that\s+)?)\S/i;
/**
 * "Nordbank responded to the report by saying the information was inaccurate": a reply whose words
 * come after "by saying" is the replier's statement, with the report it answers before them; a
 * bare "responded to the report" stays an act. Rewrites `all` in place.
 */
function respondedBySaying(all: Attribution[], text: string): void {
  for (const a of all) {
    if (!/^(?:respond|reply|react|answer)$/.test(a.cueLemma) || a.content.length !== 1) continue;
    const [from, to] = a.content[0]!;
    // "responded by | saying …": the finder may have read "by" into the cue
    const by = /\sby$/.test(text.slice(...a.cue)) ? 'by ' : '';
    const m = BY_SAYING.exec(by + text.slice(from, to));
    if (!m) continue;
    a.content = [[from + m[1]!.length - by.length, to]];
    delete a.assertive;
  }
}

/** A document a party issues that then speaks: "a statement", "a clarification", "a filing". */
const ISSUED_NOUN =
  /^(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statements?|clarifications?|press\s+releases?|releases?|filings?|notices?|notes?|letters?|communiqu[eé]s?|posts?|emails?)$/i;
const ISSUER = new RegExp(
  String.raw`(?:^|[,:]\s*)(${FRAME_AGENT})\s+(?:(?:has|have|had|also)\s+)*(?:(?:on\s+)?\w+day\s+|\w+ly\s+)?(?:issued|released|put\s+out|published|posted|sent(?:\s+out)?|filed|made)\s+$`,
);
/**
 * "Adani Group issued a clarification stating P", "TAQA released a statement saying P": the
 * statement speaks for its issuer, so the issuer says P (and denies, when P negates a report); the
 * issuing verb is no cue of its own. Rewrites `all` in place.
 */
function issuedStatements(all: Attribution[], text: string): void {
  for (const a of [...all]) {
    if (!a.source || !ISSUED_NOUN.test(text.slice(...a.source))) continue;
    const start = a.sentence.start;
    const m = ISSUER.exec(text.slice(start, a.source[0]));
    if (!m) continue;
    const from = start + m.index + m[0].indexOf(m[1]!);
    const issuer: Span = [from, from + m[1]!.length];
    for (let k = all.length - 1; k >= 0; k--) {
      const b = all[k]!;
      if (b !== a && b.cue[0] >= issuer[1] && b.cue[1] <= a.source[0]) all.splice(k, 1);
    }
    a.source = issuer;
    delete a.described;
  }
}

/** "shot that down", "poured cold water on the report": idioms that deny what they are said of. */
const PHRASAL_DENIAL = String.raw`(?:sh(?:ot|oots?|ooting|ut|uts|utting)\s+(?:(?:that|this|it|them|those|these)\s+)?down|dispel(?:led|s|ling)?|put(?:s|ting)?\s+to\s+rest|(?:pour(?:ed|s|ing)?|thr(?:ew|ows?|own|owing))\s+cold\s+water\s+on)`;
/** "was quick to", "moved swiftly to", "is attempting to", "sought to": a denial set about. */
const TRY_TO = String.raw`(?:(?:(?:was|were|has been|have been)\s+(?:quick|swift|fast|keen|eager|at pains)|(?:moved|moves|rushed|rushes|sought|seeks|tried|tries|attempted|attempts|(?:is|was|are|were|has been|have been)\s+(?:attempting|trying|seeking|moving|rushing|looking))(?:\s+(?:quickly|swiftly|promptly|hastily))?)\s+to)`;
/** The denial verbs in their base form, after TO: "to deny", "to shut down", "to put to rest". */
const DENY_BASE = String.raw`(?:(?:\w+ly\s+)?(?:deny|reject|dismiss|refute|rebut|shoot\s+down|shut\s+down|knock\s+down|quash|scotch|debunk|dispel|put\s+to\s+rest))`;
/**
 * Denial verbs that deny only what is a report or a claim ("quashed reports of talks", "scotched
 * the rumours", "knocked down the story"); "quashed the conviction", "contested the election"
 * deny nothing, which the object decides.
 */
const REPORT_VERB = String.raw`(?:ridicul(?:ed|es)|mock(?:ed|s)?|derid(?:ed|es)|lampoon(?:ed|s)?|laugh(?:ed|s)?\s+off|pooh-pooh(?:ed|s)?|scoff(?:ed|s)?\s+at|poured\s+scorn\s+on|quash(?:ed|es)?|scotch(?:ed|es)?|contest(?:ed|s)?|disput(?:ed|es)|debunk(?:ed|s)?|rubbish(?:ed|es)|knock(?:ed|s)?\s+(?:(?:that|this|it|them|those|these)\s+)?down)`;
/** "X was quick to deny …", "X issued a denial …", "X, however, denied …", "X brushed aside …". */
const SUBJECT_FRAME = new RegExp(
  String.raw`^(${FRAME_AGENT})(?:\s*,\s*(?:however|though|for (?:its|his|her|their) part|in turn|meanwhile|in response)\s*,|(?:\s*,\s*(?:a|an|the)\s[^,]{1,60},)?(?=\s+(?:(?:has|have|had)\s+)?(?:(?:on\s+)?\w+day\s+|\w+ly\s+)?(?:${TRY_TO}|brush(?:ed|es)\s+(?:aside|off)|${PHRASAL_DENIAL}|${REPORT_VERB}\s|(?:issued|released|put out|published)\s+(?:a|an)\s)))\s+((?:(?:has|have|had)\s+)?(?:(?:on\s+)?\w+day\s+)?(?:(?:also|since|quickly|swiftly|promptly|immediately|later|\w+ly)\s+)?(?:${TRY_TO}\s+${DENY_BASE}|den(?:ied|ies|y)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es)|rebut(?:ted|s)?|brush(?:ed|es)\s+(?:aside|off)|${PHRASAL_DENIAL}|${REPORT_VERB}|(?:issued|released|put out|published)\s+(?:a|an)\s+(?:\w+\s+)?(?:denial|rebuttal)(?:\s+of)?))\b`,
);
/** "Denying the report, X said …". */
const PARTICIPLE_FRAME = new RegExp(
  String.raw`^((?:Denying|Rejecting|Dismissing|Refuting|Rebutting)\s+)([^,]{2,120}?),\s*(${FRAME_AGENT})\s+${FRAME_SAY}\b`,
);
/** "X said in a statement denying the report …". */
const STATEMENT_FRAME = new RegExp(
  String.raw`^(${FRAME_AGENT})\s+(?:${FRAME_SAY}\s+in|(?:(?:has|have|had)\s+)?(?:released|issued|put\s+out|published|posted|sent(?:\s+out)?))\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|press\s+release|release|post|letter|email|interview|note|communiqu[eé])\s+(?:(?:on|late|early|earlier|last|this|in)\b[^,;“”"]{0,40}?\s)?((?:denying|rejecting|dismissing|refuting|rebutting|disputing))\s+`,
);

/**
 * A denial set in a frame: who denies, the words that deny, and what they deny (empty for "issued
 * a denial", which points back at the report before).
 */
function framedDenial(sentence: string): { agent: Span; cue: Span; object: Span } | undefined {
  const here = framedDenialAt(sentence) ?? attackedForFalsity(sentence);
  if (here) return here;
  // "Speaking at a conference on Tuesday, X laughed off rumours …": the frame after a fronted
  // phrase, wherever the sentence puts its subject
  const lead = FRONTED.exec(sentence);
  const rest = lead ? sentence.slice(lead[0].length) : undefined;
  const inner = rest ? (framedDenialAt(rest) ?? attackedForFalsity(rest)) : undefined;
  if (!inner) return relativeDenial(sentence);
  const k = lead![0].length;
  const shift = ([x, y]: Span): Span => [x + k, y + k];
  return { agent: shift(inner.agent), cue: shift(inner.cue), object: shift(inner.object) };
}
/**
 * A phrase fronted before the subject: a dateline ("OSLO, Oct. 21 (UPI) —"), "Speaking at …,",
 * "Asked about …,", "In an interview …,".
 */
const FRONTED =
  /^(?:[A-Z][A-Z .'-]+,\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*)?(?:\([^)]{2,60}\)\s*)?[—–-]+\s*|(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned|Interviewed|Reached|Contacted|In|At|On|After|During|Following|Before|Later|Earlier|Separately|Meanwhile)\b[^,;“”"]{0,120},\s+)/;

/** "Anna Lind, who denied rumours that P", "Acme, which has dismissed the reports,": the name the relative clause is on denies. */
const RELATIVE_DENIAL = new RegExp(
  String.raw`(?<![\w’'-])((?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*)\s*,\s+(?:who|which)\s+((?:(?:has|have|had)\s+)?(?:(?:also|since|previously|already|\w+ly)\s+)?(?:den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)|refut(?:ed|es)|rebut(?:ted|s)|brush(?:ed|es)\s+(?:aside|off)|${REPORT_VERB}))\s`,
);
function relativeDenial(sentence: string): { agent: Span; cue: Span; object: Span } | undefined {
  if (!/,\s+(?:who|which)\s/.test(sentence)) return undefined;
  const m = RELATIVE_DENIAL.exec(sentence);
  if (!m) return undefined;
  const cue = m.index + m[0].length - m[2]!.length - 1;
  const from = m.index + m[0].length;
  // the clause ends at its closing comma ("Acme, which has denied the reports, said …")
  const comma = sentence.indexOf(',', from);
  const end = comma >= 0 ? comma : sentence.replace(/[\s.”"]+$/, '').length;
  return {
    agent: [m.index, m.index + m[1]!.length],
    cue: [cue, cue + m[2]!.length],
    object: [from, end],
  };
}

function framedDenialAt(sentence: string): { agent: Span; cue: Span; object: Span } | undefined {
  // the cheap test first: most sentences have none of the frames' words
  if (
    !/\b(?:den(?:ied|ies|y|ying|ial)|reject|dismiss|refut|rebut|brush|down|cold water|quash|scotch|contest|disput|debunk|rubbish|dispel|to rest|ridicul|mock|derid|lampoon|laugh|pooh|scoff|scorn)/i.test(
      sentence,
    )
  )
    return undefined;
  const end = sentence.replace(/[\s.”"]+$/, '').length;
  const p = PARTICIPLE_FRAME.exec(sentence);
  if (p) {
    const obj = p[1]!.length;
    const agent = sentence.indexOf(p[3]!, obj + p[2]!.length);
    return {
      agent: [agent, agent + p[3]!.length],
      cue: [0, p[1]!.trim().length],
      object: [obj, obj + p[2]!.length],
    };
  }
  const st = STATEMENT_FRAME.exec(sentence);
  if (st) {
    const cue = st[0].length - st[2]!.length - 1;
    // "denying the report that the plant would stay open": what follows "that" is what was said
    const rest = sentence.slice(st[0].length, end);
    const stop = /\s+that\s|,/.exec(rest);
    return {
      agent: [0, st[1]!.length],
      cue: [cue, cue + st[2]!.length],
      object: [st[0].length, st[0].length + (stop ? stop.index : rest.length)],
    };
  }
  const m = SUBJECT_FRAME.exec(sentence);
  if (!m) return undefined;
  const cue = sentence.indexOf(m[2]!, m[1]!.length);
  const from = cue + m[2]!.length;
  const rest = sentence.slice(from, end);
  // "issued a denial on Tuesday": when, not what; "shot that down": the object is in the cue
  const when =
    /^\s*(?:on|late|early|earlier|later|last|this|in|via|through)\b/i.test(rest) ||
    /\b(?:that|this|it|them|those|these)\s+down$/i.test(m[2]!);
  const start = from + (rest.length - rest.trimStart().length);
  return {
    agent: [0, m[1]!.length],
    cue: [cue, from],
    object: when ? [start, start] : [start, end],
  };
}

/** "A report that X has been denied by Y": the report, the verb and who denied it, in the sentence. */
function passiveDenial(sentence: string): { subject: string; cue: Span; agent: Span } | undefined {
  // the cheap test first: most sentences have no passive denial verb at all
  if (!/\b(?:denied|dismissed|rejected|refuted|rebutted|debunked|rubbished)\s+by\s/i.test(sentence))
    return undefined;
  // "But the claims have been rubbished by …": a connective before the subject is no part of it
  const lead =
    /^(?:but|however|and|yet|still|meanwhile|now)\b,?\s+/i.exec(sentence)?.[0].length ?? 0;
  const m =
    /^((?:(?:an?|the|this|that|these|those)\s+)?(?:[^\s]+\s+){0,4}?(?:reports?|story|stories|article|claims?|allegations?|accounts?|rumou?rs?|news)\b.{0,240}?)\s+((?:has|have|had)\s+(?:(?:since|also|now|already|\w+ly)\s+)?been|was|were|is|are)\s+(?:\w+ly\s+|also\s+)*(?:denied|dismissed|rejected|refuted|rebutted|debunked|rubbished)\s+by\s+/is.exec(
      sentence.slice(lead),
    );
  if (!m) return undefined;
  const from = lead + m[0].length;
  // "by Cuba's deputy foreign minister as …": the agent runs to a comma or a new phrase
  // … or "by the palace, which said …": a definite description names one named before
  const tail =
    /^(?:(?:[Tt]he\s+)?[A-Z][\w.-]*(?:[’']s)?(?:\s+[\w.-]+(?:[’']s)?){0,6}?|the\s+[a-z]+(?:\s+[a-z]+)?)(?=\s+(?:on|in|at|as|after|who|which|while|late|earlier|last|this|for|over)\b|\s*[,.;]|\s*$)/.exec(
      sentence.slice(from),
    );
  if (!tail) return undefined;
  const cue = sentence.indexOf(m[2]!, lead + m[1]!.length);
  // "The media reports, based on comments by …, were dismissed": an aside, not what they say
  const subject = m[1]!.replace(
    /^(.*?\b(?:reports?|story|stories|article|claims?|allegations?|accounts?|rumou?rs?))\s*,.*$/is,
    '$1',
  );
  // "… by the Japanese defense ministry.": the sentence's full stop is no part of the name (an
  // initial's is: "by the U.S.")
  const agent = /[a-z\d]\.$/.test(tail[0]) ? tail[0].slice(0, -1) : tail[0];
  return {
    subject,
    cue: [cue, from - 4],
    agent: [from, from + agent.length],
  };
}

/**
 * "responded on Twitter late Saturday, saying the report was false": the reply's words are the
 * participle's, and what comes before it says only how and when.
 */
function onlyParticiple(a: Attribution, found: Attribution[], text: string): boolean {
  if (a.content.length !== 1 || !a.source || denialCue(a, text)) return false;
  const [start, end] = a.content[0]!;
  return found.some(
    (b) =>
      b !== a &&
      b.pattern === 'participle' &&
      b.source?.[0] === a.source![0] &&
      b.cue[0] > start &&
      b.cue[0] < end &&
      /^(?:on|in|via|through|at|by|with|to|from|late|early|later|earlier)\b[^“”"]{0,60},\s*$/i.test(
        text.slice(start, b.cue[0]),
      ),
  );
}

/** A cue that denies: "denied", or "pushed back on the reports" (a report as its object). */
function denialCue(a: Attribution, text: string): boolean {
  if (a.negated) return false;
  if (DENIAL_LEMMAS.has(a.cueLemma)) return true;
  const object = text.slice(a.cue[1], a.content.at(-1)![1]).trim();
  return (
    REPORT_DENIALS.has(a.cueLemma) &&
    OBJECT_NOUN.test(object.replace(/^(back\s+)?(against|on)\s+/i, ''))
  );
}

/**
 * Verbs that add the speaker's own point beside a statement: stress, add, note … ("insisting",
 * "maintaining", "arguing" after a bare "denied the report" give the denial's reason instead)
 */
const ASSERTING = /^(?:stress|add|note|emphasi[sz]e|underline|underscore|reiterate|point)$/;
/** ", stressing that P" after a denial's object: the speaker's own point, not what is denied. */
const ASSERTING_TAIL =
  /,\s+(?:stressing|adding|noting|insisting|emphasi[sz]ing|underlining|underscoring|reiterating|maintaining|explaining|arguing|pointing\s+out)\s+that\s.*$/s;

/**
 * "denied the report, saying …", "pushed back on the reports, calling them … and stating …": the
 * participles are the denial's own words, not statements beside it.
 */
function denialParticiple(b: Attribution, found: Attribution[], text: string): boolean {
  if (!b.source || !/^\w+ing\b/i.test(text.slice(b.cue[0], b.cue[1]))) return false;
  const said = text.slice(b.content[0]![0], b.content.at(-1)![1]);
  // a clause of its own ("…, saying that P") that says nothing false
  const ownClause =
    /^\s*that\s/i.test(text.slice(b.cue[1], b.content.at(-1)![1])) &&
    !DENIAL_CONTENT.test(said) &&
    !DENIAL_WORDS.test(said);
  // "denied the report, stressing that the pope is in good health": an emphasis verb with such a
  // clause is a second statement of the same speaker; a negated one ("emphasising that such
  // killings are not India's policy") restates the denial
  if (
    ASSERTING.test(b.cueLemma) &&
    ownClause &&
    !/\b(?:not|never|no|nothing|none|neither|nor)\b|n['’]t\b/i.test(said)
  )
    return false;
  const ownClaim = (a: Attribution) =>
    ownClause && /^\s*that\s/i.test(afterAdverbial(text.slice(a.cue[1], b.cue[0])));
  return found.some(
    (a) =>
      a !== b &&
      a.source?.[0] === b.source![0] &&
      a.source[1] === b.source![1] &&
      a.cue[0] < b.cue[0] &&
      a.content.some(([s, e]) => b.cue[0] >= s && b.cue[0] < e) &&
      denialCue(a, text) &&
      !ownClaim(a),
  );
}

/** "Following rumors of an Iranian missile strike on a US ship, officials dismissed the claim". */
const LEADING_REPORT =
  /^(?:following|after|amid|despite|in response to|responding to)\s+(?:(?:the|a|an|recent|widespread|media|press)\s+)*(?:rumou?rs?|reports?|claims?|allegations?|speculation)\s+(?:of|that|about)\s+([^,]{12,}),/i;

/** "in response to an NBC News report that X": the claim a quoted denial answers. */
const ANSWERING =
  /\b(?:in response to|responding to|reacting to|following|after)\s+(?:an?|the)\s+(?:([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+)?report\s+(?:that|claiming that|saying that)\s+(.{12,}?)[.]?$/;

/** The nouns a report goes by when a reply answers it: "media reports", "speculation", "rumours". */
const REPORT_WORD = `(?:${PUBLISHED_NOUN}|${HEARSAY_NOUN})`;
/** Words before that noun: "recent British press", "the Daily Courier's", "widespread". */
const REPORT_QUALIFIERS = String.raw`(?:(?:the|a|an|some|several|many|recent|earlier|new|fresh|widespread|persistent|growing|media|press|news|newspaper|published|online|local|foreign|[A-Z][\w’'.-]*)\s+){0,4}`;
/** Verbs of attack, every form: "slammed", "is slamming", "lashed out at", "took aim at". */
const ATTACK_VERB = String.raw`(?:slam|blast|attack|critici[sz]|lambast|condemn|denounc|decr(?:y|ie)|berat|castigat|chastis|rebuk|scold|(?:lash|hit|hitt)\w*\s+out\s+at|(?:took|tak\w+)\s+aim\s+at)\w*`;
/**
 * "X is slamming the paper for what it maintains are false reports that P", "X blasted the
 * newspaper for its false report that P", "for publishing fabricated stories that P": an attack on
 * a publisher for reports called false denies what they reported.
 */
const ATTACK_FRAME = new RegExp(
  String.raw`^(${FRAME_AGENT})\s+((?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:\w+ly\s+)?${ATTACK_VERB})\s+[^,;]{1,80}?\s+for\s+(?:(?:what|which)\s+(?:it|he|she|they|the\s+\w+)\s+(?:\w+\s+){0,2}?(?:is|are|was|were)\s+|(?:its|his|her|their|the)\s+|(?:publishing|running|printing|airing|spreading|carrying|circulating)\s+)*(?:\w+ly\s+)?${FALSE_ADJECTIVE}\s+(?=${REPORT_WORD}\b)`,
);
function attackedForFalsity(
  sentence: string,
): { agent: Span; cue: Span; object: Span } | undefined {
  if (!/\bfor\b/.test(sentence)) return undefined;
  const m = ATTACK_FRAME.exec(sentence);
  if (!m) return undefined;
  const cue = m[1]!.length + sentence.slice(m[1]!.length).indexOf(m[2]!);
  const end = sentence.replace(/[\s.”"]+$/, '').length;
  return { agent: [0, m[1]!.length], cue: [cue, cue + m[2]!.length], object: [m[0].length, end] };
}
/** "…, as reported", "as had been claimed", "as some newspapers have claimed": the clause is what the reports said. */
const AS_REPORTED = new RegExp(
  String.raw`,?\s*\bas\s+(?:(?:(?:had|has|have|was|were|is|being)\s+)?(?:been\s+)?|(?:(?:some|several|many|the|other|a\s+few)\s+)?(?:[\w’'-]+\s+){0,3}?(?:had|has|have)?\s*)(?:widely\s+|previously\s+|earlier\s+)?(?:reported|claimed|alleged|rumou?red|suggested|speculated)\b[^,;]*`,
  'i',
);
/** "contrary to media reports", "despite press stories to the contrary": the clause is what the reports said. */
const CONTRARY_TO_REPORTS = new RegExp(
  String.raw`,?\s*\b(?:contrary\s+to\s+${REPORT_QUALIFIERS}${REPORT_WORD}(?:\s+(?:in|by|from|of)\s+(?:[\w’'.-]+\s*){1,4}?)?|(?:despite|in\s+spite\s+of)\s+${REPORT_QUALIFIERS}${REPORT_WORD}\s+to\s+the\s+contrary)(?=\s*[,.;]|\s*$)`,
  'i',
);
/** ", after the Journal reported that it did": the report only said the clause's positive. */
const PRO_FORM = String.raw`(?:it|he|she|they|so)\s+(?:did|had|has|was|were|is|would|does)\s*[.,]?`;
const PRO_FORM_ONLY = new RegExp(String.raw`^${PRO_FORM}$`, 'i');
/** "despite reports that P", "amid speculation that P", "after the Courier reported P": the reports' words follow. */
const REPORT_THAT = new RegExp(
  String.raw`,?\s*\b(despite|in\s+spite\s+of|amid|after|following)\s+(?:${REPORT_QUALIFIERS}${REPORT_WORD}\s+(?!to\s+the\s+contrary)(?:(?:in|by|from)\s+(?:[\w’'.-]+\s+){1,4}?)?(that\s+)?|(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4}(?:had\s+)?(?:reported|claimed|wrote|said)\s+(that\s+)?)(.{12,}|${PRO_FORM})$`,
  'i',
);
/** ", quashing media speculation", ", putting to rest weeks of rumours": a reply set against reports. */
const ANSWER_PARTICIPLE = new RegExp(
  String.raw`,\s*(?:quashing|dismissing|denying|rejecting|refuting|rebutting|scotching|debunking|dispelling|countering|contradicting|squashing|(?:knocking|shooting)\s+down|putting\s+to\s+rest|laughing\s+off|brushing\s+(?:off|aside))\s+(?:(?:weeks|days|months|years)\s+of\s+)?${REPORT_QUALIFIERS}${REPORT_WORD}\b`,
  'i',
);
/** Openings that carry the reply, not what it denies: "I can confirm that", "wishes to clarify that". */
const REPLY_OPENING =
  /^[“"‘]?\s*(?:however,?\s+)?(?:(?:exceptionally,?\s+)?(?:I|we|[A-Z][\w&’'.-]*(?:\s+[A-Z&][\w&’'.-]*)*)\s+(?:can|could|would\s+like\s+to|wants?\s+to|wish(?:es)?\s+to)\s+(?:confirm|clarify|stress|state|make\s+(?:it\s+)?clear)\s+(?:that\s+)?)/i;

/** Where a quotation's clauses part: a sentence's end, a semicolon, a dash, "but", "because". */
const CLAUSE_BREAK =
  /(?<=[.!?…])\s+|\s*(?:;|:|…|\s[—–]\s|\s--\s)\s*|,?\s+(?:but|because|as|since|and)\s+(?=(?:I|we|he|she|it|they|there|nobody|no\s+one)\b)/i;

/**
 * The negated words of a speaker's text: the whole when it is negated, else each negated clause of
 * it. "Nobody had to talk me out of it, because I have never considered resigning" holds two
 * negations, which cancel as a count over the quotation but not clause by clause; a clause that
 * knows nothing ("I am not aware …") denies nothing.
 */
function negatedClauses(text: string): string[] {
  if (negated(text)) return [text];
  const parts = text.split(CLAUSE_BREAK).filter((p) => /[A-Za-z]{2}/.test(p));
  if (parts.length < 2) return [];
  return parts.filter((p) => negated(p) && !UNKNOWING.test(p) && !NEVER_DENIAL.test(p));
}

/** "she is not in the hospital" → "she is in the hospital": the proposition a negated clause denies. */
function unnegated(s: string): string {
  return s
    .replace(
      /\b(ca|wo|sha)n[’']t\b/i,
      (_, w: string) => ({ ca: 'can', wo: 'will', sha: 'shall' })[w.toLowerCase()]!,
    )
    .replace(/\b(\w+)n[’']t\b|\b(?:not|never)\s+/i, (m, w?: string) => (w ? w : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a speaker's negated words deny when the sentence marks them as an answer to reports: "she
 * is not in the hospital, as reported", "contrary to media reports, it is not in talks", "not in
 * talks amid speculation that it was about to begin negotiations". A reply needs no report
 * statement of its own to answer: the marker says what the reports said, before or after the
 * clause. Undefined when the words are not negated, know nothing ("not aware of reports"), or a
 * temporal marker ("after reports that …") joins two unrelated events.
 */
/**
 * Whether a negated reply answers a claim: enough of its words, the same event in other words, or
 * no dealings with a party of the deal reported.
 */
function answersClaim(claim: string, reply: string): boolean {
  return (
    claimOverlap(claim, reply) >= NEGATED_DENIAL ||
    contrary(claim, reply) ||
    deniesDealing(claim, reply)
  );
}

function answeredReport(said: string, sentence: string): string | undefined {
  if (NEVER_DENIAL.test(said) || UNKNOWING.test(said) || /\bcomment/i.test(said)) return undefined;
  const reply = said.replace(REPLY_OPENING, '');
  const that = REPORT_THAT.exec(reply);
  if (that) {
    const clause = reply.slice(0, that.index).replace(/[\s,“”"]+$/, '');
    const reported = that[4]!.replace(/[\s.,“”"]+$/, '');
    if (!clause || !negated(clause) || negationElsewhere(clause, reported)) return undefined;
    const concessive = /^(?:despite|in\s+spite\s+of)$/i.test(that[1]!);
    // "despite reports she has been hospitalised": without "that", the words must read as a clause
    const clauseLike =
      !!(that[2] ?? that[3]) ||
      /^(?:[\w’'-]+\s+){1,4}?(?:is|was|are|were|has|had|have|will|would|could|\w+ed)\b/.test(
        reported,
      );
    // "didn't reach out to Cox, after the Journal reported that it did"
    if (!concessive && PRO_FORM_ONLY.test(reported)) return unnegated(clause);
    // "not in talks that may lead to a merger after the Telegraph reported the company was about
    // to start informal negotiations": the marker sets the negation against the report, which
    // need only name the same event in other words
    const same =
      answersClaim(reported, clause) || (!negated(reported) && sameEvent(reported, clause));
    // "not in medical care, despite reports that she has been hospitalised": a concession sets the
    // reply against the reports, so one subject is enough; a time ("after reports that …") is not
    const against =
      concessive &&
      (claimOverlap(reported, clause) > 0 || /^(?:he|she|it|they|we)\b/i.test(reported));
    return clauseLike && (same || against) ? reported : undefined;
  }
  // "there are no talks, quashing media speculation": a participle that sets the words against
  // reports, in the words or after the cue
  const against = ANSWER_PARTICIPLE.exec(reply);
  const marker = against ?? ANSWER_PARTICIPLE.exec(sentence);
  // "countering a report in the Journal that P": the report's own words are what is denied, which
  // the participle's own reading gives
  const named =
    !!marker &&
    /^[^;]*?\b(?:that|claiming|saying|alleging|suggesting|stating|which|of)\b/i.test(
      marker.input.slice(marker.index + marker[0].length),
    );
  if (marker && !named) {
    const clause = (against ? reply.slice(0, against.index) : reply).replace(
      /^[\s,“”"]+|[\s.,“”"]+$/g,
      '',
    );
    // "there are no talks" → "there are talks", "had no plans" → "had plans"
    return negated(clause)
      ? unnegated(clause).replace(/\b(are|is|were|was|had|has|have)\s+no\s+/i, '$1 ')
      : undefined;
  }
  const marked = AS_REPORTED.exec(reply) ?? CONTRARY_TO_REPORTS.exec(reply);
  const clause = marked
    ? `${reply.slice(0, marked.index)}${reply.slice(marked.index + marked[0].length)}`
    : CONTRARY_TO_REPORTS.test(sentence)
      ? reply
      : undefined;
  if (!clause || !negated(clause)) return undefined;
  // "As reported earlier, X is not …": the outlet's own report backed, not answered
  if (
    marked &&
    AS_REPORTED.test(marked[0]) &&
    !/\b(?:not|never|n[’']t|no)\b/i.test(reply.slice(0, marked.index))
  )
    return undefined;
  return unnegated(clause.replace(/^[\s,“”"]+|[\s.,“”"]+$/g, ''));
}
