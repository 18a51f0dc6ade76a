// An idiom battery for denials (issue 14, rules-9 pass): the common ways English news prose
// denies a report, and the phrases that are never a denial. The sentences are our own, written
// after wire-service and newspaper style, a few after wording seen in PolNeAR's train split;
// none comes from the extraction corpus. Each case is a report, then the sentence that answers
// it. What is asked is only who denies and a word of the claim denied, so the battery measures
// the idiom, not the claim's exact wording.
import { describe, expect, it } from 'vitest';
import { denials, draft, lines } from './extract-helpers.ts';

/** [the report, the answer, who denies it (null: nobody), a word of the claim denied] */
type Case = [string, string, string | null, string?];
const P = 'The Daily Post reported on Monday that Acme Corp plans to close its Ohio plant.';
const T = 'Reuters reported that the two leaders had agreed to meet in Geneva next month.';
const B = 'The Sun claimed that the striker would join Chelsea in January.';
const K =
  'Bloomberg reported, citing people familiar with the matter, that the Kremlin was preparing a new mobilisation.';
const M =
  'The Herald reported that Housing Minister Tom Hale had accepted a payment of $50,000 from a developer.';
const positives: Case[] = [
  // deny family
  [P, 'Acme Corp denied the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp flatly denied the report on Tuesday.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp has categorically denied the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp strongly denied the claims.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp has repeatedly denied that it plans to close the plant.', 'acme-corp', 'plant'],
  [P, 'Acme Corp was quick to deny the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp issued a denial on Tuesday.', 'acme-corp', 'ohio'],
  [
    P,
    'Acme Corp said in a statement denying the report that the plant would stay open.',
    'acme-corp',
    'ohio',
  ],
  [P, 'Denying the report, Acme Corp said the plant would remain open.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp, however, denied this.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp denied it.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp denied any plans to close the plant.', 'acme-corp', 'plant'],
  [P, 'Acme chief executive John Smith denied the plant would close.', 'john-smith', 'plant'],
  [P, '"We deny the report," Acme Corp said.', 'acme-corp', 'ohio'],
  [P, 'The report was denied by Acme Corp on Tuesday.', 'acme-corp', 'ohio'],
  [T, 'The Kremlin denied that any such meeting had been agreed.', 'kremlin', 'meet'],
  [
    T,
    'Kremlin spokesman Dmitry Peskov denied the report, telling reporters no meeting was planned.',
    'dmitry-peskov',
    'meet',
  ],
  [M, 'Tom Hale denied accepting the payment.', 'tom-hale', 'payment'],
  [M, 'But Tom Hale denies the allegations.', 'tom-hale', 'payment'],
  // reject / dismiss / refute / dispute / rebut / rebuff / brush aside / push back / contradict
  [P, 'Acme Corp rejected the report as false.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp dismissed the claims.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp dismissed reports that it would close the plant.', 'acme-corp', 'plant'],
  [P, 'Acme Corp dismissed suggestions that it would shut the factory.', 'acme-corp', 'factory'],
  [P, 'Acme Corp refuted the allegations in a statement.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp disputed the report.', 'acme-corp', 'ohio'],
  [P, "Acme Corp disputed the newspaper's account.", 'acme-corp', 'ohio'],
  [P, 'Acme Corp rebutted the claims on Tuesday.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp rebuffed the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp brushed aside the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp brushed aside reports that it would close the plant.', 'acme-corp', 'plant'],
  [P, 'Acme Corp pushed back against the report.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp pushed back on reports that the plant would close.', 'acme-corp', 'plant'],
  [P, 'Acme Corp contradicted the report.', 'acme-corp', 'ohio'],
  [B, 'Chelsea have rejected claims that the striker will join in January.', 'chelsea', 'striker'],
  [K, 'The Kremlin dismissed the report as "speculation".', 'kremlin', 'mobilisation'],
  [
    K,
    'Peskov dismissed the Bloomberg report, calling it "pure fiction".',
    'peskov',
    'mobilisation',
  ],
  // called / described / branded / labelled
  [P, 'Acme Corp called the report false.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp called the report "baseless".', 'acme-corp', 'ohio'],
  [P, 'Acme Corp described the report as inaccurate.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp branded the report "fake news".', 'acme-corp', 'ohio'],
  [P, 'Acme Corp labelled the story nonsense.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp called the report "misleading".', 'acme-corp', 'ohio'],
  [P, 'Acme Corp called the claims "without foundation".', 'acme-corp', 'ohio'],
  [P, 'Acme Corp described the story as "pure fiction".', 'acme-corp', 'ohio'],
  [P, 'Acme Corp called the report untrue.', 'acme-corp', 'ohio'],
  // said the report was …
  [P, 'Acme Corp said the report was false.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp said the report was "completely untrue".', 'acme-corp', 'ohio'],
  [
    P,
    'A spokesman for Acme Corp said the report was inaccurate.',
    'latin-times-spokesman-for-acme-corp',
    'ohio',
  ],
  [P, 'Acme Corp said the claims were baseless.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp said the report was "without foundation".', 'acme-corp', 'ohio'],
  [P, 'The story is "simply not true", Acme Corp said.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp said the report was "misleading".', 'acme-corp', 'ohio'],
  // quoted verdicts
  [P, '"That\'s not true," Acme Corp chief executive John Smith said.', 'john-smith', 'ohio'],
  [
    P,
    '"There is no truth to it," John Smith, Acme\'s chief executive, told reporters.',
    'john-smith',
    'ohio',
  ],
  [P, 'Asked about the report, John Smith said: "Absolutely not."', 'john-smith', 'ohio'],
  [P, '"This is fake news," said John Smith, Acme\'s chief executive.', 'john-smith', 'ohio'],
  [
    P,
    '"It\'s completely false," a company spokeswoman said.',
    'latin-times-company-spokeswoman',
    'ohio',
  ],
  [
    P,
    '"There is absolutely no truth in this report," Acme Corp said in a statement.',
    'acme-corp',
    'ohio',
  ],
  [P, '"That is simply untrue," said Acme spokeswoman Jane Roe.', 'jane-roe', 'ohio'],
  // negated restatements
  [P, 'Acme Corp said there were no plans to close the Ohio plant.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp said it has no intention of closing the Ohio plant.', 'acme-corp', 'ohio'],
  [P, 'Acme Corp said it had not decided to close the Ohio plant.', 'acme-corp', 'ohio'],
  [T, 'The Kremlin insisted no such agreement existed.', 'kremlin', 'meet'],
  [
    T,
    'A Kremlin spokesman said the two leaders had not agreed to meet in Geneva.',
    'latin-times-kremlin-spokesman',
    'meet',
  ],
  [P, 'Acme Corp said it would not close the Ohio plant.', 'acme-corp', 'ohio'],
  // found in PolNeAR train's wording
  [P, 'Acme Corp rejected the notion that the plant would close.', 'acme-corp', 'plant'],
  [P, 'Acme Corp rejected any suggestion that the Ohio plant would close.', 'acme-corp', 'plant'],
  [
    P,
    "Acme Corp dismissed the union's accusations that it planned to close the plant.",
    'acme-corp',
    'plant',
  ],
  [
    P,
    // an echoed denial by "the company" (lower case): no name to resolve in the clause
    // an echoed denial by "the company" (lower case): no name to resolve in the clause
    'The paper said the plant would close by March, which the company has denied.',
    'acme-corp',
    'plant',
  ],
  [
    P,
    // the no-comment clause guard covers the denial beside it
    // the no-comment clause guard covers the denial beside it
    'Acme Corp, which did not respond to a request for comment, has denied that it plans to close the plant.',
    'acme-corp',
    'plant',
  ],
  // more word orders and voices
  [P, '"The report is false," said Acme Corp.', 'acme-corp', 'ohio'],
  [P, 'The claims were dismissed by Acme Corp as baseless.', 'acme-corp', 'ohio'],
  [P, 'In a statement, Acme Corp denied the report.', 'acme-corp', 'ohio'],
  [
    P,
    'Acme Corp on Tuesday denied a Daily Post report that it would close the plant.',
    'acme-corp',
    'plant',
  ],
  [P, 'Acme Corp has denied reports it will close the plant.', 'acme-corp', 'plant'],
  [P, 'Acme Corp slammed the report as "rubbish".', 'acme-corp', 'ohio'],
  [
    B,
    'A source close to the striker said the story was "total nonsense".',
    'latin-times-source-close-to-the-striker',
    'striker',
  ],
  // institution and spokesperson
  [
    T,
    'The White House denied the report. "No meeting has been agreed," press secretary Karoline Leavitt said.',
    'white-house',
    'meet',
  ],
];
const negatives: Case[] = [
  // a label that does not reject the report, or an attack on someone, not on a report
  [P, 'Acme Corp slammed the regulator as "misleading" investors.', null],
  [P, 'Acme Corp said the report was not misleading.', null],
  // what the speaker does not know is no denial
  [P, 'Acme Corp said it had no knowledge of any plan to close the Ohio plant.', null],
  [P, 'Acme Corp said it did not know of any plans to close the Ohio plant.', null],
  [P, 'A company spokesman said he could not confirm that the Ohio plant would close.', null],
  // a frame with no claim denied, or with the denial held back
  [P, 'Acme Corp was quick to praise the report.', null],
  [P, 'Acme Corp has not issued a denial.', null],
  [P, 'Acme Corp, however, declined to deny the report.', null],
  [P, 'The court, however, dismissed the lawsuit against Acme Corp.', null],
  [P, 'Rejecting a bid from a rival, Acme Corp said it would stay independent.', null],
  // a proposal or a reading rejected is no claim denied
  [P, 'Acme Corp rejected suggestions to sell the plant.', null],
  [P, 'Acme Corp rejected the implication of the ruling.', null],
  [P, 'Acme Corp declined to comment.', null],
  [P, 'Acme Corp did not respond to a request for comment.', null],
  [P, 'Acme Corp would neither confirm nor deny the report.', null],
  [P, 'A spokesman for Acme Corp said he could not confirm the report.', null],
  [P, 'Acme Corp said it was not aware of any plans to close the plant.', null],
  [P, 'Acme Corp stopped short of denying the report.', null],
  // the denial held back as a noun: "stopped short of (issuing) an outright denial"
  [P, 'Acme Corp pushed back against the report but stopped short of an outright denial.', null],
  [
    P,
    'Acme Corp pushed back on the report, but stopped short of issuing an outright denial.',
    null,
  ],
  [P, 'The company pushed back against the story, though it fell short of a flat denial.', null],
  [P, 'Acme Corp stopped short of making a formal denial of the report.', null],
  [P, 'Acme Corp pushed back against the report yet stopped short of rejecting it.', null],
  [P, 'Acme Corp did not deny the report.', null],
  [P, 'Acme Corp refused to deny the report.', null],
  [P, 'Acme Corp played down the report.', null],
  [P, 'Reporters asked whether Acme Corp denied the report.', null],
  [P, 'Asked whether he denied the report, Smith declined to comment.', null],
  [P, 'Acme Corp did not immediately respond to a request for comment on the report.', null],
  [P, 'Acme Corp has not denied the report.', null],
  [P, 'Acme Corp declined to confirm or deny the report.', null],
  [P, 'Acme Corp said it does not comment on rumours.', null],
  [P, 'Acme Corp confirmed the report.', null],
  // "speculation" on its own is no denial (ANNOTATION.md)
  [P, 'Acme Corp called the report "speculation".', null],
];

