// Rules of the nineteenth pass on issue 14, second half, area C2: a report that stands in a clause
// of another statement ("X said P, after the Journal reported Q", "following a report in the FT
// that Q", "days after Reuters reported Q", "After the Telegraph reported Q, X said P").
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

const claimOf = (text: string, type: string, source: string) => {
  const d = draft(text);
  const s = d.statements.find((x) => x.type === type && x.source === source);
  return s && d.claims.find((c) => c.id === s.claim)?.text;
};

// The report in a time or answer clause ("after", "following", "a day after", "in response to")
// is the publication's statement of its own, whatever words name it (a verb "reported", a noun
// "report" owned by the name), and the speaker's words end where the clause begins.
describe('a report in a clause of another statement is a statement of its own', () => {
  const reports = (text: string, speaker: string, said: RegExp, outlet: string, claim: RegExp) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got).toContain(`REPORTED ${outlet}`);
      expect(got).toContain(`REPORTED latin-times <- ${outlet}`);
      expect(claimOf(text, 'REPORTED', outlet)).toMatch(claim);
      const own = claimOf(text, 'SAID', speaker) ?? claimOf(text, 'DENIED', speaker);
      expect(own).toMatch(said);
    });
  reports(
    'Acme said its profits rose 5 percent, after Reuters reported that it was weighing a sale of its paint unit.',
    'acme',
    /^Its profits rose 5 percent\.?$/,
    'reuters',
    /^It was weighing a sale of its paint unit\.?$/,
  );
  reports(
    'Globex said on Monday it had hired a new finance chief, a day after Bloomberg reported the chief executive would step down.',
    'globex',
    /^It had hired a new finance chief\.?$/,
    'bloomberg',
    /chief executive would step down/,
  );
  reports(
    'Kenya Airways said the chairman was on a private visit, days after the Hindustan Times reported he had met the rebels.',
    'kenya-airways',
    /^The chairman was on a private visit\.?$/,
    'hindustan-times',
    /he had met the rebels/i,
  );
  reports(
    'Vexo Holdings said it would publish results in March, hours after The Wall Street Journal had reported that its auditor resigned.',
    'vexo-holdings',
    /^It would publish results in March\.?$/,
    'wall-street-journal',
    /its auditor resigned/i,
  );
  reports(
    "Initech said it will keep its Berlin plant, in response to Reuters' report that the plant would close.",
    'initech',
    /^It will keep its Berlin plant\.?$/,
    'reuters',
    /the plant would close/i,
  );
  reports(
    'Umbrella Corp said its chief had resigned for personal reasons following the Financial Times report that he was under investigation.',
    'umbrella-corp',
    /resigned for personal reasons\.?$/,
    'financial-times',
    /he was under investigation/i,
  );
  reports(
    'Hooli said its founder remains chairman, in response to a report by The Guardian that he had been forced out.',
    'hooli',
    /^Its founder remains chairman\.?$/,
    'guardian',
    /he had been forced out/i,
  );
  reports(
    'Stark Industries said on Tuesday it had paid all its suppliers, after a report from Reuters claiming it owed them millions.',
    'stark-industries',
    /^It had paid all its suppliers\.?$/,
    'reuters',
    /owed them millions/,
  );
});

// The same clause before the main clause: the report's words end at the comma where the speaker's
// clause begins, and the speaker's clause is a statement of its own.
describe('a fronted report clause ends at the main clause', () => {
  const fronted = (text: string, speaker: string, outlet: string, claim: RegExp) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got).toContain(`REPORTED ${outlet}`);
      expect(claimOf(text, 'REPORTED', outlet)).toMatch(claim);
      expect(got.some((l) => new RegExp(`^(?:SAID|DENIED) ${speaker}$`).test(l))).toBe(true);
    });
  fronted(
    'After the Daily Telegraph reported that Acme was in talks with Globex, Acme said it would announce its plans in May.',
    'acme',
    'daily-telegraph',
    /^Acme was in talks with Globex\.?$/,
  );
  fronted(
    'A day after Reuters reported the plant would close, Initech said it would keep it open.',
    'initech',
    'reuters',
    /^The plant would close\.?$/,
  );
  fronted(
    'Following a Bloomberg report that Deutsche Bank was weighing job cuts, Deutsche Bank said it had hired 300 people.',
    'deutsche-bank',
    'bloomberg',
    /^Deutsche Bank was weighing job cuts\.?$/,
  );
  fronted(
    'Following a report in the Financial Times that Initech would close the plant, Initech said it would keep it open.',
    'initech',
    'financial-times',
    /^Initech would close the plant\.?$/,
  );
  fronted(
    'Following reports in Der Spiegel that Initech would close the plant, Initech said it would keep it open.',
    'initech',
    'der-spiegel',
    /^Initech would close the plant\.?$/,
  );
  it('"Responding to media reports that P, X said Q": the unnamed press reported P alone', () => {
    const d = draft(
      'Responding to media reports that the striker would leave in January, Real Madrid said he had signed a new contract.',
    );
    const press = d.statements.find((x) => x.type === 'REPORTED' && /^unnamed-/.test(x.source));
    expect(d.claims.find((c) => c.id === press?.claim)?.text).toBe(
      'The striker would leave in January.',
    );
  });
});

