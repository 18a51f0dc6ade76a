// Precision rules of the seventeenth pass on issue 14 (area D), found by sorting the false hits of
// rounds 12 to 14 and looking for each kind in rounds 1 and 3 to 11: each is a mechanism over the
// structure of the words, tested on names, stories, tenses and orders of our own, with look-alikes
// beside them that are not the thing.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

// A source that denies a report and, in the same or another sentence, calls it false in its own
// words ("That report is simply untrue", "No, that's not true", "rumours … are 'not true'") has
// said one thing, the denial: the verdict is its wording, not a second proposition it asserts
// (ANNOTATION.md: the denial is DENIED; the outlet reports that someone denied, nothing more).
describe("a denier's verdict of falsity is its denial, not a second assertion", () => {
  it.each([
    [
      'Orion Motors denied a report by the Daily Courier that it plans to close its Leeds plant. “That report is simply untrue,” Orion Motors said.',
      'orion-motors',
    ],
    [
      'Lars Holm has denied reports that he will leave Ajax for a club in Qatar. ‘No, that’s not true – not true,’ Holm told reporters after training.',
      'lars-holm',
    ],
    [
      'Maria Ortega says rumours she is set to join Real Betis are “not true”. The striker has two years left on her contract.',
      'maria-ortega',
    ],
    [
      'Kestrel Bank on Friday dismissed a Bloomberg report that it was in talks to buy Halden Insurance. The story is “a complete fabrication”, according to Kestrel Bank.',
      'kestrel-bank',
    ],
    [
      'The Interior Ministry rejected a report that troops had been sent to the border. “These claims are baseless and false,” the Interior Ministry said in a statement.',
      'interior-ministry',
    ],
    [
      '“It is all lies,” said Tomas Vann, who denied the Journal’s report that his government had signed a secret pact with Norland.',
      'tomas-vann',
    ],
    [
      'Halden Energy said on Monday: “What was written about our Texas refinery is far from the truth.” Halden Energy denied a Reuters report that it would sell its Texas refinery.',
      'halden-energy',
    ],
    [
      'The Daily Courier reported that Orion Motors will close its Leeds plant. Orion Motors chief executive Jan Berg said the claims that the plant will close are “baseless”.',
      'jan-berg',
    ],
    [
      'Senator Ruth Abara denied reports she will run for governor next year. “The idea that I am running for governor is nonsense,” Abara wrote on Facebook.',
      'ruth-abara',
    ],
  ])('%s', (text, who) => {
    const got = lines(text);
    expect(got).toContain(`DENIED ${who}`);
    expect(got).not.toContain(`SAID ${who}`);
  });

  // what the denier asserts besides the verdict, or a verdict on something other than what was
  // reported, is a statement of its own
  it.each([
    [
      'Orion Motors denied a report that it plans to close its Leeds plant. “We will hire 300 more workers in Leeds next year,” Orion Motors said.',
      'orion-motors',
    ],
    [
      'Orion Motors denied a report that it plans to close its Leeds plant. Orion Motors said its sales figures for the last quarter had been wrong and were corrected.',
      'orion-motors',
    ],
    [
      'Lars Holm has denied reports that he will leave Ajax. “I never liked losing, and we lost three games in a row,” Holm told reporters.',
      'lars-holm',
    ],
  ])('kept: %s', (text, who) => {
    expect(lines(text)).toContain(`SAID ${who}`);
  });

  // falsity asked about, said of a thing that is no report, or relayed from another speaker
  it.each([
    'Halden Energy refused to say whether the rumours that it would sell its refinery were untrue.',
    'Kestrel Bank said that the documents shown on television last week were fake.',
    'Orion Motors said there was no decision yet, while union leader Jan Berg said the reports of a closure were baseless.',
  ])('no denial: %s', (text) => {
    expect(lines(text).filter((l) => l.startsWith('DENIED'))).not.toContain('DENIED halden-energy');
    expect(lines(text)).not.toContain('DENIED kestrel-bank');
    expect(lines(text)).not.toContain('DENIED orion-motors');
  });
});