/** Idioms the rules still miss, each with why; a case that starts passing must leave this list. */
const stillFailing = new Set<string>([
  // "any plans to X": neither a report noun nor a clause, so no object is read
  'Acme Corp denied any plans to close the plant.',
  // the finder takes "Asked about the report" as what was said
  'Asked about the report, John Smith said: "Absolutely not."',
  // a "no such X existed" rule turned a tune-half "No such event took place," one of the
  // officials told Reuters into a denial by a second anonymous id, denials P 0.986 -> 0.972: reverted
  'The Kremlin insisted no such agreement existed.',
  'The paper said the plant would close by March, which the company has denied.',
  'Acme Corp, which did not respond to a request for comment, has denied that it plans to close the plant.',
]);

const denies = ([report, answer, who, word]: Case) => {
  const found = denials(`${report} ${answer}`);
  if (who === null) return expect(found).toEqual([]);
  expect(
    found.some((d) => d.startsWith(`${who}: `) && (!word || d.toLowerCase().includes(word))),
    `${JSON.stringify(found)}`,
  ).toBe(true);
};

describe('denial idioms: who denies what', () => {
  for (const c of positives) (stillFailing.has(c[1]) ? it.fails : it)(c[1], () => denies(c));
});

describe('never a denial', () => {
  for (const c of negatives) (stillFailing.has(c[1]) ? it.fails : it)(c[1], () => denies(c));
});

describe('a framed denial keeps its words as evidence', () => {
  it('"was quick to deny": the frame is the cue, the report its object, and no SAID beside it', () => {
    const text = `${P} Acme Corp was quick to deny the report.`;
    const d = draft(text).statements.find((s) => s.type === 'DENIED')!;
    const ev = d.evidence!;
    expect([ev.source, ev.cue, ev.content].map((s) => text.slice(...s!))).toEqual([
      'Acme Corp',
      'was quick to deny',
      'the report',
    ]);
    expect(lines(text)).not.toContain('SAID acme-corp');
  });
});
