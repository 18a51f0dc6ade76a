// Rules of the nineteenth pass on issue 14, second half, area D2: statement precision, the
// statements drafted where the annotation makes none.
import { describe, expect, it } from 'vitest';
import { draft, lines } from './extract-helpers.ts';

// A speaker's words that only refuse to comment assert nothing checkable (ANNOTATION.md, "Never
// a denial"): no statement of theirs, and no report of one. A refusal beside a claim of its own
// ("…, and the team is not for sale", "but …") keeps the statement; so does a non-confirmation,
// which the annotation makes a statement of its own claim ("cannot confirm the reports that P").
describe('words that only refuse to comment are no statement', () => {
  const none = (text: string, speaker: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text);
      expect(got.filter((l) => l.includes(speaker))).toEqual([]);
    });
  none('“We do not comment on speculation,” a spokeswoman for Globex said.', 'spokes');
  none('“We don’t comment on security clearances,” Sarah Jenkins told reporters.', 'sarah-jenkins');
  none('The Pentagon said it would not comment on the matter.', 'pentagon');
  none('Downing Street said it does not comment on private conversations.', 'downing-street');
  none('Initech spokesman Ferda Osman said the company doesn’t comment on rumours.', 'ferda-osman');
  none(
    '“Vexo has a long-standing policy of not commenting on press speculation, unless there is a regulatory obligation to do so,” Vexo said in a statement.',
    'vexo',
  );
  none(
    'Acme said in a statement: “Acme’s policy is not to comment on rumours or speculation, and accordingly it does not intend to comment further.”',
    'acme',
  );
  none('“We decline to comment out of respect for the court,” lawyer Tomás Bielik said.', 'bielik');
  none(
    '“We have nothing to say about this publication,” Kremlin spokesman Dmitry Peskov said.',
    'peskov',
  );
  none('A spokesman for the estate said: “There is no news to report.”', 'spokesman');
  none('“It is our policy not to comment on market rumours,” Hooli said on Friday.', 'hooli');
  none(
    '“We will not be commenting on this,” said Marta Ruiz, a spokeswoman for Umbrella Corp.',
    'marta-ruiz',
  );

  it('a refusal said beside a denial adds no statement to it', () => {
    const got = lines(
      'The Paul G. Allen Estate denied that the team was for sale and said there was no news to report.',
    );
    expect(got).toContain('DENIED paul-g-allen-estate');
    expect(got).not.toContain('SAID paul-g-allen-estate');
    const also = lines(
      'Initech rejected the report that it would close the plant, and said it had nothing more to add.',
    );
    expect(also).toContain('DENIED initech');
    expect(also).not.toContain('SAID initech');
  });
  none(
    'The Kremlin said it had “nothing to say” about a report in The Wall Street Journal that its envoy held secret talks.',
    'kremlin',
  );

  const kept = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  kept(
    '“We don’t comment on rumours, and the team is not for sale,” Ivo Marek said.',
    'SAID ivo-marek',
  );
  kept(
    'Globex said Dario Conti had not been sacked, but refused to comment on reports that he would be fired.',
    'SAID globex',
  );
  kept(
    '“I cannot confirm the reports that the transfer has happened,” John Kirby said.',
    'SAID john-kirby',
  );
  kept(
    'Kirby said Egypt remained a significant partner, declining to comment on talks between the countries.',
    'SAID kirby',
  );
  kept(
    'Buckingham Palace said it was breaking a long-standing policy of not commenting on the family’s health because the story is now widely reported.',
    'SAID buckingham-palace',
  );
  kept(
    '“Usually they don’t comment on anything, but they will have to clarify this quickly,” Gary Neville said.',
    'SAID gary-neville',
  );
  kept('Reuters reported that the Kremlin did not comment on the talks.', 'REPORTED reuters');
  // the report the refusal is about stays the paper's statement
  kept(
    'The Kremlin said it had nothing to say about a report in The Wall Street Journal that its envoy held secret talks.',
    'REPORTED wall-street-journal',
  );
});

// Asking, urging, calling on or demanding that someone act puts forward no proposition: the
// words are a request, not a statement of the one who asks ("Schumer urged Menendez to resign",
// "Russia has asked China for military aid", "X was asked by Y to serve"). A question or a
// request quoted word for word is the speaker's own words and stays.
describe('a request is no statement of the one who asks', () => {
  const none = (text: string, speaker: string) =>
    it(JSON.stringify(text), () => {
      const got = lines(text).filter((l) => /^(?:SAID|CONFIRMED|DENIED) /.test(l));
      expect(got.filter((l) => l.includes(speaker))).toEqual([]);
    });
  none('Senate Majority Leader Chuck Schumer urged Menendez to resign immediately.', 'schumer');
  none(
    'Senator Cory Booker quickly called on Menendez, who has served since 2006, to resign.',
    'booker',
  );
  none(
    'Governor Ana Lima has asked the federal government for $14 billion to keep the plant open.',
    'lima',
  );
  none('Russia has asked China for drones since the invasion began.', 'russia');
  none('Napoli had reportedly demanded €120m to sell the striker.', 'napoli');
  none('Nick Rasmussen has been asked by ASU leadership to serve as acting director.', 'asu');
  none('Opposition leader Kemal Aydın called for the minister to step down on Tuesday.', 'kemal');
  none('Rakesh Tikait on Monday demanded the government withdraw the laws.', 'tikait');
  none('Pedro Sánchez on Monday urged Brussels to speed up the payments.', 'sanchez');
  none(
    'Congressman Lloyd Doggett became the first Democratic lawmaker to publicly call on Biden to make way for another candidate.',
    'lawmaker',
  );

  const kept = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  kept(
    'Globex chief Mara Olsen called the deal “a historic step for the company.”',
    'SAID mara-olsen',
  );
  kept('“Why would we sell the plant now?” Ferda Osman asked.', 'SAID ferda-osman');
  kept(
    'Pedro Sánchez urged calm, saying the payments would arrive in March.',
    'SAID pedro-sanchez',
  );
  kept(
    'Olympique Lyonnais ask that only official statements from the club are taken into consideration.',
    'SAID olympique-lyonnais',
  );
  kept('Rustem Umerov urged people not to trust “unverified information.”', 'SAID rustem-umerov');
  it('the words said beside a request stay, the request goes', () => {
    const d = draft(
      'Prime Minister Kishida called on the public to remain calm, saying the leak caused no damage.',
    );
    const said = d.statements
      .filter((x) => x.type === 'SAID' && x.source === 'kishida')
      .map((x) => d.claims.find((c) => c.id === x.claim)?.text);
    expect(said).toEqual(['The leak caused no damage.']);
  });
});

