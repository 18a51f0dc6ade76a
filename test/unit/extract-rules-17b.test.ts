// Rules of the seventeenth pass on issue 14, area B: denial recall. A public body named by what
// it is and what it covers ("the Ministry of Foreign Affairs", "the Department of Homeland
// Security", "the Prime Minister's Office", "the Director of National Intelligence") was cut to
// its head noun or to the words after "of", so its denial went to "ministry", "department",
// "office" or "national-intelligence", a source no annotation names.
import { describe, expect, it } from 'vitest';
import { denials, draft } from './extract-helpers.ts';

const deniers = (text: string) => denials(text).map((d) => d.split(':')[0]);
const actorNames = (text: string) => draft(text).actors.map((a) => a.name);

describe('a body named "Head of What" or "Role\'s Office" keeps its whole name', () => {
  it.each([
    [
      'The Ministry of Foreign Affairs has rubbished claims that Pakistan is sending arms to Ukraine.',
      'Ministry of Foreign Affairs',
    ],
    [
      'The Department of Homeland Security is denying a New York Times report that Nielsen drafted a resignation letter.',
      'Department of Homeland Security',
    ],
    [
      'The Indian Ministry of External Affairs refuted the allegations that India ordered the killings.',
      'Indian Ministry of External Affairs',
    ],
    [
      'The Director of National Intelligence has also denied the report that Trump was briefed.',
      'Director of National Intelligence',
    ],
    [
      "The Prime Minister's Office has denied the reports that Egypt warned Israel.",
      "Prime Minister's Office",
    ],
    [
      'A report that the plant would close was dismissed by the Department of Health and Human Services.',
      'Department of Health and Human Services',
    ],
    [
      'The Office of the Prime Minister said the reports of a cabinet reshuffle were false.',
      'Office of the Prime Minister',
    ],
    [
      "The President's Office rejected reports that the summit had been cancelled.",
      "President's Office",
    ],
    ['The Ministry of Defence said it had never sent troops to the border.', 'Ministry of Defence'],
  ])('%s', (text, name) => {
    expect(actorNames(text)).toContain(name);
    expect(actorNames(text)).not.toContain(name.split(' ').at(-1));
  });
  it('denies under that whole name', () => {
    expect(
      deniers('The Department of Homeland Security denied a report that Nielsen had resigned.'),
    ).toEqual(['department-of-homeland-security']);
    expect(
      deniers("The Prime Minister's Office denied reports that the envoy had resigned."),
    ).toEqual(['prime-minister-office']);
  });
  it.each([
    [
      'Secretary of State Marco Rubio denied the report that the embassy would close.',
      'Marco Rubio',
    ],
    [
      'Secretary of Defense Lloyd Austin denied the report that the base would close.',
      'Lloyd Austin',
    ],
    [
      "Mexico's foreign ministry denied the report that troops had crossed.",
      'Mexican foreign ministry',
    ],
  ])('a person after the office is still the one who speaks: %s', (text, name) => {
    expect(actorNames(text)).toContain(name);
  });
});
