// Rules of the nineteenth pass on issue 14, area B, second half: a speaker's words that negate
// what a report put forward, in words the falsity readers do not know, were the speaker's SAID.
import { describe, expect, it } from 'vitest';
import { denials } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);

describe('staying and leaving on one side: the event named decides, not the word for its opposite', () => {
  // "to remain" stands for "not to leave" only where leaving is not named: a report that "X was
  // close to resigning and only remained after Pence intervened" asserts the resignation, and
  // "I am staying and will not step down" negates it; counting "remain"/"stay" as a second
  // negation turned both around, so the reply was the speaker's SAID (Tillerson, politico)
  it.each([
    [
      'NBC News reported that Rex Tillerson was close to resigning and only remained in his job after the vice president intervened. “I have never considered resigning,” Tillerson said on Wednesday.',
      'rex-tillerson',
    ],
    [
      'Sources told Reuters that coach Lars Holm planned to quit the club and would stay on only until the end of the season. Holm said he had no plans to quit.',
      'lars-holm',
    ],
    [
      'The Guardian reported that Maria Lopez would step down as chief executive. “I am staying and I will not step down,” Lopez told reporters.',
      'maria-lopez',
    ],
    [
      'Le Monde reported on Sunday that Defence Minister Claire Dubois intended to resign but would remain in office until a successor was found. Dubois said she was not resigning.',
      'claire-dubois',
    ],
    [
      'Bloomberg reported that Anil Mehta was set to leave the bank and remain only as an adviser. “I have no intention of leaving,” Mehta said in a statement.',
      'anil-mehta',
    ],
    [
      'The Daily Telegraph reported that the club had decided to sack manager Tom Reid, who would remain in charge for one last game. Reid said he was staying and would not quit.',
      'tom-reid',
    ],
    [
      'Reuters reported that Greta Berg is staying on as chair only until her expected resignation in May. "I\'m not going to resign," Berg said.',
      'greta-berg',
    ],
    [
      'Kurt Vogel plans to retire after the election and will stay in parliament only until then, Der Spiegel reported. “I am not retiring,” Vogel said.',
      'kurt-vogel',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  it.each([
    // another event negated
    'Reuters reported that coach Lars Holm would quit and remain in Oslo. Holm said he had not been paid for two months.',
    // the report itself says the person stays: agreeing is no denial
    'The Times reported that Maria Lopez would not resign and would remain chief executive. “I am staying,” Lopez said.',
    // two people, neither the report's subject, stay: no reply
    'The Guardian reported that Maria Lopez would step down as chief executive. “We are not leaving the stadium,” the fans said.',
  ])('no denial: %s', (text) => {
    expect(deniers(text)).toEqual([]);
  });

  // the negation bears on staying, and the resignation is confirmed: the words in common with the
  // report (a count blind to what the negation bears on) still make it a denial, by another path
  it.fails(
    'no denial when the negation bears on staying: Reuters reported that Ana Ruiz would resign and remain an adviser. “I will resign, and I will not stay on as an adviser,” Ruiz said.',
    () => {
      const text =
        'Reuters reported that Ana Ruiz would resign and remain an adviser. “I will resign, and I will not stay on as an adviser,” Ruiz said.';
      expect(deniers(text)).toEqual([]);
    },
  );
});

describe('"S said not-P, after O reported Q": the report the sentence names is what the negation answers', () => {
  // the time marker joins the speaker's negation to the report it answers; the two were only read
  // as one when most words were shared, so "not in talks that may lead to a takeover or merger"
  // after "the company was about to start informal negotiations" (Smith & Nephew) and "didn't
  // reach out to Cox, after the Journal reported that it did" (Time Warner Cable) were SAID
  it.each([
    [
      'Smith & Nephew said it’s not in talks that may lead to a takeover or merger after the Daily Telegraph reported the company was about to start informal negotiations with Biomet Inc.',
      'smith-nephew',
      /negotiations with Biomet/,
    ],
    [
      "A Time Warner Cable spokesman said the company didn't reach out to Cox, after The Wall Street Journal reported that it did.",
      'latin-times-time-warner-cable-spokesman',
      /reach out to Cox/,
    ],
    [
      'Entertainment One said on Thursday it had not received any approach, a day after Bloomberg reported that ITV was pursuing a takeover of the Canadian company.',
      'entertainment-one',
      /pursuing a takeover/,
    ],
    [
      'Unilever said it was not in discussions about a merger, following a Financial Times report that it had held exploratory talks with Reckitt.',
      'unilever',
      /exploratory talks with Reckitt/,
    ],
    [
      'Juventus said on Monday that it had not agreed to buy the player, hours after Tuttosport reported that the club had completed his purchase.',
      'juventus',
      /completed his purchase/,
    ],
    [
      'Finance Minister Paolo Conti said he would not step down, after Le Parisien reported that he had offered his resignation to the president.',
      'paolo-conti',
      /offered his resignation/,
    ],
    [
      'Carrefour said it never approached Casino, after Les Echos wrote that it had.',
      'carrefour',
      /approached Casino/,
    ],
  ])('%s', (text, who, claim) => {
    const got = denials(text);
    expect(got.map((d) => d.split(':')[0])).toContain(who);
    expect(got.find((d) => d.startsWith(`${who}:`))).toMatch(claim);
  });

  it.each([
    // the negation bears on another matter than the report's
    'Shell said its profits had not fallen, after the Wall Street Journal reported that it was in talks to buy BP.',
    // the report is backed, not answered
    'Shell said it was in talks with BP, after the Wall Street Journal reported that the two firms had held discussions.',
    // a refusal to comment is never a denial
    'Shell said it would not comment on market speculation, after the Wall Street Journal reported that it was in talks to buy BP.',
    // not knowing is no denial
    'Shell said it was not aware of any talks, after the Wall Street Journal reported that BP had approached it.',
    // shares moving after a report: no speaker negates anything
    'Shares of Shell did not move much after the Wall Street Journal reported that it was in talks to buy BP.',
  ])('no denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });
});

describe('a negation that bears on something other than the reported claim denies nothing', () => {
  // "No talks are easy" says what talks are like, "not the only company in talks" that others
  // talk too: both affirm rather than deny the talks, but shared words and a negation made them
  // denials. A negated subject denies only with a predicate of existence or the claim's own
  // (“No deal is imminent” against “a deal is imminent”); "not the only/first/just" negates
  // that the subject is alone.
  it.each([
    'The Wall Street Journal reported that Shell was in talks to buy BP. “No talks are easy,” a Shell spokesman said.',
    'The Wall Street Journal reported that Acme was in talks to buy Globex. “Acme is not the only company in talks with Globex,” Jane Roe said.',
    'The Wall Street Journal reported that Acme was in talks to buy Globex. Acme is not the only company in talks with Globex, a spokesman said.',
    'Reuters reported that Lyon had agreed to sell Nabil Fekir to Liverpool. “No transfer is simple at this time of year,” Jean-Michel Aulas said.',
    'Bloomberg reported that Unilever was in talks to buy Reckitt. “We are not the first company to hold talks with Reckitt,” Alan Jope said.',
    'Reuters reported that Siemens was negotiating with Alstom. “Siemens is not just negotiating with Alstom,” Joe Kaeser said.',
    'The Times reported that Ana Ruiz would resign as finance minister. “No resignation is ever painless,” Ruiz said.',
    'Handelsblatt reported that Bayer was in merger talks with BASF. “No merger talks are straightforward,” Bill Anderson told reporters.',
  ])('no denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });

  it.each([
    [
      'Reuters reported that a deal between Acme and Globex was imminent. “No deal is imminent,” Jane Roe said.',
      'jane-roe',
    ],
    [
      'The Wall Street Journal reported that Shell was in talks to buy BP. “No talks are taking place,” a Shell spokesman said.',
      'latin-times-shell-spokesman',
    ],
    [
      'The Wall Street Journal reported that Acme was in talks to buy Globex. “Acme is not in talks with Globex,” Jane Roe said.',
      'jane-roe',
    ],
    [
      'Reuters reported that Lyon and Liverpool had agreed a deal for Nabil Fekir. “No deal has been done,” Jean-Michel Aulas said.',
      'jean-michel-aulas',
    ],
  ])('still a denial: %s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });
});

describe('a negation repeated without a verb of its own carries the first on: the words stay negated', () => {
  // negated() counted negations by parity, so "has not sold weapons to Ukraine and will not do
  // so" read as affirmative: the reply merged with the report's claim and the speaker was drafted
  // as SAYING that Serbia sold weapons (Vucic, censor-net); "No deal has been done, and certainly
  // not at the price …" (Aulas) was SAID
  it.each([
    [
      'Reuters reported that Serbia had sold weapons to Ukraine. “Serbia has not sold weapons to Ukraine and will not do so,” Aleksandar Vucic said.',
      'aleksandar-vucic',
    ],
    [
      'Reuters reported that Lyon had agreed a deal with Liverpool for Nabil Fekir. “No deal with Liverpool has been agreed, and certainly not for 70 million euros,” Jean-Michel Aulas said.',
      'jean-michel-aulas',
    ],
    [
      'The Times reported that Acme was in talks to buy Globex. “Acme is not in talks with Globex, and never has been,” Jane Roe said.',
      'jane-roe',
    ],
    [
      'Bloomberg reported that Pfizer had made a bid for Allergan. “Pfizer has made no bid for Allergan, and will not,” Ian Read said.',
      'ian-read',
    ],
    [
      'Marca reported that Kylian Mbappe had signed for Real Madrid. “Mbappe has not signed for Real Madrid, and not for any other club,” Florentino Perez said.',
      'florentino-perez',
    ],
    [
      'Reuters reported that Nestle would sell its water unit. “Nestle will not sell its water unit, not now and not ever,” Mark Schneider said.',
      'mark-schneider',
    ],
    [
      'Le Figaro reported that Renault would close its Flins plant. “Renault will not close the Flins plant, and never would,” Luca de Meo said.',
      'luca-de-meo',
    ],
    [
      'Kyodo reported that Japan had sent troops to the island. “Japan has not sent troops to the island, and will never do so,” Yoshimasa Hayashi said.',
      'yoshimasa-hayashi',
    ],
  ])('%s', (text, who) => {
    expect(deniers(text)).toContain(who);
  });

  it.each([
    // a second negation with a verb of its own is a clause of its own: parity still holds
    'Reuters reported that Acme was in talks to buy Globex. “It is not that we are not interested in Globex,” Jane Roe said.',
    // a refusal beside a negation never becomes a denial
    'Reuters reported that Qatar had asked Hamas to leave Doha. “We have nothing to confirm or deny, and nothing to add,” Basem Naim said.',
  ])('no denial: %s', (text) => {
    expect(denials(text)).toEqual([]);
  });
});
