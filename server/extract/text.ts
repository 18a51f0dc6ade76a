// Sentences and tokens with character offsets into the input text. wink-nlp's English model is
// bundled in the npm package, so nothing is downloaded at run time.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { GIVEN_NAME_WORDS, RIC_EXCHANGES } from './lexicon.ts';

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

const nlp = winkNLP(model);
const its = nlp.its;

// A quotation that runs over several sentences ("We have ... here. We will ...," she added) is
// one attribution, so sentences stay joined until their quotation marks balance.
function quoteOpen(text: string): boolean {
  const straight = (text.match(/"|''/g) ?? []).length;
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || curlyOpen > curlyClose;
}

/**
 * Two apostrophes stand for a quotation mark in some papers' text (''We will win,'' he said);
 * wink-nlp splits them and glues one to the next word. Read as a straight double quote and a
 * space, the same length, so offsets do not move.
 */
const quoteMarks = (text: string) => text.replace(/''/g, '" ');

/**
 * wink-nlp splits a word at a letter beyond Latin-1 ("Dačić" → "Da", "č", "i", "ć"; "Erdoğan",
 * "Wałęsa", "Nguyễn"), so Slavic, Turkish, Polish, Romanian and Vietnamese names lost their
 * speaker. It reads each such letter as its base letter, one character for one so that offsets
 * do not move; the tokens keep the letters as written.
 */
const BEYOND_LATIN1 = /[\u0100-\u024F\u1E00-\u1EFF]/g;
const NO_DECOMPOSITION: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  œ: 'o',
  Œ: 'O',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
};
const baseLetter = (c: string) => {
  const base = NO_DECOMPOSITION[c] ?? c.normalize('NFD')[0]!;
  return /^[A-Za-z\u00C0-\u00FF]$/.test(base) ? base : 'x';
};
const foldLetters = (text: string) => text.replace(BEYOND_LATIN1, baseLetter);

/**
 * "Earlier reports had said", "Previous claims were": the tagger reads a plural report noun as a
 * verb when an adverb or adjective opens the sentence; followed by an auxiliary or a verb, it is
 * the subject noun.
 */
function retagReportNouns(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    const prev = tokens[i - 1];
    if (
      t.pos === 'VERB' &&
      /^(?:reports|claims)$/.test(t.lower) &&
      (next.pos === 'AUX' ||
        (next.pos === 'VERB' && next.lower !== next.lemma && !/(?:s|ing)$/.test(next.lower))) &&
      (!prev || /^(?:ADV|ADJ|DET|NOUN)$/.test(prev.pos))
    )
      t.pos = 'NOUN';
  }
}

/**
 * "Jordan branded the reports lies", "…, branding the claims false": the tagger reads "branded" as
 * an adjective and "branding" as a noun; with an object after them and no determiner before, they
 * are the verb that labels (as "called" is), and "branded content", "the branding" stay.
 */
function retagBrandVerb(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!/^(?:branded|branding)$/.test(t.lower) || t.pos === 'VERB') continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (
      !/^(?:DET|ADJ|ADP)$/.test(prev.pos) &&
      (/^(?:DET|PRON|PROPN)$/.test(next.pos) || next.lower === 'as')
    ) {
      t.pos = 'VERB';
      t.lemma = 'brand';
    }
  }
}

/**
 * "“…,” Don Graham said", "said Rob Walton", "Will Hurd said": a given name that is also a verb,
 * an auxiliary or a noun opens a person's name when a capitalised name follows it; "Will Acme
 * sell?" asks, and stays a question.
 */
function retagGivenNames(tokens: Token[]): void {
  const question = tokens.some((t) => t.text === '?');
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (
      t.pos !== 'PROPN' &&
      GIVEN_NAME_WORDS.has(t.text) &&
      next.pos === 'PROPN' &&
      /^\p{Lu}\p{Ll}/u.test(next.text) &&
      !(question && t.pos === 'AUX')
    ) {
      t.pos = 'PROPN';
      t.lemma = t.lower;
    }
  }
}

/**
 * "Amazon.com denied …", "Booking.com said": the tagger splits a web address at its dot, so the
 * name before the cue was "com". A word, a dot and a lower-case ending written together are one
 * name, a proper noun when it opens with a capital.
 */
export const WEB_ENDING = /^(?:com|net|org|co|io|ai|info|biz|tv|news|market)$/;
const RIC_EXCHANGE = new RegExp(`^(?:${RIC_EXCHANGES})\\b`);

/**
 * "Meta Platforms Inc META.O spokesperson Andy Stone said", "Samsung BioLogics 207940.KS said":
 * a bare instrument code after a name is no word of the sentence (the tagger reads its parts as
 * the subject, "KS said"), as a ticker in parentheses is none.
 */
function dropBareTickers(tokens: Token[]): void {
  for (let i = tokens.length - 3; i >= 1; i--) {
    const [code, dot, exchange] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (
      dot.text === '.' &&
      code.end === dot.start &&
      dot.end === exchange.start &&
      /^[A-Z0-9]{2,7}$/.test(code.text) &&
      /[A-Z]/.test(tokens[i - 1]!.text[0] ?? '') &&
      RIC_EXCHANGE.test(exchange.text) &&
      exchange.text.length <= 2
    )
      tokens.splice(i, 3);
  }
}

