// From attributions to a draft import document (format v1): sources resolved to outlets, named
// actors or anonymous sources scoped to the outlet that cites them, claims from the content
// spans, and the citation chain from the article's own outlet down to whoever spoke.
import * as chrono from 'chrono-node';
import { findAttributions, type Attribution, type Span } from './attributions.ts';
import {
  ANON_HEADS,
  CONFIRM_LEMMAS,
  DENIAL_CONTENT,
  DENIAL_LEMMAS,
  GOVERNMENT_WORDS,
  NEVER_DENIAL,
  NUMBER_WORDS,
  ORGANIZATION_WORDS,
  OUTLETS,
} from './lexicon.ts';
import { sentences, type Sentence } from './text.ts';

export const METHOD_VERSION = 'rules-1';

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

export function slug(s: string, max = 80): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
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
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');
function similarity(a: string, b: string): number {
  const x = new Set(words(a).map(stem));
  const y = new Set(words(b).map(stem));
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

const TITLES =
  /^(president|vice|prime|minister|secretary|sen\.?|senator|rep\.?|gov\.?|governor|mayor|gen\.?|general|judge|justice|chancellor|king|queen|dr\.?|mr\.?|mrs\.?|ms\.?|former|mexican|american|u\.s\.|us|state|of|the|chief|spokesman|spokeswoman|leader|candidate|democratic|republican|foreign|defense|attorney|director|ceo|chairman|chairwoman)$/i;

interface Resolved {
  kind: 'outlet' | 'actor' | 'anon' | 'report';
  id: string;
}

export function extractDraft(input: ArticleText): { document: DraftDocument; warnings: string[] } {
  const text = input.text;
  const warnings: string[] = [];
  const outlets = new Map<string, DraftOutlet>();
  const actors = new Map<string, DraftActor>();
  const anons = new Map<string, DraftAnonymousSource>();
  const claims: DraftClaim[] = [];
  const statements: DraftStatement[] = [];
  const reports: { key: string; description: string; sentence: number; outlet?: string }[] = [];

  const own = ownOutlet(input);
  outlets.set(own.id, own);
  let lastOutlet: string | undefined;
  let lastPerson: string | undefined;
  let lastPlural: string | undefined;
  let lastClaim: string | undefined;
  let lastReport: (typeof reports)[number] | undefined;

  const outletByMention = (s: string): DraftOutlet | undefined => {
    const low = s.toLowerCase();
    for (const o of OUTLETS)
      for (const n of [o.name, ...(o.aliases ?? [])])
        if (
          new RegExp(
            `(^|[^a-z])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`,
          ).test(low)
        )
          return { id: slug(o.name.replace(/^the /i, '')), name: o.name, domain: o.domain };
    return undefined;
  };

  const reportClaims = new Map<string, string>();
  const claimFor = (raw: string, sameReport?: string): string => {
    let t = raw
      .trim()
      .replace(/^that\s+/i, '')
      .replace(/^[“"‘']+|[”"’']+$/g, '')
      .replace(/[,.;:]+$/, '')
      .trim();
    if (!t) t = raw.trim();
    const textOut = t.charAt(0).toUpperCase() + t.slice(1) + '.';
    // What "the report in question" claimed is the proposition the earlier mention carried.
    const earlier = sameReport
      ? claims.find((c) => c.id === reportClaims.get(sameReport))
      : undefined;
    if (earlier && similarity(earlier.text, textOut) >= 0.25) return earlier.id;
    const same = claims.find((c) => similarity(c.text, textOut) >= 0.5);
    if (same) return same.id;
    let id = slug(words(t).slice(0, 8).join(' '), 90);
    for (let k = 2; claims.some((c) => c.id === id); k++)
      id = `${slug(words(t).slice(0, 8).join(' '), 90)}-${k}`;
    claims.push({ id, text: textOut, topics: [] });
    return id;
  };

  const resolve = (
    a: Attribution,
    index: number,
    scope: string | undefined,
  ): Resolved | undefined => {
    if (!a.source) return undefined;
    const raw = text.slice(a.source[0], a.source[1]).trim();
    const low = raw.toLowerCase();
    if (/^(he|she|him|her)$/.test(low))
      return lastPerson ? { kind: 'actor', id: lastPerson } : undefined;
    if (/^(they|them)$/.test(low))
      return lastPlural
        ? {
            kind: lastPlural.startsWith('anon:') ? 'anon' : 'actor',
            id: lastPlural.replace(/^anon:/, ''),
          }
        : undefined;
    if (/^the (outlet|newspaper|network|paper|publication|broadcaster)$/.test(low))
      return { kind: 'outlet', id: lastOutlet ?? own.id };
    const named = outletByMention(raw);
    if (named) {
      if (!outlets.has(named.id)) outlets.set(named.id, named);
      if (named.id !== own.id) lastOutlet = named.id;
      return { kind: 'outlet', id: named.id };
    }
    if (/\b(report|story|article)\b/.test(low)) {
      if (/^the\b/.test(low) && lastReport) {
        lastReport.sentence = index;
        return { kind: 'report', id: lastReport.key };
      }
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
    const headIndex = toks.findIndex((t) => ANON_HEADS.has(t.lower));
    const hasName = toks.some((t, i) => t.pos === 'PROPN' && i > headIndex && headIndex >= 0);
    if (headIndex >= 0 && !hasName) {
      const desc = raw;
      const definite = /^the\b/i.test(desc);
      const head = toks[headIndex]!.lower;
      if (definite) {
        const prior = [...anons.values()]
          .reverse()
          .find((x) => x.description.toLowerCase().includes(head.replace(/s$/, '')));
        if (prior) return { kind: 'anon', id: prior.id };
      }
      let count: number | undefined;
      for (const t of toks.slice(0, headIndex)) {
        const n = NUMBER_WORDS[t.lower] ?? (/^\d+$/.test(t.text) ? Number(t.text) : undefined);
        if (n !== undefined) count = (count ?? 0) + n;
      }
      if (count === undefined && !/s$/.test(head)) count = 1;
      const modifiers = toks.slice(0, headIndex).filter((t) => t.pos === 'PROPN');
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
      if (!anons.has(id))
        anons.set(id, {
          id,
          description: desc,
          ...(count !== undefined ? { count } : {}),
          ...(affiliation ? { affiliation } : {}),
          citedBy,
        });
      if (/s$/.test(head)) lastPlural = `anon:${id}`;
      return { kind: 'anon', id };
    }
    const propn = toks.filter((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text));
    if (!propn.length) return undefined;
    let first = toks.findIndex((t) => /^[A-Z]/.test(t.text) && !TITLES.test(t.text));
    if (first < 0) return undefined;
    const nameToks = toks.slice(first).filter((t) => !/^[’']s$/.test(t.text));
    const name = nameToks
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+([’'])/g, '$1');
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
        (nameToks.length === 1 && x.kind === 'PERSON' && x.name.split(' ').at(-1) === name),
    );
    if (existing) {
      if (existing.kind === 'PERSON') lastPerson = existing.id;
      return { kind: 'actor', id: existing.id };
    }
    const kind = GOVERNMENT_WORDS.test(name)
      ? 'GOVERNMENT'
      : ORGANIZATION_WORDS.test(name)
        ? 'ORGANIZATION'
        : 'PERSON';
    const id = slug(name);
    const last = name.split(' ').at(-1);
    actors.set(id, {
      id,
      name,
      kind,
      ...(role && /^[A-Z]/.test(role) ? { role } : {}),
      ...(kind === 'PERSON' && last && last !== name ? { aliases: [last] } : {}),
    });
    if (kind === 'PERSON') lastPerson = id;
    return { kind: 'actor', id };
  };

  const add = (s: DraftStatement) => {
    const same = statements.find(
      (x) => x.type === s.type && x.source === s.source && x.claim === s.claim,
    );
    if (!same) statements.push(s);
    else if (s.quote && !same.quote) same.quote = s.quote;
  };

  const sents = sentences(text);
  sents.forEach((sentence: Sentence, index) => {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const found = findAttributions(sentence);
    const noComment = NEVER_DENIAL.test(sentenceText);
    const at = dateIn(sentenceText, input.publishedAt);
    for (const a of found) {
      if (a.negated && !DENIAL_LEMMAS.has(a.cueLemma)) continue;
      if (noComment) continue;
      const content: Span = [a.content[0]![0], a.content.at(-1)![1]];
      const nested = found.find(
        (b) => b !== a && b.source && b.source[0] >= content[0] && b.source[1] <= content[1],
      );
      const inner = found.some(
        (b) =>
          b !== a &&
          b.source &&
          a.source &&
          a.source[0] >= b.content[0]![0] &&
          a.source[1] <= b.content.at(-1)![1],
      );
      if (inner && !DENIAL_LEMMAS.has(a.cueLemma)) continue;
      const listener = a.listener
        ? (outletByMention(text.slice(a.listener[0], a.listener[1])) ??
          (/^the (outlet|newspaper|network)$/i.test(text.slice(a.listener[0], a.listener[1]).trim())
            ? { id: lastOutlet ?? own.id, name: '' }
            : undefined))
        : undefined;
      if (listener?.name && !outlets.has(listener.id))
        outlets.set(listener.id, listener as DraftOutlet);
      const src = resolve(a, index, listener?.id);
      if (!src) continue;
      const contentText = a.content.map(([s, e]) => text.slice(s, e)).join(' ');
      const quoted = /^[“"]/.test(contentText.trim())
        ? contentText
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
      const when = at ? { at } : {};

      if (DENIAL_LEMMAS.has(a.cueLemma) && !a.negated && src.kind === 'actor') {
        const object = nested?.content
          ? text.slice(nested.content[0]![0], nested.content.at(-1)![1])
          : contentText;
        const claim = /^[“"]/.test(object.trim())
          ? claimFor(object)
          : words(object).length <= 3 && lastClaim
            ? lastClaim
            : claimFor(object);
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
        }
        add({ type: 'DENIED', source: src.id, claim, ...when, evidence });
        lastClaim = claim;
        continue;
      }
      if (
        quoted !== undefined &&
        DENIAL_CONTENT.test(contentText) &&
        lastClaim &&
        src.kind === 'actor'
      ) {
        add({
          type: 'DENIED',
          source: src.id,
          claim: lastClaim,
          ...when,
          quote: quoted,
          evidence: { ...evidence, confidence: 0.6 },
        });
        continue;
      }
      if (nested) continue;
      const claim = claimFor(contentText, src.kind === 'report' ? src.id : undefined);
      if (src.kind === 'report' && !reportClaims.has(src.id)) reportClaims.set(src.id, claim);
      lastClaim = claim;
      const quote = quoted ? { quote: quoted } : {};
      const cited = src.kind === 'anon' ? anons.get(src.id)!.citedBy : undefined;
      if (src.kind === 'outlet' || src.kind === 'report') {
        if (src.id === own.id) add({ type: 'REPORTED', source: own.id, claim, evidence });
        else {
          add({ type: 'REPORTED', source: src.id, claim, ...when, evidence });
          add({ type: 'REPORTED', source: own.id, claim, citing: [src.id], evidence });
        }
        continue;
      }
      const type: StatementType =
        CONFIRM_LEMMAS.has(a.cueLemma) && src.kind === 'actor' ? 'CONFIRMED' : 'SAID';
      add({ type, source: src.id, claim, ...when, ...quote, evidence });
      if (cited && cited !== own.id) {
        add({ type: 'REPORTED', source: cited, claim, ...when, citing: [src.id], evidence });
        add({ type: 'REPORTED', source: own.id, claim, citing: [cited], evidence });
      } else add({ type: 'REPORTED', source: own.id, claim, citing: [src.id], evidence });
    }
  });

  // A report named without its outlet ("The report in question claimed …") is the one the next
  // sentence attributes to an outlet ("NBC News detailed …"); otherwise it stays unnamed.
  const rename = new Map<string, string>();
  for (const r of reports) {
    const next = statements.find(
      (s) =>
        s.type === 'REPORTED' &&
        outlets.has(s.source) &&
        s.source !== own.id &&
        sents.findIndex((x) => x.start <= s.evidence.cue[0] && s.evidence.cue[0] < x.end) ===
          r.sentence + 1,
    );
    if (next) rename.set(r.key, next.source);
    else {
      const id = `unnamed-${slug(r.description)}`;
      outlets.set(id, { id, name: `Unnamed outlet (${r.description})` });
      rename.set(r.key, id);
    }
  }
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
      : host === o.domain || host.endsWith(`.${o.domain}`),
  );
  if (known)
    return { id: slug(known.name.replace(/^the /i, '')), name: known.name, domain: known.domain };
  if (input.outlet) return { id: slug(input.outlet), name: input.outlet, domain: host };
  const base = host.split('.').slice(0, -1).join('.') || host;
  return { id: slug(base), name: base, domain: host };
}

/** A date stated outside the quoted words ("on Monday"), resolved against publication. */
function dateIn(sentence: string, publishedAt: string): string | undefined {
  const ref = new Date(publishedAt);
  if (Number.isNaN(ref.getTime())) return undefined;
  for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const d = r.start.date();
    if (d.getTime() <= ref.getTime() + 86_400_000) return d.toISOString().slice(0, 10);
  }
  return undefined;
}