// The speaker's negation in the main clause answers the report in the clause: it denies what the
// report said, and the report's statement and the denial share the claim.
describe('a negated main clause denies the report of its clause', () => {
  const denies = (text: string, denier: string, outlet: string, claim: RegExp) =>
    it(JSON.stringify(text), () => {
      const d = draft(text);
      const rep = d.statements.find((s) => s.type === 'REPORTED' && s.source === outlet);
      const den = d.statements.find((s) => s.type === 'DENIED' && s.source === denier);
      expect(rep).toBeDefined();
      expect(den?.claim).toBe(rep?.claim);
      expect(denials(text)[0]).toMatch(claim);
    });
  denies(
    'Shellco said it was not in talks with Bexo to acquire its rival, after the Wall Street Journal reported there had been preliminary discussions between the two.',
    'shellco',
    'wall-street-journal',
    /preliminary discussions/,
  );
  denies(
    'Acme said it was not close to a deal with Globex, following a report in the Financial Times that Acme was close to a deal with Globex.',
    'acme',
    'financial-times',
    /close to a deal with Globex/,
  );
  it('a denial with its own object keeps it, beside the report of the aside', () => {
    const text =
      'Acme denied it was in talks with Globex, following a report in the Financial Times that Acme was close to a deal with Globex.';
    expect(lines(text)).toEqual([
      'REPORTED financial-times',
      'REPORTED latin-times <- financial-times',
      'DENIED acme',
    ]);
    expect(denials(text)).toEqual(['acme: It was in talks with Globex.']);
  });
  denies(
    'Globex said it was not selling its paint unit, a day after Bloomberg reported that Globex was selling its paint unit to Acme.',
    'globex',
    'bloomberg',
    /selling its paint unit/,
  );
  // the aside ties the negation to the report, so the reply needs to name no party of the deal
  denies(
    'Smith & Nephew said it is not in talks that may lead to a takeover or merger, after the Daily Telegraph reported the company was about to start informal negotiations with Biomet.',
    'smith-nephew',
    'daily-telegraph',
    /informal negotiations with Biomet/,
  );
  denies(
    'Kering said on Friday that it was not in merger discussions, days after Bloomberg reported the group had held talks with Richemont.',
    'kering',
    'bloomberg',
    /held talks with Richemont/,
  );
  denies(
    'Volvo Cars said it had no plans to buy a stake in any carmaker, hours after Reuters reported that the company was weighing an acquisition of Polestar.',
    'volvo-cars',
    'reuters',
    /acquisition of Polestar/,
  );
  denies(
    'Ørsted said it is not negotiating any sale, in response to a Bloomberg report that the utility was in talks to sell its onshore arm.',
    'orsted',
    'bloomberg',
    /talks to sell its onshore arm/,
  );
  it('a negation of something else denies nothing', () => {
    const text =
      'Acme said it would not pay a dividend this year, after Reuters reported that it was in talks to buy Globex.';
    expect(denials(text)).toEqual([]);
    expect(lines(text)).toContain('REPORTED reuters');
  });
  it('a refusal to comment denies nothing', () => {
    const text =
      'Acme said it does not comment on talks, after Reuters reported that it was in talks to buy Globex.';
    expect(denials(text)).toEqual([]);
  });
});

// Not a report in a clause: a time clause of another event, or a report the speaker only mentions.
describe('clauses that are not a report stay the speaker’s words', () => {
  it('"after the board met"', () => {
    const text = 'Acme said it would cut 200 jobs after the board met on Monday to review costs.';
    expect(lines(text)).toEqual(['SAID acme', 'REPORTED latin-times <- acme']);
    expect(claimOf(text, 'SAID', 'acme')).toMatch(/after the board met/);
  });
  it('"after Reuters reporters visited"', () => {
    const text = 'Acme said it closed the plant after Reuters journalists visited the site.';
    expect(lines(text)).toEqual(['SAID acme', 'REPORTED latin-times <- acme']);
  });
  it('a report of the company’s own ("after it reported a loss")', () => {
    const text = 'Acme said it would cut 200 jobs, after it reported a loss for the quarter.';
    // no report of its own is drafted: the company's words are its statement
    expect(lines(text)).toEqual(['SAID acme', 'REPORTED latin-times <- acme']);
  });
  it('a positive reply is no denial', () => {
    const text =
      'Acme said it was reviewing its options, after Reuters reported that it was weighing a sale.';
    expect(denials(text)).toEqual([]);
  });
});
