// Rules of the eighteenth pass on issue 14, area B: denial recall, written from the misses of
// rounds 15 to 17 as mechanisms many stories share.
import { describe, expect, it } from 'vitest';
import { sentences } from '../../server/extract/text.ts';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);
const REPORT = 'Reuters reported that the government had agreed to sell arms to its neighbour. ';

describe('a name with a letter beyond Latin-1 is one word', () => {
  // wink-nlp splits a word at č, ğ, ł, ș, ễ …: "Dačić" became "Da", "č", "i", "ć", so a Serbian,
  // Turkish, Polish, Romanian or Vietnamese name lost its speaker
  it.each([
    ['Ivica Dačić', 'ivica-dacic'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ['Lech Wałęsa', 'lech-walesa'],
    ['Andrej Babiš', 'andrej-babis'],
    ['Florin Cîțu', 'florin-citu'],
    ['Nguyễn Phú Trọng', 'nguyen-phu-trong'],
    ['Novak Đoković', 'novak-dokovic'],
    ['Łukasz Kamiński', 'lukasz-kaminski'],
  ])('%s denied the reports', (name, id) => {
    expect(deniers(`${REPORT}${name} denied the reports.`)).toEqual([id]);
    expect(deniers(`${REPORT}The reports are false, ${name} said on Monday.`)).toEqual([id]);
  });
  it('keeps the text and offsets of the words as written', () => {
    const text = 'Foreign Minister Ivica Dačić spoke.';
    const toks = sentences(text)[0]!.tokens;
    const dacic = toks.find((t) => t.text === 'Dačić');
    expect(dacic).toBeDefined();
    expect(text.slice(dacic!.start, dacic!.end)).toBe('Dačić');
    expect(toks.map((t) => t.text)).toEqual([
      'Foreign',
      'Minister',
      'Ivica',
      'Dačić',
      'spoke',
      '.',
    ]);
  });
});
