// Derives the cue lexicon mined from PolNeAR's TRAIN split (server/extract/polnear-cues.json):
// every verb lemma that heads a gold cue at least MIN_CUES times, and is a cue in at least
// MIN_PRECISION of its occurrences as a verb in the train texts; and the word after such a verb
// ("pointed to", "talked about") that the gold cue takes in at least half the cases it follows the
// verb as a cue, at least MIN_CUES times. Only the train split is read.
// Usage: npx tsx bench/polnear-cues.ts PATH [--print]
import { writeFileSync } from 'node:fs';
import { sentences } from '../server/extract/text.ts';
import { CUE_LEMMAS } from '../server/extract/lexicon.ts';
import { adjectiveFrame } from '../server/extract/attributions.ts';
import { articles } from './polnear-score.ts';

const MIN_CUES = 3;
const MIN_PRECISION = 0.25;
const root = process.argv[2];
if (!root) {
  console.error('usage: npx tsx bench/polnear-cues.ts PATH [--print]');
  process.exit(2);
}
const asVerb = new Map<string, number>();
const asCue = new Map<string, number>();
// the word after a cue verb that the gold cue includes ("pointed to", "talked about")
const after = new Map<string, number>();
const afterIn = new Map<string, number>();
// any verb with the word after it ("focus on", "weigh in"): how often, and how often a cue
const pairs = new Map<string, number>();
const pairsIn = new Map<string, number>();
// an adjective after "be" with the word after it ("critical of", "eager to")
const adjectives = new Map<string, number>();
const adjectivesIn = new Map<string, number>();
for (const { text, ann } of articles(root, 'train')) {
  const cues: [number, number][] = [];
  for (const line of ann.split('\n')) {
    const m = /^T\d+\tCue ([\d ;]+)\t/.exec(line);
    if (m)
      for (const frag of m[1]!.split(';'))
        cues.push(frag.trim().split(' ').map(Number) as [number, number]);
  }
  const inCue = (t: { start: number; end: number }) =>
    cues.some(([a, b]) => t.start >= a && t.end <= b);
  for (const s of sentences(text))
    for (const [i, t] of s.tokens.entries()) {
      const word = s.tokens[i + 1];
      if (word && adjectiveFrame(s.tokens, i) !== undefined) {
        const key = `${t.lemma} ${word.lower}`;
        adjectives.set(key, (adjectives.get(key) ?? 0) + 1);
        if (inCue(t)) adjectivesIn.set(key, (adjectivesIn.get(key) ?? 0) + 1);
      }
      if (t.pos !== 'VERB') continue;
      asVerb.set(t.lemma, (asVerb.get(t.lemma) ?? 0) + 1);
      const after1 = s.tokens[i + 1];
      if (after1 && (after1.pos === 'ADP' || after1.pos === 'PART')) {
        const key = `${t.lemma} ${after1.lower}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        if (inCue(t) && inCue(after1)) pairsIn.set(key, (pairsIn.get(key) ?? 0) + 1);
      }
      if (!inCue(t)) continue;
      asCue.set(t.lemma, (asCue.get(t.lemma) ?? 0) + 1);
      const next = s.tokens[i + 1];
      if (next && (next.pos === 'ADP' || next.pos === 'PART')) {
        const key = `${t.lemma} ${next.lower}`;
        after.set(key, (after.get(key) ?? 0) + 1);
        if (inCue(next)) afterIn.set(key, (afterIn.get(key) ?? 0) + 1);
      }
    }
}
const particles = [...afterIn]
  .filter(([k, c]) => c >= MIN_CUES && c / after.get(k)! >= 0.5)
  .sort((a, b) => b[1] - a[1]);
const mined = [...asCue]
  .filter(([l, c]) => c >= MIN_CUES && c / asVerb.get(l)! >= MIN_PRECISION)
  .sort((a, b) => b[1] - a[1]);
// phrases: a verb that is no cue on its own with the word after it, a cue together
const cueVerbs = new Set([...CUE_LEMMAS, ...mined.map(([l]) => l)]);
const phrases = [...pairsIn]
  .filter(
    ([k, c]) =>
      !cueVerbs.has(k.split(' ')[0]!) && c >= MIN_CUES && c / pairs.get(k)! >= MIN_PRECISION,
  )
  .sort((a, b) => b[1] - a[1]);
if (process.argv.includes('--print'))
  for (const [l, c] of mined)
    console.log(
      `${l}\t${c}\t${(c / asVerb.get(l)!).toFixed(2)}${CUE_LEMMAS.has(l) ? '' : '\tNEW'}`,
    );
const out = new URL('../server/extract/polnear-cues.json', import.meta.url).pathname;
writeFileSync(
  out,
  JSON.stringify(
    {
      about: `Verb lemmas heading >= ${MIN_CUES} gold cues in PolNeAR's train split, a cue in >= ${MIN_PRECISION} of their verb uses there; particles: the word after such a verb that the gold cue takes in >= half of >= ${MIN_CUES} cases; phrases: another verb with the word after it, a cue together >= ${MIN_CUES} times, in >= ${MIN_PRECISION} of their uses; adjectives: an adjective after a form of be with the word after it, the same; written by bench/polnear-cues.ts`,
      lemmas: Object.fromEntries(
        mined.map(([l, c]) => [l, Number((c / asVerb.get(l)!).toFixed(2))]),
      ),
      adjectives: Object.fromEntries(
        [...adjectivesIn]
          .filter(([k, c]) => c >= MIN_CUES && c / adjectives.get(k)! >= MIN_PRECISION)
          .sort((a, b) => b[1] - a[1])
          .map(([k, c]) => [k, Number((c / adjectives.get(k)!).toFixed(2))]),
      ),
      phrases: Object.fromEntries(
        phrases.map(([k, c]) => [k, Number((c / pairs.get(k)!).toFixed(2))]),
      ),
      particles: Object.fromEntries(
        particles.map(([k, c]) => [k, Number((c / after.get(k)!).toFixed(2))]),
      ),
    },
    null,
    2,
  ) + '\n',
);
if (process.argv.includes('--print'))
  for (const [k, c] of particles)
    console.log(`particle ${k}\t${c}\t${(c / after.get(k)!).toFixed(2)}`);
console.error(
  `${mined.length} lemmas, ${particles.length} particles, ${phrases.length} phrases -> ${out}`,
);
