// The attribution finder: in each sentence, who (source) is said, through which words (cue),
// to have said or thought what (content). Spans are character offsets into the input text, the
// same units PolNeAR annotates, so the finder is scored on its own before the draft builder
// turns attributions into statements.
import {
  ANON_HEADS,
  CUE_LEMMAS,
  CUE_PARTICLES,
  CUE_PHRASES,
  ADJECTIVE_CUES,
  DENIAL_LEMMAS,
  MINED_CUES,
  DEMONYM_TOKEN,
  PUBLISHED_WORD,
  SUNDAY_PLACE_TITLES,
  SUNDAY_TITLES,
  SPEECH_TELL,
  WEAK_CUES,
  PARTICLE,
  ROLE_WORDS,
  portfolioWord,
} from './lexicon.ts';
import type { Sentence, Token } from './text.ts';

export type Span = [start: number, end: number];

export interface Attribution {
  sentence: Sentence;
  source?: Span;
  /**
   * The source with the words that describe it, as PolNeAR marks sources ("Paul Lindsay, a
   * spokesman for the Bush super PAC", "people who have battled other online threats"); `source`
   * is the part that names it, which the draft resolves. Absent when nothing describes it.
   */
  described?: Span;
  cue: Span;
  /** Usually one span; two when the cue interrupts the content ("The troops, the outlet added, would ..."). */
  content: Span[];
  /** Whom a "told" cue names as listener ("told NBC News"). */
  listener?: Span;
  cueLemma: string;
  /** False for a cue only PolNeAR's mined lexicon knows ("discussed", "declined"): an act or an attitude, not an assertion. */
  assertive?: false;
  negated: boolean;
  pattern:
    | 'subject-cue'
    | 'content-first'
    | 'inverted'
    | 'parenthetical'
    | 'according-to'
    | 'participle'
    | 'opener';
  confidence: number;
}

const QUOTE = /^["“”‘’']+$/;
const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/**
 * A weekday that says when: "told The Sunday Times", "the Monday meeting" name or describe, and
 * so does the "on Sunday" of a Sunday edition's title ("the Mail on Sunday").
 */
const isDay = (tokens: Token[], k: number) =>
  WEEKDAY.test(tokens[k]?.text ?? '') &&
  tokens[k - 1]?.lower !== 'the' &&
  !onSundayTitle(tokens, k);
/**
 * The Sunday editions named "<title> on Sunday": "The Mail on Sunday", "The Independent on
 * Sunday", "the Sun on Sunday", "Scotland on Sunday", "Wales on Sunday" ("told the Times on
 * Sunday" is a day: the Times' Sunday paper is "The Sunday Times").
 */
const SUNDAY_TITLE = new RegExp(`^(?:${SUNDAY_TITLES})$`);
const SUNDAY_PLACE_TITLE = new RegExp(`^(?:${SUNDAY_PLACE_TITLES})$`);
function onSundayTitle(tokens: { text: string }[], k: number): boolean {
  if (tokens[k]?.text !== 'Sunday' || tokens[k - 1]?.text !== 'on') return false;
  const title = tokens[k - 2]?.text ?? '';
  return (
    (SUNDAY_TITLE.test(title) && /^the$/i.test(tokens[k - 3]?.text ?? '')) ||
    SUNDAY_PLACE_TITLE.test(title)
  );
}
const CUE_NOUNS =
  /^(statement|interview|email|e-mail|letter|tweet|post|speech|release|op-ed|memo)$/;
const EVIDENCE_VERBS = new Set(['show', 'find']);
const EVIDENCE_NOUNS =
  /^(polls?|polling|surveys?|records?|data|figures|numbers|reports?|study|studies|analysis|documents?|video|footage|filings?)$/;
const PEOPLE =
  /^(men|women|voters?|respondents?|critics?|supporters?|opponents?|commentators?|strategists?|pollsters?|americans?|democrats?|republicans?|independents?|conservatives?|liberals?|leaders?|senators?|candidates?|majority|majorities|minority|plurality|percent|%|half|thirds?|quarters?|most|many|some|few|others|everyone|everybody|nobody|someone|somebody)$/;
/** What was published, and who publishes it, speaks for what it says ("the ad argues", "the group seeks"). */
const SPEAKING_BODIES =
  /^(groups?|campaigns?|ads?|findings|results|statements?|letters?|reports?|polls?|surveys?|study|studies|editorial|newspaper)$/;
const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'this']);
// wink tags "people" as a verb at times. "people familiar with the matter", "a person briefed on the talks", "sources close to him":
// the words that describe an unnamed source continue its noun phrase
const SOURCE_MODIFIERS = new Set(['familiar', 'briefed', 'close', 'knowledgeable']);
/** "Jean-Pierre", "Reuters/Ipsos": a hyphen or slash with no space on either side joins a name. */
const innerHyphen = (tokens: Token[], i: number) => {
  const t = tokens[i];
  const a = tokens[i - 1];
  const b = tokens[i + 1];
  return !!t && !!a && !!b && /^[-/]$/.test(t.text) && a.end === t.start && t.end === b.start;
};
const isPunct = (t: Token | undefined) => !!t && (t.pos === 'PUNCT' || QUOTE.test(t.text));
const span = (tokens: Token[], from: number, to: number): Span | undefined => {
  const a = tokens[from];
  const b = tokens[to - 1];
  return a && b && to > from ? [a.start, b.end] : undefined;
};

/** How words reach an outlet other than through it: "confirmed by email" is still a cue. */
const INSTRUMENT =
  /^(phone|telephone|e-?mail|text|letter|post|mail|fax|video|videolink|tweet|messages?)$/;
/**
 * "officials cited by The Guardian", "Maria Lopez, quoted by Reuters,", "a statement carried by
 * CNN": a past participle after its noun (no auxiliary) with its agent. It describes the noun,
 * naming who carried its words; it is no cue of the noun's own.
 */
function reducedPassive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return (
    !!t &&
    !!prev &&
    /(?:ed|en|wn)$/.test(t.lower) &&
    tokens[i + 1]?.lower === 'by' &&
    // "responded by saying": a means, not an agent
    !INSTRUMENT.test(tokens[i + 2]?.lower ?? '') &&
    !/ing$/.test(tokens[i + 2]?.lower ?? '') &&
    (/^(NOUN|PROPN)$/.test(prev.pos) || prev.text === ',')
  );
}

function isCue(t: Token, next: Token | undefined, prev: Token | undefined): boolean {
  // "FEC records show he backed …", "voters support Clinton": the tagger reads a verb between a
  // noun and what it takes as a noun at times
  const verbal =
    t.pos === 'NOUN' &&
    !!prev &&
    // a subject that agrees: "records show", "they support", "the poll shows", "Trump claims"
    ((prev.pos === 'NOUN' && /s$/.test(prev.lower) && !/s$/.test(t.lower)) ||
      (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower)) ||
      (/^(NOUN|PROPN)$/.test(prev.pos) && /[^s]s$/.test(t.lower)) ||
      // "Six in 10 say", "64 percent call him", "Others call it"
      (!/s$/.test(t.lower) && (prev.pos === 'NUM' || PEOPLE.test(prev.lower))) ||
      // "…, reports Reuters.", "…, reports the Guardian": the tagger reads the inverted
      // present-tense cue after the words as a plural noun; "“…,” reports Reuters": the comma
      // that ends quoted words stands inside the closing quotation mark
      ((prev.text === ',' || QUOTE.test(prev.text)) && /[^s]s$/.test(t.lower))) &&
    (/^(DET|PRON|PROPN|NUM|SCONJ)$/.test(next?.pos ?? '') ||
      // "…, reports Sky News": a capitalised word the tagger reads as a common noun is a name
      (next?.pos === 'NOUN' && /^\p{Lu}/u.test(next.text)) ||
      // "Marsh notes “…”", "…, new fundraising reports show."
      QUOTE.test(next?.text ?? '') ||
      next?.text === ':' ||
      (/^[.,]$/.test(next?.text ?? '') && prev.pos === 'NOUN' && /s$/.test(prev.lower)));
  if (t.pos !== 'VERB' && next?.lower !== 'that' && !verbal) return false;
  if (
    !CUE_LEMMAS.has(t.lemma) &&
    !CUE_LEMMAS.has(t.lower.replace(/e?d$/, '')) &&
    !MINED_CUES.has(t.lemma)
  )
    // "focus on", "weigh in": a verb that is a cue only with the word after it
    return t.pos === 'VERB' && CUE_PHRASES.has(`${t.lemma} ${next?.lower ?? ''}`);
  if (t.lemma === 'point') return next?.lower === 'out';
  if (t.lemma === 'push') return next?.lower === 'back';
  // "have agreed to talks" is an act; "agreed that …", "agreed with" is a view
  if (t.lemma === 'agree') return next?.lower === 'that' || next?.lower === 'with';
  // "officials, who asked not to be named": a request for anonymity, not speech
  if (t.lemma === 'ask' && next?.lower === 'not') return false;
  // "he continued, “…”" is speech; "the war continued" is not
  if (t.lemma === 'continue')
    return (
      !!next &&
      (next.text === ',' || next.text === ':' || QUOTE.test(next.text) || next.pos === 'PUNCT')
    );
  return true;
}

/**
 * "…, Politico reports.", "…, Ben Smith of Politico reports, citing …", "…, Le Monde notes.": a
 * name set off by a comma after the content, then a present-tense cue that ends the clause. The
 * tagger reads "reports" / "notes" there as a plural noun; the comma before the name and the
 * clause's end after the word make it the verb of a content-first frame ("in line with Bloomberg
 * reports" and "the Reuters reports" have no comma before the name).
 */
function closingNounCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.lower) || !CUE_LEMMAS.has(t.lemma)) return false;
  if (next && !/^[.,;]$/.test(next.text)) return false;
  let j = i - 1;
  if (tokens[j]?.pos !== 'PROPN') return false;
  while (
    j > 0 &&
    (tokens[j]!.pos === 'PROPN' || (tokens[j]!.lower === 'of' && tokens[j - 1]!.pos === 'PROPN'))
  )
    j--;
  if (tokens[j]?.lower === 'the') j--;
  return j > 0 && tokens[j]!.text === ',';
}

/** Whether tokens [from, to) say when, not where or through whom: "in March", "on Monday", "in 2019". */
function timed(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (MONTH.test(t.text) || isDay(tokens, k) || PERIOD.test(t.lower) || /^\d{4}$/.test(t.text))
      return true;
  }
  return false;
}

/**
 * Where a channel named after a cue ends when "that" follows it: "wrote on Twitter that …",
 * "posted on Telegram that …", "said in an interview [with the Associated Press] that …". The
 * channel is how the words were said, so it is the cue's; what follows "that" is the content.
 * Without "that" ("wrote on the subject", "talked about taxes") the words after the verb stay a
 * topic. `listener` takes "with" / "to" / "for" (a listener or an outlet: "an op-ed for the Post"),
 * otherwise "on" / "in".
 */