/** A single capital ("E!") or a brand known to end in "!" ("Yahoo!"): no sentence ends there. */
const BRAND_BEFORE_MARK = /^(?:[A-Z]|Yahoo)$/;
const BRAND_MARK_END = /(?:^|[^\w.])(?:[A-Z]|Yahoo)!$/;

function joinWebAddresses(tokens: Token[]): void {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [name, dot, tld] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (
      dot.text === '.' &&
      name.end === dot.start &&
      dot.end === tld.start &&
      /^[A-Za-z][\w-]*$/.test(name.text) &&
      WEB_ENDING.test(tld.text)
    )
      tokens.splice(i, 3, {
        text: `${name.text}.${tld.text}`,
        lower: `${name.lower}.${tld.lower}`,
        lemma: `${name.lower}.${tld.lower}`,
        pos: /^[A-Z]/.test(name.text) ? 'PROPN' : 'NOUN',
        start: name.start,
        end: tld.end,
      });
  }
}

/**
 * "told E! News", "Yahoo! Finance reported": a brand whose name ends in an exclamation mark is one
 * word, so that the name runs on to the capitalised word after it.
 */
function joinBrandMarks(tokens: Token[]): void {
  for (let i = tokens.length - 3; i >= 0; i--) {
    const [name, mark, next] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (
      mark.text === '!' &&
      name.end === mark.start &&
      BRAND_BEFORE_MARK.test(name.text) &&
      /^[A-Z][a-z]/.test(next.text)
    )
      tokens.splice(i, 2, {
        text: `${name.text}!`,
        lower: `${name.lower}!`,
        lemma: `${name.lower}!`,
        pos: 'PROPN',
        start: name.start,
        end: mark.end,
      });
  }
}

/**
 * "WSJ quotes an unnamed official saying", "a report that quotes officials as saying": the
 * tagger reads a present "quotes" or "cites" as a plural noun, and the verb's subject becomes
 * part of the speaker's name. After a name, a report or "that", and before whom it quotes, the
 * word is the verb; "his quotes", "the quotes from the meeting" stay nouns.
 */
function retagQuotingVerbs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !/^(?:quotes|cites)$/.test(t.lower)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (
      (prev.pos === 'PROPN' || /^(?:that|it|report|article|story|piece)$/.test(prev.lower)) &&
      (/^(?:DET|ADJ|NUM|PROPN)$/.test(next.pos) || /^[“"]$/.test(next.text))
    ) {
      t.pos = 'VERB';
      t.lemma = t.lower === 'quotes' ? 'quote' : 'cite';
    }
  }
}

/**
 * wink-nlp learns each word it reads into one cache shared by every later text, and looks a word
 * up there before its rules: once it has read an initialism without its last stop ("the U.S
 * internet company"), every later "U.S." splits into "U.S" and a full stop that may end the
 * sentence, so "citing U.S. officials" lost its speaker depending on which article came before.
 * Reading the full form first, before the cut one can be learnt, keeps the rules' reading.
 */
const CUT_INITIALISM = /(?<![\w.])((?:[A-Za-z]\.)+[A-Za-z])(?![.\w])/g;
const learnt = new Set<string>();
function learnFullInitialisms(text: string): void {
  if (!text.includes('.')) return;
  for (const m of text.matchAll(CUT_INITIALISM)) {
    const full = `${m[1]!}.`;
    if (learnt.has(full)) continue;
    learnt.add(full);
    nlp.readDoc(`${full} x`);
  }
}

function tokenize(text: string, base: number): Sentence[] {
  const marked = quoteMarks(text);
  const read = foldLetters(marked);
  const folded = read !== marked;
  learnFullInitialisms(read);
  const doc = nlp.readDoc(read);
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: { tokens(): { out(f?: unknown): unknown } }) => {
    const values = s.tokens().out() as string[];
    const pos = s.tokens().out(its.pos) as string[];
    const lemmas = s.tokens().out(its.lemma) as string[];
    const tokens: Token[] = [];
    values.forEach((value, i) => {
      // a line break inside a sentence (hard-wrapped wire copy) is a space: wink keeps it as a
      // token, which would split "people familiar\nwith the matter" in two
      if (!value.trim()) return;
      const at = read.indexOf(value, cursor);
      // wink keeps the original token text, so a miss only happens on normalised characters;
      // the token then gets the cursor position rather than a wrong far-away match.
      const near = at >= 0 && at - cursor < 200;
      const start = near ? at : cursor;
      // a quotation mark read from two apostrophes covers both
      const end = start + (value === '"' && text.startsWith("''", start) ? 2 : value.length);
      cursor = end;
      // the word as written, where a letter was read as its base letter
      const word =
        folded && near && /[A-Za-z]/.test(value) ? text.slice(start, start + value.length) : value;
      const lemma = (lemmas[i] ?? value).toLowerCase();
      tokens.push({
        text: word,
        lower: word.toLowerCase(),
        lemma: word !== value && lemma === value.toLowerCase() ? word.toLowerCase() : lemma,
        pos: pos[i] ?? 'X',
        start: base + start,
        end: base + end,
      });
    });
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens });
  });
  return sentences;
}

