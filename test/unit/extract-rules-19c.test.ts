// Rules of the nineteenth pass on issue 14, area C: statement recall of said / reported.
import { describe, expect, it } from 'vitest';
import { lines } from './extract-helpers.ts';

// Wire copy is credited in more shapes than "CITY (AP) —" at the very start: a dateline of two
// places ("ROME/MILAN"), an agency in brackets with the site and the day beside it
// ("(UrduPoint News / Sputnik - 12th June, 2024)"), a bracket closed by ".-" or by the end of
// its line, an agency after the day without brackets ("TOKYO, Feb. 6 Kyodo -"), a reporter's
// byline or a headline above the dateline, a byline that is the agency ("By PTI", ">> Reuters",
// "UNI" alone on the first line), and credits closing the text ("(IANS)", "… Ukraine. AFP",
// "—BBC", "(Xinhua/NAN)"). Each makes the article carried copy: the agency REPORTED what it
// carries, citing its sources, and the site REPORTED it citing the agency.
describe('a wire credit in any of the shapes pages print makes the article carried copy', () => {
  const body = 'Officials said the visit was planned for November.';
  const carried = (text: string, agency: string) =>
    it(JSON.stringify(text.replace(body, '…')), () => {
      expect(lines(text)).toEqual([
        `SAID ${agency}-officials`,
        `REPORTED ${agency} <- ${agency}-officials`,
        `REPORTED latin-times <- ${agency}`,
      ]);
    });
  // datelines
  carried(`ROME/MILAN, March 3 (Reuters) - ${body}`, 'reuters');
  carried(`KYIV/WARSAW (AP) — ${body}`, 'associated-press');
  carried(`NEW DELHI/ISLAMABAD, Aug 9 (Reuters) – ${body}`, 'reuters');
  carried(`Madrid, Jan 9 (EFE).- ${body}`, 'efe');
  carried(`LAGOS (Reuters)\n\n${body}`, 'reuters');
  carried(`KARACHI (Sputnik - 12th June, 2024) ${body}`, 'sputnik');
  carried(`ANKARA (Latin Times / Anadolu - 2nd May, 2023) ${body}`, 'anadolu-agency');
  // the site itself is named in its own bracket by a longer name or by its domain
  carried(`MIAMI (Latin Times News / Sputnik - 3rd May, 2024) ${body}`, 'sputnik');
  carried(`Seoul, March 2 Yonhap - ${body}`, 'yonhap-news-agency');
  carried(`Moscow. January 4th. INTERFAX - ${body}`, 'interfax');
  // bylines above the text
  carried(`By Maria Lopez\n\n(Reuters) - ${body}`, 'reuters');
  carried(`Visit planned for November\nCAIRO (AFP) - ${body}`, 'agence-france-presse');
  carried(`By PTI\n\nNEW DELHI: ${body}`, 'press-trust-of-india');
  carried(`>> Reuters\n${body}`, 'reuters');
  carried(`IANS\n\nMonday, 4 March 2024 (10:12 IST)\nMumbai: ${body}`, 'ians');
  // credits closing the text
  carried(`${body}\n\n(IANS)`, 'ians');
  carried(`${body} The talks resume next week. AFP`, 'agence-france-presse');
  carried(`${body} The talks resume next week. —Kyodo`, 'kyodo-news');
  carried(`${body} The talks resume next week. (Xinhua/ANI)`, 'asian-news-international');

  const plain = ['SAID latin-times-officials', 'REPORTED latin-times <- latin-times-officials'];
  const notCarried = (text: string) =>
    it(`not carried: ${JSON.stringify(text.replace(body, '…'))}`, () => {
      expect(lines(text)).toEqual(plain);
    });
  // a reporter's byline, a photo credit, a city pair in prose and a bracketed person are no
  // agency's credit
  notCarried(`By Maria Lopez\n\n${body}`);
  notCarried(`MIAMI (LatinTimes.com) -- ${body}`);
  notCarried(`MIAMI (Latin Times News) - ${body}`);
  notCarried(`${body} The talks resume next week. (AP Photo/Evan Vucci)`);
  notCarried(`${body} The talks resume next week. (Maria Lopez)`);
  notCarried(`ROME/MILAN - ${body}`);
  notCarried(`${body} The talks resume next week in Paris. France`);
  notCarried(`Visit planned for November\n${body}`);
});
