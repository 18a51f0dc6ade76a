// Rules of the twentieth pass on issue 14, helper B: sources hidden by brackets, quotation marks,
// and the words around an outlet's name.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

// A date in brackets between the speaker and the cue says when, as an unbracketed one does; so
// does a bracketed date after the one it pins down ("on Friday (Feb 10)").
describe('a bracketed date between the speaker and the cue is skipped', () => {
  const has = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  has(
    'Minister Tobin Vale on Friday (Feb 10) denied that any minister is resigning.',
    'DENIED tobin-vale',
  );
  has(
    'Spokeswoman Ilse Marr on Wednesday (November 20) said the talks would resume.',
    'SAID ilse-marr',
  );
  has('Hooli [on Tuesday] said it would cut 300 jobs.', 'SAID hooli');
  has('Corvane (Feb. 3) said the plant would close.', 'SAID corvane');
  has('Tobin Vale on Monday (November 14th) said the minister was fine.', 'SAID tobin-vale');
  has('Governor Ada Pell (R-OK) said the plan would fail.', 'SAID ada-pell');
});

// Initials in brackets after a body's name are another name of it: the name without them is the
// body ("the Ministry of External Affairs (MEA)" read as "ministry"), and "the MEA" later, with
// or without "the", is the same body, whether the initials spell its words or not.
describe('initials in brackets closing a body’s name are its alias', () => {
  const same = (text: string, id: string, n: number) =>
    it(JSON.stringify(text), () => {
      const got = lines(text).filter((l) => /^(SAID|DENIED|REPORTED) [a-z-]+$/.test(l));
      expect(got.filter((l) => l.endsWith(` ${id}`)).length).toBe(n);
      expect(got.every((l) => l.endsWith(` ${id}`) || l.startsWith('REPORTED latin-times'))).toBe(
        true,
      );
    });
  same(
    'The International Luge Federation (ILF) said the race was cancelled. The ILF added that refunds would follow.',
    'international-luge-federation',
    2,
  );
  same(
    'The Ministry of Coastal Affairs (MCA) said the port would reopen. The MCA said ties were strong.',
    'ministry-of-coastal-affairs',
    2,
  );
  same(
    'Qarsan National Power Co (QNPC) said on Thursday that it was not holding merger talks. QNPC said it had no plans to sell.',
    'qarsan-national-power',
    2,
  );
  same(
    'The audit was run by the Harbour Safety Office (HSO). The HSO said the inspector was dismissed.',
    'harbour-safety-office',
    1,
  );
  same(
    'The Bank of Veldoria (BOV) said rates would rise. BOV added that inflation was easing.',
    'bank-of-veldoria',
    2,
  );
});

// Quotation marks around the writer's own denial verb, with its adverbs, stress the words and
// quote nobody: the denial stands as if unmarked, and the two words are no statement of anyone's.
describe('marks around the writer’s own denial verb quote nobody', () => {
  const denies = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got).toContain(line);
      expect(got.filter((l) => l.startsWith('SAID'))).toEqual([]);
    });
  denies(
    'Vexo have ‘categorically denied’ that they agreed a deal with Corbin United.',
    'DENIED vexo',
  );
  denies(
    'Ilse Marr “categorically denied” the report that the envoy had met Tobin Vale.',
    'DENIED ilse-marr',
  );
  denies('Hooli ‘strongly rejected’ the claims that it had bribed officials.', 'DENIED hooli');
  denies("Corvane has moved to 'flatly deny' that its chief is leaving.", 'DENIED corvane');
  denies('Globex "firmly dismissed" reports that it would close the plant.', 'DENIED globex');

  it('a quotation of the speaker’s own words stays hers', () => {
    expect(lines('“We deny it,” Ilse Marr said.')).toContain('SAID ilse-marr');
    expect(lines('Marr said the club ‘flatly rejects’ the offer and will not sell.')).toContain(
      'SAID marr',
    );
  });
});

// A name before a word for what a publication publishes owns it as a publication, though no
// lexicon knows it; a place, a people, a public body, initials and a person's name own none.
describe('a name before report, story, article or investigation is a publication', () => {
  const by = (text: string, id: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got.filter((l) => l.startsWith('REPORTED ') && !l.includes('<-'))).toEqual([
        `REPORTED ${id}`,
      ]);
      expect(got).toContain(`REPORTED latin-times <- ${id}`);
    });
  by('According to a Page Nine story, the couple split in May.', 'page-nine');
  by('The Vexolo article claimed that Hooli would exit the talks.', 'vexolo');
  by(
    'Drudge linked a Corvane Online story claiming that Judge Pell will resign.',
    'corvane-online',
  );
  by('A Marrow Ledger investigation found that the firm had paid bribes.', 'marrow-ledger');
  by('A UN report said the war had displaced 2 million people.', 'unnamed-un-report');
  by('An Iranian report said the envoy had met the minister.', 'unnamed-iranian-report');
  by('A Pentagon report said the drones were built abroad.', 'unnamed-pentagon-report');
  by('A Korean media report said Hooli would sell itself.', 'unnamed-korean-media-report');
  by(
    'Tobin Vale finished his inquiry in March. The Vale report said there was no conspiracy.',
    'unnamed-vale-report',
  );
});

// A time between an outlet and its verb says when it reported, and hides no outlet: not from the
// finder when the tagger reads the name's last word as a verb ("Herald"), nor from the unowned
// reports the outlet's words name.
describe('a time phrase between an outlet and its verb does not hide the outlet', () => {
  const by = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  by('The Vexo Herald on Friday reported that Hooli would buy Globex.', 'REPORTED vexo-herald');
  by('The Vexo Herald last week reported that Hooli would buy Globex.', 'REPORTED vexo-herald');
  by(
    'The Vexo Herald earlier this month reported that Hooli would buy Globex.',
    'REPORTED vexo-herald',
  );
  const owns = (text: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got.filter((l) => l.startsWith('REPORTED bloomberg')).length).toBe(2);
      expect(got.some((l) => l.includes('unnamed'))).toBe(false);
    });
  owns(
    'Hooli denied reports that it would sell itself. Bloomberg on Friday reported that talks were advanced.',
  );
  owns(
    'Hooli denied reports that it would sell itself. Bloomberg earlier this month reported that talks were advanced.',
  );
});

// A news agency goes by its whole name ("Corvane News Agency", "the Tasnim news agency") and by
// its own word alone ("Corvane said"): one publication, named in full, whose words are REPORTED.
describe('a news agency and its short form are one publication', () => {
  const one = (text: string, id: string, n: number) =>
    it(JSON.stringify(text), () => {
      const got = lines(text).filter((l) => !l.startsWith('REPORTED latin-times'));
      expect(got).toEqual(Array(n).fill(`REPORTED ${id}`));
    });
  one(
    'The Corvane News Agency reported that the talks had failed. Corvane said the envoy left the capital.',
    'corvane-news-agency',
    2,
  );
  one('Marrow News Agency reported that the talks had failed.', 'marrow-news-agency', 1);
  one(
    'The detainees took soil samples, according to the semi-official Qorvel news agency. Qorvel said the video was real.',
    'qorvel-news-agency',
    2,
  );
  one('The state-run KNRA news agency reported that the envoy was arrested.', 'knra', 1);
  one(
    'The semi-official Vexo news agency claimed the envoy was expelled. The envoy had apologised, Vexo reported.',
    'vexo-news-agency',
    2,
  );
});