// A platform the words were posted on is where they were said, not who said them: "In Twitter
// posts Tuesday, Trump …", "on his Instagram account denying", "took to his X platform to debunk",
// "In a Facebook message posted Thursday, Kilmer explained". The company that runs it speaks as
// a company ("Twitter has denied the report").
describe('a platform the words were posted on is not their source', () => {
  const none = (text: string, platform: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text).filter((l) => l.split(' ')[1] === platform)).toEqual([]);
    });
  none(
    'In Twitter posts Tuesday, Trump also gave his opinion on the book, calling it “discredited.”',
    'twitter',
  );
  none('Her father released a statement on his Instagram account denying the report.', 'instagram');
  none('Musk took to his X social media platform to debunk the report.', 'x');
  none(
    'In a Facebook message posted Thursday night, Kilmer explained that while he did visit the hospital, he is fine.',
    'facebook',
  );
  none('On Telegram, Yevgeny Prigozhin said his fighters had taken the town.', 'telegram');
  none('In a TikTok video posted on Sunday, the singer said she was recovering well.', 'tiktok');
  none('Via his Truth Social account, the former president called the story fake.', 'truth-social');
  none('In a YouTube live stream, Andrew Tate said the charges were invented.', 'youtube');

  const kept = (text: string, line: string) =>
    it(JSON.stringify(text), () => {
      expect(lines(text)).toContain(line);
    });
  kept(
    'In a Facebook message posted Thursday night, Kilmer explained that while he did visit the hospital, he is fine.',
    'SAID kilmer',
  );
  kept('Twitter said in a statement that it had suspended the accounts on Monday.', 'SAID twitter');
  kept('Facebook said it had removed the accounts.', 'SAID facebook');
});

// "X explained his plan, saying P": one thing said, P. The first verb's object ("his plan", "the
// decision") is a thing, not a second statement, once the speaker's own participle is cut off.
describe('the object before a speaker’s own participle is no second statement', () => {
  const onlyClaim = (text: string, source: string, claim: RegExp) =>
    it(JSON.stringify(text), () => {
      const d = draft(text);
      const said = d.statements
        .filter((x) => x.type === 'SAID' && x.source === source)
        .map((x) => d.claims.find((c) => c.id === x.claim)?.text ?? '');
      expect(said.length).toBe(1);
      expect(said[0]).toMatch(claim);
    });
  onlyClaim(
    'Plantronics chief executive Joe Burton explained his plan, saying: “We will grow by buying smaller rivals.”',
    'joe-burton',
    /^We will grow by buying smaller rivals\.?$/,
  );
  onlyClaim(
    'Olsen defended the decision, saying the plant was losing money.',
    'olsen',
    /^The plant was losing money\.?$/,
  );
  onlyClaim(
    'Finance Minister Tomás Duarte outlined the budget on Tuesday, saying spending would fall by 3 percent.',
    'tomas-duarte',
    /spending would fall by 3 percent/i,
  );
  onlyClaim(
    'Kenyan President William Ruto detailed the new tax rules, adding that small traders would be exempt.',
    'william-ruto',
    /small traders would be exempt/i,
  );
  onlyClaim(
    'Bülent Kaya, the club’s president, explained the move, saying: “The coach asked for him.”',
    'bulent-kaya',
    /The coach asked for him/,
  );
  onlyClaim(
    'The mayor, Anne Hidalgo, justified the ban, arguing that the scooters were a danger to pedestrians.',
    'anne-hidalgo',
    /scooters were a danger to pedestrians/,
  );
  onlyClaim(
    'Pedro Sánchez praised the agreement, saying it would bring 2,000 jobs to Valencia.',
    'pedro-sanchez',
    /2,000 jobs/,
  );
  onlyClaim(
    'Acme chief Mara Olsen repeated the company’s position, saying the plant would close in June.',
    'mara-olsen',
    /the plant would close in June/i,
  );
  // a clause after the verb is its own statement: nothing is cut
  it('"Olsen explained that the plant was losing money, saying …" keeps both', () => {
    const d = draft(
      'Olsen explained that the plant was losing money, saying the company could not wait any longer.',
    );
    const said = d.statements.filter((x) => x.type === 'SAID' && x.source === 'olsen');
    expect(said.length).toBeGreaterThanOrEqual(1);
  });
});