function channelThat(tokens: Token[], from: number, listener = false): number | undefined {
  const prep = tokens[from]?.lower ?? '';
  if (!(listener ? /^(with|to|for)$/ : /^(on|in)$/).test(prep)) return undefined;
  // not npAfter: the tagger reads "that" as a determiner, and the noun phrase ran on into the content
  // the noun phrase from `k` up to "that", at most `limit` tokens after the preposition; "the
  // Associated Press": a capitalised word is the name's, whatever the tagger reads
  const phraseEnd = (k: number, limit: number) => {
    while (
      k - from <= limit &&
      tokens[k] &&
      tokens[k]!.lower !== 'that' &&
      (NP_POS.has(tokens[k]!.pos) || /^([A-Z]|[’']s?$)/.test(tokens[k]!.text))
    )
      k++;
    return k;
  };
  let end = phraseEnd(from + 1, 6);
  if (end === from + 1) return undefined;
  // "said in a statement cited by Bloomberg that …": the one who carried the statement is part
  // of the channel too
  if (reducedPassive(tokens, end)) end = phraseEnd(end + 2, 12);
  // "revealed in March that": a time, not a channel
  if (timed(tokens, from + 1, end)) return undefined;
  const after = timeAfter(tokens, end);
  return tokens[after]?.lower === 'that' ? after : undefined;
}

/**
 * "…, per two people familiar with it, …", "…, as reported by Politico, …": the source between
 * `source` token indices vouches, as "according to" does, for the words before the cue (up to
 * token `beforeEnd`) and those after the comma at token `close`, if there is one there.
 */
function vouching(
  sentence: Sentence,
  cue: [number, number],
  source: [number, number],
  beforeEnd: number,
  close: number,
): Attribution | undefined {
  const { tokens } = sentence;
  const before = cue[0] > 1 ? contentSpan(tokens, 0, beforeEnd) : undefined;
  const after =
    tokens[close]?.text === ',' ? contentSpan(tokens, close + 1, tokens.length) : undefined;
  const content = [before, after].filter((c): c is Span => !!c);
  if (!content.length) return undefined;
  return {
    sentence,
    source: span(tokens, source[0], source[1])!,
    cue: span(tokens, cue[0], cue[1])!,
    content,
    cueLemma: 'according to',
    negated: false,
    pattern: 'according-to',
    confidence: 0.8,
  };
}

/** "as (first) reported by X": the index of "by" and the end of X. */
function asReportedBy(tokens: Token[], i: number): [number, number] | undefined {
  let k = i + 1;
  if (/^(first|previously|earlier|originally|initially)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(reported|revealed|disclosed)$/.test(tokens[k]?.lower ?? '')) return undefined;
  if (tokens[k + 1]?.lower !== 'by') return undefined;
  const end = npAfter(tokens, k + 2, 8);
  return end === undefined ? undefined : [k + 1, end];
}

const PART_OF_DAY = /^(morning|afternoon|evening|night)$/;
const PERIOD =
  /^(week|weekend|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter)$/;
const MONTH =
  /^(jan(uary|\.)?|feb(ruary|\.)?|march|apr(il|\.)?|may|june|july|aug(ust|\.)?|sept?(ember|\.)?|oct(ober|\.)?|nov(ember|\.)?|dec(ember|\.)?)$/i;

/**
 * The end of a time adverbial starting at `k` ("on Wednesday", "Tuesday", "last week", "earlier
 * this month", "late on Monday"), or `k` when there is none. After a cue it says when the words
 * were said, so it belongs to the cue region; read as content it became claims like "On
 * Wednesday." "last year's budget" is a noun phrase, not a time, and is left alone.
 */
function timeAfter(tokens: Token[], k: number): number {
  const low = (i: number) => tokens[i]?.lower ?? '';
  let i = k;
  const edge = /^(early|late|earlier|later)$/.test(low(i));
  if (edge) i++;
  if (low(i) === 'on' && (WEEKDAY.test(tokens[i + 1]?.text ?? '') || MONTH.test(low(i + 1)))) i++;
  let end = k;
  if (isDay(tokens, i)) end = PART_OF_DAY.test(low(i + 1)) ? i + 2 : i + 1;
  else if (/^(today|yesterday|tonight)$/.test(low(i))) end = i + 1;
  else if (/^(this|last)$/.test(low(i)) && PERIOD.test(low(i + 1))) end = i + 2;
  else if (MONTH.test(low(i)) && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[i + 1]?.text ?? ''))
    end = i + 2;
  else if (edge && /^(earlier|later)$/.test(low(k))) end = k + 1;
  return /^[’']s$/.test(tokens[end]?.text ?? '') ? k : end;
}

/**
 * Where a time adverbial ending just before `end` starts ("on Tuesday", "last month", "at the
 * time"), or `end` when there is none or nothing would be left before it.
 */
function timeBefore(tokens: Token[], end: number): number {
  const low = (i: number) => tokens[i]?.lower ?? '';
  // "Vale (Feb. 3) said", "Vale on Friday (Feb 10) denied", "Vale [on Tuesday] said": a date in
  // brackets is a date, alone or after the one it pins down
  const close = tokens[end - 1]?.text;
  if (close === ')' || close === ']') {
    const open = tokens
      .slice(Math.max(0, end - 6), end - 1)
      .map((t) => t.text)
      .lastIndexOf(close === ')' ? '(' : '[');
    const k = open < 0 ? -1 : Math.max(0, end - 6) + open;
    if (k > 0 && k + 1 < end - 1 && timeAfter(tokens, k + 1) === end - 1) {
      const outer = timeBefore(tokens, k);
      return outer < k ? outer : tokens[k - 1]!.pos !== 'VERB' ? k : end;
    }
  }
  let k = end;
  if (isDay(tokens, end - 1) || /^(today|yesterday)$/.test(low(end - 1)))
    k = low(end - 2) === 'on' ? end - 2 : end - 1;
  else if (PERIOD.test(low(end - 1)) && /^(last|this)$/.test(low(end - 2))) k = end - 2;
  else if (low(end - 1) === 'time' && low(end - 2) === 'the' && low(end - 3) === 'at') k = end - 3;
  // "The Leak earlier in the day reported", "Politico later that week reported"
  else if (/^(day|week|month|year|morning|afternoon|evening|night)$/.test(low(end - 1))) {
    if (low(end - 2) === 'the' && /^(in|on|during)$/.test(low(end - 3))) k = end - 3;
    else if (/^(that|this|last|the)$/.test(low(end - 2))) k = end - 2;
    if (
      k < end &&
      !/^(earlier|later)$/.test(low(k - 1)) &&
      low(k) !== 'in' &&
      low(k) !== 'on' &&
      low(k) !== 'during'
    )
      k = end;
    else if (k < end && /^(earlier|later)$/.test(low(k - 1))) k--;
  }
  // "late last week", "earlier this month", "late Saturday night"
  if (k < end && /^(early|late|earlier|later)$/.test(low(k - 1))) k--;
  // "a document filed Thursday says": the time is the participle's; "The Vexo Herald on Friday
  // reported": a capitalised word the tagger reads as a verb is the end of a name
  return k > 0 && (tokens[k - 1]!.pos !== 'VERB' || /^[A-Z]/.test(tokens[k - 1]!.text)) ? k : end;
}

/**
 * The finite verb of the clause before `before`, with its auxiliaries and adverbs: the index
 * where its subject ends. Undefined when there is none.
 */
function mainVerb(tokens: Token[], before: number): number | undefined {
  let v = before - 1;
  while (v > 0 && tokens[v]!.pos !== 'VERB') v--;
  if (v <= 0) return undefined;
  while (v > 0 && /^(AUX|ADV|PART)$/.test(tokens[v - 1]!.pos)) v--;
  return v > 0 ? v : undefined;
}

const QUANTITY_ADVERBS =
  /^(about|nearly|almost|roughly|only|just|approximately|around|over|under)$/;

/**
 * "Republicans have been critical of …", "donors are eager to …": when `i` is an adjective after a
 * form of "be" (with auxiliaries, adverbs and "not" between), the index where the cue starts.
 * Which adjectives, with which word after them, count is mined from PolNeAR's train split.
 */
export function adjectiveFrame(tokens: Token[], i: number): number | undefined {
  if (tokens[i]?.pos !== 'ADJ') return undefined;
  let k = i - 1;
  while (k > 0 && /^(ADV|PART)$/.test(tokens[k]!.pos)) k--;
  if (k < 1 || tokens[k]!.pos !== 'AUX' || tokens[k]!.lemma !== 'be') return undefined;
  while (k > 1 && /^(AUX|ADV|PART)$/.test(tokens[k - 1]!.pos)) k--;
  return k;
}

const PUBLISHED = /^(report|reveal|disclose|publish|print|note|claim|suggest|detail|allege)$/;
/**
 * "was reported in the Washington Post (on Tuesday) that": the token range of the named
 * publication between the passive verb of publishing `t` and `to` (where the content starts), or
 * undefined when "in" names a time ("in March") or nothing with a name.
 */
function publishedIn(
  tokens: Token[],
  t: Token,
  from: number,
  to: number,
): [number, number] | undefined {
  if (!PUBLISHED.test(t.lemma)) return undefined;
  const k = tokens.findIndex((x, j) => j >= from && j < to && x.lower === 'in');
  if (k < 0) return undefined;
  let e = k + 1;
  while (
    e < to &&
    tokens[e]!.lower !== 'that' &&
    tokens[e]!.pos !== 'ADP' &&
    tokens[e]!.text !== ','
  )
    e++;
  const name = tokens.slice(k + 1, e);
  if (timed(tokens, k + 1, e) || !name.some((x) => x.pos === 'PROPN')) return undefined;
  return [k + 1, e];
}

const SAYING = /^(say|add|state|note|write|report|claim)$/;
/**
 * "the Wall Street Journal's report, published on Thursday, saying …", "a Guardian article, which
 * ran last week, suggesting …": a report noun phrase with a description set off by commas right
 * before the participle at `cueStart`; the [start, end) of the report's noun phrase.
 */
function reportBefore(tokens: Token[], cueStart: number): [number, number] | undefined {
  const close = cueStart - 1;
  if (tokens[close]?.text !== ',') return undefined;
  let open = close - 1;
  while (open > 0 && close - open <= 10 && tokens[open]!.text !== ',') open--;
  if (tokens[open]?.text !== ',' || open + 1 >= close) return undefined;
  const first = tokens[open + 1]!;
  // a description: a participle ("published", "first aired"), a relative clause or a time
  const described =
    (first.pos === 'VERB' && /(ed|en)$/.test(first.lower)) ||
    RELATIVE.test(first.lower) ||
    (first.pos === 'ADV' && tokens[open + 2]?.pos === 'VERB');
  if (!described || !PUBLISHED_WORD.test(tokens[open - 1]?.lower ?? '')) return undefined;
  const start = npBefore(tokens, open);
  return start === undefined ? undefined : [start, open];
}

const STANCE = /^(adamant|insistent|emphatic|categorical|unequivocal|firm|steadfast)$/;
const LINKING_LEMMAS = /^(be|remain|stay|seem|appear|sound)$/;
/**
 * "remain adamant (that) P", "has been emphatic that P", "stayed insistent that P": where the cue
 * starts when `i` is an adjective of insisting after a linking verb (LINKING_LEMMAS) and a clause
 * follows (with or without "that"), else undefined.
 */
function stanceFrame(tokens: Token[], i: number): number | undefined {
  if (!STANCE.test(tokens[i]!.lower)) return undefined;
  const next = tokens[i + 1];
  const clause =
    next?.lower === 'that' ||
    (next?.pos === 'PRON' && SUBJECT_PRONOUNS.has(next.lower)) ||
    (/^(DET|PROPN|NOUN|NUM)$/.test(next?.pos ?? '') && next?.lower !== 'about');
  if (!clause) return undefined;
  let k = i - 1;
  while (k > 0 && /^(ADV|PART)$/.test(tokens[k]!.pos)) k--;
  const v = tokens[k];
  if (!v || k < 1 || !/^(AUX|VERB)$/.test(v.pos) || !LINKING_LEMMAS.test(v.lemma)) return undefined;
  while (k > 1 && /^(AUX|ADV|PART)$/.test(tokens[k - 1]!.pos)) k--;
  return k;
}

/** Whether the cue verb at `v` is a passive participle after a form of "be" ("was first reported", "is expected"). */
function passive(tokens: Token[], cueStart: number, v: number): boolean {
  const t = tokens[v]!;
  return (
    t.pos === 'VERB' &&
    !/(ing|s)$/.test(t.lower) &&
    (/(ed|en)$/.test(t.lower) || t.lower !== t.lemma) &&
    tokens.slice(cueStart, v).some((x) => x.pos === 'AUX' && x.lemma === 'be')
  );
}

/** The noun phrase that ends just before index `end` (exclusive), walking left. */
function npBefore(tokens: Token[], end: number): number | undefined {
  let i = end;
  while (i > 0) {
    const t = tokens[i - 1]!;
    const prev = tokens[i - 2];
    // "The Mail on Sunday reported": the title's "on Sunday" is part of the name
    if (onSundayTitle(tokens, i - 1)) {
      i -= 2;
      continue;
    }
    // "a report that Iran agreed": the subject is Iran, not the report; "what she said", "which
    // Mr. Trump called": the subject follows the relative word
    if (/^(that|which|what|whom|who)$/.test(t.lower) && i < end) break;
    // "Governor Mary Fallin (R-OK) said": a bracketed tag between the name and the cue
    if (t.text === ')' && i === end) {
      let k = i - 2;
      while (k >= 0 && i - k <= 8 && tokens[k]!.text !== '(') k--;
      if (k > 0 && tokens[k]!.text === '(') {
        i = k;
        continue;
      }
    }
    // "he said": a subject pronoun is the whole subject ("When the mayor campaigned in Ohio he
    // said"), unless joined to another ("Trump and I") or the subject of a clause on the noun
    // before it ("…, a charge he has denied": the draft reads that noun as what is denied)
    if (
      i === end &&
      /^(he|she|they|i|we)$/.test(t.lower) &&
      prev?.pos !== 'CCONJ' &&
      !/^(something|charges?|claims?|allegations?|accusations?)$/.test(prev?.lower ?? '')
    )
      return i - 1;
    // "Cook said …", "Mr. Hedge said", "Sen. Ted Cruz says": the tagger reads a capitalised name
    // as a verb at times, before the cue or inside a longer name
    if (
      (i === end || /^[A-Z]/.test(tokens[i]?.text ?? '')) &&
      // … or as an adverb after a first name ("spokesman Ian Prior denied")
      (t.pos === 'VERB' ||
        ((i === 1 || prev?.pos === 'PROPN') && (t.pos === 'ADV' || t.pos === 'ADJ'))) &&
      /^[A-Z][a-z]+$/.test(t.text) &&
      (i === 1 ||
        prev?.pos === 'PROPN' ||
        // "spokesman Josh Earnest", "a Morning Consult Poll": inside a longer name or after a title;
        // "In a statement, Downing Street said": a name opening the clause after a fronted phrase
        (i < end &&
          tokens[i]!.pos === 'PROPN' &&
          (/^(NOUN|DET)$/.test(prev?.pos ?? '') || prev?.text === ',')))
    ) {
      i--;
      continue;
    }
    // "Cuban-Americans polled said", "those surveyed say": a participle after the noun it
    // describes, right before the cue
    if (
      i === end &&
      t.pos === 'VERB' &&
      /ed$/.test(t.lower) &&
      (/^(NOUN|PROPN)$/.test(prev?.pos ?? '') || prev?.lower === 'those')
    ) {
      i--;
      continue;
    }
    // "The “No Comparison” ad": a quoted title inside the noun phrase
    if (i < end && /^[”"]$/.test(t.text)) {
      let k = i - 2;
      while (k > 0 && i - k <= 6 && !/^[“"]$/.test(tokens[k]!.text)) k--;
      if (
        k > 0 &&
        i - k <= 6 &&
        /^[“"]$/.test(tokens[k]!.text) &&
        k < i - 2 &&
        // a title between an article and its noun, not a quotation before its speaker
        /^(DET|ADJ)$/.test(tokens[k - 1]!.pos) &&
        tokens[i]!.pos === 'NOUN' &&
        !tokens.slice(k + 1, i - 1).some((x) => x.pos === 'PUNCT')
      ) {
        i = k;
        continue;
      }
    }
    // "Democratic registered voters": a participle used as an adjective
    const adjectival =
      i < end &&
      t.pos === 'VERB' &&
      /(ed|en)$/.test(t.lower) &&
      tokens[i]!.pos === 'NOUN' &&
      /^(ADJ|DET|NUM)$/.test(prev?.pos ?? '');
    // "exit polls taken in Ohio", "voters looking for an outsider": a participle phrase after
    // the noun it describes, with no pronoun subject of its own after it
    const postNominal =
      i < end &&
      t.pos === 'VERB' &&
      /(ed|en|ing)$/.test(t.lower) &&
      (tokens[i]!.pos === 'ADP' || WEEKDAY.test(tokens[i]!.text)) &&
      /^(NOUN|PROPN)$/.test(prev?.pos ?? '') &&
      !tokens.slice(i, end).some((x) => x.pos === 'PRON');
    if (adjectival || postNominal) {
      i--;
      continue;
    }
    // "Nearly half", "about 4 in 10", "more than a third": a quantity with its adverb
    if (i < end && /^(NUM|NOUN|DET|ADJ)$/.test(tokens[i]!.pos)) {
      if (t.lower === 'than' && /^(more|fewer|less)$/.test(prev?.lower ?? '')) {
        i -= 2;
        continue;
      }
      if (t.lower === 'least' && prev?.lower === 'at') {
        i -= 2;
        continue;
      }
      if (QUANTITY_ADVERBS.test(t.lower)) {
        i--;
        continue;
      }
    }
    if (
      NP_POS.has(t.pos) ||
      t.lower === 'people' ||
      (t.pos === 'PUNCT' && /^[’']s?$/.test(t.text)) ||
      innerHyphen(tokens, i - 1) ||
      innerHyphen(tokens, i) ||
      // "a well-placed source": the word after the hyphen, whatever the tagger made of it
      (i >= 2 && innerHyphen(tokens, i - 2)) ||
      (SOURCE_MODIFIERS.has(t.lower) && i < end) ||
      // "Carlos Fernandez de Cossio said": a particle inside a name
      (i < end && PARTICLE.test(t.text) && /^[A-Z]/.test(prev?.text ?? ''))
    ) {
      // "Soon-Shiong himself went on": the reflexive stands beside the name
      if (t.pos === 'PRON' && /sel(f|ves)$/.test(t.lower) && i === end && i > 1) {
        i--;
        continue;
      }
      // "a source close to him said": an object pronoun after the words that place the source
      const placed =
        /^(to|with|on)$/.test(prev?.lower ?? '') &&
        SOURCE_MODIFIERS.has(tokens[i - 3]?.lower ?? '');
      if (t.pos === 'PRON' && !SUBJECT_PRONOUNS.has(t.lower) && i === end && !placed)
        return undefined;
      i--;
      if (end - i > 14) return undefined;
      continue;
    }
    // "a spokesman for the campaign", "two current and two former officials"
    if (
      (t.pos === 'ADP' &&
        ['of', 'for', 'at', 'with', 'from', 'in', 'inside', 'within', 'like'].includes(t.lower)) ||
      // "a poll conducted by the college": any preposition after a participle that follows a noun
      (t.pos === 'ADP' &&
        prev?.pos === 'VERB' &&
        /(ed|en|ing)$/.test(prev.lower) &&
        /^(NOUN|PROPN)$/.test(tokens[i - 3]?.pos ?? '')) ||
      t.pos === 'CCONJ' ||
      (['to', 'on', 'with'].includes(t.lower) && SOURCE_MODIFIERS.has(prev?.lower ?? '')) ||
      // "aides to the governor", "an adviser to Clinton"
      (t.lower === 'to' && ANON_HEADS.has(prev?.lower ?? ''))
    ) {
      // "polls taken in Ohio": the participle before the preposition is walked next
      const participle =
        prev?.pos === 'VERB' &&
        /(ed|en|ing)$/.test(prev.lower) &&
        /^(NOUN|PROPN)$/.test(tokens[i - 3]?.pos ?? '');
      if (
        prev &&
        (NP_POS.has(prev.pos) ||
          SOURCE_MODIFIERS.has(prev.lower) ||
          ANON_HEADS.has(prev.lower) ||
          participle) &&
        i < end
      ) {
        i--;
        continue;
      }
    }
    break;
  }
  // "A woman asked for a photo and Clinton said", "call you a liar and NBC News will": after a
  // verb or its object, a conjunction starts the subject
  let and = end - i - 1;
  while (and >= 0 && tokens[i + and]!.pos !== 'CCONJ') and--;
  // "quotes current and former officials", "cited U.S. and European sources": a conjunction
  // between two words that describe one noun joins them, and starts nothing
  const before = tokens[i + and - 1];
  const after = tokens[i + and + 1];
  const modifiers = and >= 0 && !!before && !!after && describing(before) && describing(after);
  if (
    and >= 0 &&
    ((/^(VERB|ADP)$/.test(tokens[i - 1]?.pos ?? '') && !modifiers) ||
      tokens.slice(i, i + and).some((t) => t.pos === 'VERB'))
  )
    i += and + 1;
  while (
    i < end &&
    (tokens[i]!.pos === 'ADP' || tokens[i]!.pos === 'CCONJ' || isPunct(tokens[i])) &&
    // "About four in 10", "At least half": the quantity's own words
    !QUANTITY_ADVERBS.test(tokens[i]!.lower) &&
    !(tokens[i]!.lower === 'at' && tokens[i + 1]?.lower === 'least')
  )
    i++;
  return i < end ? i : undefined;
}

/** "former", "Indian", "U.S.", "EU": a word that says what kind a noun is, not who. */
const describingWord = (t: Token) =>
  t.pos === 'ADJ' || DEMONYM_TOKEN.test(t.text) || /^(?:[A-Z]\.){2,}$/.test(t.text);
const describing = (t: Token) => describingWord(t) || /^[A-Z]{2,3}$/.test(t.text);

/**
 * The set phrases of anonymity after a relative pronoun or a participle: "who spoke on (the)
 * condition of anonymity", "who requested anonymity", "who asked not to be named", "who declined
 * to be identified", "who was not authorized to speak", "speaking on condition of anonymity".
 */
export const ANONYMITY =
  /^(?:who\s+)?(?:\w+\s+){0,3}?(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requested|asked\s+for|sought|was\s+granted|were\s+granted)\s+anonymity|(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|(?:was|were)(?:\s+not|\s*n['’]t)\s+(?:named|identified|authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss)))/i;

/** Whether the relative clause at `k` ("who …") is one of anonymity. */
function anonymityClause(tokens: Token[], k: number): boolean {
  const words = tokens
    .slice(k, k + 12)
    .map((t) => t.text)
    .join(' ');
  return ANONYMITY.test(words);
}

interface RelativeSubject {
  /** the unnamed source's first token and the end (exclusive) of its noun phrase */
  start: number;
  headEnd: number;
  /** the relative clause that describes it: "who" to the token before the cue (or its comma) */
  clause: [number, number];
}

/**
 * "An official who spoke on condition of anonymity said …", "A spokesperson for the ministry,
 * who declined to be named, said …": a relative clause between an unnamed source and its cue
 * describes the source, and the verbs inside it (spoke, requested, declined) are not cues. Keyed
 * by the index of the cue the source governs.
 */
function relativeSubjects(tokens: Token[], inQuote: boolean[]): Map<number, RelativeSubject> {
  const out = new Map<number, RelativeSubject>();
  tokens.forEach((t, k) => {
    if (t.lower !== 'who' || inQuote[k]) return;
    const comma = tokens[k - 1]?.text === ',';
    const headEnd = comma ? k - 1 : k;
    const start = npBefore(tokens, headEnd);
    // "a spokesperson for the ministry, who …": the unnamed head may come before its scope; "one
    // attendee, who spoke on condition of anonymity": whatever the noun, when the clause says so
    if (
      start === undefined ||
      !tokens
        .slice(start, headEnd)
        .some(
          (x) => ANON_HEADS.has(x.lower) || (anonymityClause(tokens, k) && /^[a-z]+$/.test(x.text)),
        )
    )
      return;
    let cue: number | undefined;
    let clauseEnd = -1;
    if (comma) {
      const close = tokens.findIndex((x, j) => j > k && (x.text === ',' || QUOTE.test(x.text)));
      const next = tokens[close + 1];
      if (
        close > k + 1 &&
        close - k <= 25 &&
        tokens[close]!.text === ',' &&
        next &&
        isCue(next, tokens[close + 2], tokens[close])
      )
        [cue, clauseEnd] = [close + 1, close];
    } else {
      // the clause's own verb comes first; the next speech verb that is not an infinitive ("to
      // speak publicly") nor a passive ("was told") is the source's cue
      const own = tokens.findIndex((x, j) => j > k && (x.pos === 'VERB' || x.pos === 'AUX'));
      for (let j = own + 1; own > 0 && j < tokens.length && j - k <= 25; j++) {
        const x = tokens[j]!;
        if (x.text === ',' || QUOTE.test(x.text) || inQuote[j]) break;
        if (
          x.pos === 'VERB' &&
          !/^(to|was|were|is|are|be|been)$/.test(tokens[j - 1]!.lower) &&
          isCue(x, tokens[j + 1], tokens[j - 1])
        ) {
          [cue, clauseEnd] = [j, j];
          break;
        }
      }
    }
    if (cue !== undefined) out.set(cue, { start, headEnd, clause: [k, clauseEnd] });
  });
  return out;
}

/** The noun phrase starting at `from`, walking right; returns its end (exclusive). */
function npAfter(tokens: Token[], from: number, limit = 12): number | undefined {
  let i = from;
  while (i < tokens.length && i - from < limit) {
    const t = tokens[i]!;
    if (i > from && onSundayTitle(tokens, i + 1)) {
      i += 2;
      continue;
    }
    if (
      NP_POS.has(t.pos) ||
      // wink tags "sources" and "officials" as verbs at times
      ANON_HEADS.has(t.lower) ||
      (t.pos === 'PUNCT' && /^[’']s?$/.test(t.text)) ||
      innerHyphen(tokens, i) ||
      innerHyphen(tokens, i + 1) ||
      (i > from && innerHyphen(tokens, i - 1)) ||
      (SOURCE_MODIFIERS.has(t.lower) && i > from) ||
      // "said Kevin Madden": the tagger reads a capitalised name after a first name otherwise
      (i > from && tokens[i - 1]!.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t.text)) ||
      // "told The Associated Press": … and a capitalised word before one, after "the"
      (i > from &&
        tokens[i - 1]!.pos === 'DET' &&
        /^[A-Z][a-z]+$/.test(t.text) &&
        tokens[i + 1]?.pos === 'PROPN') ||
      // "familiar with Bloomberg's thinking": a gerund after a possessive is a noun
      (/ing$/.test(t.lower) && /^[’']s$/.test(tokens[i - 1]?.text ?? '')) ||
      // "according to a leaked document": a participle between a determiner and its noun
      // describes the noun
      (i > from &&
        tokens[i - 1]!.pos === 'DET' &&
        t.pos === 'VERB' &&
        /ed$/.test(t.lower) &&
        /^(NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? ''))
    ) {
      i++;
      continue;
    }
    if (
      ((t.pos === 'ADP' && ['of', 'for', 'at', 'from', 'by'].includes(t.lower)) ||
        (['to', 'on', 'with'].includes(t.lower) &&
          SOURCE_MODIFIERS.has(tokens[i - 1]?.lower ?? '')) ||
        // "a person with direct knowledge of the plans"
        (t.lower === 'with' && tokens.slice(i + 1, i + 3).some((x) => x.lower === 'knowledge'))) &&
      NP_POS.has(tokens[i + 1]?.pos ?? '')
    ) {
      i++;
      continue;
    }
    if (
      placedSource(tokens, from, i) ||
      joinedModifiers(tokens, from, i) ||
      (i > from && portfolioAnd(tokens, i))
    ) {
      i++;
      continue;
    }
    break;
  }
  return i > from ? i : undefined;
}

/**
 * "said Information and Broadcasting Minister Manish Tewari", "said Minister of Trade and
 * Industry Kim": an "and" between the portfolios of one title, which a role word follows or
 * heads ("of", "for"), is inside the source's name.
 */
function portfolioAnd(tokens: Token[], i: number): boolean {
  if (!/^(?:and|&)$/.test(tokens[i]!.text) || !portfolioWord(tokens[i - 1]?.text ?? ''))
    return false;
  let end = i + 1;
  while (portfolioWord(tokens[end]?.text ?? '')) end++;
  if (end === i + 1) return false;
  if (ROLE_WORDS.test(tokens[end]?.text ?? '') && /^[A-Z]/.test(tokens[end]!.text)) return true;
  let start = i - 1;
  while (start > 0 && portfolioWord(tokens[start - 1]!.text)) start--;
  if (tokens[start - 1]?.lower === 'the') start--;
  return (
    /^(?:of|for)$/.test(tokens[start - 1]?.lower ?? '') &&
    ROLE_WORDS.test(tokens[start - 2]?.text ?? '')
  );
}

/**
 * "according to the Times and AP", "according to CNN and The New York Times": "and" joins a
 * second name to the first, and both are the source (the draft splits them), where the phrase
 * ends at a comma or the sentence's end; "according to Reuters and the company said" does not.
 */
function namedConjunct(tokens: Token[], from: number, end: number): number {
  const named = (k: number) => {
    const t = tokens[k]?.lower === 'the' ? tokens[k + 1] : tokens[k];
    return !!t && /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN');
  };
  if (tokens[end]?.lower !== 'and' || !named(from) || !named(end + 1)) return end;
  const second = npAfter(tokens, end + 1);
  if (second === undefined) return end;
  const after = tokens[second];
  return !after || /^[,.;:]$/.test(after.text) ? second : end;
}

/**
 * "two current and two former U.S. officials", "several current and former U.S., European and
 * Russian officials": an "and" or a comma between words that describe (or count) one unnamed
 * source's head joins them, so the description is the whole noun phrase, not "two current".
 */
export function joinedModifiers(tokens: Token[], from: number, i: number): boolean {
  const t = tokens[i]!;
  if (i === from || (t.pos !== 'CCONJ' && t.text !== ',')) return false;
  // a count or a hyphened word ("two current and two former", "long-time") describes as well;
  // bare initials do not, after a name ("officials told CNN, Russian officials said")
  const modifier = (x: Token | undefined) =>
    !!x && (x.pos === 'NUM' || /^[a-z]+-[a-z]+$/.test(x.text) || describingWord(x));
  if (!modifier(tokens[i - 1]) || !modifier(tokens[i + 1])) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    if (ANON_HEADS.has(tokens[k]!.lower)) return true;
    // "intelligence sources", "Pentagon officials": a noun before the head describes it too
    const joins = /^(?:CCONJ|NOUN|PROPN)$/.test(tokens[k]!.pos) || tokens[k]!.text === ',';
    if (!modifier(tokens[k]) && !joins) return false;
  }
  return false;
}

/**
 * "sources inside the White House and close to the administration", "officials in the ministry
 * and at the embassy": where an unnamed source is, and that it is close to someone, is how the
 * outlet describes it (ANNOTATION.md), so the description runs on through places and the "and"
 * that joins two of them; a time ("officials in March") is no place.
 */
const PLACE_PREPS = /^(?:in|inside|within|at|near|around)$/;
function placedSource(tokens: Token[], from: number, i: number): boolean {
  const t = tokens[i]!;
  if (!PLACE_PREPS.test(t.lower) && t.lower !== 'and') return false;
  if (!tokens.slice(from, i).some((x) => ANON_HEADS.has(x.lower))) return false;
  const next = tokens[i + 1];
  if (PLACE_PREPS.test(t.lower))
    return (
      NP_POS.has(next?.pos ?? '') &&
      timeAfter(tokens, i + 1) === i + 1 &&
      !timed(tokens, i + 1, i + 3)
    );
  return (
    t.lower === 'and' &&
    (SOURCE_MODIFIERS.has(next?.lower ?? '') || PLACE_PREPS.test(next?.lower ?? ''))
  );
}

/**
 * The end of the listener of "told" that starts at `from`, from the noun phrase `npAfter` read
 * up to `end`: one noun phrase, which ends before a time ("told CNN late Monday"), before the
 * "of/about" complement of a name ("told CNN of the Journal’s story") and before the subject of
 * a clause with no "that" ("told Reuters Lavrov had been taken …", "told NBC News the senator had
 * …").
 */
function listenerEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (timeAfter(tokens, k) > k) return k;
    if (
      /^(of|about|over)$/.test(tokens[k]!.lower) &&
      tokens[k - 1]!.pos === 'PROPN' &&
      /^[a-z]/.test(tokens[k + 1]?.text ?? '')
    )
      return k;
  }
  const next = tokens[end];
  const finite =
    !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/(ing|ed)$/.test(next.lower)));
  if (!finite || end - from < 2) return end;
  for (let k = end - 1; k > from; k--) if (/^(DET|PRON)$/.test(tokens[k]!.pos)) return k;
  return tokens[end - 1]!.pos === 'PROPN' && tokens[end - 2]!.pos === 'PROPN' ? end - 1 : end;
}

/**
 * Where "took" (or "went", "turned") stands when the words before `to` (at `end`) are "took to
 * <platform>" with a short phrase of place or time after it, no verb or punctuation in between;
 * undefined otherwise.
 */
function tookToPlatform(tokens: Token[], end: number): number | undefined {
  for (let k = end - 1; k >= 0 && end - k <= 9; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX')
      return /^(take|go|turn)$/.test(t.lemma) &&
        /^(to|on)$/.test(tokens[k + 1]?.lower ?? '') &&
        k + 2 < end
        ? k
        : undefined;
    if (!/^(ADP|DET|NOUN|PROPN|ADJ|NUM|ADV|PRON)$/.test(t.pos)) return undefined;
  }
  return undefined;
}

const INTERRUPTER_START = /^(ADP|SCONJ|ADV)$/;
const CONNECTIVE = /^(yet|so|still|also|now|then|thus|hence|instead|meanwhile|however|separately)$/;
/**
 * The subject of "And The Times, after speaking with officials, just noted …", "But Acme, for its
 * part, said …", "Meanwhile, Reuters, in a later dispatch, said …": a noun phrase that opens the
 * sentence (after a connective), then an adverbial between commas (a preposition, a
 * subordinator, an adverb or a participle opens it; no clause of its own), then the cue with
 * any adverbs before it. [start, end) of the subject, or undefined.
 */
function interruptedSubject(tokens: Token[], cueStart: number): [number, number] | undefined {
  let p = cueStart - 1;
  while (p > 0 && tokens[p]!.pos === 'ADV') p--;
  if (tokens[p]?.text !== ',') return undefined;
  let k = p - 1;
  while (k > 0 && p - k <= 12 && tokens[k]!.text !== ',') k--;
  if (tokens[k]?.text !== ',' || k + 1 >= p) return undefined;
  const between = tokens.slice(k + 1, p);
  const head = between[0]!;
  if (!INTERRUPTER_START.test(head.pos) && !(head.pos === 'VERB' && /ing$/.test(head.lower)))
    return undefined;
  // a clause of its own ("which makes tanks", "after the plant was closed") is no interrupter
  if (
    between.some(
      (t, j) =>
        QUOTE.test(t.text) ||
        t.pos === 'AUX' ||
        RELATIVE.test(t.lower) ||
        t.lower === 'that' ||
        // a verb after a noun or pronoun is a clause; after an article it is a noun misread
        (t.pos === 'VERB' &&
          j > 0 &&
          !/(ing|ed|en)$/.test(t.lower) &&
          /^(NOUN|PROPN|PRON)$/.test(between[j - 1]!.pos)),
    )
  )
    return undefined;
  // the connective that opens the sentence: "And", "But", "Meanwhile,", "However,"
  let s = trimStart(tokens, 0, k);
  if (
    tokens[s]?.pos === 'CCONJ' ||
    (tokens[s]?.pos === 'ADV' && (tokens[s + 1]?.text === ',' || CONNECTIVE.test(tokens[s]!.lower)))
  )
    s = trimStart(tokens, s + 1, k);
  const subject = tokens.slice(s, k);
  if (!subject.length || subject.length > 8) return undefined;
  if (!subject.every((t) => NP_POS.has(t.pos) || /^[’']s?$/.test(t.text))) return undefined;
  if (!subject.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return undefined;
  return [s, k];
}

/**
 * "Acme said P, and added that Q", "X wrote P, and also noted Q": one subject's two cues, the
 * second after a comma and "and", say two things, so the first cue's words end before the comma.
 * Without the comma the second cue may be the words' own subject's ("sources tell CNN that Volker
 * did not resign and said …"), and a clause with a subject of its own ("P and that Jones told
 * him so") has another source: both stay in the words.
 */
function endAtSecondCue(tokens: Token[], found: Attribution[]): void {
  for (const a of found) {
    if (!a.source || a.content.length !== 1) continue;
    const [from, to] = a.content[0]!;
    const b = found.find(
      (x) =>
        x !== a &&
        x.source?.[0] === a.source![0] &&
        x.source[1] === a.source![1] &&
        x.cue[0] > from &&
        x.cue[0] < to,
    );
    if (!b) continue;
    let k = tokens.findIndex((t) => t.start === b.cue[0]);
    while (k > 0 && tokens[k - 1]!.pos === 'ADV') k--;
    if (k < 2 || tokens[k - 1]!.lower !== 'and') continue;
    k--;
    if (tokens[k - 1]!.text !== ',') continue;
    k--;
    const end = tokens[k - 1]?.end;
    if (end !== undefined && end > from) a.content = [[from, end]];
  }
}

const CONTRAST = /^(but|while|whereas|yet|although|though)$/;
/**
 * "China denied it …, but a diplomatic source confirmed …", "The ministry said … while the
 * embassy said …", "the Daily News had reported … and the Post claimed …": a conjunction, with or
 * without a comma, then a source with its own cue, ends the first speaker's words; the second
 * clause is an attribution of its own, not nested in them. "and" counts only right before the
 * second subject ("the union and the workers said" is one subject of one cue).
 */
function endAtContrast(tokens: Token[], found: Attribution[]): void {
  for (const a of found) {
    if (a.content.length !== 1 || a.pattern !== 'subject-cue') continue;
    const [from, to] = a.content[0]!;
    for (const b of found) {
      if (b === a || !b.source || b.source[0] <= from || b.source[1] > to) continue;
      if (b.cue[0] < b.source[1] || b.pattern !== 'subject-cue') continue;
      const k = conjunctionBefore(tokens, b);
      if (k === undefined) continue;
      const e = trimEnd(tokens, k, 0);
      if (tokens[e - 1] && tokens[e - 1]!.end > from) a.content = [[from, tokens[e - 1]!.end]];
      break;
    }
  }
}

/**
 * Where the conjunction that opens B's clause stands, and B's source made to start after it:
 * right before the source ("…, but Globex said", "… and the Post claimed"), or inside a source
 * the finder ran back over it ("close but Globex claimed").
 */
function conjunctionBefore(tokens: Token[], b: Attribution): number | undefined {
  const k = tokens.findIndex((t) => t.start === b.source![0]);
  const conj = tokens[k - 1];
  if (conj && (CONTRAST.test(conj.lower) || conj.lower === 'and'))
    return tokens[k - 2]?.text === ',' ? k - 2 : k - 1;
  const end = tokens.findIndex((t) => t.end === b.source![1]);
  for (let j = k + 1; j < end; j++) {
    if (
      !CONTRAST.test(tokens[j]!.lower) ||
      !/^(VERB|ADJ|ADV|NOUN|PROPN|NUM)$/.test(tokens[j - 1]!.pos)
    )
      continue;
    if (!/^(DET|PROPN|NOUN|NUM|ADJ|PRON)$/.test(tokens[j + 1]!.pos)) return undefined;
    b.source = [tokens[j + 1]!.start, b.source![1]];
    if (b.described && b.described[0] < b.source[0]) b.described = [b.source[0], b.described[1]];
    return j;
  }
  return undefined;
}

/** Drops a closing full stop outside quotes; PolNeAR's content spans stop before it. */
function trimEnd(tokens: Token[], end: number, start: number): number {
  let e = end;
  while (e > start && tokens[e - 1]!.pos === 'PUNCT' && !QUOTE.test(tokens[e - 1]!.text)) e--;
  return e;
}
function trimStart(tokens: Token[], start: number, end: number): number {
  let s = start;
  while (s < end && tokens[s]!.pos === 'PUNCT' && !QUOTE.test(tokens[s]!.text)) s++;
  return s;
}

function contentSpan(tokens: Token[], from: number, to: number): Span | undefined {
  const s = trimStart(tokens, from, to);
  const e = trimEnd(tokens, to, s);
  return e - s >= 2 ? span(tokens, s, e) : undefined;
}

/** Which tokens stand inside quotation marks (the marks themselves do not). */
function quoted(tokens: Token[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const [k, t] of tokens.entries()) {
    const mark = t.text === '"' || t.text === '“' || t.text === '”';
    // "“Apparently not,“ he said": an opening mark glued to the words before it closes them
    const glued: boolean = t.text === '“' && open && tokens[k - 1]?.end === t.start;
    if (mark) open = glued ? false : t.text === '“' ? true : t.text === '”' ? false : !open;
    inside.push(open && !mark);
  }
  return inside;
}

/**
 * The attributions of a whole text, sentence by sentence, with one rule across sentences: a
 * quotation that follows a quoted attribution in its paragraph ("“…,” Barkley said. “This is
 * the United States of America …”") goes on with its content, as PolNeAR spans it, until a
 * sentence that is not a quotation or has a speaker of its own.
 */
export function attributionsOf(text: string, sents: Sentence[]): Attribution[] {
  const out: Attribution[] = [];
  let open: Attribution | undefined;
  for (const [i, s] of sents.entries()) {
    const found = findAttributions(s);
    const own = text.slice(s.start, s.end);
    const sameParagraph = i > 0 && !/\n/.test(text.slice(sents[i - 1]!.end, s.start));
    if (open && !found.length && sameParagraph && /^[“"'‘]/.test(own)) {
      open.content.push([s.start, s.end]);
      continue;
    }
    out.push(...found);
    const last = found.at(-1);
    open =
      last &&
      /^[“"']/.test(text.slice(last.content[0]![0], last.content[0]![1])) &&
      (last.pattern === 'content-first' ||
        last.pattern === 'inverted' ||
        last.pattern === 'parenthetical')
        ? last
        : undefined;
  }
  return out;
}

// "Citing “four people told of the matter,” the Times said …", "Quoting two aides who were
// briefed, Reuters reported …": a phrase that opens on a citing participle names whom the
// speaker relies on, in the outlet's own words, quoted or not; it is never what was said
const CITING_OPENER = /^(?:citing|quoting|referencing)$/;
function citingOpener(tokens: Token[]): boolean {
  return CITING_OPENER.test(tokens[0]?.lower ?? '') && tokens[0]!.pos === 'VERB';
}

export function findAttributions(sentence: Sentence): Attribution[] {
  const tokens = sentence.tokens;
  const n = tokens.length;
  const found: Attribution[] = [];
  const last = trimEnd(tokens, n, 0);
  // a cue inside someone's quotation ("“I think we have to …,” Clinton added") belongs to the
  // quoted speaker's own words: the attribution is Clinton's, as PolNeAR annotates it
  const inQuote = quoted(tokens);

  // where the cues end that took a mined particle ("talked about")
  const particled = new Set<number>();
  const opened = opener(sentence, inQuote);
  if (opened) found.push(opened);
  const relative = relativeSubjects(tokens, inQuote);
  // "…, said one engineer who spoke on condition of anonymity": the clause's verbs, after the
  // source as well as before the cue, are how the source is described, not what it said
  const anonymous = tokens.flatMap((t, k) =>
    t.lower === 'who' && anonymityClause(tokens, k) ? [k] : [],
  );
  const inRelative = (i: number) =>
    [...relative.values()].some((r) => i >= r.clause[0] && i < r.clause[1]) ||
    (!relative.has(i) && anonymous.some((k) => i > k && i <= k + 6));

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];

    if (t.lower === 'according' && next?.lower === 'to') {
      // "…, according to exit polling data.": words the tagger reads as verbs still name the
      // source when they run to the end of the sentence, or to the comma before what was said
      const stop =
        i > 1
          ? last
          : tokens.findIndex((x, k) => k > i + 2 && (x.text === ',' || QUOTE.test(x.text)));
      const whole =
        stop > i + 2 &&
        stop - i <= 14 &&
        !tokens.slice(i + 2, stop).some((x) => x.pos === 'AUX' || QUOTE.test(x.text))
          ? stop
          : undefined;
      const first = npAfter(tokens, i + 2) ?? whole;
      if (first === undefined) continue;
      const srcEnd = namedConjunct(tokens, i + 2, first);
      const source = span(tokens, i + 2, srcEnd);
      // "According to the officer in charge of the base that night, …": the source's description
      // runs to the comma, and what was said starts after it
      const comma = tokens.findIndex(
        (x, k) => k >= srcEnd && (x.text === ',' || QUOTE.test(x.text) || k - i > 30),
      );
      const lead = i <= 1 && comma > srcEnd && tokens[comma]!.text === ',';
      const content =
        i > 1 ? contentSpan(tokens, 0, i) : contentSpan(tokens, lead ? comma + 1 : srcEnd, n);
      if (source && content)
        found.push({
          sentence,
          source,
          ...(lead ? { described: span(tokens, i + 2, comma) } : {}),
          cue: span(tokens, i, i + 2)!,
          content: [content],
          cueLemma: 'according to',
          negated: false,
          pattern: 'according-to',
          confidence: 0.9,
        });
      // the source's words are read: a noun in it that the tagger takes for a verb ("according
      // to reports in Italy") heads no attribution of its own
      i = Math.max(i + 1, srcEnd - 1);
      continue;
    }

    // "The deal, per our insider source, “is off”", "…, per two people familiar with it.": "per"
    // after a comma names a source as "according to" does, when what follows is one (an unnamed
    // source, a name or a report), never a rate ("per share", ", per year")
    if (t.lower === 'per' && (i === 0 || tokens[i - 1]!.text === ',')) {
      const srcEnd = npAfter(tokens, i + 1);
      const np = srcEnd === undefined ? [] : tokens.slice(i + 1, srcEnd);
      // a name heads it ("per CNN"), not only describes it ("per NATO rules")
      const sourceLike =
        np.at(-1)?.pos === 'PROPN' ||
        np.some((x) => ANON_HEADS.has(x.lower) || /^reports?$/.test(x.lower));
      if (srcEnd !== undefined && sourceLike) {
        const a = vouching(sentence, [i, i + 1], [i + 1, srcEnd], i - 1, srcEnd);
        if (a) {
          found.push(a);
          i = srcEnd - 1;
          continue;
        }
      }
    }

    // "…, as reported by Bloomberg.", "The plan, as first reported by Politico, would …": the
    // source named after "by" vouches for the rest of the sentence, as "according to" does;
    // "as reported earlier" names no one
    const asBy = t.lower === 'as' ? asReportedBy(tokens, i) : undefined;
    if (asBy) {
      const [by, srcEnd] = asBy;
      const a = vouching(sentence, [i, by + 1], [by + 1, srcEnd], i, timeAfter(tokens, srcEnd));
      if (a) {
        found.push(a);
        i = srcEnd - 1;
        continue;
      }
    }

    // a headline or transcript speaker: "McCain: the movement is …"
    if (t.text === ':' && i > 0 && i <= 6 && last - i > 3) {
      const s0 = trimStart(tokens, 0, i);
      const named = tokens.slice(s0, i).every((x) => x.pos === 'PROPN');
      if (npAfter(tokens, s0) === i && (named || QUOTE.test(next?.text ?? ''))) {
        const content = contentSpan(tokens, i + 1, n);
        if (content)
          found.push({
            sentence,
            source: span(tokens, s0, i),
            cue: span(tokens, i, i + 1)!,
            content: [content],
            cueLemma: 'say',
            negated: false,
            pattern: 'subject-cue',
            confidence: 0.5,
          });
      }
      continue;
    }

    // "execs remain adamant they …", "was emphatic that …": an insisting stance is a statement
    const stance = inQuote[i] ? undefined : stanceFrame(tokens, i);
    if (stance !== undefined) {
      const before = timeBefore(tokens, stance);
      const src = npBefore(tokens, before);
      const content = contentSpan(tokens, i + 1, n);
      if (src !== undefined && content)
        found.push({
          sentence,
          source: span(tokens, src, before)!,
          cue: span(tokens, stance, i + 1)!,
          content: [content],
          cueLemma: 'insist',
          negated: tokens.slice(stance, i).some((x) => /^(not|n't|never)$/.test(x.lower)),
          pattern: 'subject-cue',
          confidence: 0.6,
        });
      continue;
    }
    // "Republicans have been critical of the plan": a mined adjective after "be"
    const adjStart =
      !inQuote[i] && ADJECTIVE_CUES.has(`${t.lemma} ${next?.lower ?? ''}`)
        ? adjectiveFrame(tokens, i)
        : undefined;
    if (adjStart !== undefined) {
      const src = npBefore(tokens, timeBefore(tokens, adjStart));
      // "critical of": the preposition is the cue's; "eager to", "confident that" start the content
      const cueEnd = /^(to|that|whether)$/.test(next!.lower) ? i + 1 : i + 2;
      const comma = tokens.findIndex((x, k) => k > cueEnd && x.text === ',' && !inQuote[k]);
      const content = contentSpan(tokens, cueEnd, comma > 0 ? comma : n);
      if (src !== undefined && content)
        found.push({
          sentence,
          source: span(tokens, src, timeBefore(tokens, adjStart)),
          cue: span(tokens, adjStart, cueEnd)!,
          content: [content],
          cueLemma: t.lemma,
          assertive: false,
          negated: tokens.slice(adjStart, i).some((x) => /^(not|n't|never)$/.test(x.lower)),
          pattern: 'subject-cue',
          confidence: 0.5,
        });
      continue;
    }
    if (
      inQuote[i] ||
      !(isCue(t, next, tokens[i - 1]) || closingNounCue(tokens, i)) ||
      reducedPassive(tokens, i) ||
      inRelative(i)
    )
      continue;
    // "Said Dorothy Poynter, who grew up with Ali, “…”": the cue opens the sentence
    if (i === trimStart(tokens, 0, n) && /^Sa(id|ys)$/.test(t.text)) {
      const srcEnd = npAfter(tokens, i + 1);
      const q = tokens.findIndex((x, k) => k >= (srcEnd ?? n) && QUOTE.test(x.text));
      const content = q >= 0 ? contentSpan(tokens, q, n) : undefined;
      if (srcEnd !== undefined && content)
        found.push({
          sentence,
          source: span(tokens, i + 1, srcEnd),
          cue: span(tokens, i, i + 1)!,
          content: [content],
          cueLemma: t.lemma,
          negated: false,
          pattern: 'inverted',
          confidence: 0.7,
        });
      continue;
    }
    let cueStart = i;
    let cueEnd = i + 1;
    if (
      t.lemma === 'point' ||
      t.lemma === 'push' ||
      (t.lemma === 'call' && /^(for|on)$/.test(next?.lower ?? ''))
    )
      cueEnd++;
    // auxiliaries, negation and adverbs before the verb belong to the cue ("has repeatedly said")
    let negated = false;
    while (cueStart > 0) {
      const p = tokens[cueStart - 1]!;
      // "Jolly said": a capitalised word that opens the sentence right before the cue is its
      // subject, whatever the tagger reads
      const opensName =
        cueStart - 1 === trimStart(tokens, 0, n) &&
        p.pos === 'ADV' &&
        /^[A-Z][a-z]+$/.test(p.text) &&
        !(/ly$/.test(p.lower) && p.text.length > 6) &&
        !/^(also|still|then|now|later|earlier|meanwhile|instead|so|thus|yet|only|even|just|again|once|never|often|here|there)$/.test(
          p.lower,
        );
      // "spokesman Ian Prior denied": a capital inside the sentence, after another, ends a name
      const endsName =
        /^[A-Z][a-z]+$/.test(p.text) && /^[A-Z]/.test(tokens[cueStart - 2]?.text ?? '');
      if (
        !opensName &&
        !endsName &&
        (p.pos === 'AUX' ||
          p.pos === 'ADV' ||
          p.pos === 'PART' ||
          (p.lower === 'to' && cueStart > 1))
      ) {
        if (/^(not|n't|never)$/.test(p.lower)) negated = true;
        cueStart--;
        // "went on to say": the leading verb is part of the cue
        if (p.lower === 'to') {
          let k = cueStart;
          while (k > 0 && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.pos === 'ADV')) k--;
          // "went on Twitter to describe": a short place phrase between the verbs
          let place = k;
          while (
            place > 0 &&
            cueStart - place < 4 &&
            /^(PROPN|NOUN|DET)$/.test(tokens[place - 1]!.pos)
          )
            place--;
          if (place < k && tokens[place - 1]?.pos === 'ADP' && tokens[place - 2]?.pos === 'VERB')
            k = place - 1;
          // "took to Twitter on Monday night to rubbish", "took to social media to deny", "took
          // to X after this to say": the platform taken to and a time, however long, before the
          // verb of what was said
          const took = tookToPlatform(tokens, k);
          if (took !== undefined) k = took + 1;
          if (k > 0 && tokens[k - 1]!.pos === 'VERB') cueStart = k - 1;
        }
        continue;
      }
      break;
    }
    if (/^\W*$/.test(tokens[cueStart]!.text) || tokens[cueStart]!.lower === 'that') cueStart = i;
    // "who was not authorized to speak publicly said": the clause's adverbs are not the cue's
    if ((relative.get(i)?.clause[1] ?? 0) > cueStart) cueStart = i;
    // what PolNeAR counts as part of the cue after the verb: "said Thursday", "said in a
    // statement", "said of", "wrote:"
    // "talked about", "pointed to", "called for": the particle PolNeAR's cues take after the verb.
    // What follows is a topic or a thing asked for ("known as Title 50 status"), not a claim.
    const pair = `${t.lemma} ${tokens[cueEnd]?.lower ?? ''}`;
    const channel = cueEnd === i + 1 ? channelThat(tokens, cueEnd) : undefined;
    if (channel !== undefined) cueEnd = channel;
    const particle =
      channel === undefined &&
      cueEnd === i + 1 &&
      (CUE_PARTICLES.has(pair) || CUE_PHRASES.has(pair));
    if (particle) {
      cueEnd++;
      particled.add(tokens[cueEnd - 1]!.end);
    }
    if (t.lemma !== 'call' && t.lemma !== 'point') {
      cueEnd = timeAfter(tokens, cueEnd);
      const a = tokens[cueEnd];
      const b = tokens[cueEnd + 2];
      // "op-ed" is three tokens to the tagger
      const hyphened = innerHyphen(tokens, cueEnd + 3) ? 2 : 0;
      const noun = hyphened
        ? tokens
            .slice(cueEnd + 2, cueEnd + 5)
            .map((x) => x.lower)
            .join('')
        : b?.lower;
      if (
        a?.lower === 'in' &&
        /^(a|an|the|his|her|their|its)$/.test(tokens[cueEnd + 1]?.lower ?? '') &&
        noun &&
        CUE_NOUNS.test(noun)
      ) {
        cueEnd = channelThat(tokens, cueEnd + 3 + hyphened, true) ?? cueEnd + 3 + hyphened;
        // "…, Lopez said in a statement carried by TASS.": who carried the words is how they came
        // out, not what was said, when what was said came before the speaker; with nothing before
        // it ("X said in a statement released by the White House.") the words are elsewhere
        if (
          /^(broadcast|carried|aired|published|televised)$/.test(tokens[cueEnd]?.lower ?? '') &&
          tokens[cueEnd + 1]?.lower === 'by' &&
          tokens.slice(0, cueStart).some((x) => x.text === ',')
        )
          cueEnd = npAfter(tokens, cueEnd + 2, 8) ?? cueEnd;
      } else if (a && (a.text === ':' || (['of', 'about'].includes(a.lower) && !inQuote[cueEnd])))
        cueEnd++;
    }
    // "…, having previously denied reports that …": a perfect participle
    if (tokens[cueStart - 1]?.lower === 'having' && tokens[cueStart - 2]?.text === ',') cueStart--;
    const cue = span(tokens, cueStart, cueEnd)!;
    const participle =
      (t.lower.endsWith('ing') || tokens[cueStart]?.lower === 'having') &&
      (tokens[cueStart - 1]?.text === ',' ||
        (/^[”"]$/.test(tokens[cueStart - 1]?.text ?? '') && tokens[cueStart - 2]?.text === ','));

    if (participle) {
      // "“…,” Anderson said, adding that …": the speaker of the cue before
      let earlier = [...found].reverse().find((x) => x.source && x.cue[1] <= t.start)?.source;
      // "the Journal's report, published on Thursday, saying that …": the report says it
      const report = reportBefore(tokens, cueStart);
      if (report) earlier = span(tokens, report[0], report[1]);
      // "released a statement from spokesperson Tommy Vietor, calling …": the statement's author
      const from = tokens.findIndex(
        (x, k) =>
          k < cueStart &&
          x.lower === 'from' &&
          /^(statement|letter|e-?mail|message|tweet|post)$/.test(tokens[k - 1]?.lower ?? ''),
      );
      const author = from >= 0 ? npAfter(tokens, from + 1) : undefined;
      if (author !== undefined && author < cueStart) earlier = span(tokens, from + 1, author);
      let s0 = trimStart(tokens, 0, n);
      let srcEnd = earlier ? cueStart : npAfter(tokens, s0);
      // "In a victory speech on Tuesday, Mr. Trump struck a measured tone, saying …": the subject
      // of the clause the participle hangs on, when the sentence does not open with it
      if (!earlier && (srcEnd === undefined || tokens[s0]!.pos === 'ADP')) {
        const v = mainVerb(tokens, cueStart);
        const subject = v === undefined ? undefined : npBefore(tokens, v);
        if (subject !== undefined) [s0, srcEnd] = [subject, v];
      }
      const content = contentSpan(tokens, cueEnd, n);
      if (srcEnd !== undefined && content && srcEnd <= cueStart)
        found.push({
          sentence,
          source: earlier ?? span(tokens, s0, srcEnd),
          cue,
          content: [content],
          cueLemma: t.lemma,
          negated,
          pattern: 'participle',
          confidence: 0.5,
        });
      continue;
    }

    // "The Kentucky Republican on Tuesday dismissed …": a time between subject and cue
    const rel = relative.get(i);
    const timeStart = rel ? rel.headEnd : timeBefore(tokens, cueStart);
    let srcStart = rel ? rel.start : npBefore(tokens, timeStart);
    // "Reuters, citing sources, reported …": the outlet reports; whom it cites is not the subject
    if (
      srcStart !== undefined &&
      /^(citing|quoting)$/.test(tokens[srcStart - 1]?.lower ?? '') &&
      tokens[srcStart - 2]?.text === ','
    )
      srcStart = npBefore(tokens, srcStart - 2) ?? srcStart;
    // "“…,” Jeff Weaver, Sanders’ campaign manager, said": the name before the appositive
    let srcEnd = timeStart;
    let describedFrom: number | undefined;
    if (srcStart === undefined && tokens[cueStart - 1]?.text === ',') {
      const named = appositiveBefore(tokens, cueStart - 1);
      if (named) [srcStart, srcEnd, describedFrom] = named;
    }
    const before = srcStart === undefined ? undefined : tokens[srcStart - 1];
    const afterCue = tokens[cueEnd];

    if (srcStart !== undefined) {
      const source = span(tokens, srcStart, srcEnd)!;
      let listener: Span | undefined;
      let c = cueEnd;
      // "was told by a source": the agent, not the one told
      if (SPEECH_TELL.has(t.lemma) && tokens[c]?.lower !== 'by') {
        const np = npAfter(tokens, c);
        const lEnd = np === undefined ? undefined : listenerEnd(tokens, c, np);
        if (lEnd !== undefined) {
          listener = span(tokens, c, lEnd);
          c = lEnd;
        }
      }
      const startsAfterBreak =
        srcStart > 0 &&
        (before?.text === ',' || QUOTE.test(before?.text ?? '') || before?.text === '—');
      // "…, Reuters reported, citing two people …": whom the source cites, not what it said
      const citingTail =
        tokens[c]?.text === ',' && /^(citing|quoting)$/.test(tokens[c + 1]?.lower ?? '');
      // a clause after the cue ("…, Reuters reported Bloomberg had wanted …") is its content
      const clauseAfter =
        !citingTail &&
        !QUOTE.test(tokens[srcStart - 1]?.text ?? '') &&
        tokens.slice(c, last).some((x) => x.pos === 'AUX' || x.pos === 'VERB');
      const shortTail =
        !clauseAfter && (last - c <= 6 || tokens.slice(c, last).some((x) => x.text === ','));
      // "“That won't happen,” Sheinbaum told reporters in response to a report that …": the
      // quotation that opens the sentence is what was said, however long the tail
      const quoteFirst =
        QUOTE.test(tokens[0]!.text) &&
        QUOTE.test(before?.text ?? '') &&
        tokens[c]?.lower !== 'that' &&
        !QUOTE.test(tokens[c]?.text ?? '');
      if (startsAfterBreak && srcStart >= 2 && (shortTail || quoteFirst)) {
        // content first: "“…,” she added." / "X, sources said." / "The troops, the outlet added, would …"
        let headEnd = describedFrom ?? srcStart;
        while (
          headEnd > 0 &&
          isPunct(tokens[headEnd - 1]) &&
          !QUOTE.test(tokens[headEnd - 1]!.text)
        )
          headEnd--;
        // "“…,” she added": the quotation with its closing marks, as PolNeAR spans it
        // "Speaking on behalf of Acme, spokesman X denied …": a phrase with no finite verb and no
        // quotation introduces the speaker; it is not what was said
        const intro =
          citingOpener(tokens) ||
          tokens
            .slice(0, headEnd)
            .every(
              (x) =>
                x.pos !== 'AUX' &&
                !QUOTE.test(x.text) &&
                (x.pos !== 'VERB' || /ing$/.test(x.lower)),
            );
        const head = intro ? undefined : contentSpan(tokens, 0, headEnd);
        const comma = tokens.findIndex((x, k) => k >= c && x.text === ',');
        // "“Judge,” Brafman said, “I have never …”": the quotation goes on after the cue
        const quoteTail =
          QUOTE.test(tokens[0]!.text) && /^[“"]$/.test(tokens[comma + 1]?.text ?? '');
        const hasTail =
          !citingTail &&
          comma >= 0 &&
          last - comma > 3 &&
          (!QUOTE.test(tokens[0]!.text) || quoteTail);
        if (head && hasTail) {
          const tail = contentSpan(tokens, comma + 1, n);
          found.push({
            sentence,
            source,
            cue,
            content: tail ? [head, tail] : [head],
            listener,
            cueLemma: t.lemma,
            negated,
            pattern: 'parenthetical',
            confidence: 0.75,
          });
          continue;
        } else if (head) {
          found.push({
            sentence,
            source,
            cue,
            content: [head],
            listener,
            cueLemma: t.lemma,
            negated,
            pattern: 'content-first',
            confidence: 0.85,
          });
          continue;
        }
        // no content before the source ("Reluctantly, Brafman said he …"): read it as subject-cue
      }
      // a passive: "The plan was first reported by the Ledger" (the agent is the source, the
      // subject what was reported), "The governor is expected to sign …" (no source: the subject
      // and what follows are the content, as PolNeAR spans it)
      if (passive(tokens, cueStart, i)) {
        let from = c;
        let agent: Span | undefined;
        let agentCue: Span | undefined;
        if (tokens[c]?.lower === 'by') {
          // "has been told by two sources that Johnson said …": the agent ends at "that", which
          // the tagger reads as a determiner of the clause's subject
          const np = npAfter(tokens, c + 1);
          const that = tokens.findIndex((x, k) => k > c + 1 && k < (np ?? 0) && x.lower === 'that');
          const e = that > 0 ? that : np;
          if (e !== undefined) {
            agent = span(tokens, c + 1, e);
            agentCue = span(tokens, cueStart, c + 1);
            from = e;
          }
        } else {
          // "it was reported in the Washington Post that …": the publication it came out in
          const inName = publishedIn(tokens, t, i + 1, c);
          if (inName) {
            agent = span(tokens, inName[0], inName[1]);
            agentCue = span(tokens, cueStart, inName[0]);
          }
        }
        for (let k = from; k < Math.min(n, from + 5); k++)
          if (tokens[k]!.lower === 'that') from = k;
          else if (tokens[k]!.text === ',' || /^(VERB|AUX)$/.test(tokens[k]!.pos)) break;
        // "It was revealed that …": a placeholder subject says nothing
        const subject =
          srcEnd - srcStart === 1 && tokens[srcStart]!.lower === 'it' ? undefined : source;
        const tail = contentSpan(tokens, from, n);
        // "The Guardian was told by a senior source that …": the subject is the one told
        const told = !!agent && !!tail && SPEECH_TELL.has(t.lemma) && !!subject;
        const content = [told ? undefined : subject, tail].filter((x): x is Span => !!x);
        // with no agent, words must follow: "the senator will not be charged" reports no one
        if (content.length && (agent || tail))
          found.push({
            sentence,
            ...(agent ? { source: agent } : { assertive: false as const }),
            ...(told ? { listener: subject } : {}),
            cue: agentCue ?? cue,
            content,
            cueLemma: t.lemma,
            negated,
            pattern: 'subject-cue',
            confidence: 0.5,
          });
        continue;
      }
      // subject-cue: "NBC News detailed that …", "Sheinbaum said “…”"
      let from = c;
      // "called Trump “unhinged”": the object belongs to what was said
      for (let k = c; t.lemma !== 'call' && k < Math.min(n, c + 7); k++) {
        if (tokens[k]!.lower === 'that' || QUOTE.test(tokens[k]!.text)) {
          from = k;
          break;
        }
        if (tokens[k]!.text === ',' || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') break;
      }
      // "6 in 10 white men supported Sanders.": a bare name ending the sentence is what PolNeAR
      // marks; it is no proposition, so the draft makes no statement of it
      const bareName =
        tokens[from]?.pos === 'PROPN' && from + 1 === last
          ? span(tokens, from, from + 1)
          : undefined;
      // "The Pentagon denied it.": a denial's object may be a single pronoun
      const content =
        contentSpan(tokens, from, n) ??
        (DENIAL_LEMMAS.has(t.lemma) && /^(it|this|that|them)$/.test(tokens[from]?.lower ?? '')
          ? span(tokens, from, from + 1)
          : undefined) ??
        bareName;
      // a weak verb ("called", "backed") counts when its subject is someone: a name or a pronoun
      const weakLemma =
        (WEAK_CUES.has(t.lemma) || MINED_CUES.has(t.lemma)) &&
        !quotesSaying(tokens, t.lemma, cueEnd);
      const weak =
        weakLemma &&
        tokens[from]?.lower !== 'that' &&
        !QUOTE.test(tokens[from]?.text ?? '') &&
        !tokens.slice(srcStart, cueStart).some(
          (x) =>
            x.pos === 'PROPN' ||
            x.pos === 'PRON' ||
            PEOPLE.test(x.lower) ||
            ANON_HEADS.has(x.lower) ||
            // "a poll shows …", "FEC records show …": evidence speaks for what it shows
            (EVIDENCE_VERBS.has(t.lemma) && EVIDENCE_NOUNS.test(x.lower)) ||
            // "The group seeks …", "the ad argues …"
            SPEAKING_BODIES.test(x.lower),
        );
      // "Many critics called it …", "three in 10 voters supported …": people, or a share of
      // them, hold the view PolNeAR marks; nobody the draft could name says it
      const unnamed =
        weakLemma &&
        !tokens
          .slice(srcStart, cueStart)
          .some((x) => x.pos === 'PROPN' || x.pos === 'PRON' || ANON_HEADS.has(x.lower));
      if (content && !weak)
        found.push({
          sentence,
          source,
          ...(unnamed || content === bareName ? { assertive: false as const } : {}),
          cue,
          content: [content],
          listener,
          cueLemma: t.lemma,
          negated,
          pattern: 'subject-cue',
          confidence:
            tokens[from]?.lower === 'that' || QUOTE.test(tokens[from]?.text ?? '') ? 0.8 : 0.6,
        });
      continue;
    }

    // inverted: "“…,” said Sheinbaum."
    const prev = tokens[cueStart - 1];
    let invertedEnd =
      prev && (prev.text === ',' || QUOTE.test(prev.text)) && afterCue
        ? npAfter(tokens, cueEnd)
        : undefined;
    // "…, said one engineer who spoke on condition of anonymity": the relative clause describes
    // the source; its verb is not the content's
    const who =
      invertedEnd === undefined
        ? -1
        : tokens.findIndex((x, k) => k > cueEnd && k < invertedEnd! && RELATIVE.test(x.lower));
    if (who > cueEnd && anonymityClause(tokens, who)) invertedEnd = who;
    // "…, said the army will withdraw": a verb after the noun phrase makes it the content's subject
    if (invertedEnd !== undefined && /^(AUX|VERB)$/.test(tokens[invertedEnd]?.pos ?? ''))
      invertedEnd = undefined;
    // "…, confirmed a Journal report on the plans": a report is what the verb takes, not who speaks
    // … but ", said the report." closing the sentence: a verb of saying takes no report as object
    if (
      invertedEnd !== undefined &&
      tokens.slice(cueEnd, invertedEnd).some((x) => /^(reports?|story|article)$/.test(x.lower)) &&
      !(SAYING.test(t.lemma) && trimEnd(tokens, n, invertedEnd) === invertedEnd)
    )
      invertedEnd = undefined;
    // "Sen. Marsh (R-Ohio), also a candidate, called the plan …": inverted only when what was said
    // comes first (a clause or a quotation), not a name with its description
    if (
      invertedEnd !== undefined &&
      !tokens
        .slice(0, cueStart)
        // a capitalised "verb" is a name the tagger misreads ("Sen. Ted Marsh")
        .some((x) => (/^(VERB|AUX)$/.test(x.pos) && !/^[A-Z]/.test(x.text)) || QUOTE.test(x.text))
    )
      invertedEnd = undefined;
    const interrupted =
      invertedEnd === undefined ? interruptedSubject(tokens, cueStart) : undefined;
    if (interrupted) {
      const content = contentSpan(tokens, cueEnd, n);
      if (content)
        found.push({
          sentence,
          source: span(tokens, ...interrupted)!,
          cue,
          content: [content],
          cueLemma: t.lemma,
          negated,
          pattern: 'subject-cue',
          confidence: 0.6,
        });
      continue;
    }
    if (invertedEnd === undefined) {
      // a second verb of the sentence's subject ("Wilson praised Rubio and said …", "Clinton,
      // 35, the daughter of …, said …"): the source is the noun phrase the sentence opens with
      if (prev && (prev.pos === 'CCONJ' || prev.text === ',') && !WEAK_CUES.has(t.lemma)) {
        // "the senator criticized X and said …": the speaker of the verb before, if there is one
        const earlier = [...found].reverse().find((x) => x.source && x.cue[1] <= t.start);
        // else the subject of the verb before it, or the noun phrase the sentence opens with
        let v = cueStart - 2;
        while (v > 0 && tokens[v]!.pos !== 'VERB') v--;
        const subject = v > 0 ? npBefore(tokens, v) : undefined;
        const s0 = subject ?? trimStart(tokens, 0, n);
        const srcEnd = earlier ? cueStart - 1 : subject !== undefined ? v : npAfter(tokens, s0);
        const content = contentSpan(tokens, cueEnd, n);
        if (srcEnd !== undefined && srcEnd < cueStart && content)
          found.push({
            sentence,
            source: earlier?.source ?? span(tokens, s0, srcEnd),
            cue,
            content: [content],
            cueLemma: t.lemma,
            negated,
            pattern: 'subject-cue',
            confidence: 0.5,
          });
      }
      continue;
    }
    {
      const srcEnd = invertedEnd;
      const content = contentSpan(tokens, 0, cueStart - (prev?.text === ',' ? 1 : 0));
      if (content)
        found.push({
          sentence,
          source: span(tokens, cueEnd, srcEnd),
          cue,
          content: [content],
          cueLemma: t.lemma,
          negated,
          pattern: 'inverted',
          confidence: 0.8,
        });
    }
  }
  if (!found.length) {
    const colonQuote = colonQuoted(sentence);
    if (colonQuote) found.push(colonQuote);
  }
  endAtContrast(tokens, found);
  endAtSecondCue(tokens, found);
  for (const a of found) {
    const d = description(tokens, a, inQuote);
    if (d) a.described = d;
    for (const [cue, r] of relative)
      if (a.source?.[0] === tokens[r.start]!.start && a.cue[1] === tokens[cue]!.end && !d)
        a.described = [tokens[r.start]!.start, tokens[r.clause[1] - 1]!.end];
    if (
      (MINED_CUES.has(a.cueLemma) || particled.has(a.cue[1])) &&
      !quotedAsSaying(tokens, a) &&
      !handsOnQuotation(tokens, a)
    )
      a.assertive = false;
  }
  return found;
}

/**
 * "Al Arabiya quoted an unnamed official as saying …", "The newspaper cited two sources as
 * saying …", "WSJ quotes an official saying: …": "quote" and "cite" (cues only PolNeAR's lexicon
 * knows) assert, through the one quoted, what follows "(as) saying", whoever quotes: the paper
 * called "the newspaper" or "the report" is resolved by the draft like a name.
 */
const PAPERS =
  /^(documents?|reports?|letters?|memos?|notes?|statements?|studies|study|cables?|e-?mails?|filings?)$/;
function quotedAsSaying(tokens: Token[], a: Attribution): boolean {
  if (a.cueLemma !== 'quote' && a.cueLemma !== 'cite') return false;
  const after = tokens.findIndex((t) => t.start >= a.cue[1]);
  return after >= 0 && quotesSaying(tokens, a.cueLemma, after);
}
function quotesSaying(tokens: Token[], lemma: string, after: number): boolean {
  if (lemma !== 'quote' && lemma !== 'cite') return false;
  for (let k = after; k < tokens.length && k - after <= 15; k++) {
    // 'quotes “current and former officials” saying': marks around the description
    const marks =
      QUOTE.test(tokens[k]!.text) &&
      (k === after || /^(as|saying)$/.test(tokens[k + 1]?.lower ?? ''));
    // "quoted a confidential document as saying that, according to a source, …": a paper speaks
    // for nobody; whom it cites is read from its words
    if (
      tokens[k]!.text === ',' ||
      (QUOTE.test(tokens[k]!.text) && !marks) ||
      PAPERS.test(tokens[k]!.lower)
    )
      return false;
    if (
      tokens[k]!.lower === 'as' &&
      /^(saying|telling|reporting)$/.test(tokens[k + 1]?.lower ?? '')
    )
      return true;
    // "quotes unnamed aides to claim that …"
    if (
      tokens[k]!.lower === 'to' &&
      /^(say|claim|suggest|argue|allege|assert)$/.test(tokens[k + 1]?.lower ?? '')
    )
      return true;
    // "quotes an unnamed official saying: …", 'quotes “current and former officials” saying …'
    if (tokens[k]!.lower === 'saying' && /^(NOUN|PROPN|PUNCT)$/.test(tokens[k - 1]!.pos))
      return true;
  }
  return false;
}

/**
 * "“…,” Calleja shared", "Business Insider offers, “…”", "Li Wei quipped": whatever the verb, a
 * frame whose whole content is a quotation of a clause set off by a comma or colon hands words
 * on, so it is speech even when the verb is usually an act ("shared the prize", "offered a
 * contract"). A quoted phrase inside other words ("praised the “bold” plan") is not.
 */
function handsOnQuotation(tokens: Token[], a: Attribution): boolean {
  if (a.content.length !== 1) return false;
  const [from, to] = a.content[0]!;
  const s = tokens.findIndex((t) => t.start === from);
  const e = tokens.findIndex((t) => t.end === to);
  if (s < 0 || e < 0 || !QUOTE.test(tokens[s]!.text)) return false;
  let last = e;
  while (last > s && tokens[last]!.pos === 'PUNCT' && !QUOTE.test(tokens[last]!.text)) last--;
  if (!QUOTE.test(tokens[last]!.text)) return false;
  const inner = tokens.slice(s + 1, last);
  if (inner.filter((t) => t.pos !== 'PUNCT').length < 4) return false;
  if (!inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  if (a.pattern !== 'subject-cue') return a.cue[0] > to;
  // the comma or colon may close the cue ("mused:") or follow a channel ("offers on X,")
  let k = tokens.findIndex((t) => t.end > a.cue[1] - 1);
  while (k < s - 1 && tokens[k]!.pos !== 'PUNCT') k++;
  return k === s - 1 && /^[,:]$/.test(tokens[k]!.text);
}

const EVIDENCE_HEADS = /^(polls?|surveys?|study|studies|census|analysis)$/;

/**
 * Sentence openers PolNeAR reads as attributions without a verb of saying: "Asked whether …, 75
 * percent said yes" (a question put, with no source named) and "In a CNN poll released Monday,
 * Clinton held a lead" (the poll is the source, "In" the cue). Neither asserts anything the draft
 * could attribute, so both are marked not assertive.
 */
function opener(sentence: Sentence, inQuote: boolean[]): Attribution | undefined {
  const tokens = sentence.tokens;
  const s0 = trimStart(tokens, 0, tokens.length);
  const first = tokens[s0];
  if (!first) return undefined;
  // the first comma outside a quotation, or the end of a quotation followed by more words
  let end = s0 + 1;
  while (
    end < tokens.length &&
    end - s0 < 30 &&
    !(tokens[end]!.text === ',' && !inQuote[end]) &&
    !(
      /^[”"]$/.test(tokens[end]!.text) &&
      !inQuote[end] &&
      tokens[end + 1]?.pos !== 'PUNCT' &&
      end > s0 + 1 &&
      inQuote[end - 1]
    )
  )
    end++;
  if (end >= tokens.length || end - s0 >= 30) return undefined;
  if (first.text === 'Asked') {
    const stop = tokens[end]!.text === ',' ? end : end + 1;
    const content = span(tokens, s0 + 1, stop);
    if (!content || stop - s0 < 3) return undefined;
    return {
      sentence,
      cue: span(tokens, s0, s0 + 1)!,
      content: [content],
      cueLemma: 'ask',
      assertive: false,
      negated: false,
      pattern: 'opener',
      confidence: 0.5,
    };
  }
  if (first.lower === 'in' && tokens[end]!.text === ',') {
    const phrase = tokens.slice(s0 + 1, end);
    if (!phrase.some((t) => EVIDENCE_HEADS.test(t.lower)) || phrase.some((t) => t.pos === 'AUX'))
      return undefined;
    const content = contentSpan(tokens, end + 1, tokens.length);
    if (!content) return undefined;
    return {
      sentence,
      source: span(tokens, s0 + 1, end),
      cue: span(tokens, s0, s0 + 1)!,
      content: [content],
      cueLemma: 'in',
      assertive: false,
      negated: false,
      pattern: 'opener',
      confidence: 0.5,
    };
  }
  return undefined;
}

const APPOSITIVE_START = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
const POSSESSIVE = /^(his|her|its|their|our|my)$/;
const RELATIVE = /^(who|whose|which)$/;
/** Whether a word after a name's comma opens words describing it, not a time ("last week"). */
const opensDescription = (t: Token) =>
  (APPOSITIVE_START.test(t.pos) || POSSESSIVE.test(t.lower) || RELATIVE.test(t.lower)) &&
  !WEEKDAY.test(t.text) &&
  !MONTH.test(t.lower) &&
  !/^(this|last|next|earlier|later)$/.test(t.lower);

/**
 * The name before an appositive that ends at the comma `comma` ("Jeff Weaver, Sanders’ campaign
 * manager, said"; "Clinton, 35, the daughter of …, said"): [start, end) of the name, or undefined
 * when the words between the commas are not a description (a clause, a quotation, a time).
 */
function appositiveBefore(tokens: Token[], comma: number): [number, number, number?] | undefined {
  let k = comma - 1;
  while (k > 0 && comma - k < 30 && tokens[k]!.text !== ',') {
    // a quotation mark ends the search; an apostrophe ("Sanders’ campaign manager") does not
    if (/["“”]/.test(tokens[k]!.text)) return undefined;
    k--;
  }
  if (k <= 0 || tokens[k]!.text !== ',' || k + 1 >= comma) return undefined;
  // "…, his doctor, Anna Berg, told CNN": a name set after its description; the description
  // (from `d`) is no part of what was said
  const name = tokens.slice(k + 1, comma);
  if (name.length <= 4 && name.every((t) => /^[A-Z]/.test(t.text) && t.pos === 'PROPN')) {
    let d = k - 1;
    while (d > 0 && k - d < 6 && tokens[d]!.text !== ',') d--;
    if (
      tokens[d]?.text === ',' &&
      d + 2 <= k &&
      /^(?:his|her|their|its|the|a|an)$/i.test(tokens[d + 1]!.text) &&
      tokens.slice(d + 1, k).every((t) => !/^(AUX|VERB|PUNCT)$/.test(t.pos))
    )
      return [k + 1, comma, d];
  }
  // "a senior official, speaking to ABC News earlier today, confirmed": a participle phrase too
  // "Sen. Marsh, also a candidate, said": an adverb may open the description
  let h = k + 1;
  while (h < comma - 1 && tokens[h]!.pos === 'ADV') h++;
  const head = tokens[h]!;
  // "Jan Novak, contacted by the AP, said": a participle with its agent describes the name
  if (
    !opensDescription(head) &&
    !(head.pos === 'VERB' && /ing$/.test(head.lower)) &&
    !reducedPassive(tokens, h)
  )
    return undefined;
  const between = tokens.slice(k + 1, comma);
  const rel = between.findIndex((t) => RELATIVE.test(t.lower));
  if (between.some((t, i) => t.pos === 'AUX' && (rel < 0 || i < rel))) return undefined;
  const start = npBefore(tokens, k);
  if (start === undefined || !tokens.slice(start, k).some((t) => t.pos === 'PROPN'))
    return undefined;
  // "After winning Ohio in the primary, Gov. John Kasich (R-OH), said": what comes before the
  // first comma is a verb's object; the name between the commas is the subject
  if (/^(VERB|ADP)$/.test(tokens[start - 1]?.pos ?? '') && head.pos === 'PROPN')
    return [k + 1, comma];
  return [start, k];
}
const tokenAt = (tokens: Token[], offset: number) => tokens.findIndex((t) => t.start === offset);

/**
 * The end (exclusive) of the words that run on after a source that ends the sentence ("…, said X,
 * a spokesman for Y, who …"): to the end of the sentence, before a quotation and before a
 * participle clause ("…, explaining why …", which is what the source went on to say).
 */
function runOn(tokens: Token[], from: number, inQuote: boolean[]): number | undefined {
  const last = trimEnd(tokens, tokens.length, from);
  let relative = false;
  let end = from;
  for (; end < last && end - from < 40; end++) {
    const t = tokens[end]!;
    if (QUOTE.test(t.text) || inQuote[end]) break;
    if (t.text === ',' && tokens[end + 1]?.pos === 'VERB' && /ing$/.test(tokens[end + 1]!.lower))
      break;
    if (RELATIVE.test(t.lower)) relative = true;
    // a finite verb outside a relative clause starts a clause of its own
    if (t.pos === 'AUX' && !relative) return undefined;
  }
  end = trimEnd(tokens, end, from);
  return end > from ? end : undefined;
}

/**
 * Where the words describing a source end: an appositive or a relative clause after its name
 * ("X, a spokesman for Y", "X, who runs …", "a source involved in …"), up to the cue when the
 * source comes first, to the end of the sentence when it comes last. Undefined when nothing
 * describes it.
 */
function description(tokens: Token[], a: Attribution, inQuote: boolean[]): Span | undefined {
  if (!a.source) return undefined;
  const s = tokenAt(tokens, a.source[0]);
  const e = tokens.findIndex((t) => t.start >= a.source![1]);
  const cueStart = tokenAt(tokens, a.cue[0]);
  if (s < 0 || e < 0 || cueStart < 0) return undefined;
  // "idealists who wanted": PolNeAR marks the relative pronoun; the draft keeps whom it means
  if (e - s > 1 && tokens[e - 1]!.lower === 'who' && e === cueStart)
    return [tokens[e - 1]!.start, tokens[e - 1]!.end];
  const first = tokens[e]!;
  const second = tokens[e + 1];
  if (a.pattern === 'according-to') {
    // "According to the officer in charge of the base that night, …": to the comma before what
    // was said; "…, according to the most recent data available from the FBI.": to the end
    if (a.content[0]![0] > a.source[0]) return a.described;
    const end = runOn(tokens, e, inQuote);
    return end !== undefined ? [a.source[0], tokens[end - 1]!.end] : undefined;
  }
  const describes =
    (first.text === ',' && !!second && opensDescription(second)) ||
    RELATIVE.test(first.lower) ||
    first.text === '(' ||
    (first.pos === 'VERB' && /(ed|ing)$/.test(first.lower) && second?.pos === 'ADP') ||
    SOURCE_MODIFIERS.has(first.lower);
  if (!describes || inQuote[e]) return undefined;
  if (s < cueStart) {
    // the source comes first: "Dean Johnson, a salesman from Sumter, says …"
    if (e >= cueStart || tokens[cueStart - 1]?.text !== ',' || first.text !== ',') return undefined;
    const between = tokens.slice(e, cueStart);
    const rel = between.findIndex((t) => RELATIVE.test(t.lower));
    if (between.some((t, k) => /["“”]/.test(t.text) || (t.pos === 'AUX' && (rel < 0 || k < rel))))
      return undefined;
    return [a.source[0], tokens[cueStart - 1]!.end];
  }
  // the source comes last: "…,” said Paul Lindsay, a spokesman for the Bush super PAC.
  const end = runOn(tokens, e, inQuote);
  return end !== undefined ? [a.source[0], tokens[end - 1]!.end] : undefined;
}
/**
 * "Her daughter, Nika, chimed in with a tweet of her own: “…”": a quotation after a colon, in a
 * sentence with no speech verb, is the words of the sentence's subject (a name in apposition
 * wins over the noun it renames).
 */
function colonQuoted(sentence: Sentence): Attribution | undefined {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((t, k) => t.text === ':' && QUOTE.test(tokens[k + 1]?.text ?? ''));
  if (colon < 2) return undefined;
  let s0 = trimStart(tokens, 0, colon);
  let srcEnd = npAfter(tokens, s0);
  if (srcEnd === undefined) return undefined;
  if (tokens[srcEnd]?.text === ',') {
    let k = srcEnd + 1;
    while (tokens[k]?.pos === 'PROPN') k++;
    if (k > srcEnd + 1 && tokens[k]?.text === ',') [s0, srcEnd] = [srcEnd + 1, k];
  }
  let verb = srcEnd;
  while (verb < colon && tokens[verb]!.pos !== 'VERB') verb++;
  if (verb >= colon || verb - srcEnd > 2) return undefined;
  const content = contentSpan(tokens, colon + 1, tokens.length);
  if (!content) return undefined;
  return {
    sentence,
    source: span(tokens, s0, srcEnd),
    cue: span(tokens, verb, colon + 1)!,
    content: [content],
    cueLemma: 'say',
    negated: false,
    pattern: 'subject-cue',
    confidence: 0.5,
  };
}