// "“… emails.” Trump said.", "“… it?” he asked.": a name or a pronoun, at most three words
const SPLIT_CUE =
  /^(?:[A-Z][\w.’'-]*\s+){1,3}(?:said|says|added|asked|wrote|explained|continued|noted|told \w+)\.?$|^(?:he|she|they|we|[a-z]+ \w+)\s+(?:said|says|added|asked|wrote|explained|continued|noted|told \w+)\.?$/;

/**
 * Paragraphs as [start, end) ranges. A line is a paragraph, except that a line cut in the middle
 * of a sentence (hard-wrapped text, or a saved page's source lines) runs on into the next one:
 * it is long enough not to be a headline and does not end as a sentence or a quotation does.
 */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const line = /[^\n]+/g;
  let open: [number, number] | undefined;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!m[0].trim()) continue;
    const joins = open && text.slice(open[1], start) === '\n';
    if (joins) open![1] = end;
    else out.push((open = [start, end]));
    const last = open![1];
    const tail = text.slice(Math.max(open![0], last - 200), last).trimEnd();
    if (tail.length < 40 || /[.!?:;”"’')\]]$/.test(tail)) open = undefined;
  }
  return out;
}

/** Splits into paragraphs first (paragraphs never share a sentence), then with wink-nlp. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [start, end] of paragraphs(text)) {
    const m = { 0: text.slice(start, end), index: start };
    let pending: Sentence | undefined;
    for (const s of tokenize(m[0], m.index)) {
      const merged: Sentence = pending
        ? { start: pending.start, end: s.end, tokens: [...pending.tokens, ...s.tokens] }
        : s;
      const prior = out.at(-1);
      const head = text.slice(s.start, s.start + 4);
      if (
        // "Rep. Steve Israel (D-N.Y.) said …": the splitter ends a sentence inside an abbreviation
        !pending &&
        prior &&
        prior.start >= m.index &&
        // … or inside a domain name ("Amazon.com's"): no space between the two parts
        ((/(?:\b[A-Z][a-z]{0,4}\.|\))$/.test(text.slice(prior.start, prior.end)) &&
          (/^[a-z)]/.test(head) || /^[A-Z]\.\)/.test(head))) ||
          (s.start === prior.end && /^[a-z]/.test(head)) ||
          // … or after the exclamation mark of a brand ("told E! News", "Yahoo! Finance reported")
          (BRAND_MARK_END.test(text.slice(prior.start, prior.end)) &&
            /^[A-Z]/.test(head) &&
            /^ [A-Z]/.test(text.slice(prior.end, s.start + 1))) ||
          // … or inside a ticker, bare as Reuters prints it ("Meta Platforms Inc META.O
          // spokesperson said", "Biogen Inc BIIB.O is"): an exchange's code right after the stop
          (s.start === prior.end &&
            RIC_EXCHANGE.test(text.slice(s.start, s.start + 4)) &&
            /(?:^|\s)[A-Z0-9]{2,7}\.$/.test(text.slice(prior.start, prior.end))) ||
          // … or inside a ticker in parentheses ("Smurfit Kappa Group Plc (SKG.I) will …")
          (s.start === prior.end &&
            /^[A-Z0-9]{1,6}\)/.test(text.slice(s.start, s.start + 7)) &&
            /\([A-Z0-9.]{1,10}$/.test(text.slice(prior.start, prior.end))))
      )
        out[out.length - 1] = {
          start: prior.start,
          end: s.end,
          tokens: [...prior.tokens, ...s.tokens],
        };
      else if (quoteOpen(text.slice(merged.start, merged.end))) pending = merged;
      else if (
        // "“… emails.” Trump said.": a speaker and cue split off after a closing quotation
        !pending &&
        prior &&
        prior.start >= m.index &&
        /(?:[”"]|'')$/.test(text.slice(prior.start, prior.end)) &&
        SPLIT_CUE.test(text.slice(s.start, s.end))
      )
        out[out.length - 1] = {
          start: prior.start,
          end: s.end,
          tokens: [...prior.tokens, ...s.tokens],
        };
      else {
        out.push(merged);
        pending = undefined;
      }
    }
    if (pending) out.push(pending);
  }
  // the splitter may have ended a sentence at the address's dot: joined after the merges, and the
  // tagger's mistakes mended after that, on the sentence's final words ("Amazon.com quotes")
  for (const s of out) {
    joinWebAddresses(s.tokens);
    joinBrandMarks(s.tokens);
    dropBareTickers(s.tokens);
    retagReportNouns(s.tokens);
    retagQuotingVerbs(s.tokens);
    retagGivenNames(s.tokens);
    retagBrandVerb(s.tokens);
  }
  return out;
}
